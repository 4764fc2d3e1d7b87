"""Shared helpers: load the blind reference files and build exact region lists."""
import csv, json, os, re

REF = "/work/blind-ref"
HERE = os.path.dirname(os.path.abspath(__file__))


def load_regions():
    rows = {}
    with open(os.path.join(REF, "regions.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows[row["id"]] = row
    return rows


REGIONS = load_regions()
PARENTS = sorted({r["parent_area_key"] for r in REGIONS.values()})


def load_vocab():
    sections, cur = {}, None
    with open(os.path.join(REF, "vocabularies.txt")) as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"#\s*(.+)", line)
            if m:
                cur = m.group(1).split("(")[0].strip()
                sections[cur] = []
                continue
            if cur and ":" in line and line.strip():
                sections[cur].append(line.split(":", 1)[0].strip())
    return sections


VOCAB = load_vocab()


def area(key, side=None):
    """Every region of a parent area. side 'l' / 'r': that side only, midline left out.
    side None: both sides plus midline."""
    ids = [i for i, r in REGIONS.items() if r["parent_area_key"] == key]
    assert ids, key
    if side in ("l", "r"):
        return [i for i in ids if REGIONS[i]["side"] == side]
    return ids


def both(*names):
    """l.<name> and r.<name> for each name."""
    out = []
    for n in names:
        out += ["l." + n, "r." + n]
    return out


def side_alts(ids):
    """alsoAccept lists: the left-only and right-only halves of a bilateral list."""
    return [[i for i in ids if i.startswith("l.")], [i for i in ids if i.startswith("r.")]]


def dump(name, items):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(name, len(items))
