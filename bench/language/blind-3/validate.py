"""Validate the three held-out files against regions.tsv, vocabularies.txt,
the schema in language-format.md and the quotas of the brief.
Prints counts; exits 1 on any problem."""
import collections
import json
import os
import re
import sys

from common import (HERE, REGION_SET, AREAS, AREA_OF, SIDE_OF, MOVEMENTS, ACTIVITIES,
                    SYMPTOMS, RED_FLAGS, ALL_FINDINGS)

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        bad("%s: not a JSON array" % name)
        return []
    return data


def check_ids(items, prefix, name):
    seen = set()
    for n, it in enumerate(items, 1):
        want = "%s-%03d" % (prefix, n)
        if it.get("id") != want:
            bad("%s: item %d has id %r, expected %s" % (name, n, it.get("id"), want))
        if it.get("id") in seen:
            bad("%s: duplicate id %s" % (name, it.get("id")))
        seen.add(it.get("id"))
    texts = collections.Counter(it.get("text", "").strip().lower() for it in items)
    for t, c in texts.items():
        if c > 1:
            bad("%s: duplicate text %r" % (name, t))


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


# ------------------------------------------------------------------ regions
REG_TAGS = {"lay", "clinical", "direction", "possessive", "abbreviation", "bilateral",
            "midline", "misspelled", "ambiguous", "slang", "list", "british", "american"}
REG_KEYS = {"id", "text", "register", "expect", "alsoAccept", "tags", "note"}


def check_regions():
    name = "regions-heldout.json"
    items = load(name)
    check_ids(items, "b3r", name)
    tags = collections.Counter()
    areas = set()
    sides = collections.Counter()
    reg = collections.Counter()
    for it in items:
        i = it.get("id")
        extra = set(it) - REG_KEYS
        if extra:
            bad("%s %s: unknown keys %s" % (name, i, sorted(extra)))
        for k in ("id", "text", "register", "expect", "tags"):
            if k not in it:
                bad("%s %s: missing %s" % (name, i, k))
        if not nonempty_str(it.get("text")):
            bad("%s %s: empty text" % (name, i))
        if it.get("register") not in ("lay", "clinical"):
            bad("%s %s: bad register %r" % (name, i, it.get("register")))
        reg[it.get("register")] += 1
        exp = it.get("expect", [])
        if not isinstance(exp, list) or not exp:
            bad("%s %s: expect must be a non-empty list" % (name, i))
            exp = []
        if len(set(exp)) != len(exp):
            bad("%s %s: duplicate ids in expect" % (name, i))
        for r in exp:
            if r not in REGION_SET:
                bad("%s %s: unknown region %r" % (name, i, r))
            else:
                areas.add(AREA_OF[r])
                sides[SIDE_OF[r]] += 0
        for alt in it.get("alsoAccept", []) or []:
            if not isinstance(alt, list) or not alt:
                bad("%s %s: alsoAccept entries must be non-empty lists" % (name, i))
                continue
            for r in alt:
                if r not in REGION_SET:
                    bad("%s %s: unknown region in alsoAccept %r" % (name, i, r))
            if sorted(alt) == sorted(exp):
                bad("%s %s: alsoAccept repeats expect" % (name, i))
        tg = it.get("tags", [])
        if not isinstance(tg, list) or not tg:
            bad("%s %s: tags must be a non-empty list" % (name, i))
            tg = []
        for t in tg:
            if t not in REG_TAGS:
                bad("%s %s: unknown tag %r" % (name, i, t))
        if len(set(tg)) != len(tg):
            bad("%s %s: duplicate tags" % (name, i))
        if it.get("register") not in tg:
            bad("%s %s: register not in tags" % (name, i))
        if "lay" in tg and "clinical" in tg:
            bad("%s %s: both lay and clinical tags" % (name, i))
        tags.update(tg)
        # side coverage from expect
        s = {SIDE_OF[r] for r in exp if r in SIDE_OF}
        if s == {"m"}:
            sides["midline"] += 1
        if "l" in s and "r" in s:
            sides["both"] += 1
        elif "l" in s:
            sides["left"] += 1
        elif "r" in s:
            sides["right"] += 1
        if "bilateral" in tg and not ("l" in s and "r" in s):
            bad("%s %s: tagged bilateral but expect is not two-sided" % (name, i))
        if "list" in tg and len(exp) < 2:
            bad("%s %s: tagged list but expect has one id" % (name, i))
    n = len(items)
    print("regions: %d phrases; register %s" % (n, dict(reg)))
    print("  tags: %s" % dict(sorted(tags.items(), key=lambda kv: -kv[1])))
    print("  sides: left-only %d, right-only %d, both %d, midline-only %d"
          % (sides["left"], sides["right"], sides["both"], sides["midline"]))
    print("  parent areas covered: %d / %d" % (len(areas), len(AREAS)))
    if n < 240:
        bad("regions: %d < 240 phrases" % n)
    lay, cl = reg["lay"], reg["clinical"]
    if n and not (0.4 <= lay / n <= 0.6):
        bad("regions: lay share %.2f not about half" % (lay / n))
    if tags["direction"] < 0.25 * n:
        bad("regions: direction %d < 25%%" % tags["direction"])
    if tags["misspelled"] < 0.10 * n:
        bad("regions: misspelled %d < 10%%" % tags["misspelled"])
    missing = set(AREAS) - areas
    if missing:
        bad("regions: parent areas never used: %s" % sorted(missing))
    for k in ("left", "right", "both", "midline"):
        if sides[k] == 0:
            bad("regions: no %s item" % k)
    for t in ("list", "ambiguous", "possessive", "slang", "british", "american", "abbreviation"):
        if tags[t] == 0:
            bad("regions: no %s item" % t)
    # words with two meanings the brief asks for
    low = [it["text"].lower() for it in items]
    for w in ("bottom", "cheek", "heel"):
        if not any(re.search(r"\b%s\b" % w, t) for t in low):
            bad("regions: no phrase uses %r" % w)
    if not any("right" in t and "emphasis" in (it.get("note") or "") for t, it in zip(low, items)):
        bad("regions: no 'right' used as emphasis")


# ----------------------------------------------------------------- evidence
EV_CTX = {"plain", "negated", "historical", "hypothetical", "other-person"}
EV_KEYS = {"id", "text", "present", "notPresent", "context"}


def check_evidence():
    name = "evidence-heldout.json"
    items = load(name)
    check_ids(items, "b3e", name)
    ctx = collections.Counter()
    used = collections.Counter()
    nonplain = 0
    pseudo = term = 0
    for it in items:
        i = it.get("id")
        extra = set(it) - EV_KEYS
        if extra:
            bad("%s %s: unknown keys %s" % (name, i, sorted(extra)))
        for k in EV_KEYS:
            if k not in it:
                bad("%s %s: missing %s" % (name, i, k))
        if not nonempty_str(it.get("text")):
            bad("%s %s: empty text" % (name, i))
        c = it.get("context", [])
        if not isinstance(c, list) or not c:
            bad("%s %s: context must be a non-empty list" % (name, i))
            c = []
        for x in c:
            if x not in EV_CTX:
                bad("%s %s: bad context %r" % (name, i, x))
        if "plain" in c and len(c) > 1:
            bad("%s %s: plain mixed with other contexts" % (name, i))
        ctx.update(c)
        if c and c != ["plain"]:
            nonplain += 1
        pr = it.get("present", {})
        if not isinstance(pr, dict):
            bad("%s %s: present must be an object" % (name, i))
            pr = {}
        extra = set(pr) - {"movements", "activities", "symptoms", "redFlags"}
        if extra:
            bad("%s %s: unknown present keys %s" % (name, i, sorted(extra)))
        present_ids = set()
        for m in pr.get("movements", []):
            if not isinstance(m, dict) or m.get("id") not in MOVEMENTS:
                bad("%s %s: bad movement %r" % (name, i, m))
                continue
            if set(m) - {"id", "side"}:
                bad("%s %s: bad movement keys %r" % (name, i, m))
            if "side" in m and m["side"] not in ("l", "r"):
                bad("%s %s: bad side %r" % (name, i, m["side"]))
            present_ids.add(m["id"])
            used["movements"] += 1
        for key, vocab in (("activities", ACTIVITIES), ("symptoms", SYMPTOMS), ("redFlags", RED_FLAGS)):
            vals = pr.get(key, [])
            if not isinstance(vals, list):
                bad("%s %s: %s must be a list" % (name, i, key))
                continue
            for v in vals:
                if v not in vocab:
                    bad("%s %s: %r is not a %s id" % (name, i, v, key))
                present_ids.add(v)
                used[key] += 1
        npres = it.get("notPresent", [])
        if not isinstance(npres, list):
            bad("%s %s: notPresent must be a list" % (name, i))
            npres = []
        for v in npres:
            if v not in ALL_FINDINGS:
                bad("%s %s: notPresent id %r not in vocabularies" % (name, i, v))
            if v in present_ids:
                bad("%s %s: %r both present and notPresent" % (name, i, v))
            used["notPresent"] += 1
        if set(c) & {"negated", "hypothetical", "other-person"} and not npres:
            bad("%s %s: %s context but empty notPresent" % (name, i, c))
        if c == ["historical"] and not npres and not present_ids:
            bad("%s %s: historical item with no findings" % (name, i))
        if not present_ids and not npres:
            bad("%s %s: no findings at all" % (name, i))
        t = it.get("text", "").lower()
        if re.search(r"\b(no change|not only|not just|no improvement|hasn't stopped)\b", t):
            pseudo += 1
        if re.search(r"\b(but|however|though)\b", t):
            term += 1
    n = len(items)
    print("evidence: %d sentences; contexts %s; non-plain %d" % (n, dict(ctx), nonplain))
    print("  findings used: %s; pseudo-negations %d; scope terminators %d" % (dict(used), pseudo, term))
    if n < 80:
        bad("evidence: %d < 80" % n)
    if nonplain < 35:
        bad("evidence: non-plain %d < 35" % nonplain)
    for k in ("negated", "historical", "hypothetical", "other-person"):
        if ctx[k] < 5:
            bad("evidence: too few %s (%d)" % (k, ctx[k]))
    if ctx["plain"] < n - nonplain:
        bad("evidence: plain count inconsistent")
    for k in ("movements", "activities", "symptoms", "redFlags"):
        if used[k] == 0:
            bad("evidence: no %s used" % k)
    if pseudo < 2 or term < 2:
        bad("evidence: need pseudo-negations and scope terminators")


# ---------------------------------------------------------------- red flags
TIERS = ("emergency", "urgent", "refer", "caution", "none")
RF_KEYS = {"id", "text", "drawing", "age", "expectTier", "expectFlags", "benignLookalike",
           "negated", "source"}
QUOTA = {"emergency": 10, "urgent": 12, "refer": 10, "caution": 8, "none": 25}


def check_redflags():
    name = "redflags-heldout.json"
    items = load(name)
    check_ids(items, "b3f", name)
    tiers = collections.Counter()
    look = neg = drawn = 0
    flags = collections.Counter()
    urls = set()
    for it in items:
        i = it.get("id")
        extra = set(it) - RF_KEYS
        if extra:
            bad("%s %s: unknown keys %s" % (name, i, sorted(extra)))
        for k in RF_KEYS - {"drawing"}:
            if k not in it:
                bad("%s %s: missing %s" % (name, i, k))
        if not nonempty_str(it.get("text")):
            bad("%s %s: empty text" % (name, i))
        age = it.get("age")
        if not isinstance(age, (int, float)) or isinstance(age, bool) or not (0 < age < 120):
            bad("%s %s: bad age %r" % (name, i, age))
        tier = it.get("expectTier")
        if tier not in TIERS:
            bad("%s %s: bad tier %r" % (name, i, tier))
        tiers[tier] += 1
        fl = it.get("expectFlags", [])
        if not isinstance(fl, list):
            bad("%s %s: expectFlags must be a list" % (name, i))
            fl = []
        for f in fl:
            if f not in RED_FLAGS:
                bad("%s %s: unknown red flag %r" % (name, i, f))
            flags[f] += 1
        if tier == "none" and fl:
            bad("%s %s: tier none but flags given" % (name, i))
        if tier != "none" and not fl:
            bad("%s %s: tier %s with no flags" % (name, i, tier))
        bl, ng = it.get("benignLookalike"), it.get("negated")
        if not isinstance(bl, bool) or not isinstance(ng, bool):
            bad("%s %s: benignLookalike/negated must be booleans" % (name, i))
        if (bl or ng) and tier != "none":
            bad("%s %s: look-alike/negated item must be tier none" % (name, i))
        if tier == "none" and not (bl or ng):
            bad("%s %s: tier none but neither look-alike nor negated" % (name, i))
        look += bool(bl)
        neg += bool(ng)
        if "drawing" in it:
            drawn += 1
            d = it["drawing"]
            if not isinstance(d, list) or not d:
                bad("%s %s: drawing must be a non-empty list" % (name, i))
            else:
                for r in d:
                    if r not in REGION_SET:
                        bad("%s %s: unknown drawing region %r" % (name, i, r))
        s = it.get("source", {})
        if not isinstance(s, dict) or set(s) != {"citation", "url", "locator"}:
            bad("%s %s: source must have citation, url, locator" % (name, i))
        else:
            for k in ("citation", "url", "locator"):
                if not nonempty_str(s[k]):
                    bad("%s %s: empty source.%s" % (name, i, k))
            if not re.match(r"https?://", s["url"]):
                bad("%s %s: source url not http(s)" % (name, i))
            urls.add(s["url"])
    n = len(items)
    print("redflags: %d cases; tiers %s; look-alikes %d; negated %d; with drawing %d; distinct sources %d"
          % (n, {t: tiers[t] for t in TIERS}, look, neg, drawn, len(urls)))
    unused = sorted(RED_FLAGS - set(flags))
    print("  red-flag ids used %d / %d; unused: %s" % (len(flags), len(RED_FLAGS), unused))
    if n < 70:
        bad("redflags: %d < 70" % n)
    for t, q in QUOTA.items():
        if tiers[t] < q:
            bad("redflags: tier %s %d < %d" % (t, tiers[t], q))
    if look < 18:
        bad("redflags: look-alikes %d < 18" % look)
    if neg < 7:
        bad("redflags: negated %d < 7" % neg)
    if drawn == 0:
        bad("redflags: no drawings")


if __name__ == "__main__":
    check_regions()
    check_evidence()
    check_redflags()
    if PROBLEMS:
        print("\n%d problem(s):" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  - " + p)
        sys.exit(1)
    print("\nOK: all checks passed")
