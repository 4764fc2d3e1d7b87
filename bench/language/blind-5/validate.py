"""Checks ids, schema and quotas of the three held-out files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from common import (REGION_IDS, PARENT_OF, SIDE_OF, PARENT_AREAS, MOVEMENTS, ACTIVITIES,
                    SYMPTOMS, RED_FLAGS, HERE)

problems = []
def bad(msg):
    problems.append(msg)

def load(name):
    with open(os.path.join(HERE, name)) as f:
        return json.load(f)

REG_TAGS = {"lay", "clinical", "direction", "possessive", "abbreviation", "bilateral", "midline",
            "misspelled", "ambiguous", "slang", "list", "british", "american"}
RIDS = set(REGION_IDS)
ALL_EVIDENCE = MOVEMENTS | ACTIVITIES | SYMPTOMS | RED_FLAGS
TIERS = {"emergency", "urgent", "refer", "caution", "none"}
CONTEXTS = {"plain", "negated", "historical", "hypothetical", "other-person"}

def check_ids(items, prefix):
    ids = [i.get("id") for i in items]
    if len(set(ids)) != len(ids):
        bad(f"{prefix}: duplicate ids")
    for i in ids:
        if not (isinstance(i, str) and re.fullmatch(prefix + r"-\d{3}", i)):
            bad(f"{prefix}: bad id {i!r}")
    texts = [i.get("text", "").strip().lower() for i in items]
    for t, c in Counter(texts).items():
        if c > 1:
            bad(f"{prefix}: duplicate text {t!r}")

# ---------------- regions
reg = load("regions-heldout.json")
check_ids(reg, "b5r")
for it in reg:
    iid = it.get("id")
    keys = set(it) - {"id", "text", "register", "expect", "alsoAccept", "tags", "note"}
    if keys:
        bad(f"{iid}: unknown keys {keys}")
    if not it.get("text"):
        bad(f"{iid}: empty text")
    if it.get("register") not in ("lay", "clinical"):
        bad(f"{iid}: register")
    if it.get("register") not in it.get("tags", []):
        bad(f"{iid}: register not in tags")
    exp = it.get("expect")
    if not exp or not isinstance(exp, list):
        bad(f"{iid}: expect empty")
    for x in exp or []:
        if x not in RIDS:
            bad(f"{iid}: unknown region {x}")
    if len(set(exp or [])) != len(exp or []):
        bad(f"{iid}: duplicate in expect")
    for alt in it.get("alsoAccept", []):
        if not alt or not isinstance(alt, list):
            bad(f"{iid}: empty alsoAccept entry")
        for x in alt:
            if x not in RIDS:
                bad(f"{iid}: unknown alsoAccept region {x}")
        if sorted(alt) == sorted(exp):
            bad(f"{iid}: alsoAccept repeats expect")
    for t in it.get("tags", []):
        if t not in REG_TAGS:
            bad(f"{iid}: unknown tag {t}")
    if "lay" in it["tags"] and "clinical" in it["tags"]:
        bad(f"{iid}: both registers tagged")
    sides = {SIDE_OF[x] for x in exp if x in SIDE_OF}
    if "bilateral" in it["tags"] and not ({"l", "r"} <= sides):
        bad(f"{iid}: tagged bilateral but expect lacks both sides")
    if "midline" in it["tags"] and "m" not in sides:
        bad(f"{iid}: tagged midline but no midline id")
    if "list" in it["tags"] and len(exp) < 2:
        bad(f"{iid}: tagged list with one id")

n = len(reg)
regc = Counter(i["register"] for i in reg)
tagc = Counter(t for i in reg for t in i["tags"])
if n < 200: bad(f"regions: {n} < 200")
if regc["lay"] < n * 0.45 or regc["clinical"] < n * 0.45:
    bad(f"regions: register balance {dict(regc)}")
if tagc["direction"] < n / 4: bad("regions: direction < 25%")
if tagc["misspelled"] < n * 0.10: bad("regions: misspelled < 10%")
for t in ("list", "ambiguous", "bilateral", "midline", "abbreviation", "slang", "possessive", "british", "american"):
    if tagc[t] < 3: bad(f"regions: too few '{t}' items")
covered = {PARENT_OF[x] for i in reg for x in i["expect"]}
missing = set(PARENT_AREAS) - covered
if missing: bad(f"regions: parent areas not covered {sorted(missing)}")
side_kinds = Counter()
for i in reg:
    s = {SIDE_OF[x] for x in i["expect"]}
    if s == {"l"}: side_kinds["left"] += 1
    if s == {"r"}: side_kinds["right"] += 1
    if s == {"m"}: side_kinds["midline"] += 1
    if {"l", "r"} <= s: side_kinds["both"] += 1
for k in ("left", "right", "midline", "both"):
    if side_kinds[k] < 5: bad(f"regions: too few {k} items")

# ---------------- evidence
ev = load("evidence-heldout.json")
check_ids(ev, "b5e")
ctxc = Counter()
for it in ev:
    iid = it.get("id")
    keys = set(it) - {"id", "text", "present", "notPresent", "context"}
    if keys: bad(f"{iid}: unknown keys {keys}")
    pr = it.get("present")
    if not isinstance(pr, dict): bad(f"{iid}: present not an object"); continue
    for k in pr:
        if k not in ("movements", "activities", "symptoms", "redFlags"):
            bad(f"{iid}: unknown present key {k}")
    for m in pr.get("movements", []):
        if m.get("id") not in MOVEMENTS: bad(f"{iid}: unknown movement {m}")
        if "side" in m and m["side"] not in ("l", "r"): bad(f"{iid}: bad side {m}")
        if set(m) - {"id", "side"}: bad(f"{iid}: movement keys {m}")
    for a in pr.get("activities", []):
        if a not in ACTIVITIES: bad(f"{iid}: unknown activity {a}")
    for s in pr.get("symptoms", []):
        if s not in SYMPTOMS: bad(f"{iid}: unknown symptom {s}")
    for f_ in pr.get("redFlags", []):
        if f_ not in RED_FLAGS: bad(f"{iid}: unknown red flag {f_}")
    presentids = {m["id"] for m in pr.get("movements", [])} | set(pr.get("activities", [])) | \
                 set(pr.get("symptoms", [])) | set(pr.get("redFlags", []))
    for x in it.get("notPresent", []):
        if x not in ALL_EVIDENCE: bad(f"{iid}: unknown notPresent id {x}")
        if x in presentids: bad(f"{iid}: {x} both present and notPresent")
    if not presentids and not it.get("notPresent"):
        bad(f"{iid}: nothing to check")
    ctx = it.get("context", [])
    if not ctx or any(c not in CONTEXTS for c in ctx): bad(f"{iid}: bad context {ctx}")
    if not ({"plain", "historical"} & set(ctx)) and not it.get("notPresent"):
        bad(f"{iid}: negated/hypothetical/other-person context without notPresent")
    for c in set(ctx): ctxc[c] += 1
nonplain = sum(1 for i in ev if set(i["context"]) - {"plain"})
if len(ev) < 60: bad(f"evidence: {len(ev)} < 60")
if nonplain < 25: bad(f"evidence: non-plain {nonplain} < 25")
for c in ("negated", "historical", "hypothetical", "other-person"):
    if ctxc[c] < 3: bad(f"evidence: too few {c}")

# ---------------- red flags
rf = load("redflags-heldout.json")
check_ids(rf, "b5f")
tierc = Counter(); look = neg = drawn = 0
for it in rf:
    iid = it.get("id")
    keys = set(it) - {"id", "text", "drawing", "age", "expectTier", "expectFlags", "benignLookalike", "negated", "source"}
    if keys: bad(f"{iid}: unknown keys {keys}")
    if not isinstance(it.get("age"), int) or not (0 < it["age"] < 120): bad(f"{iid}: age")
    t = it.get("expectTier")
    if t not in TIERS: bad(f"{iid}: tier {t}")
    tierc[t] += 1
    for x in it.get("expectFlags", []):
        if x not in RED_FLAGS: bad(f"{iid}: unknown flag {x}")
    if t == "none" and it["expectFlags"]: bad(f"{iid}: none with flags")
    if t != "none" and not it["expectFlags"]: bad(f"{iid}: {t} without flags")
    for x in it.get("drawing", []):
        if x not in RIDS: bad(f"{iid}: unknown drawing region {x}")
    if "drawing" in it:
        drawn += 1
        if not it["drawing"]: bad(f"{iid}: empty drawing")
    if not isinstance(it.get("benignLookalike"), bool) or not isinstance(it.get("negated"), bool):
        bad(f"{iid}: flags not bool")
    if (it["benignLookalike"] or it["negated"]) and t != "none":
        bad(f"{iid}: look-alike/negated must be tier none")
    if it["benignLookalike"] and it["negated"]: bad(f"{iid}: both look-alike and negated")
    look += it["benignLookalike"]; neg += it["negated"]
    s = it.get("source") or {}
    for k in ("citation", "url", "locator"):
        if not s.get(k): bad(f"{iid}: source.{k} missing")
    if not str(s.get("url", "")).startswith("http"): bad(f"{iid}: url")
if len(rf) < 60: bad(f"redflags: {len(rf)} < 60")
for t, q in (("emergency", 8), ("urgent", 9), ("refer", 8), ("caution", 6), ("none", 24)):
    if tierc[t] < q: bad(f"redflags: {t} {tierc[t]} < {q}")
if look < 17: bad(f"redflags: look-alikes {look} < 17")
if neg < 7: bad(f"redflags: negated {neg} < 7")
if drawn < 5: bad(f"redflags: drawings {drawn} < 5")
if sum(1 for i in rf if re.search(r"\d", i["text"])) < 5: bad("redflags: too few figures in text")

print(f"regions: {n} (lay {regc['lay']}, clinical {regc['clinical']})")
print("  tags:", dict(sorted(tagc.items())))
print("  sides:", dict(side_kinds), f"parent areas covered {len(covered)}/{len(PARENT_AREAS)}")
print(f"evidence: {len(ev)} (non-plain {nonplain})", dict(ctxc))
print(f"redflags: {len(rf)}", dict(tierc), f"look-alikes {look}, negated {neg}, drawings {drawn}")
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems: print(" -", p)
    sys.exit(1)
print("OK")
