#!/usr/bin/env python3
"""Validate the b8 blind held-out language test set.

Checks ids (unique, prefix b8, zero-padded), the schema of language-format.md, that every region id
exists in regions.tsv and every vocabulary id in vocabularies.txt (in the right section), and the
quotas of the brief. Prints counts. Exits 1 on any problem.

Usage: python3 validate.py [--ref /work/blind-ref]
"""
import csv
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/blind-ref'
if '--ref' in sys.argv:
    REF = sys.argv[sys.argv.index('--ref') + 1]

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- reference data
regions = {}
with open(os.path.join(REF, 'regions.tsv'), newline='') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        regions[row['id']] = row
parents = sorted({r['parent'] for r in regions.values()})

vocab = {}
section = None
with open(os.path.join(REF, 'vocabularies.txt')) as f:
    for line in f:
        line = line.rstrip('\n')
        m = re.match(r'^##\s+(.*)$', line)
        if m:
            section = m.group(1).strip()
            vocab[section] = set()
            continue
        if section and line.strip():
            vocab[section].add(line.split('\t')[0].strip())
RED = vocab.get('red flags (id, label)', set())
MOV = vocab.get('movements', set())
ACT = vocab.get('activities', set())
SYM = vocab.get('symptoms', set())
ALLV = set().union(*vocab.values())
for need, s in [('red flags', RED), ('movements', MOV), ('activities', ACT), ('symptoms', SYM)]:
    if not s:
        bad(f'vocabularies.txt: section {need} not found')

TIERS = ['none', 'caution', 'refer', 'urgent', 'emergency']
RANK = {t: i for i, t in enumerate(TIERS)}
# tier each red flag carries by clinical-notes section 5 (with the osteoporosis revision).
# (lowest, highest) tier a case with the flag may take; context decides within the range.
FLAG_TIER = {}
for f_ in ['breathlessness', 'cold-sweat', 'nausea-with-pain', 'pain-at-rest-crushing', 'pain-spreading-arm-jaw',
           'faint-with-pain', 'sudden-tearing-pain', 'face-droop', 'sudden-arm-weakness', 'speech-difficulty',
           'thunderclap-headache']:
    FLAG_TIER[f_] = ('emergency', 'emergency')
FLAG_TIER['pain-on-exertion'] = ('urgent', 'emergency')
for f_ in ['saddle-numbness', 'bladder-bowel-change', 'bilateral-leg-symptoms', 'progressive-weakness',
           'double-vision', 'drop-attacks', 'swallowing-speech-change', 'nystagmus', 'unsteady-gait',
           'face-numbness', 'calf-swelling', 'new-headache', 'jaw-claudication', 'scalp-tenderness',
           'visual-change']:
    FLAG_TIER[f_] = ('urgent', 'urgent')
for f_ in ['recent-immobilisation', 'recent-travel', 'prior-dvt']:
    FLAG_TIER[f_] = ('none', 'urgent')          # DVT context items; count with calf signs
for f_ in ['unexplained-weight-loss', 'constant-night-pain', 'fever', 'recent-trauma', 'hot-swollen-joint',
           'iv-drug-use', 'immunosuppression']:
    FLAG_TIER[f_] = ('refer', 'refer')
FLAG_TIER['cancer-history'] = ('caution', 'refer')  # under treatment: caution; with new pain: refer
FLAG_TIER['long-term-steroids'] = ('caution', 'refer')
FLAG_TIER['osteoporosis'] = ('caution', 'refer')    # alone caution; with new spinal pain refer
for f_ in ['anticoagulants', 'bleeding-disorder', 'recent-surgery', 'varicose-veins', 'pregnancy',
           'stroke-or-tia']:
    FLAG_TIER[f_] = ('caution', 'caution')
for f_ in RED:
    if f_ not in FLAG_TIER:
        bad(f'validator has no tier range for red flag {f_}')


def load(name):
    p = os.path.join(HERE, name)
    try:
        with open(p) as f:
            data = json.load(f)
    except Exception as e:  # noqa
        bad(f'{name}: cannot load: {e}')
        return []
    if not isinstance(data, list):
        bad(f'{name}: top level is not a JSON array')
        return []
    return data


def check_ids(items, kind, name):
    seen = set()
    pat = re.compile(r'^b8' + kind + r'-\d{3}$')
    for it in items:
        i = it.get('id')
        if not isinstance(i, str) or not pat.match(i):
            bad(f'{name}: bad id {i!r}')
        if i in seen:
            bad(f'{name}: duplicate id {i}')
        seen.add(i)


def keys_ok(it, required, optional, name):
    ks = set(it)
    for k in required:
        if k not in ks:
            bad(f"{name} {it.get('id')}: missing key {k}")
    extra = ks - set(required) - set(optional)
    if extra:
        bad(f"{name} {it.get('id')}: unexpected keys {sorted(extra)}")


# ---------------------------------------------------------------- regions
RN = 'regions-heldout.json'
regs = load(RN)
check_ids(regs, 'r', RN)
TAGS_KNOWN = {'lay', 'clinical', 'direction', 'misspelled', 'abbreviation', 'slang', 'british', 'american',
              'australian', 'possessive', 'bilateral', 'midline', 'list', 'ambiguous'}
texts = Counter()
for it in regs:
    iid = it.get('id')
    keys_ok(it, ['id', 'text', 'register', 'expect', 'tags'], ['alsoAccept'], RN)
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500:
        bad(f'{RN} {iid}: text missing or longer than 500 characters')
    texts[(t or '').strip().lower()] += 1
    if it.get('register') not in ('lay', 'clinical'):
        bad(f'{RN} {iid}: register must be lay or clinical')
    exp = it.get('expect')
    if not isinstance(exp, list) or not exp:
        bad(f'{RN} {iid}: expect must be a non-empty list')
        exp = []
    if len(set(exp)) != len(exp):
        bad(f'{RN} {iid}: duplicate ids in expect')
    for r in exp:
        if r not in regions:
            bad(f'{RN} {iid}: unknown region {r}')
    for a in it.get('alsoAccept', []):
        if not isinstance(a, list) or not a:
            bad(f'{RN} {iid}: alsoAccept entries must be non-empty lists')
            continue
        for r in a:
            if r not in regions:
                bad(f'{RN} {iid}: unknown region {r} in alsoAccept')
        if set(a) == set(exp):
            bad(f'{RN} {iid}: alsoAccept set equals expect')
    tags = it.get('tags', [])
    if not isinstance(tags, list):
        bad(f'{RN} {iid}: tags must be a list')
        tags = []
    if it.get('register') not in tags:
        bad(f'{RN} {iid}: register not repeated in tags')
    for tg in tags:
        if tg not in TAGS_KNOWN:
            bad(f'{RN} {iid}: unknown tag {tg}')
    # conventions: shoulder-top ids never in expect when the text says just "shoulder" is not checkable;
    # but "calf" never includes the Achilles unless the text names the tendon
    txt = (t or '').lower()
    if any(r.endswith('.achilles') for r in exp) and not re.search(r'achill|tendon', txt):
        bad(f'{RN} {iid}: Achilles in expect without the tendon named')
for k, v in texts.items():
    if v > 1:
        bad(f'{RN}: duplicated text {k!r}')

n = len(regs)
cnt = Counter(tg for it in regs for tg in it.get('tags', []))
lay = sum(1 for it in regs if it.get('register') == 'lay')
used_parents = {regions[r]['parent'] for it in regs for r in it.get('expect', []) if r in regions}
missing = [p for p in parents if p not in used_parents]
sides = Counter()
for it in regs:
    s = {r.split('.')[0] for r in it.get('expect', [])}
    if s == {'l'}:
        sides['left'] += 1
    if s == {'r'}:
        sides['right'] += 1
    if s == {'m'}:
        sides['midline'] += 1
    if {'l', 'r'} <= s:
        sides['both'] += 1
if n < 300:
    bad(f'regions: {n} items, need at least 300')
if lay * 2 < n:
    bad(f'regions: only {lay} lay of {n}, need at least half')
if cnt['direction'] * 4 < n:
    bad(f"regions: only {cnt['direction']} direction-tagged, need a quarter")
if not (0.08 <= cnt['misspelled'] / max(n, 1) <= 0.15):
    bad(f"regions: misspelled share {cnt['misspelled']}/{n} is not about 10%")
if missing:
    bad(f'regions: parent areas never used: {missing}')
for need in ['left', 'right', 'midline', 'both']:
    if sides[need] == 0:
        bad(f'regions: no {need} case')
for need in ['list', 'ambiguous', 'abbreviation', 'slang', 'british', 'american', 'australian', 'possessive']:
    if cnt[need] == 0:
        bad(f'regions: no {need} case')

# ---------------------------------------------------------------- evidence
EN = 'evidence-heldout.json'
evs = load(EN)
check_ids(evs, 'e', EN)
CTX = {'plain', 'negated', 'hypothetical', 'historical', 'other-person'}
for it in evs:
    iid = it.get('id')
    keys_ok(it, ['id', 'text', 'present', 'notPresent', 'context'], [], EN)
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500:
        bad(f'{EN} {iid}: text missing or too long')
    p = it.get('present', {})
    if not isinstance(p, dict) or set(p) != {'movements', 'symptoms', 'activities', 'redFlags'}:
        bad(f'{EN} {iid}: present must have exactly movements, symptoms, activities, redFlags')
        p = {}
    for m in p.get('movements', []):
        if not isinstance(m, dict) or m.get('id') not in MOV:
            bad(f'{EN} {iid}: bad movement {m}')
            continue
        if set(m) - {'id', 'side'}:
            bad(f'{EN} {iid}: movement has unexpected keys {m}')
        if 'side' in m and m['side'] not in ('l', 'r'):
            bad(f'{EN} {iid}: movement side must be l or r')
    for key, voc in [('symptoms', SYM), ('activities', ACT), ('redFlags', RED)]:
        for x in p.get(key, []):
            if x not in voc:
                bad(f'{EN} {iid}: {x} is not a {key} id')
    present_ids = {m.get('id') for m in p.get('movements', []) if isinstance(m, dict)}
    present_ids |= set(p.get('symptoms', [])) | set(p.get('activities', [])) | set(p.get('redFlags', []))
    for x in it.get('notPresent', []):
        if x not in ALLV:
            bad(f'{EN} {iid}: notPresent id {x} not in vocabularies.txt')
        if x in present_ids:
            bad(f'{EN} {iid}: {x} both present and notPresent')
    ctx = it.get('context', [])
    if not isinstance(ctx, list) or not ctx or any(c not in CTX for c in ctx):
        bad(f'{EN} {iid}: bad context {ctx}')
    if 'plain' in ctx and len(ctx) > 1:
        bad(f'{EN} {iid}: plain mixed with other contexts')
    if not present_ids and not it.get('notPresent'):
        bad(f'{EN} {iid}: nothing present and nothing notPresent')
ne = len(evs)
nonplain = sum(1 for it in evs if it.get('context') != ['plain'])
ctxc = Counter(c for it in evs for c in it.get('context', []))
if ne < 70:
    bad(f'evidence: {ne} items, need at least 70')
if nonplain < 35:
    bad(f'evidence: {nonplain} negated/hypothetical/historical/other-person, need at least 35')
for c in CTX:
    if ctxc[c] == 0:
        bad(f'evidence: no {c} case')

# ---------------------------------------------------------------- red flags
FN = 'redflags-heldout.json'
rfs = load(FN)
check_ids(rfs, 'f', FN)
for it in rfs:
    iid = it.get('id')
    keys_ok(it, ['id', 'text', 'age', 'expectTier', 'expectFlags', 'benignLookalike', 'negated', 'source'],
            ['drawing'], FN)
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500:
        bad(f'{FN} {iid}: text missing or too long')
    age = it.get('age')
    if not isinstance(age, int) or isinstance(age, bool) or not (0 < age < 110):
        bad(f'{FN} {iid}: age must be an integer')
    tier = it.get('expectTier')
    if tier not in RANK:
        bad(f'{FN} {iid}: bad tier {tier}')
        continue
    flags = it.get('expectFlags', [])
    if not isinstance(flags, list) or len(set(flags)) != len(flags):
        bad(f'{FN} {iid}: expectFlags must be a list without repeats')
        flags = []
    for x in flags:
        if x not in RED:
            bad(f'{FN} {iid}: {x} is not a red-flag id')
    for k in ('benignLookalike', 'negated'):
        if not isinstance(it.get(k), bool):
            bad(f'{FN} {iid}: {k} must be true/false')
    if it.get('benignLookalike') and (flags or tier != 'none'):
        bad(f'{FN} {iid}: a benign look-alike must have no flags and tier none')
    if not flags and tier != 'none':
        bad(f'{FN} {iid}: tier {tier} without any flag')
    if flags and tier == 'none':
        ok = all(FLAG_TIER.get(x, ('none', 'none'))[0] == 'none' for x in flags)
        if not ok:
            bad(f'{FN} {iid}: flags {flags} but tier none')
    known = [x for x in flags if x in FLAG_TIER]
    if known:
        lo = max(RANK[FLAG_TIER[x][0]] for x in known)
        hi = max(RANK[FLAG_TIER[x][1]] for x in known)
        if not (lo <= RANK[tier] <= hi):
            bad(f'{FN} {iid}: tier {tier} not consistent with flags {flags}')
    for r in it.get('drawing', []) or []:
        if r not in regions:
            bad(f'{FN} {iid}: drawing region {r} unknown')
    if 'drawing' in it and not it['drawing']:
        bad(f'{FN} {iid}: empty drawing')
    src = it.get('source')
    if not isinstance(src, dict) or set(src) != {'citation', 'url', 'locator'} or \
            not all(isinstance(v, str) and v.strip() for v in src.values()):
        bad(f'{FN} {iid}: source must have non-empty citation, url, locator')
    elif not re.match(r'^https?://', src['url']):
        bad(f'{FN} {iid}: source url is not http(s)')
nf = len(rfs)
tiers = Counter(it.get('expectTier') for it in rfs)
look = sum(1 for it in rfs if it.get('benignLookalike') is True)
neg = sum(1 for it in rfs if it.get('negated') is True)
draw = sum(1 for it in rfs if it.get('drawing'))
flagc = Counter(x for it in rfs for x in it.get('expectFlags', []))
if nf < 90:
    bad(f'red flags: {nf} items, need at least 90')
for t in TIERS:
    if tiers[t] == 0:
        bad(f'red flags: no case with tier {t}')
if look < 30:
    bad(f'red flags: {look} benign look-alikes, need at least 30')
if neg < 12:
    bad(f'red flags: {neg} negated, need at least 12')
if not (0.25 <= draw / max(nf, 1) <= 0.42):
    bad(f'red flags: {draw}/{nf} with a drawing, not about a third')
unused = sorted(RED - set(flagc))
domains = Counter(re.sub(r'^https?://(www\.)?', '', it['source']['url']).split('/')[0]
                  for it in rfs if isinstance(it.get('source'), dict) and 'url' in it['source'])

# ---------------------------------------------------------------- report
print(f'regions : {n} items; lay {lay}, clinical {n - lay}; direction {cnt["direction"]}, '
      f'misspelled {cnt["misspelled"]}, abbreviation {cnt["abbreviation"]}, list {cnt["list"]}, '
      f'ambiguous {cnt["ambiguous"]}, slang {cnt["slang"]}, possessive {cnt["possessive"]}')
print(f'          british {cnt["british"]}, american {cnt["american"]}, australian {cnt["australian"]}; '
      f'single left {sides["left"]}, single right {sides["right"]}, midline only {sides["midline"]}, '
      f'both sides {sides["both"]}; parent areas used {len(used_parents)}/{len(parents)}')
print(f'evidence: {ne} items; not plain {nonplain}; contexts {dict(sorted(ctxc.items()))}')
print(f'redflags: {nf} items; tiers {dict((t, tiers[t]) for t in TIERS)}; look-alikes {look}; '
      f'negated {neg}; with drawing {draw}; distinct source domains {len(domains)}')
print(f'          red-flag ids never used: {unused if unused else "none"}')
if problems:
    print(f'\n{len(problems)} PROBLEM(S):')
    for p in problems:
        print('  -', p)
    sys.exit(1)
print('OK')
