#!/usr/bin/env python3
"""Validate blind-cases.json against the reference files, finder-format.md schema and the quotas.
Prints counts; exits 1 on any problem."""
import json, re, sys, os, collections
from urllib.parse import urlparse

REF = "/work/blind-ref"
HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
def bad(cid, msg): problems.append(f"{cid}: {msg}")

def tsv(path):
    with open(path) as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]

regions = {r["id"]: r for r in tsv(f"{REF}/regions.tsv")}
muscles = {m["id"]: m["body_area"] for m in tsv(f"{REF}/muscles.tsv")}
areas = set(muscles.values())
muscles_per_area = collections.Counter(muscles.values())

vocab, sec = collections.defaultdict(set), None
for line in open(f"{REF}/vocabularies.txt"):
    line = line.rstrip("\n")
    if line.startswith("# "):
        sec = line[2:].split(" (")[0].strip(); continue
    if not line.strip(): continue
    if sec in ("movements", "activities", "symptoms", "red flags", "body areas"):
        vocab[sec].add(line.split(":")[0].strip())
    elif sec == "pain qualities":
        vocab[sec] |= {q.strip() for q in line.split(",")}
for k in ("movements", "activities", "symptoms", "red flags", "pain qualities", "body areas"):
    if not vocab[k]: print(f"could not parse vocabulary section {k}"); sys.exit(1)
if vocab["body areas"] != areas:
    problems.append("body areas in vocabularies.txt differ from muscles.tsv")

used_domains = {l.strip().lower() for l in open(f"{REF}/domains-already-used.txt") if l.strip()}

CATS = {"single-area", "multi-area", "chasing-pain", "evidence", "bilateral-midline", "red-flag"}
TIERS = {"emergency", "urgent", "refer", "caution"}
TOP = {"id", "category", "area", "description", "drawing", "evidence", "expected", "mustInclude",
       "expectedSide", "expectedRedFlagTier", "source"}

cases = json.load(open(os.path.join(HERE, "blind-cases.json")))
if not isinstance(cases, list): print("top level must be a list"); sys.exit(1)

ids = set()
cat_n, area_n, tier_n, side_n = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
area_cat = collections.defaultdict(collections.Counter)
domains = collections.Counter()
descs = set()

for c in cases:
    cid = c.get("id", "?")
    for k in c:
        if k not in TOP: bad(cid, f"unknown key {k}")
    if not re.fullmatch(r"blind2-[a-z0-9]+(-[a-z0-9]+)*", cid): bad(cid, "bad id")
    if cid in ids: bad(cid, "duplicate id")
    ids.add(cid)
    cat = c.get("category")
    if cat not in CATS: bad(cid, f"bad category {cat}")
    area = c.get("area")
    if area not in areas: bad(cid, f"bad area {area}")
    elif not cid.startswith(f"blind2-{area}-"): bad(cid, "id does not start with blind2-<area>-")
    d = c.get("description", "")
    if not isinstance(d, str) or len(d) < 10: bad(cid, "description too short")
    if d in descs: bad(cid, "duplicate description")
    descs.add(d)

    dr = c.get("drawing")
    if not isinstance(dr, list) or not dr: bad(cid, "empty drawing"); dr = []
    seen = set()
    for e in dr:
        r = e.get("region")
        if r not in regions: bad(cid, f"unknown region {r}")
        if r in seen: bad(cid, f"region repeated {r}")
        seen.add(r)
        i = e.get("intensity")
        if not isinstance(i, int) or isinstance(i, bool) or not 1 <= i <= 10: bad(cid, f"bad intensity {i}")
        if "quality" in e and e["quality"] not in vocab["pain qualities"]: bad(cid, f"bad quality {e['quality']}")
        for k in e:
            if k not in ("region", "intensity", "quality"): bad(cid, f"bad drawing key {k}")
    sides = {r.split(".")[0] for r in seen}
    one_sided = len(sides) == 1 and sides <= {"l", "r"}
    groups = {regions[r]["group"] for r in seen if r in regions}

    ev = c.get("evidence")
    if ev is not None:
        if not isinstance(ev, dict) or not ev: bad(cid, "evidence must be a non-empty object")
        else:
            for k in ev:
                if k not in ("movements", "activities", "symptoms", "redFlags"): bad(cid, f"bad evidence key {k}")
            for m in ev.get("movements", []):
                if m.get("id") not in vocab["movements"]: bad(cid, f"bad movement {m.get('id')}")
                if "side" in m and m["side"] not in ("l", "r", "both"): bad(cid, f"bad movement side {m['side']}")
                if "side" in m and one_sided and m["side"] in ("l", "r") and m["side"] not in sides:
                    bad(cid, "movement side contradicts drawing side")
            for a in ev.get("activities", []):
                if a not in vocab["activities"]: bad(cid, f"bad activity {a}")
            for s in ev.get("symptoms", []):
                if s not in vocab["symptoms"]: bad(cid, f"bad symptom {s}")
            for f in ev.get("redFlags", []):
                if f not in vocab["red flags"]: bad(cid, f"bad red flag {f}")
            for k, v in ev.items():
                if not isinstance(v, list) or not v: bad(cid, f"evidence {k} must be a non-empty list")
    evd = ev or {}
    findings = any(evd.get(k) for k in ("movements", "activities", "symptoms"))

    exp, must = c.get("expected"), c.get("mustInclude")
    if not isinstance(exp, list) or not isinstance(must, list): bad(cid, "expected/mustInclude must be lists"); exp, must = [], []
    for m in exp:
        if m not in muscles: bad(cid, f"unknown muscle {m}")
    if len(set(exp)) != len(exp): bad(cid, "duplicate muscle in expected")
    for m in must:
        if m not in exp: bad(cid, f"mustInclude {m} not in expected")
    if exp and not 1 <= len(must) <= 2: bad(cid, "mustInclude must hold one or two muscles")
    if not exp and must: bad(cid, "mustInclude without expected")
    if exp and exp[0] not in must: bad(cid, "first expected muscle must be in mustInclude")
    if exp and exp[0] in muscles and muscles[exp[0]] != area: bad(cid, f"area {area} != body area of {exp[0]}")

    es = c.get("expectedSide")
    if one_sided and exp:
        if es != sides.copy().pop(): bad(cid, f"expectedSide should be {sides}")
    elif es is not None: bad(cid, "expectedSide only for one-sided drawings with non-empty expected")

    tier = c.get("expectedRedFlagTier")
    if cat == "red-flag":
        if tier not in TIERS: bad(cid, f"bad tier {tier}")
        if not evd.get("redFlags"): bad(cid, "red-flag case without redFlags")
        if tier in ("emergency", "urgent") and exp: bad(cid, "emergency/urgent must have empty expected")
        tier_n[tier] += 1
    else:
        if tier is not None: bad(cid, "tier on a non-red-flag case")
        if evd.get("redFlags"): bad(cid, "redFlags on a non-red-flag case")
        if not exp: bad(cid, "non-red-flag case needs expected muscles")
    if cat == "single-area":
        if ev: bad(cid, "single-area must have no findings")
        if not 1 <= len(dr) <= 2: bad(cid, "single-area must have one or two regions")
        if len(groups) != 1: bad(cid, f"single-area regions span groups {groups}")
    if cat == "multi-area":
        if ev: bad(cid, "multi-area should have no findings")
        if len(groups) < 2: bad(cid, "multi-area needs regions in two or more areas")
    if cat == "evidence" and not findings: bad(cid, "evidence case needs movements/activities/symptoms")
    if cat == "bilateral-midline" and one_sided: bad(cid, "bilateral-midline drawing is one-sided")
    if cat == "chasing-pain":
        if ev: bad(cid, "chasing-pain should have no findings")

    src = c.get("source") or {}
    for k in ("citation", "url", "locator"):
        if not isinstance(src.get(k), str) or not src.get(k).strip(): bad(cid, f"source.{k} missing")
    if set(src) - {"citation", "url", "locator"}: bad(cid, "extra source keys")
    if len(src.get("locator", "")) < 30: bad(cid, "locator too short")
    host = (urlparse(src.get("url", "")).hostname or "").lower()
    if not host or not src.get("url", "").startswith(("http://", "https://")): bad(cid, "bad url")
    h = host[4:] if host.startswith("www.") else host
    for dom in used_domains:
        if h == dom or h.endswith("." + dom): bad(cid, f"source domain {host} is on the already-used list")
    domains[h] += 1

    cat_n[cat] += 1; area_n[area] += 1; area_cat[area][cat] += 1
    side_n["one-sided-" + sides.copy().pop() if one_sided else ("midline-only" if sides == {"m"} else "bilateral/mixed")] += 1

# ---------------- quotas
if len(cases) < 100: problems.append(f"only {len(cases)} cases (need >= 100)")
for k in CATS:
    need = 15 if k == "red-flag" else 10
    if cat_n[k] < need: problems.append(f"category {k}: {cat_n[k]} < {need}")
for t in TIERS:
    if tier_n[t] < 1: problems.append(f"no red-flag case with tier {t}")
for a in sorted(areas):
    need = 4 if muscles_per_area[a] >= 9 else 1
    if area_n[a] < need: problems.append(f"area {a}: {area_n[a]} cases < {need}")
one = side_n["one-sided-l"] + side_n["one-sided-r"]
frac = one / len(cases)
if not 0.68 <= frac <= 0.82: problems.append(f"one-sided fraction {frac:.2f} outside 0.68-0.82")
if one and min(side_n["one-sided-l"], side_n["one-sided-r"]) / one < 0.4: problems.append("left/right split too uneven")

# ---------------- report
print(f"cases: {len(cases)}")
print("categories:", dict(sorted(cat_n.items())))
print("red-flag tiers:", dict(sorted(tier_n.items())))
print("sides:", dict(sorted(side_n.items())), f"one-sided fraction {frac:.2%}")
print("areas x categories:")
cols = sorted(CATS)
print("  " + "area".ljust(16) + "".join(x[:10].rjust(11) for x in cols) + "   total")
for a in sorted(areas):
    print("  " + a.ljust(16) + "".join(str(area_cat[a][x]).rjust(11) for x in cols) + str(area_n[a]).rjust(8))
print(f"source domains ({len(domains)}):", ", ".join(f"{d}({n})" for d, n in sorted(domains.items())))
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems: print("  -", p)
    sys.exit(1)
print("\nOK - all checks passed")
