#!/usr/bin/env python3
"""Validate blind3 source-finder cases against the reference files, schema, avoided domains and quotas.
Prints counts; exits 1 on any problem."""
import json, re, sys, os
from collections import Counter, defaultdict
from urllib.parse import urlparse

REF = "/work/blind-ref"
HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
def bad(msg): problems.append(msg)

def read_tsv(path):
    rows = []
    with open(path) as f:
        hdr = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                rows.append(dict(zip(hdr, line.rstrip("\n").split("\t"))))
    return rows

regions = {r["id"] for r in read_tsv(f"{REF}/regions.tsv")}
muscles = {r["id"]: r["body_area"] for r in read_tsv(f"{REF}/muscles.tsv")}
areas = set(muscles.values())
vocab = defaultdict(set)
sec = None
for line in open(f"{REF}/vocabularies.txt"):
    line = line.rstrip("\n")
    if line.startswith("# "):
        sec = re.sub(r"\s*\(.*\)$", "", line[2:].strip())
        continue
    m = re.match(r"^([a-z0-9_.\-]+):", line)
    if m and sec:
        vocab[sec].add(m.group(1))
MOV, ACT, SYM, RF = vocab["movements"], vocab["activities"], vocab["symptoms"], vocab["red flags"]
for name, s in (("movements", MOV), ("activities", ACT), ("symptoms", SYM), ("red flags", RF)):
    if not s: bad(f"vocabulary section '{name}' not parsed")
QUAL = {"aching", "sharp", "burning", "tingling", "numbness", "stiffness", "throbbing"}
CATS = {"single-area", "multi-area", "chasing-pain", "evidence", "bilateral-midline", "red-flag"}
TIERS = {"emergency", "urgent", "refer", "caution"}
avoid = [l.strip().lower() for l in open(f"{REF}/domains-already-used.txt") if l.strip()]

cases = json.load(open(os.path.join(HERE, "blind-cases.json")))
if not isinstance(cases, list): bad("top level is not a list"); cases = []
ids = Counter(c.get("id") for c in cases)
for i, n in ids.items():
    if n > 1: bad(f"duplicate id {i}")

ALLOWED_KEYS = {"id", "category", "area", "description", "drawing", "evidence", "expected",
                "mustInclude", "expectedSide", "expectedRedFlagTier", "source"}
side_count = Counter(); cat_count = Counter(); area_count = Counter(); tier_count = Counter()
area_cat = defaultdict(Counter); urls = Counter(); domains = Counter()

for c in cases:
    cid = c.get("id", "?")
    for k in c:
        if k not in ALLOWED_KEYS: bad(f"{cid}: unknown key {k}")
    if not isinstance(cid, str) or not re.fullmatch(r"blind3-[a-z0-9-]+", cid): bad(f"{cid}: bad id")
    cat = c.get("category")
    if cat not in CATS: bad(f"{cid}: bad category {cat}")
    area = c.get("area")
    if area not in areas: bad(f"{cid}: bad area {area}")
    desc = c.get("description", "")
    if not isinstance(desc, str) or len(desc) < 10: bad(f"{cid}: description too short")
    dr = c.get("drawing")
    if not isinstance(dr, list) or not dr: bad(f"{cid}: empty drawing"); dr = []
    seen = set()
    for e in dr:
        r = e.get("region")
        if r not in regions: bad(f"{cid}: unknown region {r}")
        if r in seen: bad(f"{cid}: repeated region {r}")
        seen.add(r)
        it = e.get("intensity")
        if not isinstance(it, int) or not 1 <= it <= 10: bad(f"{cid}: bad intensity {it}")
        if "quality" in e and e["quality"] not in QUAL: bad(f"{cid}: bad quality {e['quality']}")
        for k in e:
            if k not in ("region", "intensity", "quality"): bad(f"{cid}: unknown drawing key {k}")
    sides = {e.get("region", "x.")[0] for e in dr}
    one_sided = sides in ({"l"}, {"r"})
    side_label = sides.pop() if one_sided else ("midline" if sides == {"m"} else "bilateral/mixed")
    ev = c.get("evidence", {})
    for k in ev:
        if k not in ("movements", "activities", "symptoms", "redFlags"): bad(f"{cid}: unknown evidence key {k}")
    for m in ev.get("movements", []):
        if m.get("id") not in MOV: bad(f"{cid}: unknown movement {m.get('id')}")
        if "side" in m and m["side"] not in ("l", "r", "both"): bad(f"{cid}: bad movement side")
    for a in ev.get("activities", []):
        if a not in ACT: bad(f"{cid}: unknown activity {a}")
    for s in ev.get("symptoms", []):
        if s not in SYM: bad(f"{cid}: unknown symptom {s}")
    for f in ev.get("redFlags", []):
        if f not in RF: bad(f"{cid}: unknown red flag {f}")
    exp = c.get("expected"); must = c.get("mustInclude")
    if not isinstance(exp, list) or not isinstance(must, list): bad(f"{cid}: expected/mustInclude not lists"); exp, must = [], []
    if len(set(exp)) != len(exp): bad(f"{cid}: duplicate expected")
    for m in exp + must:
        if m not in muscles: bad(f"{cid}: unknown muscle {m}")
    if not set(must) <= set(exp): bad(f"{cid}: mustInclude not subset of expected")
    if exp:
        if not 1 <= len(must) <= 2: bad(f"{cid}: mustInclude must hold one or two muscles")
        if exp[0] not in must: bad(f"{cid}: first expected muscle not in mustInclude")
        if muscles.get(exp[0]) != area: bad(f"{cid}: area {area} != area of leading muscle {muscles.get(exp[0])}")
    elif must: bad(f"{cid}: mustInclude with empty expected")
    es = c.get("expectedSide")
    if es is not None:
        if es not in ("l", "r"): bad(f"{cid}: bad expectedSide")
        if not one_sided or not exp: bad(f"{cid}: expectedSide on a non-one-sided drawing or empty expected")
        elif es != side_label: bad(f"{cid}: expectedSide {es} != drawing side {side_label}")
    elif one_sided and exp:
        bad(f"{cid}: one-sided drawing with expected but no expectedSide")
    tier = c.get("expectedRedFlagTier")
    if cat == "red-flag":
        if tier not in TIERS: bad(f"{cid}: red-flag case needs a tier")
        if not ev.get("redFlags"): bad(f"{cid}: red-flag case without redFlags evidence")
        if tier in ("emergency", "urgent") and exp: bad(f"{cid}: {tier} case must have empty expected")
        tier_count[tier] += 1
    else:
        if tier is not None: bad(f"{cid}: tier on non-red-flag case")
        if not exp: bad(f"{cid}: non-red-flag case with empty expected")
        if ev.get("redFlags"): bad(f"{cid}: redFlags on non-red-flag case")
    if cat == "evidence" and not (ev.get("movements") or ev.get("activities") or ev.get("symptoms")):
        bad(f"{cid}: evidence case without findings")
    if cat == "bilateral-midline" and one_sided: bad(f"{cid}: bilateral-midline case has a one-sided drawing")
    src = c.get("source", {})
    for k in ("citation", "url", "locator"):
        if not isinstance(src.get(k), str) or len(src.get(k, "")) < 5: bad(f"{cid}: source.{k} missing")
    host = (urlparse(src.get("url", "")).hostname or "").lower()
    if not host: bad(f"{cid}: url without host")
    for dom in avoid:
        if host == dom or host.endswith("." + dom):
            bad(f"{cid}: url on avoided domain {dom}")
    urls[src.get("url")] += 1; domains[host] += 1
    side_count["one-sided " + side_label if one_sided else side_label] += 1
    cat_count[cat] += 1; area_count[area] += 1; area_cat[area][cat] += 1

# quotas
n = len(cases)
if n < 80: bad(f"only {n} cases (< 80)")
big_areas = Counter(muscles.values())
for a in sorted(areas):
    need = 4 if big_areas[a] >= 9 else 1
    if area_count[a] < need: bad(f"area {a}: {area_count[a]} cases < {need}")
for ct in CATS:
    need = 12 if ct == "red-flag" else 8
    if cat_count[ct] < need: bad(f"category {ct}: {cat_count[ct]} < {need}")
for t in TIERS:
    if tier_count[t] < 1: bad(f"tier {t} unused")
one = side_count["one-sided l"] + side_count["one-sided r"]
frac = one / n if n else 0
if not 0.70 <= frac <= 0.80: bad(f"one-sided share {frac:.2f} outside 0.70-0.80")
if one and abs(side_count["one-sided l"] - side_count["one-sided r"]) > 0.15 * one:
    bad("left/right split unbalanced")

print(f"cases: {n}")
print("categories:", dict(sorted(cat_count.items())))
print("red-flag tiers:", dict(sorted(tier_count.items())))
print("sides:", dict(sorted(side_count.items())), f"one-sided share {frac:.2%}")
print("areas:")
for a in sorted(areas):
    print(f"  {a:16s} {area_count[a]:3d}  " + ", ".join(f"{k}={v}" for k, v in sorted(area_cat[a].items())))
print(f"distinct source URLs: {len(urls)}, distinct domains: {len(domains)}")
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems: print("  -", p)
    sys.exit(1)
print("\nOK: no problems")
