"""Shared helpers: load the reference id lists from /work/blind-ref."""
import csv, os
REF = "/work/blind-ref"

def load_regions():
    rows = []
    with open(os.path.join(REF, "regions.tsv")) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append(r)
    return rows

def load_vocab():
    sections, cur = {}, None
    with open(os.path.join(REF, "vocabularies.txt")) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("## "):
                cur = line[3:].strip(); sections[cur] = []
            elif line.strip() and cur:
                sections[cur].append(line.split("\t")[0].strip())
    return sections

REGIONS = load_regions()
REGION_IDS = [r["id"] for r in REGIONS]
PARENT = {r["id"]: r["parent"] for r in REGIONS}
PARENTS = sorted(set(PARENT.values()))
VOCAB = load_vocab()

def parent_ids(p, side=None):
    ids = [i for i in REGION_IDS if PARENT[i] == p]
    if side == "l": return [i for i in ids if i.startswith("l.")]
    if side == "r": return [i for i in ids if i.startswith("r.")]
    if side == "b": return [i for i in ids if not i.startswith("m.")]
    return ids

def resolve(spec):
    """Tiny DSL: 'l.x' raw id; '*x' both sides; '@parent' whole parent;
    '@parent.l' / '.r' / '.b' (both sides, no midline)."""
    out = []
    for tok in spec.split():
        if tok.startswith("@"):
            body = tok[1:]
            side = None
            if body[-2:] in (".l", ".r", ".b"):
                body, side = body[:-2], body[-1]
            if body not in PARENTS: raise ValueError("unknown parent " + tok)
            out += parent_ids(body, side)
        elif tok.startswith("*"):
            out += ["l." + tok[1:], "r." + tok[1:]]
        else:
            out.append(tok)
    for i in out:
        if i not in PARENT: raise ValueError("unknown region id %s in %r" % (i, spec))
    seen = []
    for i in out:
        if i not in seen: seen.append(i)
    return seen
