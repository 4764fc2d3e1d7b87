#!/usr/bin/env python3
"""Validates blind set 10 (regions, evidence, red flags) against the reference files
and the quotas of /work/blind-ref/language-format.md. Exits 1 on any problem."""
import csv
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "/work/blind-ref"
N = 10
problems = []


def bad(msg):
    problems.append(msg)


# ---------- reference data ----------
regions = {}
with open(os.path.join(REF, "regions.tsv"), newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        regions[row["id"]] = row["parent_area"]
areas = set(regions.values())

vocab = {}
section = None
with open(os.path.join(REF, "vocabularies.txt")) as f:
    for line in f:
        line = line.rstrip("\n")
        m = re.match(r"^## (\w[\w ]*)", line)
        if m:
            section = m.group(1).split()[0]  # movements / activities / symptoms / red
            vocab[section] = set()
            continue
        if section and line.strip() and "\t" in line:
            vocab[section].add(line.split("\t")[0].strip())
MOV, ACT, SYM, RED = vocab["movements"], vocab["activities"], vocab["symptoms"], vocab["red"]
ALL_IDS = MOV | ACT | SYM | RED


def load(name):
    try:
        with open(os.path.join(HERE, name)) as f:
            data = json.load(f)
    except Exception as e:  # noqa
        bad("%s: cannot load (%s)" % (name, e))
        return []
    if not isinstance(data, list):
        bad("%s: top level must be an array" % name)
        return []
    return data


def check_ids(items, prefix, name):
    seen = set()
    pat = re.compile(r"^%s\d{3,}$" % re.escape(prefix))
    for it in items:
        i = it.get("id")
        if not isinstance(i, str) or not pat.match(i):
            bad("%s: bad id %r" % (name, i))
        if i in seen:
            bad("%s: duplicate id %s" % (name, i))
        seen.add(i)


# ---------- regions ----------
R = load("regions-heldout.json")
check_ids(R, "b%dr-" % N, "regions")
DIRWORDS = re.compile(r"\b(front|back|top|bottom|inside|outside|inner|outer|under|underneath|below|above|between|"
                      r"tip|behind|side|anterior|posterior|medial|lateral|dorsal|volar|plantar|palmar|proximal|distal|"
                      r"superior|inferior|ant|post|lat|med|prox|dorsum|sup|deep|base|middle|around|across|up|down|"
                      r"anteriorly|posterolateral|anteromedial|anterolateral|posteromedial|retro-orbital|infra\w*|"
                      r"supra\w*|upper|lower|tops?|sides|backs|underside|underneath|point|crook|pit|ball|soles?|corner|along|"
                      r"inbetween|bck|bak|outter|interscapular|meets|roof|crown|palm)\b", re.I)
n_lay = n_clin = n_dir = n_mis = 0
used_areas = set()
sides = Counter()
tagc = Counter()
for it in R:
    for k in ("id", "text", "register", "expect", "tags"):
        if k not in it:
            bad("regions %s: missing %s" % (it.get("id"), k))
    if not isinstance(it.get("text"), str) or not it.get("text", "").strip():
        bad("regions %s: empty text" % it.get("id"))
    reg = it.get("register")
    if reg == "lay":
        n_lay += 1
    elif reg == "clinical":
        n_clin += 1
    else:
        bad("regions %s: register %r" % (it.get("id"), reg))
    exp = it.get("expect", [])
    if not isinstance(exp, list) or not exp:
        bad("regions %s: expect must be a non-empty list" % it.get("id"))
        exp = []
    if len(set(exp)) != len(exp):
        bad("regions %s: duplicate ids in expect" % it.get("id"))
    for rid in exp:
        if rid not in regions:
            bad("regions %s: unknown region %s" % (it.get("id"), rid))
        else:
            used_areas.add(regions[rid])
    s = {x.split(".")[0] for x in exp}
    if "l" in s and "r" in s:
        sides["both"] += 1
    elif "l" in s:
        sides["left"] += 1
    elif "r" in s:
        sides["right"] += 1
    if "m" in s:
        sides["midline"] += 1
    for alt in it.get("alsoAccept", []):
        if not isinstance(alt, list) or not alt:
            bad("regions %s: alsoAccept entries must be non-empty lists" % it.get("id"))
            continue
        for rid in alt:
            if rid not in regions:
                bad("regions %s: unknown region %s in alsoAccept" % (it.get("id"), rid))
        if sorted(alt) == sorted(exp):
            bad("regions %s: alsoAccept repeats expect" % it.get("id"))
    tags = it.get("tags", [])
    if not isinstance(tags, list) or len(tags) > 30 or not all(isinstance(t, str) for t in tags):
        bad("regions %s: tags must be a list of <= 30 strings" % it.get("id"))
        tags = []
    tagc.update(tags)
    if "direction" in tags:
        n_dir += 1
        if not DIRWORDS.search(it.get("text", "")):
            bad("regions %s: tagged direction but no direction word found" % it.get("id"))
    if "misspelled" in tags:
        n_mis += 1
tot = len(R)
if tot < 400:
    bad("regions: %d phrases < 400" % tot)
if tot and n_lay * 2 < tot:
    bad("regions: lay %d < half" % n_lay)
if tot and n_clin * 4 < tot:
    bad("regions: clinical %d < quarter" % n_clin)
if tot and n_dir * 4 < tot:
    bad("regions: direction %d < quarter" % n_dir)
if tot and not (0.07 <= n_mis / tot <= 0.15):
    bad("regions: misspelled share %.3f not about 10%%" % (n_mis / tot))
missing = areas - used_areas
if missing:
    bad("regions: parent areas never used: %s" % sorted(missing))
for k in ("left", "right", "midline", "both"):
    if sides[k] == 0:
        bad("regions: no phrase with side %s" % k)
for t in ("list", "two-meanings", "possessive", "british", "american", "negated", "right-as-emphasis",
          "slang", "abbreviation", "relative-writing", "voice-to-text", "australian", "muscle", "spinal-level"):
    if tagc[t] == 0:
        bad("regions: no phrase tagged %s" % t)

# ---------- evidence ----------
EV = load("evidence-heldout.json")
check_ids(EV, "b%de-" % N, "evidence")
CTX = {"negated", "hypothetical", "historical", "other-person", "plain"}
n_nonplain = 0
texts = []
for it in EV:
    iid = it.get("id")
    for k in ("id", "text", "present", "notPresent", "context"):
        if k not in it:
            bad("evidence %s: missing %s" % (iid, k))
    texts.append(it.get("text", ""))
    pr = it.get("present", {})
    if not isinstance(pr, dict):
        bad("evidence %s: present must be an object" % iid)
        pr = {}
    for k in ("movements", "activities", "symptoms", "redFlags"):
        if k not in pr or not isinstance(pr[k], list):
            bad("evidence %s: present.%s missing or not a list" % (iid, k))
    present_ids = set()
    for m in pr.get("movements", []):
        if not isinstance(m, dict) or m.get("id") not in MOV:
            bad("evidence %s: bad movement %r" % (iid, m))
            continue
        if "side" in m and m["side"] not in ("l", "r", "b"):
            bad("evidence %s: bad side %r" % (iid, m["side"]))
        present_ids.add(m["id"])
    for k, voc in (("activities", ACT), ("symptoms", SYM), ("redFlags", RED)):
        for x in pr.get(k, []):
            if x not in voc:
                bad("evidence %s: %s id %r not in vocabulary" % (iid, k, x))
            present_ids.add(x)
    for x in it.get("notPresent", []):
        if x not in ALL_IDS:
            bad("evidence %s: notPresent id %r not in vocabulary" % (iid, x))
        if x in present_ids:
            bad("evidence %s: %s both present and notPresent" % (iid, x))
    ctx = it.get("context", [])
    if not isinstance(ctx, list) or not ctx or any(c not in CTX for c in ctx):
        bad("evidence %s: bad context %r" % (iid, ctx))
        ctx = []
    if set(ctx) - {"plain"}:
        n_nonplain += 1
        if "plain" in ctx:
            bad("evidence %s: plain mixed with other contexts" % iid)
    if it.get("notPresent") and ctx == ["plain"]:
        bad("evidence %s: notPresent ids but context plain" % iid)
if len(EV) < 90:
    bad("evidence: %d sentences < 90" % len(EV))
if n_nonplain < 50:
    bad("evidence: non-plain %d < 50" % n_nonplain)
joined = " ".join(texts).lower()
for needle in ("no change in", "not only", "however", ";", " but "):
    if needle not in joined:
        bad("evidence: no sentence containing %r" % needle)

# ---------- red flags ----------
RFS = load("redflags-heldout.json")
check_ids(RFS, "b%df-" % N, "redflags")
TIERS = ["emergency", "urgent", "refer", "caution", "none"]
tiers = Counter()
n_benign = n_neg = n_draw = 0
flags_used = set()
for it in RFS:
    iid = it.get("id")
    for k in ("id", "text", "age", "expectTier", "expectFlags", "benignLookalike", "negated", "source"):
        if k not in it:
            bad("redflags %s: missing %s" % (iid, k))
    if not isinstance(it.get("text"), str) or not it.get("text", "").strip():
        bad("redflags %s: empty text" % iid)
    age = it.get("age")
    if not isinstance(age, int) or isinstance(age, bool) or not (0 < age < 120):
        bad("redflags %s: bad age %r" % (iid, age))
    t = it.get("expectTier")
    if t not in TIERS:
        bad("redflags %s: bad tier %r" % (iid, t))
    tiers[t] += 1
    fl = it.get("expectFlags", [])
    if not isinstance(fl, list):
        bad("redflags %s: expectFlags not a list" % iid)
        fl = []
    for x in fl:
        if x not in RED:
            bad("redflags %s: unknown red flag %r" % (iid, x))
        flags_used.add(x)
    if "drawing" in it:
        n_draw += 1
        d = it["drawing"]
        if not isinstance(d, list) or not d:
            bad("redflags %s: drawing must be a non-empty list" % iid)
        else:
            for rid in d:
                if rid not in regions:
                    bad("redflags %s: unknown drawing region %s" % (iid, rid))
    b = it.get("benignLookalike")
    ng = it.get("negated")
    if not isinstance(b, bool) or not isinstance(ng, bool):
        bad("redflags %s: benignLookalike/negated must be booleans" % iid)
    if b:
        n_benign += 1
        if t != "none":
            bad("redflags %s: benign look-alike must be tier none" % iid)
        if fl:
            bad("redflags %s: benign look-alike with expectFlags" % iid)
    if ng:
        n_neg += 1
    if t != "none" and not fl:
        bad("redflags %s: tier %s without any expected flag" % (iid, t))
    src = it.get("source", {})
    if not isinstance(src, dict) or not all(isinstance(src.get(k), str) and src.get(k).strip()
                                            for k in ("citation", "url", "locator")):
        bad("redflags %s: source needs citation, url, locator" % iid)
    elif not re.match(r"^https?://[^/\s]+", src["url"]):
        bad("redflags %s: bad source url" % iid)
if len(RFS) < 120:
    bad("redflags: %d cases < 120" % len(RFS))
for t in ("emergency", "urgent", "refer", "caution"):
    if tiers[t] < 12:
        bad("redflags: tier %s has %d < 12" % (t, tiers[t]))
if tiers["none"] < 40:
    bad("redflags: tier none has %d < 40" % tiers["none"])
if n_benign < 30:
    bad("redflags: benign look-alikes %d < 30" % n_benign)
if n_neg < 12:
    bad("redflags: negated %d < 12" % n_neg)
unused = RED - flags_used
if unused:
    bad("redflags: red-flag ids never used: %s" % sorted(unused))
if RFS and not (0.25 <= n_draw / len(RFS) <= 0.45):
    bad("redflags: drawing share %.2f not about a third" % (n_draw / len(RFS)))

# ---------- report ----------
print("regions: %d (lay %d, clinical %d, direction %d, misspelled %d)" % (tot, n_lay, n_clin, n_dir, n_mis))
print("evidence: %d (non-plain %d)" % (len(EV), n_nonplain))
print("redflags: %d %s benign %d negated %d drawing %d" % (len(RFS), dict(tiers), n_benign, n_neg, n_draw))
if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("OK")
sys.exit(0)
