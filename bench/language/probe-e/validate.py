#!/usr/bin/env python3
"""Validate probe-e test sets. Exit 1 on any problem."""
import json, os, re, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "/work/blind-ref"
problems = []

def bad(msg):
    problems.append(msg)

# ---- reference vocabularies ----
regions = set()
with open(os.path.join(REF, "regions.tsv")) as f:
    next(f)
    for line in f:
        if line.strip():
            regions.add(line.split("\t")[0])

vocab = {}
section = None
with open(os.path.join(REF, "vocabularies.txt")) as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("## "):
            h = line[3:].lower()
            section = ("redflags" if h.startswith("red flags") else h.split()[0])
            vocab[section] = set()
            continue
        if section and line.strip():
            vocab[section].add(line.split("\t")[0].strip())
for need in ("redflags", "movements", "activities", "symptoms"):
    if need not in vocab or not vocab[need]:
        bad(f"vocabularies.txt: section {need} not parsed")
ALL_IDS = set().union(*vocab.values()) if vocab else set()

used_domains = set()
with open(os.path.join(REF, "domains-already-used.txt")) as f:
    for line in f:
        if line.strip():
            used_domains.add(line.strip().lower())

def domain_used(url):
    host = (urlparse(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return any(host == d or host.endswith("." + d) for d in used_domains)

TIERS = {"emergency", "urgent", "refer", "caution", "none"}
CONTEXTS = {"plain", "negated", "hypothetical", "historical", "other-person"}

# ---- red flags ----
try:
    rf = json.load(open(os.path.join(HERE, "redflags-probe.json")))
except Exception as e:
    bad(f"redflags-probe.json unreadable: {e}"); rf = []
if not isinstance(rf, list):
    bad("redflags-probe.json is not an array"); rf = []
seen = set()
n_benign = n_neg = n_draw = 0
tiers = {}
RF_KEYS = {"id", "text", "age", "expectTier", "expectFlags", "benignLookalike", "negated", "drawing", "source"}
for idx, it in enumerate(rf):
    iid = it.get("id", f"#{idx}")
    if set(it) - RF_KEYS:
        bad(f"{iid}: unexpected keys {sorted(set(it) - RF_KEYS)}")
    for k in ("id", "text", "age", "expectTier", "expectFlags", "benignLookalike", "negated", "source"):
        if k not in it:
            bad(f"{iid}: missing {k}")
    if not re.fullmatch(r"pe-f-\d{3}", str(iid)):
        bad(f"{iid}: bad id format")
    if iid in seen:
        bad(f"{iid}: duplicate id")
    seen.add(iid)
    t = it.get("text")
    if not isinstance(t, str) or not t.strip() or len(t) > 500:
        bad(f"{iid}: text empty or >500 chars")
    if not isinstance(it.get("age"), int) or isinstance(it.get("age"), bool) or not (0 < it["age"] < 120):
        bad(f"{iid}: age must be an integer 1-119")
    tier = it.get("expectTier")
    if tier not in TIERS:
        bad(f"{iid}: bad tier {tier}")
    tiers[tier] = tiers.get(tier, 0) + 1
    flags = it.get("expectFlags", [])
    if not isinstance(flags, list):
        bad(f"{iid}: expectFlags not a list"); flags = []
    for fl in flags:
        if fl not in vocab.get("redflags", ()):
            bad(f"{iid}: unknown flag {fl}")
    if len(set(flags)) != len(flags):
        bad(f"{iid}: duplicate flags")
    for k in ("benignLookalike", "negated"):
        if not isinstance(it.get(k), bool):
            bad(f"{iid}: {k} not boolean")
    if it.get("benignLookalike"):
        n_benign += 1
        if flags or tier != "none":
            bad(f"{iid}: benign look-alike must have no flags and tier none")
        if it.get("negated"):
            bad(f"{iid}: both benignLookalike and negated")
    if it.get("negated"):
        n_neg += 1
    if tier == "none" and flags:
        bad(f"{iid}: tier none but flags given")
    if tier != "none" and not flags:
        bad(f"{iid}: tier {tier} without flags")
    if "drawing" in it:
        d = it["drawing"]
        if not isinstance(d, list) or not d:
            bad(f"{iid}: drawing must be a non-empty list")
        else:
            n_draw += 1
            for r in d:
                if r not in regions:
                    bad(f"{iid}: unknown region {r}")
    s = it.get("source", {})
    if not isinstance(s, dict) or not all(isinstance(s.get(k), str) and s.get(k).strip() for k in ("citation", "url", "locator")):
        bad(f"{iid}: source needs citation, url, locator")
    elif not s["url"].startswith("http"):
        bad(f"{iid}: source url not http(s)")
    elif domain_used(s["url"]):
        bad(f"{iid}: source domain already used: {s['url']}")

N = len(rf)
if N < 110: bad(f"red flags: {N} < 110")
if n_benign < 35: bad(f"red flags: benign look-alikes {n_benign} < 35")
if n_neg < 15: bad(f"red flags: negated {n_neg} < 15")
for t in TIERS:
    if tiers.get(t, 0) == 0:
        bad(f"red flags: no {t} cases")
if N and not (0.28 <= n_draw / N <= 0.45):
    bad(f"red flags: drawings on {n_draw}/{N}, want about a third")

# ---- evidence ----
try:
    ev = json.load(open(os.path.join(HERE, "evidence-probe.json")))
except Exception as e:
    bad(f"evidence-probe.json unreadable: {e}"); ev = []
if not isinstance(ev, list):
    bad("evidence-probe.json is not an array"); ev = []
seen = set()
n_nonplain = 0
EV_KEYS = {"id", "text", "present", "notPresent", "context"}
for idx, it in enumerate(ev):
    iid = it.get("id", f"#{idx}")
    if set(it) != EV_KEYS:
        bad(f"{iid}: keys {sorted(it)} != {sorted(EV_KEYS)}")
    if not re.fullmatch(r"pe-e-\d{3}", str(iid)):
        bad(f"{iid}: bad id format")
    if iid in seen:
        bad(f"{iid}: duplicate id")
    seen.add(iid)
    t = it.get("text")
    if not isinstance(t, str) or not t.strip() or len(t) > 500:
        bad(f"{iid}: text empty or >500 chars")
    p = it.get("present", {})
    if not isinstance(p, dict) or set(p) != {"movements", "symptoms", "activities", "redFlags"}:
        bad(f"{iid}: present must have movements, symptoms, activities, redFlags"); p = {}
    present_ids = set()
    for m in p.get("movements", []):
        if not isinstance(m, dict) or "id" not in m or set(m) - {"id", "side"}:
            bad(f"{iid}: bad movement {m}"); continue
        if m["id"] not in vocab.get("movements", ()):
            bad(f"{iid}: unknown movement {m['id']}")
        if "side" in m and m["side"] not in ("l", "r"):
            bad(f"{iid}: bad side {m['side']}")
        present_ids.add(m["id"])
    for key, sec in (("symptoms", "symptoms"), ("activities", "activities"), ("redFlags", "redflags")):
        for x in p.get(key, []):
            if x not in vocab.get(sec, ()):
                bad(f"{iid}: unknown {key} id {x}")
            present_ids.add(x)
    npz = it.get("notPresent", [])
    if not isinstance(npz, list):
        bad(f"{iid}: notPresent not a list"); npz = []
    for x in npz:
        if x not in ALL_IDS:
            bad(f"{iid}: unknown notPresent id {x}")
        if x in present_ids:
            bad(f"{iid}: {x} both present and notPresent")
    ctx = it.get("context", [])
    if not isinstance(ctx, list) or not ctx or any(c not in CONTEXTS for c in ctx):
        bad(f"{iid}: bad context {ctx}")
    elif any(c != "plain" for c in ctx):
        n_nonplain += 1
        if not npz and "historical" not in ctx:
            bad(f"{iid}: non-plain context but empty notPresent")
    if not present_ids and not npz:
        bad(f"{iid}: asserts nothing and denies nothing")

if len(ev) < 80: bad(f"evidence: {len(ev)} < 80")
if n_nonplain < 40: bad(f"evidence: non-plain {n_nonplain} < 40")

print(f"redflags: {N} items; tiers {dict(sorted(tiers.items()))}; benign {n_benign}; negated {n_neg}; drawings {n_draw}")
print(f"evidence: {len(ev)} items; negated/hypothetical/historical/other-person {n_nonplain}")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
