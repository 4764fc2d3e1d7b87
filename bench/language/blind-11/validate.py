#!/usr/bin/env python3
"""Validate the b11 blind test set against /work/blind-ref and the quotas in the brief.
Exits 0 when every check holds, 1 otherwise. Reads only /work/blind-ref and this folder."""
import csv, json, os, re, sys
from collections import Counter
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "/work/blind-ref"
errors, notes = [], []

def err(msg): errors.append(msg)

# ---------- reference data ----------
regions, areas = {}, {}
with open(os.path.join(REF, "regions.tsv")) as f:
    for row in csv.DictReader(f, delimiter="\t"):
        regions[row["id"]] = row
        areas.setdefault(row["parent_area"], set()).add(row["id"])
voc = {"movements": set(), "activities": set(), "symptoms": set(), "red flags": set()}
sec = None
with open(os.path.join(REF, "vocabularies.txt")) as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("# "):
            sec = line[2:].split("(")[0].strip(); continue
        if line.strip() and sec in voc:
            voc[sec].add(line.split(":")[0].strip())
ALL_IDS = set().union(*voc.values())
assert voc["red flags"] and voc["movements"], "vocabularies not parsed"

def load(name):
    with open(os.path.join(HERE, name)) as f:
        data = json.load(f)
    if not isinstance(data, list):
        err(f"{name}: not a JSON array")
        return []
    return data

def check_ids(data, prefix, name):
    ids = [d.get("id") for d in data]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup: err(f"{name}: duplicate ids {dup[:5]}")
    for i in ids:
        if not isinstance(i, str) or not re.fullmatch(prefix + r"\d{3,}", i):
            err(f"{name}: bad id {i!r}")
    texts = Counter(d.get("text", "").strip().lower() for d in data)
    dupt = [k for k, v in texts.items() if v > 1]
    if dupt: err(f"{name}: duplicate texts {dupt[:3]}")

# ---------- regions ----------
R = load("regions-heldout.json")
check_ids(R, "b11r-", "regions")
allowed_r = {"id", "text", "register", "expect", "alsoAccept", "tags"}
used_areas, lay = set(), 0
has = Counter()
for d in R:
    i = d.get("id")
    if set(d) - allowed_r: err(f"{i}: unknown keys {set(d) - allowed_r}")
    t = d.get("text", "")
    if not isinstance(t, str) or not t.strip() or len(t) > 500: err(f"{i}: text empty or >500 chars")
    reg = d.get("register")
    if reg not in ("lay", "clinical"): err(f"{i}: register {reg!r}")
    lay += reg == "lay"
    tags = d.get("tags", [])
    if not isinstance(tags, list) or len(tags) > 30 or not all(isinstance(x, str) for x in tags): err(f"{i}: tags must be a list of <=30 strings")
    if reg not in tags: err(f"{i}: tags lack register word {reg}")
    ex = d.get("expect")
    if not isinstance(ex, list) or not ex or len(ex) > 50: err(f"{i}: expect must be a non-empty list of <=50 ids"); continue
    if len(set(ex)) != len(ex): err(f"{i}: duplicate ids in expect")
    for x in ex:
        if x not in regions: err(f"{i}: unknown region {x}")
        else: used_areas.add(regions[x]["parent_area"])
    for alt in d.get("alsoAccept", []):
        if not isinstance(alt, list) or not alt or len(alt) > 50: err(f"{i}: bad alsoAccept entry"); continue
        for x in alt:
            if x not in regions: err(f"{i}: unknown region {x} in alsoAccept")
        if set(alt) == set(ex): err(f"{i}: alsoAccept repeats expect")
    sides = {x[0] for x in ex}
    if sides <= {"l"}: has["left-only"] += 1
    if sides <= {"r"}: has["right-only"] += 1
    if "m" in sides: has["midline"] += 1
    if {"l", "r"} <= sides: has["both-sides"] += 1
    for tg in ("direction", "misspelled", "list", "negated-place", "ambiguous", "possessive", "emphasis-right", "slang", "british", "american", "australian", "voice-to-text", "other-person"):
        if tg in tags: has[tg] += 1
n = len(R)
if n < 420: err(f"regions: {n} < 420 phrases")
if n and lay / n < 0.55: err(f"regions: lay share {lay/n:.2%} < 55%")
if n and has["direction"] / n < 0.25: err(f"regions: direction share {has['direction']/n:.2%} < 25%")
if n and has["misspelled"] / n < 0.10: err(f"regions: misspelled share {has['misspelled']/n:.2%} < 10%")
missing = set(areas) - used_areas
if missing: err(f"regions: parent areas never used: {sorted(missing)}")
for k in ("left-only", "right-only", "midline", "both-sides", "list", "negated-place", "ambiguous", "possessive", "emphasis-right"):
    if not has[k]: err(f"regions: nothing tagged/with {k}")
notes.append(f"regions: {n} phrases, lay {lay} ({lay/n:.1%}), clinical {n-lay}, direction {has['direction']} ({has['direction']/n:.1%}), misspelled {has['misspelled']} ({has['misspelled']/n:.1%}), parent areas {len(used_areas)}/{len(areas)}, " + ", ".join(f"{k} {has[k]}" for k in ("left-only", "right-only", "midline", "both-sides", "list", "negated-place", "ambiguous", "possessive", "emphasis-right", "slang", "british", "american", "australian", "voice-to-text", "other-person")))

# ---------- evidence ----------
E = load("evidence-heldout.json")
check_ids(E, "b11e-", "evidence")
CTX = {"negated", "hypothetical", "historical", "other-person", "plain"}
nonplain = 0
ctxc = Counter()
for d in E:
    i = d.get("id")
    if set(d) - {"id", "text", "present", "notPresent", "context"}: err(f"{i}: unknown keys")
    t = d.get("text", "")
    if not t.strip() or len(t) > 1000: err(f"{i}: text empty or >1000 chars")
    p = d.get("present", {})
    if set(p) != {"movements", "activities", "symptoms", "redFlags"}: err(f"{i}: present must have movements/activities/symptoms/redFlags"); continue
    ids_present = set()
    for m in p["movements"]:
        if not isinstance(m, dict) or m.get("id") not in voc["movements"]: err(f"{i}: bad movement {m}")
        elif set(m) - {"id", "side"} or m.get("side", "l") not in ("l", "r"): err(f"{i}: bad movement side {m}")
        else: ids_present.add(m["id"])
    for key, v in (("activities", "activities"), ("symptoms", "symptoms"), ("redFlags", "red flags")):
        for x in p[key]:
            if x not in voc[v]: err(f"{i}: {x} not a {v} id")
            ids_present.add(x)
    for x in d.get("notPresent", []):
        if x not in ALL_IDS: err(f"{i}: notPresent {x} unknown")
        if x in ids_present: err(f"{i}: {x} both present and notPresent")
    c = d.get("context", [])
    if not c or set(c) - CTX: err(f"{i}: bad context {c}")
    ctxc.update(c)
    if set(c) - {"plain"}: nonplain += 1
    if "plain" not in c and not d.get("notPresent") and not ("historical" in c and any(p.values())):
        err(f"{i}: non-plain context but nothing in notPresent")
if len(E) < 80: err(f"evidence: {len(E)} < 80 sentences")
if nonplain < 35: err(f"evidence: {nonplain} < 35 negated/hypothetical/historical/other-person")
notes.append(f"evidence: {len(E)} sentences, {nonplain} non-plain; contexts {dict(ctxc)}")

# ---------- red flags ----------
F = load("redflags-heldout.json")
check_ids(F, "b11f-", "redflags")
ORDER = {"none": 0, "caution": 1, "refer": 2, "urgent": 3, "emergency": 4}
EMER = {"breathlessness", "cold-sweat", "nausea-with-pain", "pain-at-rest-crushing", "pain-on-exertion", "pain-spreading-arm-jaw", "faint-with-pain", "sudden-tearing-pain", "face-droop", "sudden-arm-weakness", "speech-difficulty", "thunderclap-headache"}
URG = {"saddle-numbness", "bladder-bowel-change", "bilateral-leg-symptoms", "progressive-weakness", "double-vision", "drop-attacks", "swallowing-speech-change", "nystagmus", "unsteady-gait", "face-numbness", "calf-swelling", "recent-immobilisation", "recent-travel", "prior-dvt", "new-headache", "jaw-claudication", "scalp-tenderness", "visual-change"}
REF_ = {"unexplained-weight-loss", "constant-night-pain", "fever", "recent-trauma", "hot-swollen-joint", "long-term-steroids", "immunosuppression", "iv-drug-use"}
CAU = {"anticoagulants", "bleeding-disorder", "recent-surgery", "varicose-veins", "pregnancy", "stroke-or-tia"}
RANGE = {f: ("emergency", "emergency") for f in EMER}
RANGE.update({f: ("urgent", "urgent") for f in URG})
RANGE.update({f: ("refer", "refer") for f in REF_})
RANGE.update({f: ("caution", "caution") for f in CAU})
RANGE["cancer-history"] = ("refer", "urgent")     # urgent only inside a DVT picture
RANGE["osteoporosis"] = ("caution", "refer")      # refer only with new spinal pain
if set(RANGE) != voc["red flags"]: err(f"validator tier map out of step with vocabularies: {set(RANGE) ^ voc['red flags']}")
tiers, used_flags = Counter(), Counter()
benign = neg = drawn = 0
domains = Counter()
for d in F:
    i = d.get("id")
    extra = set(d) - {"id", "text", "age", "drawing", "expectTier", "expectFlags", "benignLookalike", "negated", "source"}
    if extra: err(f"{i}: unknown keys {extra}")
    if not d.get("text", "").strip() or len(d["text"]) > 1000: err(f"{i}: text empty or too long")
    age = d.get("age")
    if not isinstance(age, int) or not 0 < age < 120: err(f"{i}: bad age {age}")
    tier = d.get("expectTier")
    if tier not in ORDER: err(f"{i}: bad tier {tier}"); continue
    tiers[tier] += 1
    flags = d.get("expectFlags", [])
    for x in flags:
        if x not in voc["red flags"]: err(f"{i}: unknown flag {x}")
    used_flags.update(flags)
    if tier == "none" and flags: err(f"{i}: tier none with flags")
    if tier != "none" and not flags: err(f"{i}: tier {tier} without flags")
    if flags and all(x in RANGE for x in flags):
        lo = max(ORDER[RANGE[x][0]] for x in flags)
        hi = max(ORDER[RANGE[x][1]] for x in flags)
        if not lo <= ORDER[tier] <= hi: err(f"{i}: tier {tier} inconsistent with flags {flags}")
    if not isinstance(d.get("benignLookalike"), bool) or not isinstance(d.get("negated"), bool): err(f"{i}: benignLookalike/negated must be booleans")
    if d.get("benignLookalike"):
        benign += 1
        if tier != "none" or flags: err(f"{i}: benign look-alike must be tier none with no flags")
    neg += bool(d.get("negated"))
    if "drawing" in d:
        drawn += 1
        dr = d["drawing"]
        if not isinstance(dr, list) or not dr: err(f"{i}: drawing must be a non-empty list")
        for x in dr:
            if x not in regions: err(f"{i}: unknown drawing region {x}")
    s = d.get("source", {})
    if not all(isinstance(s.get(k), str) and s.get(k).strip() for k in ("citation", "url", "locator")): err(f"{i}: source needs citation, url, locator")
    elif not re.match(r"https?://", s["url"]): err(f"{i}: source url not http(s)")
    else: domains[urlparse(s["url"]).netloc.lower().removeprefix("www.")] += 1
nF = len(F)
if nF < 100: err(f"redflags: {nF} < 100 cases")
for t, q in (("emergency", 15), ("urgent", 18), ("refer", 14), ("caution", 14)):
    if tiers[t] < q: err(f"redflags: {tiers[t]} {t} < {q}")
if benign < 32: err(f"redflags: {benign} benign look-alikes < 32")
if neg < 12: err(f"redflags: {neg} negated < 12")
if nF and not 0.25 <= drawn / nF <= 0.42: err(f"redflags: drawing share {drawn/nF:.2%} not about a third")
unused = voc["red flags"] - set(used_flags)
if unused: err(f"redflags: flag ids never used: {sorted(unused)}")
used_before = {}
try:
    with open(os.path.join(REF, "domains-already-used.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                k, _, v = line.partition("\t"); used_before[k.strip()] = int(v or 0)
except FileNotFoundError:
    pass
fresh = sum(v for k, v in domains.items() if k not in used_before)
notes.append(f"redflags: {nF} cases, tiers {dict(tiers)}, benign {benign}, negated {neg}, drawing {drawn} ({drawn/nF:.1%}), flags used {len(used_flags)}/{len(voc['red flags'])}")
notes.append(f"sources: {len(domains)} domains; {fresh}/{nF} cases cite a domain not in domains-already-used.txt; previously used: " + ", ".join(f"{k}({v})" for k, v in domains.most_common() if k in used_before))

for n_ in notes: print("INFO", n_)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"FAILED: {len(errors)} problem(s)")
sys.exit(1 if errors else 0)
