#!/usr/bin/env python3
"""Validates the b9 blind test set: schema, unique ids, every id against the reference files, quotas.
Exits 1 on any problem."""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "/work/blind-ref"
problems = []


def bad(msg):
    problems.append(msg)


def load_vocab():
    sec, out = None, {"movements": set(), "activities": set(), "symptoms": set(), "red flags": set()}
    for line in open(os.path.join(REF, "vocabularies.txt")):
        line = line.rstrip("\n")
        m = re.match(r"## (\w[\w ]*?)\s*(\(|$)", line)
        if m:
            sec = m.group(1).strip()
            continue
        if sec in out and line.strip():
            out[sec].add(line.split("\t")[0].strip())
    return out


rows = list(csv.DictReader(open(os.path.join(REF, "regions.tsv")), delimiter="\t"))
REGION_IDS = {r["id"] for r in rows}
AREA_OF = {r["id"]: r["parent_area"] for r in rows}
AREAS = set(AREA_OF.values())
V = load_vocab()
for k, s in V.items():
    if not s:
        bad("vocabulary section %s empty (parse error)" % k)
ALL_VOCAB = V["movements"] | V["activities"] | V["symptoms"] | V["red flags"]


def load(name):
    try:
        d = json.load(open(os.path.join(HERE, name)))
    except Exception as e:
        bad("%s: cannot load (%s)" % (name, e))
        return []
    if not isinstance(d, list):
        bad("%s: not an array" % name)
        return []
    return d


def check_ids(items, prefix, name):
    seen = set()
    for x in items:
        i = x.get("id")
        if not isinstance(i, str) or not re.fullmatch(prefix + r"\d{3,}", i):
            bad("%s: bad id %r" % (name, i))
        if i in seen:
            bad("%s: duplicate id %s" % (name, i))
        seen.add(i)
        if not isinstance(x.get("text"), str) or not x["text"].strip():
            bad("%s %s: empty text" % (name, i))
    texts = Counter(x.get("text", "").strip().lower() for x in items)
    for t, c in texts.items():
        if c > 1:
            bad("%s: duplicate text %r" % (name, t))


# ---------------- regions
R = load("regions-heldout.json")
check_ids(R, "b9r-", "regions")
areas_used, sides = set(), Counter()
for x in R:
    i = x.get("id")
    allowed = {"id", "text", "register", "expect", "alsoAccept", "tags"}
    if set(x) - allowed:
        bad("regions %s: unknown keys %s" % (i, set(x) - allowed))
    if x.get("register") not in ("lay", "clinical"):
        bad("regions %s: bad register" % i)
    exp = x.get("expect")
    if not isinstance(exp, list) or not exp:
        bad("regions %s: expect must be a non-empty list" % i)
        continue
    if len(set(exp)) != len(exp):
        bad("regions %s: duplicate ids in expect" % i)
    for rid in exp:
        if rid not in REGION_IDS:
            bad("regions %s: unknown region %s" % (i, rid))
        else:
            areas_used.add(AREA_OF[rid])
            sides[rid.split(".")[0]] += 1
    for alt in x.get("alsoAccept", []):
        if not isinstance(alt, list) or not alt:
            bad("regions %s: alsoAccept entries must be non-empty lists" % i)
            continue
        for rid in alt:
            if rid not in REGION_IDS:
                bad("regions %s: unknown region %s in alsoAccept" % (i, rid))
        if sorted(alt) == sorted(exp):
            bad("regions %s: alsoAccept repeats expect" % i)
    tags = x.get("tags", [])
    if not isinstance(tags, list) or len(tags) > 30 or not all(isinstance(t, str) for t in tags):
        bad("regions %s: bad tags" % i)
n = len(R)
tagc = Counter(t for x in R for t in x.get("tags", []))
reg = Counter(x.get("register") for x in R)
if n < 400: bad("regions: %d < 400 phrases" % n)
if reg["lay"] < n / 2: bad("regions: lay %d < half" % reg["lay"])
if reg["clinical"] < n / 4: bad("regions: clinical %d < quarter" % reg["clinical"])
if tagc["direction"] < n / 4: bad("regions: direction-tagged %d < quarter" % tagc["direction"])
if not (0.07 * n <= tagc["misspelled"] <= 0.15 * n): bad("regions: misspelled %d not about 10%%" % tagc["misspelled"])
missing = AREAS - areas_used
if missing: bad("regions: parent areas never used: %s" % sorted(missing))
for s in ("l", "r", "m"):
    if not sides[s]: bad("regions: no %s.* region used" % s)
for t in ("bilateral", "list", "two-meanings", "right-emphasis", "possessive", "british", "american", "negated"):
    if not tagc[t]: bad("regions: no phrase tagged %s" % t)

# ---------------- evidence
EV = load("evidence-heldout.json")
check_ids(EV, "b9e-", "evidence")
CTX = {"negated", "hypothetical", "historical", "other-person", "plain"}
nonplain = 0
for x in EV:
    i = x.get("id")
    p = x.get("present")
    if not isinstance(p, dict) or set(p) != {"movements", "activities", "symptoms", "redFlags"}:
        bad("evidence %s: present must have movements/activities/symptoms/redFlags" % i)
        continue
    for m in p["movements"]:
        if not isinstance(m, dict) or m.get("id") not in V["movements"]:
            bad("evidence %s: bad movement %r" % (i, m))
        elif "side" in m and m["side"] not in ("l", "r"):
            bad("evidence %s: bad side %r" % (i, m))
    for a in p["activities"]:
        if a not in V["activities"]: bad("evidence %s: unknown activity %s" % (i, a))
    for s in p["symptoms"]:
        if s not in V["symptoms"]: bad("evidence %s: unknown symptom %s" % (i, s))
    for f in p["redFlags"]:
        if f not in V["red flags"]: bad("evidence %s: unknown red flag %s" % (i, f))
    notp = x.get("notPresent")
    if not isinstance(notp, list):
        bad("evidence %s: notPresent must be a list" % i)
        notp = []
    present_ids = {m.get("id") for m in p["movements"]} | set(p["activities"]) | set(p["symptoms"]) | set(p["redFlags"])
    for q in notp:
        if q not in ALL_VOCAB: bad("evidence %s: unknown notPresent id %s" % (i, q))
    # an id may appear both as activity and red flag (pregnancy); only flag a clash within the same kind
    ctx = x.get("context")
    if not isinstance(ctx, list) or not ctx or any(c not in CTX for c in ctx):
        bad("evidence %s: bad context %r" % (i, ctx))
    elif any(c != "plain" for c in ctx):
        nonplain += 1
    for q in notp:
        if q in p["redFlags"] or q in p["symptoms"] or q in p["activities"] or q in {m.get("id") for m in p["movements"]}:
            bad("evidence %s: %s both present and notPresent" % (i, q))
if len(EV) < 90: bad("evidence: %d < 90 sentences" % len(EV))
if nonplain < 50: bad("evidence: %d < 50 negated/hypothetical/historical/other-person" % nonplain)
lower = [x["text"].lower() for x in EV]
if not any("no change in" in t for t in lower): bad("evidence: no 'no change in' pseudo-negation")
if not any("not only" in t for t in lower): bad("evidence: no 'not only' pseudo-negation")

# ---------------- red flags
F = load("redflags-heldout.json")
check_ids(F, "b9f-", "redflags")
TIERS = ["emergency", "urgent", "refer", "caution", "none"]
tiers, flags_used = Counter(), set()
benign = neg = drawn = 0
for x in F:
    i = x.get("id")
    allowed = {"id", "text", "drawing", "age", "expectTier", "expectFlags", "benignLookalike", "negated", "source"}
    if set(x) - allowed: bad("redflags %s: unknown keys %s" % (i, set(x) - allowed))
    t = x.get("expectTier")
    if t not in TIERS: bad("redflags %s: bad tier %r" % (i, t))
    tiers[t] += 1
    if not isinstance(x.get("age"), int) or not (0 < x["age"] < 120): bad("redflags %s: bad age" % i)
    fl = x.get("expectFlags")
    if not isinstance(fl, list): bad("redflags %s: expectFlags must be a list" % i); fl = []
    for f in fl:
        if f not in V["red flags"]: bad("redflags %s: unknown flag %s" % (i, f))
        flags_used.add(f)
    if t == "none" and fl: bad("redflags %s: tier none with flags" % i)
    if t not in ("none", None) and not fl: bad("redflags %s: tier %s without any flag" % (i, t))
    if not isinstance(x.get("benignLookalike"), bool) or not isinstance(x.get("negated"), bool):
        bad("redflags %s: benignLookalike/negated must be booleans" % i)
    if x.get("benignLookalike"):
        benign += 1
        if t != "none": bad("redflags %s: benign look-alike must be tier none" % i)
    if x.get("negated"): neg += 1
    if "drawing" in x:
        drawn += 1
        if not isinstance(x["drawing"], list) or not x["drawing"]:
            bad("redflags %s: drawing must be a non-empty list" % i)
        for rid in x.get("drawing") or []:
            if rid not in REGION_IDS: bad("redflags %s: unknown drawing region %s" % (i, rid))
    src = x.get("source")
    if not isinstance(src, dict) or not all(isinstance(src.get(k), str) and src[k].strip() for k in ("citation", "url", "locator")):
        bad("redflags %s: source needs citation, url, locator" % i)
    elif not src["url"].startswith(("http://", "https://")):
        bad("redflags %s: source url not http(s)" % i)
if len(F) < 120: bad("redflags: %d < 120 cases" % len(F))
for t in ("emergency", "urgent", "refer", "caution"):
    if tiers[t] < 12: bad("redflags: tier %s has %d < 12" % (t, tiers[t]))
if tiers["none"] < 40: bad("redflags: tier none has %d < 40" % tiers["none"])
if benign < 30: bad("redflags: %d < 30 benign look-alikes" % benign)
if neg < 12: bad("redflags: %d < 12 negated" % neg)
unused = V["red flags"] - flags_used
if unused: bad("redflags: red-flag ids never used: %s" % sorted(unused))
if not (0.25 <= drawn / max(len(F), 1) <= 0.45): bad("redflags: drawings on %d of %d, not about a third" % (drawn, len(F)))

print("regions %d (lay %d, clinical %d, direction %d, misspelled %d, areas %d/%d)" % (
    n, reg["lay"], reg["clinical"], tagc["direction"], tagc["misspelled"], len(areas_used), len(AREAS)))
print("evidence %d (non-plain context %d)" % (len(EV), nonplain))
print("redflags %d %s benign %d negated %d drawings %d flags %d/%d" % (
    len(F), dict(tiers), benign, neg, drawn, len(flags_used), len(V["red flags"])))
if problems:
    print("\n".join("PROBLEM: " + p for p in problems))
    sys.exit(1)
print("OK")
