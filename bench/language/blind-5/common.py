"""Shared loaders for the language5 blind held-out set.
Reads only /work/blind-ref/regions.tsv and /work/blind-ref/vocabularies.txt."""
import csv, json, os, re

REF = "/work/blind-ref"
HERE = os.path.dirname(os.path.abspath(__file__))

def load_regions():
    rows = []
    with open(os.path.join(REF, "regions.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.append(row)
    return rows

REGIONS = load_regions()
REGION_IDS = [r["id"] for r in REGIONS]
PARENT_OF = {r["id"]: r["parent_area_key"] for r in REGIONS}
SIDE_OF = {r["id"]: r["side"] for r in REGIONS}
PARENT_AREAS = sorted(set(PARENT_OF.values()))

def area(key, side=None):
    """All regions of a parent area; with side 'l'/'r' the midline ids are left out."""
    out = [r["id"] for r in REGIONS if r["parent_area_key"] == key]
    if not out:
        raise KeyError(key)
    if side:
        out = [i for i in out if SIDE_OF[i] == side]
    return out

def B(name):
    return ["l." + name, "r." + name]

def L(name):
    return ["l." + name]

def R(name):
    return ["r." + name]

def load_vocab():
    sections = {}
    cur = None
    with open(os.path.join(REF, "vocabularies.txt")) as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"#\s*(.+)", line)
            if m:
                cur = m.group(1).split("(")[0].strip()
                sections[cur] = []
                continue
            if cur and ":" in line and not line.startswith(" "):
                sections[cur].append(line.split(":", 1)[0].strip())
    return sections

VOCAB = load_vocab()
MOVEMENTS = set(VOCAB.get("movements", []))
ACTIVITIES = set(VOCAB.get("activities", []))
SYMPTOMS = set(VOCAB.get("symptoms", []))
RED_FLAGS = set(VOCAB.get("red flags", []))

def dump(name, items):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(items, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {name}: {len(items)} items")
