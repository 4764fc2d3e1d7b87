"""Shared helpers for the b9 generators: read regions.tsv and expand left/right pairs and parent areas.
The generators only expand sides (l/r/b/m) and parent areas; every phrase and label is hand-written."""
import csv

REF = "/work/blind-ref/regions.tsv"


def load_regions():
    rows = list(csv.DictReader(open(REF), delimiter="\t"))
    ids = {r["id"] for r in rows}
    area = {}
    for r in rows:
        area.setdefault(r["parent_area"], []).append(r["id"])
    return ids, area


IDS, AREA = load_regions()


def expand(spec):
    """spec: space-separated tokens like 'r:popliteal', 'b:interscapular', 'm:sacrum', 'l:@knee',
    'b:@jaw' (b = both sides + midline members), 'r:lumbar,iliac-crest'."""
    out = set()
    for tok in spec.split():
        side, names = tok.split(":", 1)
        for name in names.split(","):
            if name.startswith("@"):
                members = AREA[name[1:]]
                for rid in members:
                    pre = rid.split(".", 1)[0]
                    if side == "b" or side == "m":
                        out.add(rid)
                    elif pre == side:
                        out.add(rid)
            else:
                if side == "b":
                    cands = ["l." + name, "r." + name]
                else:
                    cands = [side + "." + name]
                for c in cands:
                    if c not in IDS:
                        raise SystemExit("unknown region %s in spec %r" % (c, spec))
                    out.add(c)
    if not out:
        raise SystemExit("empty spec %r" % spec)
    return sorted(out)


def side_tags(ids):
    pres = {i.split(".", 1)[0] for i in ids}
    t = []
    if "l" in pres and "r" in pres:
        t.append("bilateral")
    elif "l" in pres:
        t.append("left")
    elif "r" in pres:
        t.append("right")
    if "m" in pres:
        t.append("midline")
    return t
