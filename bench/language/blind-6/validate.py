"""Validate the three b6 JSON files: ids, schema, vocabulary, quotas. Exit 1 on any problem."""
import json, re, sys, collections
from urllib.parse import urlparse
sys.path.insert(0, ".")
from common import REGION_IDS, PARENT, PARENTS, VOCAB

PREFIX = "b6"
problems = []
def bad(msg): problems.append(msg)

RF = set(VOCAB["red flags (id, label)"]); MV = set(VOCAB["movements"])
AC = set(VOCAB["activities"]); SY = set(VOCAB["symptoms"])
ALLV = RF | MV | AC | SY | set(VOCAB["cautions"])
RSET = set(REGION_IDS)

def load(name):
    try: return json.load(open(name))
    except Exception as e: bad("%s: cannot load (%s)" % (name, e)); return []

def check_ids(items, letter, name):
    pat = re.compile(r"^%s%s-\d{3}$" % (PREFIX, letter))
    ids = [x.get("id") for x in items]
    for i in ids:
        if not isinstance(i, str) or not pat.match(i): bad("%s: bad id %r" % (name, i))
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup: bad("%s: duplicate ids %s" % (name, dup))

# ---------- regions ----------
R = load("regions-heldout.json"); check_ids(R, "r", "regions")
for x in R:
    k = set(x) - {"id", "text", "register", "expect", "alsoAccept", "tags"}
    if k: bad("%s: unknown keys %s" % (x["id"], k))
    if not isinstance(x.get("text"), str) or not x["text"].strip() or len(x["text"]) > 500: bad("%s: bad text" % x["id"])
    if x.get("register") not in ("lay", "clinical"): bad("%s: bad register" % x["id"])
    e = x.get("expect")
    if not isinstance(e, list) or not e: bad("%s: empty expect" % x["id"]); continue
    if len(set(e)) != len(e): bad("%s: duplicate ids in expect" % x["id"])
    for i in e:
        if i not in RSET: bad("%s: unknown region %s" % (x["id"], i))
    for a in x.get("alsoAccept", []):
        if not isinstance(a, list) or not a: bad("%s: bad alsoAccept set" % x["id"]); continue
        for i in a:
            if i not in RSET: bad("%s: unknown region in alsoAccept %s" % (x["id"], i))
        if set(a) == set(e): bad("%s: alsoAccept repeats expect" % x["id"])
    if not isinstance(x.get("tags"), list) or x["register"] not in x["tags"]: bad("%s: tags must include register" % x["id"])
    if "l." in " ".join(e) and "r." not in " ".join(e): pass

n = len(R); tags = collections.Counter(t for x in R for t in x["tags"])
lay = sum(1 for x in R if x["register"] == "lay")
parents_hit = {PARENT[i] for x in R for i in x["expect"]}
sides = collections.Counter()
for x in R:
    s = {i[0] for i in x["expect"]}
    if s == {"l"}: sides["left-only"] += 1
    if s == {"r"}: sides["right-only"] += 1
    if s == {"m"}: sides["midline-only"] += 1
    if "l" in s and "r" in s: sides["both-sides"] += 1
print("regions: %d items, lay %d, clinical %d, direction %d, misspelled %d (%.1f%%), list %d, ambiguous %d, bilateral-tag %d" % (
    n, lay, n - lay, tags["direction"], tags["misspelled"], 100.0 * tags["misspelled"] / max(n, 1), tags["list"], tags["ambiguous"], tags["bilateral"]))
print("regions: sides", dict(sides), "; parent areas covered %d/%d" % (len(parents_hit), len(PARENTS)))
if n < 260: bad("regions: fewer than 260 items")
if lay * 2 < n: bad("regions: fewer than half lay")
if tags["direction"] * 4 < n: bad("regions: direction below a quarter")
if not (0.08 <= tags["misspelled"] / n <= 0.13): bad("regions: misspelled not about 10%")
missing = set(PARENTS) - parents_hit
if missing: bad("regions: parent areas never used: %s" % sorted(missing))
for k in ("left-only", "right-only", "midline-only", "both-sides"):
    if sides[k] == 0: bad("regions: no %s case" % k)
for t in ("list", "ambiguous", "abbreviation", "possessive", "british", "american", "slang"):
    if tags[t] == 0: bad("regions: no %s tag" % t)

# ---------- evidence ----------
E = load("evidence-heldout.json"); check_ids(E, "e", "evidence")
CTX = {"plain", "negated", "hypothetical", "historical", "other-person"}
for x in E:
    p = x.get("present", {})
    if set(p) != {"movements", "symptoms", "activities", "redFlags"}: bad("%s: present keys" % x["id"]); continue
    for m in p["movements"]:
        if m.get("id") not in MV: bad("%s: unknown movement %s" % (x["id"], m))
        if "side" in m and m["side"] not in ("l", "r"): bad("%s: bad side %s" % (x["id"], m))
    for key, voc in (("symptoms", SY), ("activities", AC), ("redFlags", RF)):
        for i in p[key]:
            if i not in voc: bad("%s: unknown %s id %s" % (x["id"], key, i))
    for i in x.get("notPresent", []):
        if i not in ALLV: bad("%s: unknown notPresent id %s" % (x["id"], i))
    pres = {m["id"] for m in p["movements"]} | set(p["symptoms"]) | set(p["activities"]) | set(p["redFlags"])
    if pres & set(x.get("notPresent", [])): bad("%s: id both present and notPresent" % x["id"])
    if not pres and not x.get("notPresent"): bad("%s: nothing asserted" % x["id"])
    c = x.get("context")
    if not isinstance(c, list) or not c or set(c) - CTX: bad("%s: bad context %r" % (x["id"], c))
    if not isinstance(x.get("text"), str) or len(x["text"]) > 500: bad("%s: bad text" % x["id"])
nonplain = sum(1 for x in E if set(x["context"]) - {"plain"})
ctxc = collections.Counter(t for x in E for t in x["context"])
pseudo = sum(1 for x in E if re.search(r"\b(no change|not only|not just|can't .* without|no longer)\b", x["text"], re.I))
scope = sum(1 for x in E if re.search(r"(\bbut\b|\bhowever\b|;)", x["text"], re.I))
print("evidence: %d items, non-plain %d, contexts %s, pseudo-negation %d, scope-terminator %d" % (len(E), nonplain, dict(ctxc), pseudo, scope))
if len(E) < 70: bad("evidence: fewer than 70")
if nonplain < 35: bad("evidence: fewer than 35 negated/hypothetical/historical/other-person")
for k in CTX:
    if ctxc[k] == 0: bad("evidence: no %s context" % k)
if pseudo < 3: bad("evidence: too few pseudo-negations")
if scope < 8: bad("evidence: too few scope terminators")

# ---------- red flags ----------
F = load("redflags-heldout.json"); check_ids(F, "f", "redflags")
TIERS = ["emergency", "urgent", "refer", "caution", "none"]
used = {l.strip() for l in open("/work/blind-ref/domains-already-used.txt") if l.strip()}
reused = []
for x in F:
    if not isinstance(x.get("age"), int) or not (0 < x["age"] < 110): bad("%s: bad age" % x["id"])
    if x.get("expectTier") not in TIERS: bad("%s: bad tier" % x["id"])
    for i in x.get("expectFlags", []):
        if i not in RF: bad("%s: unknown flag %s" % (x["id"], i))
    for k in ("benignLookalike", "negated"):
        if not isinstance(x.get(k), bool): bad("%s: %s not bool" % (x["id"], k))
    if x.get("benignLookalike") and (x["expectFlags"] or x["expectTier"] != "none"): bad("%s: look-alike with flags/tier" % x["id"])
    if x["expectTier"] == "none" and x["expectFlags"]: bad("%s: flags but tier none" % x["id"])
    if x["expectTier"] != "none" and not x["expectFlags"]: bad("%s: tier without flags" % x["id"])
    for i in x.get("drawing", []):
        if i not in RSET: bad("%s: unknown drawing region %s" % (x["id"], i))
    s = x.get("source", {})
    if not all(isinstance(s.get(k), str) and s[k].strip() for k in ("citation", "url", "locator")): bad("%s: incomplete source" % x["id"])
    else:
        host = urlparse(s["url"]).netloc.lower()
        if not s["url"].startswith("http"): bad("%s: bad url" % x["id"])
        if any(host == d or host.endswith("." + d) for d in used): reused.append((x["id"], host))
    if len(x.get("text", "")) > 500 or not x.get("text"): bad("%s: bad text" % x["id"])
tc = collections.Counter(x["expectTier"] for x in F)
look = sum(1 for x in F if x["benignLookalike"]); neg = sum(1 for x in F if x["negated"])
draw = sum(1 for x in F if x.get("drawing"))
urls = {x["source"]["url"] for x in F}
flags_seen = {i for x in F for i in x["expectFlags"]}
print("redflags: %d items, tiers %s, look-alikes %d, negated %d, with drawing %d (%.0f%%), distinct sources %d, flags covered %d/%d" % (
    len(F), dict(tc), look, neg, draw, 100.0 * draw / max(len(F), 1), len(urls), len(flags_seen), len(RF)))
if reused: bad("redflags: sources on already-used domains: %s" % reused)
if len(F) < 70: bad("redflags: fewer than 70")
for t in TIERS:
    if tc[t] == 0: bad("redflags: no %s case" % t)
if look < 22: bad("redflags: fewer than 22 look-alikes")
if neg < 8: bad("redflags: fewer than 8 negated")
if not (0.25 <= draw / len(F) <= 0.45): bad("redflags: drawings not about a third")

if problems:
    print("\nPROBLEMS (%d):" % len(problems))
    for p in problems: print(" -", p)
    sys.exit(1)
print("\nOK: all checks passed")
