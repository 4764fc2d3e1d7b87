import csv, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/blind-ref'

def load_regions():
    reg = {}
    with open(os.path.join(REF, 'regions.tsv')) as f:
        rd = csv.DictReader(f, delimiter='\t')
        for row in rd:
            reg[row['id']] = (row['side'], row['parent_area'])
    return reg

def load_vocab():
    sec = None; v = {}
    with open(os.path.join(REF, 'vocabularies.txt')) as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# '):
                sec = line[2:].strip(); v[sec] = []
            elif line.strip() and sec:
                v[sec].append(line.split(':', 1)[0].strip())
    return v

REG = load_regions()
AREAS = sorted({p for _, p in REG.values()})

def expand(s):
    out = []
    for t in s.split():
        if t.startswith('@'):
            area, side = t[1:].split(':')
            assert area in AREAS, area
            for rid, (sd, p) in REG.items():
                if p != area: continue
                if side == 'b' or (side == 'bs' and sd != 'm') or sd == side:
                    out.append(rid)
        elif t.startswith('b.'):
            out += ['l.' + t[2:], 'r.' + t[2:]]
        else:
            out.append(t)
    for r in out:
        assert r in REG, r
    seen = []
    for r in out:
        if r not in seen: seen.append(r)
    return seen

def split_sides(ids):
    l = [i for i in ids if REG[i][0] in ('l', 'm')]
    r = [i for i in ids if REG[i][0] in ('r', 'm')]
    return [l, r]
