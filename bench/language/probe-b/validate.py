#!/usr/bin/env python3
"""Validate regions-probe.json against /work/blind-ref/regions.tsv and the format conventions."""
import json, csv, re, sys, collections
HERE = __file__.rsplit('/', 1)[0] if '/' in __file__ else '.'
REG = {r['id']: r for r in csv.DictReader(open('/work/blind-ref/regions.tsv'), delimiter='\t')}
PARENTS = sorted({r['parent'] for r in REG.values()})
STD_TAGS = {'lay','clinical','direction','misspelled','abbreviation','slang','british','american',
            'possessive','bilateral','midline','list','ambiguous'}
EXTRA_TAGS = {'negated'}
MIN_ITEMS, MIN_PER_PARENT = 320, 4
errs = []
def err(m): errs.append(m)
try:
    data = json.load(open(f'{HERE}/regions-probe.json'))
except Exception as e:
    print('cannot load JSON:', e); sys.exit(1)
if not isinstance(data, list): print('top level must be an array'); sys.exit(1)
ids = set(); per_parent = collections.Counter(); tagc = collections.Counter(); sides = collections.Counter()
for n, it in enumerate(data):
    where = it.get('id', f'#{n}') if isinstance(it, dict) else f'#{n}'
    if not isinstance(it, dict): err(f'{where}: not an object'); continue
    extra = set(it) - {'id','text','register','expect','alsoAccept','tags'}
    if extra: err(f'{where}: unknown keys {extra}')
    i = it.get('id')
    if not isinstance(i, str) or not re.fullmatch(r'pb-r-\d{3}', i): err(f'{where}: bad id {i!r}')
    if i in ids: err(f'{where}: duplicate id')
    ids.add(i)
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500: err(f'{where}: bad text')
    if it.get('register') != 'clinical': err(f'{where}: register must be "clinical"')
    ex = it.get('expect')
    if not isinstance(ex, list) or not ex or not all(isinstance(x, str) for x in ex):
        err(f'{where}: expect must be a non-empty list of strings'); continue
    if len(set(ex)) != len(ex): err(f'{where}: duplicate ids in expect')
    for x in ex:
        if x not in REG: err(f'{where}: unknown region {x}')
    aa = it.get('alsoAccept', [])
    if not isinstance(aa, list): err(f'{where}: alsoAccept must be a list'); aa = []
    seen = [frozenset(ex)]
    for s in aa:
        if not isinstance(s, list) or not s or not all(isinstance(x, str) for x in s):
            err(f'{where}: alsoAccept entries must be non-empty lists of strings'); continue
        for x in s:
            if x not in REG: err(f'{where}: unknown region {x} in alsoAccept')
        if frozenset(s) in seen: err(f'{where}: alsoAccept set repeats expect or another set')
        seen.append(frozenset(s))
    tags = it.get('tags')
    if not isinstance(tags, list) or not tags or not all(isinstance(x, str) for x in tags):
        err(f'{where}: tags must be a non-empty list of strings'); tags = []
    if 'clinical' not in tags: err(f'{where}: missing tag "clinical"')
    if 'lay' in tags: err(f'{where}: clinical item tagged lay')
    for tg in tags:
        if tg not in STD_TAGS | EXTRA_TAGS: err(f'{where}: unknown tag {tg}')
    if len(set(tags)) != len(tags): err(f'{where}: duplicate tags')
    if any(x.startswith('m.') for x in ex) and 'midline' not in tags: err(f'{where}: midline id but no midline tag')
    ls = {x[2:] for x in ex if x.startswith('l.')}; rs = {x[2:] for x in ex if x.startswith('r.')}
    if (ls & rs) and 'bilateral' not in tags: err(f'{where}: both sides but no bilateral tag')
    if 'ambiguous' not in tags and len(aa) > 2: err(f'{where}: >2 alsoAccept sets but not tagged ambiguous')
    for p in {REG[x]['parent'] for x in ex if x in REG}: per_parent[p] += 1
    for tg in tags: tagc[tg] += 1
    sides['left' if ls and not rs else 'right' if rs and not ls else 'both' if ls and rs else 'midline-only'] += 1
if len(data) < MIN_ITEMS: err(f'only {len(data)} items (< {MIN_ITEMS})')
for p in PARENTS:
    if per_parent[p] < MIN_PER_PARENT: err(f'parent {p}: {per_parent[p]} items (< {MIN_PER_PARENT})')
share = tagc['misspelled'] / max(1, len(data))
if not 0.06 <= share <= 0.11: err(f'misspelled share {share:.1%} outside 6-11%')
for need in ['abbreviation','direction','list','bilateral','midline','negated','ambiguous','british','american','slang','possessive']:
    if tagc[need] == 0: err(f'no item tagged {need}')
print(f'items: {len(data)}')
print('per parent area:', ', '.join(f'{p}={per_parent[p]}' for p in PARENTS))
print('tags:', dict(sorted(tagc.items())))
print('sides:', dict(sides))
if errs:
    print(f'\n{len(errs)} problem(s):'); [print(' -', e) for e in errs]; sys.exit(1)
print('OK')
