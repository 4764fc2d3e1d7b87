import csv, os
REF = "/work/blind-ref"
def load_regions():
    rows = []
    with open(os.path.join(REF, "regions.tsv")) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append(r)
    return rows
REGIONS = load_regions()
IDS = {r["id"] for r in REGIONS}
AREAS = {}
for r in REGIONS:
    AREAS.setdefault(r["parent_area"], []).append(r["id"])

def parse(spec):
    """returns (ids list, list_of_U_basenames)"""
    out, us = [], []
    for tok in spec.split():
        if tok.startswith("P:"):
            _, area, side = tok.split(":")
            assert area in AREAS, area
            for i in AREAS[area]:
                s = i.split(".")[0]
                if side == "a" or (side == "b" and s in "lr") or s == side:
                    out.append(i)
        elif ":" in tok:
            side, name = tok.split(":", 1)
            if side == "b":
                out += ["l." + name, "r." + name]
            elif side == "U":
                out += ["l." + name, "r." + name]; us.append(name)
            else:
                out.append(side + "." + name)
        else:
            out.append(tok)
    seen = []
    for i in out:
        assert i in IDS, (i, spec)
        if i not in seen:
            seen.append(i)
    return seen, us
