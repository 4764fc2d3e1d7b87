"""Shared helper for the b10 generators.

Only expands shorthand into region ids taken from regions.tsv:
  l.x / r.x / m.x   literal id
  b.x               l.x + r.x
  A.l.area / A.r.area / A.b.area / A.m.area
                    every region of parent area `area` on that side
                    (A.b includes the area's midline m.* regions; A.l / A.r do not;
                     A.m gives only the midline ones)
"""
import csv

REF = "/work/blind-ref/regions.tsv"


def load_regions():
    rows = []
    with open(REF, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.append(row)
    return rows


ROWS = load_regions()
IDS = {r["id"] for r in ROWS}
BY_AREA = {}
for r in ROWS:
    BY_AREA.setdefault(r["parent_area"], []).append(r["id"])


def expand(dsl):
    out = []
    for tok in dsl.split():
        if tok.startswith("A."):
            _, side, area = tok.split(".", 2)
            if area not in BY_AREA:
                raise SystemExit("unknown area " + area)
            for rid in BY_AREA[area]:
                s = rid.split(".")[0]
                if side == "b" or s == side:
                    out.append(rid)
        elif tok.startswith("b."):
            base = tok[2:]
            out += ["l." + base, "r." + base]
        else:
            out.append(tok)
    seen = []
    for x in out:
        if x not in IDS:
            raise SystemExit("unknown region %s in %r" % (x, dsl))
        if x not in seen:
            seen.append(x)
    return sorted(seen)
