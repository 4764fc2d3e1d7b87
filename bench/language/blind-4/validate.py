"""Check the three held-out files against regions.tsv, vocabularies.txt, the schema and the quotas.
Prints counts; exits 1 on any problem."""
import json, os, re, sys
from collections import Counter
from common import REGIONS, PARENTS, VOCAB, HERE

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name)) as f:
        return json.load(f)


MOV, ACT, SYM, RF = (set(VOCAB[k]) for k in ("movements", "activities", "symptoms", "red flags"))
ANY = MOV | ACT | SYM | RF
TAGS = {"lay", "clinical", "direction", "possessive", "abbreviation", "bilateral", "midline", "misspelled",
        "ambiguous", "slang", "list", "british", "american"}


def check_ids(items, prefix):
    seen, texts = set(), set()
    for it in items:
        i = it.get("id", "")
        if not re.fullmatch(prefix + r"-\d{3}", i):
            bad(f"bad id {i!r}")
        if i in seen:
            bad(f"duplicate id {i}")
        seen.add(i)
        t = it.get("text", "").strip()
        if not t:
            bad(f"{i}: empty text")
        if t.lower() in texts:
            bad(f"{i}: duplicate text")
        texts.add(t.lower())


# ---------------- regions ----------------
reg = load("regions-heldout.json")
check_ids(reg, "b4r")
tagc, regc, parents, sides = Counter(), Counter(), set(), set()
for it in reg:
    i = it["id"]
    extra = set(it) - {"id", "text", "register", "expect", "alsoAccept", "tags", "note"}
    if extra:
        bad(f"{i}: unknown keys {extra}")
    if it.get("register") not in ("lay", "clinical"):
        bad(f"{i}: register")
    regc[it.get("register")] += 1
    if not it.get("expect"):
        bad(f"{i}: empty expect")
    lists = [it.get("expect", [])] + it.get("alsoAccept", [])
    for lst in lists:
        if not isinstance(lst, list) or not lst:
            bad(f"{i}: empty/invalid id list")
            continue
        if len(set(lst)) != len(lst):
            bad(f"{i}: repeated id in {lst}")
        for r in lst:
            if r not in REGIONS:
                bad(f"{i}: unknown region {r}")
    for alt in it.get("alsoAccept", []):
        if sorted(alt) == sorted(it["expect"]):
            bad(f"{i}: alsoAccept repeats expect")
    for r in it.get("expect", []):
        if r in REGIONS:
            parents.add(REGIONS[r]["parent_area_key"])
            sides.add(REGIONS[r]["side"])
    tags = it.get("tags", [])
    if not set(tags) <= TAGS:
        bad(f"{i}: unknown tags {set(tags) - TAGS}")
    if it.get("register") not in tags:
        bad(f"{i}: register missing from tags")
    for t in set(tags):
        tagc[t] += 1
    exp = it.get("expect", [])
    has_l = any(r.startswith("l.") for r in exp)
    has_r = any(r.startswith("r.") for r in exp)
    if "bilateral" in tags and not (has_l and has_r):
        bad(f"{i}: tagged bilateral but expect is one-sided")
    if "midline" in tags and not any(r.startswith("m.") for r in exp):
        bad(f"{i}: tagged midline without an m. id")
    if "list" in tags and len(exp) < 2:
        bad(f"{i}: list with one id")
n = len(reg)
print(f"regions: {n} (lay {regc['lay']}, clinical {regc['clinical']})")
print("  tags:", dict(sorted(tagc.items())))
print(f"  parent areas covered: {len(parents)}/{len(PARENTS)}; sides in expect: {sorted(sides)}")
if n < 200:
    bad("regions < 200")
if not 0.4 <= regc["lay"] / n <= 0.6:
    bad("lay/clinical not about half")
if tagc["direction"] < n / 4:
    bad("direction < 25 %")
if tagc["misspelled"] < n / 10:
    bad("misspelled < 10 %")
if set(PARENTS) - parents:
    bad(f"parent areas missing: {sorted(set(PARENTS) - parents)}")
if sides != {"l", "r", "m"}:
    bad("left/right/midline not all present")
for t in ("bilateral", "midline", "list", "ambiguous", "possessive", "abbreviation", "slang", "british", "american"):
    if tagc[t] < 3:
        bad(f"too few '{t}' items")
for t in ("misspelled", "direction"):
    for r_ in ("lay", "clinical"):
        if not any(t in it["tags"] and it["register"] == r_ for it in reg):
            bad(f"no {r_} item tagged {t}")

# ---------------- evidence ----------------
ev = load("evidence-heldout.json")
check_ids(ev, "b4e")
ctx = Counter()
nonplain = 0
for it in ev:
    i = it["id"]
    extra = set(it) - {"id", "text", "present", "notPresent", "context", "note"}
    if extra:
        bad(f"{i}: unknown keys {extra}")
    p = it.get("present", {})
    if set(p) - {"movements", "activities", "symptoms", "redFlags"}:
        bad(f"{i}: bad present keys")
    for m in p.get("movements", []):
        if m.get("id") not in MOV:
            bad(f"{i}: unknown movement {m}")
        if "side" in m and m["side"] not in ("l", "r"):
            bad(f"{i}: bad side {m}")
        if set(m) - {"id", "side"}:
            bad(f"{i}: bad movement keys")
    for k, voc in (("activities", ACT), ("symptoms", SYM), ("redFlags", RF)):
        for x in p.get(k, []):
            if x not in voc:
                bad(f"{i}: unknown {k} id {x}")
    pres = {m["id"] for m in p.get("movements", [])} | set(p.get("activities", [])) | set(p.get("symptoms", [])) | set(p.get("redFlags", []))
    if not isinstance(it.get("notPresent"), list):
        bad(f"{i}: notPresent missing")
    for x in it.get("notPresent", []):
        if x not in ANY:
            bad(f"{i}: unknown notPresent id {x}")
        if x in pres:
            bad(f"{i}: {x} both present and notPresent")
    c = it.get("context", [])
    if not c or not set(c) <= {"plain", "negated", "historical", "hypothetical", "other-person"}:
        bad(f"{i}: bad context {c}")
    for x in c:
        ctx[x] += 1
    if set(c) - {"plain"}:
        nonplain += 1
        if not it.get("notPresent") and not p.get("redFlags"):
            bad(f"{i}: non-plain item asserts nothing negative or historical")
    if c == ["plain"] and not pres:
        bad(f"{i}: plain item with nothing present")
notes = " ".join(it.get("note", "") for it in ev)
pseudo = sum("pseudo-negation" in it.get("note", "") for it in ev)
scope = sum("scope terminator" in it.get("note", "") for it in ev)
print(f"evidence: {len(ev)}; non-plain {nonplain}; contexts {dict(ctx)}; pseudo-negations {pseudo}; scope terminators {scope}")
if len(ev) < 60:
    bad("evidence < 60")
if nonplain < 25:
    bad("non-plain evidence < 25")
for c in ("negated", "historical", "hypothetical", "other-person", "plain"):
    if ctx[c] < 3:
        bad(f"too few evidence items with context {c}")
if pseudo < 3 or scope < 3:
    bad("need pseudo-negations and scope terminators")

# ---------------- red flags ----------------
rf = load("redflags-heldout.json")
check_ids(rf, "b4f")
tiers = Counter()
look = neg = drawn = 0
for it in rf:
    i = it["id"]
    extra = set(it) - {"id", "text", "drawing", "age", "expectTier", "expectFlags", "benignLookalike", "negated", "source"}
    if extra:
        bad(f"{i}: unknown keys {extra}")
    t = it.get("expectTier")
    if t not in ("emergency", "urgent", "refer", "caution", "none"):
        bad(f"{i}: bad tier {t}")
    tiers[t] += 1
    if not isinstance(it.get("age"), int) or not 0 < it["age"] < 110:
        bad(f"{i}: bad age")
    for f in it.get("expectFlags", []):
        if f not in RF:
            bad(f"{i}: unknown red flag {f}")
    if t == "none" and it.get("expectFlags"):
        bad(f"{i}: tier none with flags")
    if t != "none" and not it.get("expectFlags"):
        bad(f"{i}: tier {t} without flags")
    if not isinstance(it.get("benignLookalike"), bool) or not isinstance(it.get("negated"), bool):
        bad(f"{i}: benignLookalike/negated must be bool")
    if (it.get("benignLookalike") or it.get("negated")) and t != "none":
        bad(f"{i}: look-alike/negated item must be tier none")
    if t == "none" and not (it.get("benignLookalike") or it.get("negated")):
        bad(f"{i}: tier none must be look-alike or negated")
    look += bool(it.get("benignLookalike"))
    neg += bool(it.get("negated"))
    if "drawing" in it:
        drawn += 1
        for r in it["drawing"]:
            if r not in REGIONS:
                bad(f"{i}: unknown drawing region {r}")
    s = it.get("source", {})
    if not all(s.get(k) for k in ("citation", "url", "locator")) or not s.get("url", "").startswith("http"):
        bad(f"{i}: incomplete source")
    if t == "urgent" and "jaw-claudication" in it.get("expectFlags", []) and it["age"] <= 50:
        bad(f"{i}: GCA pattern needs age over 50")
print(f"redflags: {len(rf)}; tiers {dict(tiers)}; look-alikes {look}; negated {neg}; with drawing {drawn}")
need = {"emergency": 8, "urgent": 9, "refer": 8, "caution": 6, "none": 24}
for k, v in need.items():
    if tiers[k] < v:
        bad(f"tier {k} < {v}")
if len(rf) < 60:
    bad("redflags < 60")
if look < 17:
    bad("look-alikes < 17")
if neg < 7:
    bad("negated < 7")
if drawn < 5:
    bad("too few drawings")
if not any(re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|fortnight)\b", it["text"].lower()) for it in rf):
    bad("no ages/durations in words")

if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK: all checks passed")
