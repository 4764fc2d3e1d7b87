#!/usr/bin/env python3
"""Validate regions-probe.json against /work/blind-ref/regions.tsv and the format. Exit 1 on a problem."""
import csv, json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'regions-probe.json')
PREFIX = 'pc-r-'
TAGS = {'lay','clinical','direction','misspelled','abbreviation','slang','british','american',
        'possessive','bilateral','midline','list','ambiguous'}
rows = list(csv.DictReader(open('/work/blind-ref/regions.tsv'), delimiter='\t'))
parent = {r['id']: r['parent'] for r in rows}
parents = sorted(set(parent.values()))
errs = []
def err(m): errs.append(m)
try:
    data = json.load(open(PATH))
except Exception as e:
    print('cannot load JSON:', e); sys.exit(1)
if not isinstance(data, list): err('top level is not an array'); data = []
if len(data) < 400: err(f'only {len(data)} items (< 400)')
ids, texts = set(), set()
reg_n = collections.Counter(); tag_n = collections.Counter(); par_n = collections.Counter()
par_reg = collections.defaultdict(collections.Counter)
empty = 0
for k, it in enumerate(data):
    where = f'item #{k}'
    if not isinstance(it, dict): err(f'{where}: not an object'); continue
    keys = set(it)
    if not {'id','text','register','expect','tags'} <= keys: err(f'{where}: missing keys {sorted({"id","text","register","expect","tags"}-keys)}')
    if keys - {'id','text','register','expect','alsoAccept','tags'}: err(f'{where}: extra keys {sorted(keys-{"id","text","register","expect","alsoAccept","tags"})}')
    i = it.get('id'); where = f'{i}'
    if not isinstance(i, str) or not re.fullmatch(re.escape(PREFIX) + r'\d{3}', i): err(f'{where}: bad id')
    if i in ids: err(f'{where}: duplicate id')
    ids.add(i)
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500: err(f'{where}: bad text')
    elif t.strip().lower() in texts: err(f'{where}: duplicate text')
    else: texts.add(t.strip().lower())
    r = it.get('register')
    if r not in ('lay', 'clinical'): err(f'{where}: bad register {r!r}')
    reg_n[r] += 1
    e = it.get('expect')
    if not isinstance(e, list) or any(not isinstance(x, str) for x in e): err(f'{where}: expect not a list of strings'); e = []
    if len(set(e)) != len(e): err(f'{where}: duplicate ids in expect')
    for x in e:
        if x not in parent: err(f'{where}: unknown region {x!r} in expect')
    if not e: empty += 1
    for p in {parent[x] for x in e if x in parent}:
        par_n[p] += 1; par_reg[p][r] += 1
    aa = it.get('alsoAccept', [])
    if 'alsoAccept' in it and (not isinstance(aa, list) or not aa): err(f'{where}: alsoAccept must be a non-empty list'); aa = []
    seen = [sorted(e)]
    for s in aa:
        if not isinstance(s, list) or not s: err(f'{where}: alsoAccept set must be a non-empty list'); continue
        if len(set(s)) != len(s): err(f'{where}: duplicate ids in an alsoAccept set')
        for x in s:
            if x not in parent: err(f'{where}: unknown region {x!r} in alsoAccept')
        if sorted(s) in seen: err(f'{where}: alsoAccept set repeats expect or another set')
        seen.append(sorted(s))
    tg = it.get('tags')
    if not isinstance(tg, list) or not tg: err(f'{where}: tags missing'); tg = []
    if len(set(tg)) != len(tg): err(f'{where}: duplicate tags')
    for x in tg:
        if x not in TAGS: err(f'{where}: unknown tag {x!r}')
        tag_n[x] += 1
    if r in ('lay', 'clinical') and r not in tg: err(f'{where}: register tag {r} missing')
    other = {'lay': 'clinical', 'clinical': 'lay'}.get(r)
    if other in tg: err(f'{where}: tag {other} contradicts register')
for p in parents:
    if par_n[p] < 6: err(f'parent area {p}: only {par_n[p]} items (< 6)')
n = len(data)
if n and not (0.08 <= tag_n['misspelled'] / n <= 0.2): err(f'misspelled share {tag_n["misspelled"]/n:.1%} outside 8-20%')
if reg_n['lay'] < 200 or reg_n['clinical'] < 160: err(f'register counts too low: {dict(reg_n)}')
print(f'items: {n}   lay: {reg_n["lay"]}   clinical: {reg_n["clinical"]}   empty expect (negated): {empty}')
print('tags:', ', '.join(f'{k}={v}' for k, v in sorted(tag_n.items())))
print('per parent area (total / lay / clinical):')
for p in parents:
    print(f'  {p:15s} {par_n[p]:3d} {par_reg[p]["lay"]:3d} {par_reg[p]["clinical"]:3d}')
if errs:
    print(f'\n{len(errs)} PROBLEM(S):'); [print('  -', m) for m in errs]; sys.exit(1)
print('OK')
