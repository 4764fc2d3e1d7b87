#!/usr/bin/env python3
"""Validate the b12 blind test set against /work/blind-ref (ids, schema, quotas). Exit 0 when all hold."""
import json, os, re, sys, csv
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/blind-ref'
errors = []
def err(m): errors.append(m)

# ---------- reference data ----------
REG = {}
with open(os.path.join(REF, 'regions.tsv')) as f:
    for row in csv.DictReader(f, delimiter='\t'):
        REG[row['id']] = (row['side'], row['parent_area'])
AREAS = {p for _, p in REG.values()}
V = {}; sec = None
with open(os.path.join(REF, 'vocabularies.txt')) as f:
    for line in f:
        line = line.rstrip('\n')
        if line.startswith('# '): sec = line[2:].split('(')[0].strip(); V[sec] = set()
        elif line.strip() and sec: V[sec].add(line.split(':', 1)[0].strip())
MOV, ACT, SYM, RF = V['movements'], V['activities'], V['symptoms'], V['red flags']
ALLV = MOV | ACT | SYM | RF

def load(name):
    with open(os.path.join(HERE, name)) as f:
        d = json.load(f)
    if not isinstance(d, list): err(f'{name}: not a JSON array')
    return d

def check_ids(recs, prefix, name):
    ids = [r.get('id') for r in recs]
    if len(ids) != len(set(ids)): err(f'{name}: duplicate ids')
    for i in ids:
        if not isinstance(i, str) or not re.fullmatch(prefix + r'\d{3}', i): err(f'{name}: bad id {i}')

# ---------- regions ----------
R = load('regions-heldout.json')
check_ids(R, 'b12r-', 'regions')
used_areas = set(); c = Counter(); words = ' '.join(r['text'].lower() for r in R)
has = Counter()
for r in R:
    rid = r['id']
    allowed = {'id', 'text', 'register', 'expect', 'alsoAccept', 'tags'}
    if set(r) - allowed: err(f'{rid}: unknown keys {set(r) - allowed}')
    if not isinstance(r.get('text'), str) or not r['text'].strip() or len(r['text']) > 500: err(f'{rid}: text')
    if r.get('register') not in ('lay', 'clinical'): err(f'{rid}: register')
    tags = r.get('tags', [])
    if not isinstance(tags, list) or len(tags) > 30: err(f'{rid}: tags')
    if r.get('register') not in tags: err(f'{rid}: register not tagged')
    exp = r.get('expect')
    if not isinstance(exp, list) or not exp or len(exp) > 50 or len(set(exp)) != len(exp): err(f'{rid}: expect shape')
    for x in exp or []:
        if x not in REG: err(f'{rid}: unknown region {x}')
        else: used_areas.add(REG[x][1])
    for a in r.get('alsoAccept', []) or []:
        if not isinstance(a, list) or not a or len(a) > 50: err(f'{rid}: alsoAccept shape')
        for x in a:
            if x not in REG: err(f'{rid}: unknown alsoAccept region {x}')
        if sorted(a) == sorted(exp): err(f'{rid}: alsoAccept duplicates expect')
    sides = {REG[x][0] for x in exp if x in REG}
    if sides == {'l'} or sides == {'l', 'm'}: has['left'] += 1
    if sides == {'r'} or sides == {'r', 'm'}: has['right'] += 1
    if 'l' in sides and 'r' in sides: has['both'] += 1
    if sides == {'m'}: has['midline'] += 1
    for t in tags: c[t] += 1
n = len(R)
def q(cond, msg):
    if not cond: err('quota: ' + msg)
q(n >= 420, f'regions >= 420 (have {n})')
q(c['lay'] >= 0.5 * n, f'lay >= 50% ({c["lay"]}/{n})')
q(c['lay'] + c['clinical'] == n, 'every phrase lay or clinical')
q(c['direction'] >= 0.25 * n, f'direction >= 25% ({c["direction"]})')
q(c['misspelled'] >= 0.10 * n, f'misspelled >= 10% ({c["misspelled"]})')
q(used_areas == AREAS, f'all parent areas used (missing {sorted(AREAS - used_areas)})')
for k in ('left', 'right', 'both', 'midline'): q(has[k] > 0, f'{k} present')
for t in ('list', 'range', 'negated-place', 'ambiguous', 'possessive', 'emphasis-right', 'worse-side', 'abbreviation', 'spinal-level', 'muscle'):
    q(c[t] >= 5, f'tag {t} >= 5 ({c[t]})')
for w in ('bottom', 'cheek', 'heel', 'right between'):
    q(w in words, f'two-meaning word "{w}" used')

# ---------- evidence ----------
Ev = load('evidence-heldout.json')
check_ids(Ev, 'b12e-', 'evidence')
CTX = {'negated', 'hypothetical', 'historical', 'other-person', 'plain'}
nonplain = 0; both = 0
for e in Ev:
    eid = e['id']
    if not isinstance(e.get('text'), str) or not e['text'].strip() or len(e['text']) > 1000: err(f'{eid}: text')
    p = e.get('present', {})
    if set(p) != {'movements', 'activities', 'symptoms', 'redFlags'}: err(f'{eid}: present keys')
    pres = set()
    for m in p.get('movements', []):
        if m.get('id') not in MOV: err(f'{eid}: movement {m}')
        if 'side' in m and m['side'] not in ('l', 'r'): err(f'{eid}: side {m}')
        if set(m) - {'id', 'side'}: err(f'{eid}: movement keys')
        pres.add(m.get('id'))
    for key, voc in (('activities', ACT), ('symptoms', SYM), ('redFlags', RF)):
        for x in p.get(key, []):
            if x not in voc: err(f'{eid}: {key} id {x}')
            pres.add(x)
    for x in e.get('notPresent', []):
        if x not in ALLV: err(f'{eid}: notPresent id {x}')
    if pres & set(e.get('notPresent', [])): err(f'{eid}: id both present and notPresent')
    ctx = e.get('context', [])
    if not ctx or set(ctx) - CTX: err(f'{eid}: context {ctx}')
    if set(ctx) - {'plain'}: nonplain += 1
    if pres and e.get('notPresent'): both += 1
    if not pres and not e.get('notPresent'): err(f'{eid}: no findings at all')
    if 'plain' in ctx and not pres: err(f'{eid}: plain context but nothing present')
    if set(ctx) == {'plain'} and e.get('notPresent'): err(f'{eid}: notPresent but only plain context')
texts = ' '.join(e['text'].lower() for e in Ev)
q(len(Ev) >= 80, f'evidence >= 80 ({len(Ev)})')
q(nonplain >= 35, f'non-plain >= 35 ({nonplain})')
q(both >= 5, f'sentences with a scope terminator (present + notPresent) >= 5 ({both})')
for w in ('no change in', 'not only', 'nothing has changed', 'not just'):
    q(w in texts, f'pseudo-negation "{w}" used')

# ---------- red flags ----------
F = load('redflags-heldout.json')
check_ids(F, 'b12f-', 'redflags')
TIERS = ['none', 'caution', 'refer', 'urgent', 'emergency']
BASE = {}
for x in ['breathlessness','cold-sweat','nausea-with-pain','pain-at-rest-crushing','pain-on-exertion','pain-spreading-arm-jaw',
          'faint-with-pain','sudden-tearing-pain','face-droop','sudden-arm-weakness','speech-difficulty','thunderclap-headache']:
    BASE[x] = 'emergency'
for x in ['saddle-numbness','bladder-bowel-change','bilateral-leg-symptoms','progressive-weakness','double-vision','drop-attacks',
          'swallowing-speech-change','nystagmus','unsteady-gait','face-numbness','calf-swelling','new-headache','jaw-claudication',
          'scalp-tenderness','visual-change']:
    BASE[x] = 'urgent'
for x in ['unexplained-weight-loss','cancer-history','constant-night-pain','fever','recent-trauma','hot-swollen-joint',
          'immunosuppression','iv-drug-use']:
    BASE[x] = 'refer'
for x in ['long-term-steroids','osteoporosis','anticoagulants','bleeding-disorder','recent-surgery','varicose-veins','pregnancy',
          'stroke-or-tia','recent-travel','recent-immobilisation','prior-dvt']:
    BASE[x] = 'caution'
missing = RF - set(BASE)
if missing: err(f'validator BASE lacks {missing}')
tc = Counter(); used = set(); benign = neg = drw = 0
for r in F:
    fid = r['id']
    allowed = {'id','text','age','drawing','expectTier','expectFlags','benignLookalike','negated','source'}
    if set(r) - allowed: err(f'{fid}: unknown keys')
    if not isinstance(r.get('text'), str) or not r['text'].strip() or len(r['text']) > 1000: err(f'{fid}: text')
    if not isinstance(r.get('age'), int) or not (0 < r['age'] < 120): err(f'{fid}: age')
    if 'drawing' in r:
        drw += 1
        if not r['drawing'] or any(x not in REG for x in r['drawing']): err(f'{fid}: drawing ids')
    t = r.get('expectTier')
    if t not in TIERS: err(f'{fid}: tier'); continue
    tc[t] += 1
    fl = r.get('expectFlags', [])
    for x in fl:
        if x not in RF: err(f'{fid}: flag {x}')
        used.add(x)
    if len(set(fl)) != len(fl): err(f'{fid}: duplicate flags')
    if not isinstance(r.get('benignLookalike'), bool) or not isinstance(r.get('negated'), bool): err(f'{fid}: bools')
    if r.get('benignLookalike'):
        benign += 1
        if t != 'none' or fl: err(f'{fid}: benign look-alike must be tier none with no flags')
    if r.get('negated'): neg += 1
    if (t == 'none') != (not fl): err(f'{fid}: tier none iff no flags')
    if fl:
        base = max(TIERS.index(BASE[x]) for x in fl if x in BASE)
        if TIERS.index(t) < base: err(f'{fid}: tier {t} below what flags {fl} call for')
    s = r.get('source', {})
    if not (isinstance(s, dict) and s.get('citation') and s.get('locator') and re.match(r'https?://', s.get('url', ''))): err(f'{fid}: source')
nf = len(F)
q(nf >= 100, f'redflags >= 100 ({nf})')
q(tc['emergency'] >= 15, f'emergency >= 15 ({tc["emergency"]})')
q(tc['urgent'] >= 18, f'urgent >= 18 ({tc["urgent"]})')
q(tc['refer'] >= 14, f'refer >= 14 ({tc["refer"]})')
q(tc['caution'] >= 14, f'caution >= 14 ({tc["caution"]})')
q(benign >= 32, f'benign look-alikes >= 32 ({benign})')
q(neg >= 12, f'negated >= 12 ({neg})')
q(0.25 * nf <= drw <= 0.45 * nf, f'about a third with a drawing ({drw}/{nf})')
q(used == RF, f'every red-flag id used (missing {sorted(RF - used)})')

print(f'regions {n} (lay {c["lay"]}, clinical {c["clinical"]}, direction {c["direction"]}, misspelled {c["misspelled"]}, areas {len(used_areas)}/{len(AREAS)})')
print(f'evidence {len(Ev)} (non-plain {nonplain}, present+notPresent {both})')
print(f'redflags {nf} tiers {dict(tc)} benign {benign} negated {neg} drawings {drw} flags used {len(used)}/{len(RF)}')
if errors:
    print('\n'.join('FAIL: ' + e for e in errors)); sys.exit(1)
print('ALL CHECKS PASS'); sys.exit(0)
