#!/usr/bin/env python3
"""Validate the b7 language test set. Exits 1 on any problem."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/blind-ref'
problems = []
def bad(msg): problems.append(msg)
regions = {r['id']: r for r in csv.DictReader(open(os.path.join(REF, 'regions.tsv')), delimiter='\t')}
parents = {r['parent'] for r in regions.values()}
voc, sec = {}, None
for line in open(os.path.join(REF, 'vocabularies.txt')):
    line = line.rstrip('\n')
    if line.startswith('## '): sec = line[3:].split('(')[0].strip(); voc[sec] = set(); continue
    if line.strip() and sec: voc[sec].add(line.split('\t')[0].strip())
RF, MV, AC, SY = voc['red flags'], voc['movements'], voc['activities'], voc['symptoms']
def load(name):
    try: return json.load(open(os.path.join(HERE, name)))
    except Exception as e: bad(f'{name}: cannot load ({e})'); return []
def check_ids(items, pat, name):
    seen = set()
    for it in items:
        i = it.get('id')
        if not isinstance(i, str) or not re.fullmatch(pat, i): bad(f'{name}: bad id {i!r}')
        if i in seen: bad(f'{name}: duplicate id {i}')
        seen.add(i)
# ---- regions ----
R = load('regions-heldout.json'); check_ids(R, r'b7r-\d{3}', 'regions')
TAGS = {'lay','clinical','direction','misspelled','abbreviation','slang','british','american','possessive','bilateral','midline','list','ambiguous','negated'}
texts = set()
for it in R:
    k = set(it) - {'id','text','register','expect','alsoAccept','tags'}
    if k: bad(f"{it['id']}: unknown keys {k}")
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500: bad(f"{it['id']}: bad text")
    if t in texts: bad(f"{it['id']}: duplicate text")
    texts.add(t)
    if it.get('register') not in ('lay','clinical'): bad(f"{it['id']}: bad register")
    ex = it.get('expect')
    if not isinstance(ex, list) or not ex: bad(f"{it['id']}: empty expect"); ex = []
    for s in [ex] + list(it.get('alsoAccept', [])):
        if not isinstance(s, list) or not s: bad(f"{it['id']}: bad set {s}")
        for x in s:
            if x not in regions: bad(f"{it['id']}: unknown region {x}")
        if len(set(s)) != len(s): bad(f"{it['id']}: duplicate ids in a set")
    for a in it.get('alsoAccept', []):
        if sorted(a) == sorted(ex): bad(f"{it['id']}: alsoAccept repeats expect")
    tg = it.get('tags', [])
    if not isinstance(tg, list) or it.get('register') not in tg: bad(f"{it['id']}: tags must include register")
    for x in tg:
        if x not in TAGS: bad(f"{it['id']}: unknown tag {x}")
n = len(R)
lay = sum(it['register'] == 'lay' for it in R)
has = lambda tag: sum(tag in it['tags'] for it in R)
covered = {regions[x]['parent'] for it in R for x in it['expect']}
sides = {'l': 0, 'r': 0, 'm': 0}
for it in R:
    for x in it['expect']: sides[x[0]] += 1
if n < 300: bad(f'regions: {n} < 300')
if lay * 2 < n: bad(f'regions: lay {lay} < half')
if has('direction') * 4 < n: bad('regions: direction < 25%')
if not (0.07 <= has('misspelled') / max(n, 1) <= 0.16): bad(f"regions: misspelled share {has('misspelled')}/{n} not about 10%")
if parents - covered: bad(f'regions: parents not covered {sorted(parents - covered)}')
for t in ('bilateral','midline','list','ambiguous'):
    if has(t) < 5: bad(f'regions: too few {t}')
if min(sides.values()) == 0: bad('regions: missing left/right/midline')
# ---- evidence ----
E = load('evidence-heldout.json'); check_ids(E, r'b7e-\d{3}', 'evidence')
CTX = {'plain','negated','hypothetical','historical','other-person'}
ALLID = RF | MV | AC | SY
nonplain = 0
for it in E:
    p = it.get('present', {})
    if set(p) != {'movements','symptoms','activities','redFlags'}: bad(f"{it['id']}: present keys")
    for m in p.get('movements', []):
        if m.get('id') not in MV: bad(f"{it['id']}: unknown movement {m}")
        if 'side' in m and m['side'] not in ('l','r'): bad(f"{it['id']}: bad side")
    for k, V in (('symptoms', SY), ('activities', AC), ('redFlags', RF)):
        for x in p.get(k, []):
            if x not in V: bad(f"{it['id']}: unknown {k} id {x}")
    for x in it.get('notPresent', []):
        if x not in ALLID: bad(f"{it['id']}: unknown notPresent id {x}")
    c = it.get('context', [])
    if not c or set(c) - CTX: bad(f"{it['id']}: bad context {c}")
    if set(c) - {'plain'}: nonplain += 1
    # negated / hypothetical / other-person wording must leave something in notPresent, unless the item is also
    # 'plain' (a scope test) or historical with a lasting risk factor (past cancer, clot, TIA stay present)
    if set(c) & {'negated','hypothetical','other-person'} and 'plain' not in c and not it.get('notPresent'):
        bad(f"{it['id']}: {c} without notPresent")
    if c == ['historical'] and not it.get('notPresent') and not p.get('redFlags'):
        bad(f"{it['id']}: historical without notPresent or lasting risk factor")
if len(E) < 70: bad(f'evidence: {len(E)} < 70')
if nonplain < 35: bad(f'evidence: non-plain {nonplain} < 35')
# ---- red flags ----
F = load('redflags-heldout.json'); check_ids(F, r'b7f-\d{3}', 'redflags')
TIERS = ['emergency','urgent','refer','caution','none']
tiers = {t: 0 for t in TIERS}; benign = neg = drawn = 0
for it in F:
    need = {'id','text','age','expectTier','expectFlags','benignLookalike','negated','source'}
    if need - set(it): bad(f"{it['id']}: missing {need - set(it)}")
    if set(it) - need - {'drawing'}: bad(f"{it['id']}: unknown keys")
    if not isinstance(it.get('age'), int) or not 0 < it['age'] < 110: bad(f"{it['id']}: bad age")
    if it.get('expectTier') not in TIERS: bad(f"{it['id']}: bad tier"); continue
    tiers[it['expectTier']] += 1
    for x in it.get('expectFlags', []):
        if x not in RF: bad(f"{it['id']}: unknown flag {x}")
    if it['expectTier'] == 'none' and it['expectFlags']: bad(f"{it['id']}: tier none with flags")
    if it['expectTier'] != 'none' and not it['expectFlags']: bad(f"{it['id']}: tier without flags")
    if it['benignLookalike']:
        benign += 1
        if it['expectTier'] != 'none' or it['expectFlags']: bad(f"{it['id']}: benign look-alike must be none")
    if it['negated']: neg += 1
    for x in it.get('drawing', []) or []:
        if x not in regions: bad(f"{it['id']}: unknown drawing region {x}")
    if it.get('drawing'): drawn += 1
    s = it.get('source', {})
    if not (s.get('citation') and s.get('locator') and str(s.get('url', '')).startswith('http')): bad(f"{it['id']}: bad source")
if len(F) < 80: bad(f'redflags: {len(F)} < 80')
if benign < 24: bad(f'redflags: benign {benign} < 24')
if neg < 10: bad(f'redflags: negated {neg} < 10')
if min(tiers.values()) == 0: bad('redflags: a tier has no case')
if not (0.25 <= drawn / max(len(F), 1) <= 0.45): bad(f'redflags: drawings {drawn}/{len(F)} not about a third')
flags_used = {x for it in F for x in it['expectFlags']}
print(f"regions: {n} (lay {lay}, clinical {n - lay}); direction {has('direction')}, misspelled {has('misspelled')}, "
      f"bilateral {has('bilateral')}, midline {has('midline')}, list {has('list')}, ambiguous {has('ambiguous')}, negated {has('negated')}; "
      f"parents covered {len(covered)}/{len(parents)}; sides in expect {sides}")
print(f"evidence: {len(E)} (non-plain {nonplain})")
print(f"redflags: {len(F)} tiers {tiers}; benign {benign}; negated {neg}; with drawing {drawn}; flags used {len(flags_used)}/{len(RF)}; unused {sorted(RF - flags_used)}")
if problems:
    print(f'{len(problems)} PROBLEM(S):'); [print(' -', p) for p in problems]; sys.exit(1)
print('OK')
