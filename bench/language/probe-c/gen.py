#!/usr/bin/env python3
"""Build regions-probe.json from items_lay.txt / items_clin.txt (hand-written phrases).
Line: REG|text|expect|alsoAccept sets separated by ';'|tags (comma).
Tokens: literal id, *name (l.+r.), @parent (all of parent), @l:parent / @r:parent (one side, no m.).
Tag U = unsided paired part: adds each side alone to alsoAccept."""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open('/work/blind-ref/regions.tsv'), delimiter='\t'))
byparent = {}
for r in rows:
    byparent.setdefault(r['parent'], []).append(r['id'])
TYPOS = {  # original text -> misspelled variant (written by hand)
 "both temples throb": "both tempels throb",
 "arch of my right foot": "arch of my rigth foot",
 "ball of the foot, left, feels like walking on a pebble": "ball of the foot, left, feels like waking on a pebbel",
 "tennis elbow right arm": "tenis elbow right arm",
 "crook of my elbow, right arm": "crook of my elbo, right arm",
 "palm of the left hand": "plam of the left hand",
 "right thumb": "rigth thumb",
 "the back of my neck": "the back of my nekc",
 "behind my right eye": "behind my rihgt eye",
 "cheekbone on the right": "cheeckbone on the right",
 "lower molars on the left": "lower molers on the left",
 "my gums are sore": "my gums are soar",
 "inner thighs, both, from horse riding": "inner thihgs, both, from horse riding",
 "my upper arms, both": "my uper arms, both",
 "hamstrings, both legs": "hamstrigns, both legs",
 "top of my head": "top of my haed",
 "both shoulder blades": "both sholder blades",
 "mid back, right side of the spine": "mid bakc, right side of the spien",
 "pit of my stomach": "pit of my stomache",
 "around my belly button": "around my belly buttom",
 "frontalis tight bilat": "frontalus tight bilat",
 "popliteus R TTP": "poplitues R TTP",
 "peroneals R TTP": "peronials R TTP",
 "adductor pollicis L TrP": "adducter pollicis L TrP",
 "pyramidalis TTP, suprapubic": "pyrimidalis TTP, supra-pubic",
 "thenar L TTP": "thener L TTP",
 "occiput R TTP at sup nuchal line": "occipt R TTP at sup nuchal line",
 "semimembranosus/semitendinosus R TTP, medial hamstrings": "semimembranosis/semitendonosus R TTP, medial hamstrings",
 "serratus ant R, ~6th rib mid-axillary line": "seratus ant R, ~6th rib mid-axillary line",
 "glute max L, lower fibres near ischial tub": "glut max L, lower fibres near ishial tub",
 "sartorius L TTP mid-thigh": "sartorious L TTP mid-thigh",
}
def expand(s):
    out = []
    for t in s.split():
        if t.startswith('*'):
            out += ['l.' + t[1:], 'r.' + t[1:]]
        elif t.startswith('@'):
            t = t[1:]
            if t[:2] in ('l:', 'r:'):
                out += [i for i in byparent[t[2:]] if i.startswith(t[0] + '.')]
            else:
                out += byparent[t]
        else:
            out.append(t)
    seen = []
    for i in out:
        if i not in seen:
            seen.append(i)
    return seen
items = []
used = set()
for fn, reg in (('items_lay.txt', 'lay'), ('items_clin.txt', 'clinical')):
    for line in open(os.path.join(HERE, fn)):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        code, text, exp, aa, tags = line.split('|')
        assert {'L': 'lay', 'C': 'clinical'}[code] == reg, line
        tags = [t for t in tags.split(',') if t]
        if text in TYPOS:
            used.add(text); text = TYPOS[text]
            if 'misspelled' not in tags: tags.append('misspelled')
        e = expand(exp)
        sets = [expand(a) for a in aa.split(';') if a.strip()]
        if 'U' in tags:
            tags.remove('U')
            for side in 'lr':
                sets.append([i for i in e if i.startswith(side + '.')])
        tags = [reg] + [t for t in tags if t != reg]
        it = {"id": None, "text": text, "register": reg, "expect": e}
        sets2 = []
        for s in sets:
            if sorted(s) != sorted(e) and sorted(s) not in [sorted(x) for x in sets2]:
                sets2.append(s)
        if sets2:
            it["alsoAccept"] = sets2
        it["tags"] = tags
        items.append(it)
missing = set(TYPOS) - used
assert not missing, missing
for n, it in enumerate(items, 1):
    it["id"] = "pc-r-%03d" % n
json.dump(items, open(os.path.join(HERE, 'regions-probe.json'), 'w'), indent=1, ensure_ascii=False)
print(len(items), 'items written')
