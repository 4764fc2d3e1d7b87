# shared helpers for the b11 generators (reads only /work/blind-ref)
import csv, re
REF = "/work/blind-ref"
REGIONS = {}
AREAS = {}
with open(f"{REF}/regions.tsv") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        REGIONS[row["id"]] = row
        AREAS.setdefault(row["parent_area"], []).append(row["id"])

def L(*n): return [f"l.{x}" for x in n]
def R(*n): return [f"r.{x}" for x in n]
def Bo(*n): return L(*n) + R(*n)
def M(*n): return [f"m.{x}" for x in n]

def A(area, side=None):
    """whole parent area; side 'l', 'r', 'lr' drops midline ids; None keeps all."""
    ids = AREAS[area]
    if side is None:
        return list(ids)
    return [i for i in ids if i[0] in side and not i.startswith("m.")]

def vocab():
    sec = None
    out = {"movements": set(), "activities": set(), "symptoms": set(), "red flags": set()}
    with open(f"{REF}/vocabularies.txt") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# "):
                sec = line[2:].split("(")[0].strip()
                continue
            if not line.strip() or sec not in out:
                continue
            out[sec].add(line.split(":")[0].strip())
    return out
