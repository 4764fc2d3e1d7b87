#!/usr/bin/env python3
"""Validate regions-probe.json. Exit 1 on any problem."""
import csv, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
REG = '/work/blind-ref/regions.tsv'
TAGS = {"lay", "clinical", "direction", "misspelled", "abbreviation", "slang", "british", "american",
        "possessive", "bilateral", "midline", "list", "ambiguous"}
MIN_ITEMS, MIN_PER_PARENT = 320, 4
problems = []
def bad(msg): problems.append(msg)

rows = list(csv.DictReader(open(REG), delimiter='\t'))
parent_of = {r['id']: r['parent'] for r in rows}
try:
    items = json.load(open(os.path.join(HERE, 'regions-probe.json')))
except Exception as e:
    print('cannot load JSON:', e); sys.exit(1)
if not isinstance(items, list):
    print('top level is not a list'); sys.exit(1)

ids, texts = Counter(), Counter()
per_parent, tag_count = Counter(), Counter()
for k, it in enumerate(items):
    where = it.get('id', '#%d' % k) if isinstance(it, dict) else '#%d' % k
    if not isinstance(it, dict):
        bad(f'{where}: not an object'); continue
    extra = set(it) - {'id', 'text', 'register', 'expect', 'alsoAccept', 'tags'}
    if extra: bad(f'{where}: unknown keys {extra}')
    iid = it.get('id')
    if not isinstance(iid, str) or not re.fullmatch(r'pa-r-\d{3}', iid):
        bad(f'{where}: bad id {iid!r}')
    ids[iid] += 1
    t = it.get('text')
    if not isinstance(t, str) or not t.strip() or len(t) > 500:
        bad(f'{where}: bad text')
    else:
        texts[t.strip().lower()] += 1
    if it.get('register') != 'lay':
        bad(f'{where}: register must be "lay"')
    exp = it.get('expect')
    if not isinstance(exp, list) or not exp or not all(isinstance(x, str) for x in exp):
        bad(f'{where}: expect must be a non-empty list of ids'); exp = []
    if len(set(exp)) != len(exp): bad(f'{where}: duplicate ids in expect')
    for x in exp:
        if x not in parent_of: bad(f'{where}: unknown region {x}')
    for p in {parent_of[x] for x in exp if x in parent_of}:
        per_parent[p] += 1
    aa = it.get('alsoAccept', [])
    if not isinstance(aa, list): bad(f'{where}: alsoAccept must be a list'); aa = []
    seen = [sorted(exp)]
    for s in aa:
        if not isinstance(s, list) or not s or not all(isinstance(x, str) for x in s):
            bad(f'{where}: alsoAccept entry must be a non-empty list of ids'); continue
        for x in s:
            if x not in parent_of: bad(f'{where}: unknown region {x} in alsoAccept')
        if sorted(s) in seen: bad(f'{where}: alsoAccept set repeats expect or another set')
        seen.append(sorted(s))
    tg = it.get('tags')
    if not isinstance(tg, list) or 'lay' not in tg:
        bad(f'{where}: tags must be a list containing "lay"'); tg = []
    for x in tg:
        if x not in TAGS: bad(f'{where}: unknown tag {x}')
        tag_count[x] += 1
    if len(set(tg)) != len(tg): bad(f'{where}: duplicate tags')

for i, c in ids.items():
    if c > 1: bad(f'duplicate id {i}')
for t, c in texts.items():
    if c > 1: bad(f'duplicate text {t!r}')
if len(items) < MIN_ITEMS: bad(f'only {len(items)} items, need {MIN_ITEMS}')
for p in sorted(set(parent_of.values())):
    if per_parent[p] < MIN_PER_PARENT:
        bad(f'parent area {p} used {per_parent[p]} times, need {MIN_PER_PARENT}')
n = max(len(items), 1)
if not 0.10 <= tag_count['misspelled'] / n <= 0.16:
    bad(f"misspelled share {tag_count['misspelled']/n:.1%} outside 10-16%")
for need in ('direction', 'bilateral', 'midline', 'list', 'slang', 'british', 'american', 'possessive', 'abbreviation', 'ambiguous'):
    if tag_count[need] < 4: bad(f'tag {need} used only {tag_count[need]} times')

print(f'{len(items)} items')
print('per parent area:', ' '.join(f'{p}={per_parent[p]}' for p in sorted(set(parent_of.values()))))
print('tags:', ' '.join(f'{k}={v}' for k, v in tag_count.most_common()))
if problems:
    print(f'{len(problems)} problem(s):'); [print('  ' + m) for m in problems]
    sys.exit(1)
print('OK')
