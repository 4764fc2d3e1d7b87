#!/usr/bin/env python3
"""Validate the b13 blind test set against /work/blind-ref (regions.tsv, vocabularies.txt)
and the quotas of the brief. Exits 0 when every check holds, 1 otherwise."""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.environ.get("BLIND_REF", "/work/blind-ref")
errors, notes = [], []
def check(cond, msg):
    if not cond:
        errors.append(msg)
    return cond

# ---------- reference data ----------
regions = {}
with open(os.path.join(REF, "regions.tsv")) as f:
    for r in csv.DictReader(f, delimiter="\t"):
        regions[r["id"]] = r
areas = {r["parent_area"] for r in regions.values()}
vocab, section = {}, None
for line in open(os.path.join(REF, "vocabularies.txt")):
    line = line.rstrip("\n")
    m = re.match(r"#\s*(.+?)(\s*\(.*\))?$", line)
    if m:
        section = m.group(1).strip(); vocab[section] = set(); continue
    if line.strip() and section:
        vocab[section].add(line.split(":", 1)[0].strip())
MOV, ACT, SYM, RF = vocab["movements"], vocab["activities"], vocab["symptoms"], vocab["red flags"]
ALLV = MOV | ACT | SYM | RF
check(len(RF) > 40 and len(MOV) > 50, "vocabularies.txt parsed badly")

def load(name):
    return json.load(open(os.path.join(HERE, name)))

# ---------- regions ----------
R = load("regions-heldout.json")
check(isinstance(R, list), "regions: not a list")
ids = [e.get("id") for e in R]
check(len(ids) == len(set(ids)), "regions: duplicate ids")
used_areas, sides_seen, tagc = set(), set(), Counter()
n_lay = n_dir = n_mis = 0
for e in R:
    i = e.get("id", "?")
    check(re.fullmatch(r"b13r-\d{3}", str(i)) is not None, f"{i}: bad id")
    check(set(e) <= {"id", "text", "register", "expect", "alsoAccept", "tags"}, f"{i}: unknown field")
    check(isinstance(e.get("text"), str) and 0 < len(e["text"]) <= 500, f"{i}: text length")
    check(e.get("register") in ("lay", "clinical"), f"{i}: register")
    tags = e.get("tags", [])
    check(isinstance(tags, list) and len(tags) <= 30, f"{i}: tags")
    check(e.get("register") in tags, f"{i}: register not in tags")
    ex = e.get("expect", [])
    check(isinstance(ex, list) and 0 < len(ex) <= 50, f"{i}: expect size")
    check(len(ex) == len(set(ex)), f"{i}: duplicate in expect")
    for x in ex:
        if check(x in regions, f"{i}: unknown region {x}"):
            used_areas.add(regions[x]["parent_area"]); sides_seen.add(regions[x]["side"])
    ls = {x[2:] for x in ex if x.startswith("l.")}; rs = {x[2:] for x in ex if x.startswith("r.")}
    if ls & rs: sides_seen.add("both")
    for alt in e.get("alsoAccept", []):
        check(isinstance(alt, list) and 0 < len(alt) <= 50, f"{i}: alsoAccept set size")
        for x in alt:
            check(x in regions, f"{i}: unknown region {x} in alsoAccept")
        check(set(alt) != set(ex), f"{i}: alsoAccept repeats expect")
    tagc.update(tags)
    n_lay += e.get("register") == "lay"
    n_dir += "direction" in tags
    n_mis += "misspelled" in tags
N = len(R)
check(N >= 450, f"regions: {N} < 450 phrases")
check(0.50 <= n_lay / N <= 0.62, f"regions: lay share {n_lay/N:.2f} not about 55 %")
check(n_dir >= 0.25 * N, f"regions: direction {n_dir} < 25 %")
check(n_mis >= 0.10 * N, f"regions: misspelled {n_mis} < 10 %")
check(used_areas == areas, f"regions: parent areas unused: {sorted(areas - used_areas)}")
check({"l", "r", "m", "both"} <= sides_seen, f"regions: sides seen {sides_seen}")
for t in ("list", "range", "negated-place", "ambiguous", "possessive", "right-as-emphasis", "carer",
          "teenager", "non-native", "older-client", "sms", "voice-note", "abbreviation", "spinal-level",
          "muscle-name", "trigger-point", "referral", "bony-landmark"):
    check(tagc[t] > 0, f"regions: no phrase tagged {t}")
notes.append(f"regions: {N} phrases, lay {n_lay} ({100*n_lay/N:.0f} %), direction {n_dir} ({100*n_dir/N:.0f} %), misspelled {n_mis} ({100*n_mis/N:.0f} %), parent areas {len(used_areas)}/{len(areas)}")

# ---------- evidence ----------
E = load("evidence-heldout.json")
ids = [e.get("id") for e in E]
check(len(ids) == len(set(ids)), "evidence: duplicate ids")
CTX = {"negated", "hypothetical", "historical", "other-person", "plain"}
n_np = 0
for e in E:
    i = e.get("id", "?")
    check(re.fullmatch(r"b13e-\d{3}", str(i)) is not None, f"{i}: bad id")
    check(isinstance(e.get("text"), str) and 0 < len(e["text"]) <= 1000, f"{i}: text length")
    p = e.get("present", {})
    check(set(p) == {"movements", "activities", "symptoms", "redFlags"}, f"{i}: present keys")
    pres = set()
    for m in p.get("movements", []):
        check(m.get("id") in MOV, f"{i}: unknown movement {m.get('id')}")
        check(set(m) <= {"id", "side"} and m.get("side", "l") in ("l", "r"), f"{i}: movement side")
        pres.add(m.get("id"))
    for key, voc in (("activities", ACT), ("symptoms", SYM), ("redFlags", RF)):
        for x in p.get(key, []):
            check(x in voc, f"{i}: unknown {key} id {x}"); pres.add(x)
    for x in e.get("notPresent", []):
        check(x in ALLV, f"{i}: unknown notPresent id {x}")
        check(x not in pres, f"{i}: {x} both present and notPresent")
    ctx = e.get("context", [])
    check(ctx and set(ctx) <= CTX, f"{i}: context {ctx}")
    check(bool(pres) or bool(e.get("notPresent")), f"{i}: no finding at all")
    if set(ctx) - {"plain"}: n_np += 1
check(len(E) >= 80, f"evidence: {len(E)} < 80")
check(n_np >= 35, f"evidence: only {n_np} negated/hypothetical/historical/other-person")
txt = " ".join(e["text"].lower() for e in E)
for s in ("no change in", "not only", "no improvement", "but ", "however", "although", "though", "whereas", "yet "):
    check(s in txt, f"evidence: no sentence with '{s.strip()}'")
notes.append(f"evidence: {len(E)} sentences, {n_np} not plain")

# ---------- red flags ----------
F = load("redflags-heldout.json")
ids = [e.get("id") for e in F]
check(len(ids) == len(set(ids)), "redflags: duplicate ids")
ORDER = ["none", "caution", "refer", "urgent", "emergency"]
MIN = {}
for f_ in ("breathlessness cold-sweat nausea-with-pain pain-at-rest-crushing pain-spreading-arm-jaw faint-with-pain "
           "sudden-tearing-pain face-droop sudden-arm-weakness speech-difficulty thunderclap-headache").split():
    MIN[f_] = "emergency"
for f_ in ("saddle-numbness bladder-bowel-change bilateral-leg-symptoms progressive-weakness double-vision drop-attacks "
           "swallowing-speech-change nystagmus unsteady-gait face-numbness calf-swelling").split():
    MIN[f_] = "urgent"
for f_ in ("unexplained-weight-loss cancer-history constant-night-pain fever recent-trauma hot-swollen-joint "
           "immunosuppression iv-drug-use long-term-steroids").split():
    MIN[f_] = "refer"
for f_ in "anticoagulants bleeding-disorder recent-surgery varicose-veins pregnancy stroke-or-tia osteoporosis".split():
    MIN[f_] = "caution"
GCA = {"new-headache", "jaw-claudication", "scalp-tenderness", "visual-change"}
for f_ in ("pain-on-exertion", "recent-travel", "recent-immobilisation", "prior-dvt") + tuple(GCA):
    MIN.setdefault(f_, "none")      # tier depends on companions
check(set(MIN) == RF, f"validate.py tier table out of step with vocabularies: {RF ^ set(MIN)}")
tiers, flags_used = Counter(), set()
n_ben = n_neg = n_draw = 0
for e in F:
    i = e.get("id", "?")
    check(re.fullmatch(r"b13f-\d{3}", str(i)) is not None, f"{i}: bad id")
    check(set(e) <= {"id", "text", "age", "drawing", "expectTier", "expectFlags", "benignLookalike", "negated", "source"}, f"{i}: unknown field")
    check(isinstance(e.get("text"), str) and 0 < len(e["text"]) <= 1000, f"{i}: text")
    check(isinstance(e.get("age"), int) and 0 < e["age"] < 110, f"{i}: age")
    t = e.get("expectTier"); check(t in ORDER, f"{i}: tier {t}"); tiers[t] += 1
    fl = e.get("expectFlags", [])
    for x in fl:
        check(x in RF, f"{i}: unknown flag {x}")
    flags_used |= set(fl)
    check((t == "none") == (len(fl) == 0), f"{i}: tier/flags mismatch")
    if fl:
        lo = max(ORDER.index(MIN.get(x, "none")) for x in fl)
        check(ORDER.index(t) >= lo, f"{i}: tier {t} below a flag's tier")
        if set(fl) & GCA and t == "urgent" and not set(fl) - GCA:
            check(e["age"] > 50, f"{i}: GCA picture under 50")
    check(isinstance(e.get("benignLookalike"), bool) and isinstance(e.get("negated"), bool), f"{i}: booleans")
    if e.get("benignLookalike"):
        n_ben += 1; check(t == "none" and not fl, f"{i}: benign look-alike must be tier none, no flags")
    n_neg += bool(e.get("negated"))
    if "drawing" in e:
        n_draw += 1
        check(isinstance(e["drawing"], list) and e["drawing"], f"{i}: drawing empty")
        for x in e["drawing"]:
            check(x in regions, f"{i}: unknown drawing region {x}")
    s = e.get("source", {})
    check(all(isinstance(s.get(k), str) and s.get(k) for k in ("citation", "url", "locator")), f"{i}: source incomplete")
    check(str(s.get("url", "")).startswith("http"), f"{i}: source url")
NF = len(F)
check(NF >= 100, f"redflags: {NF} < 100")
for t, q in (("emergency", 15), ("urgent", 18), ("refer", 14), ("caution", 14)):
    check(tiers[t] >= q, f"redflags: {t} {tiers[t]} < {q}")
check(n_ben >= 32, f"redflags: benign look-alikes {n_ben} < 32")
check(n_neg >= 12, f"redflags: negated {n_neg} < 12")
check(0.25 <= n_draw / NF <= 0.42, f"redflags: drawings {n_draw}/{NF} not about a third")
check(flags_used == RF, f"redflags: flags never used: {sorted(RF - flags_used)}")
notes.append(f"redflags: {NF} cases {dict(tiers)}, benign {n_ben}, negated {n_neg}, drawings {n_draw}")

for n in notes: print(n)
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for x in errors[:200]: print("  -", x)
    sys.exit(1)
print("OK: all checks hold")
sys.exit(0)
