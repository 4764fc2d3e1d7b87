"""Shared helpers for the blind language set #3.

Loads only /work/blind-ref/regions.tsv and /work/blind-ref/vocabularies.txt.
"""
import csv
import json
import os
import re

REF = "/work/blind-ref"
HERE = os.path.dirname(os.path.abspath(__file__))


def load_regions():
    rows = []
    with open(os.path.join(REF, "regions.tsv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rows.append(row)
    return rows


REGIONS = load_regions()
REGION_IDS = [r["id"] for r in REGIONS]
REGION_SET = set(REGION_IDS)
AREAS = sorted({r["parent_area_key"] for r in REGIONS})
AREA_OF = {r["id"]: r["parent_area_key"] for r in REGIONS}
SIDE_OF = {r["id"]: r["side"] for r in REGIONS}


def area(key, side="both", midline=None):
    """Every region of parent area `key`.

    side: 'l', 'r' or 'both'. With a single side, midline ids are left out
    (language-format convention). With 'both', midline ids are included unless
    midline=False.
    """
    if key not in AREAS:
        raise KeyError("unknown parent area: %s" % key)
    out = []
    for r in REGIONS:
        if r["parent_area_key"] != key:
            continue
        s = r["side"]
        if side == "both":
            if s == "m" and midline is False:
                continue
            out.append(r["id"])
        elif s == side:
            out.append(r["id"])
        elif s == "m" and midline is True:
            out.append(r["id"])
    if not out:
        raise ValueError("empty area %s/%s" % (key, side))
    return out


def L(x):
    return "l." + x


def R(x):
    return "r." + x


def M(x):
    return "m." + x


def B(x):
    return ["l." + x, "r." + x]


def load_vocab():
    """Parse vocabularies.txt into {section: [ids]}."""
    sections = {}
    cur = None
    with open(os.path.join(REF, "vocabularies.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# "):
                cur = line[2:].strip()
                sections[cur] = []
                continue
            if not line.strip() or cur is None:
                continue
            if ":" in line:
                sections[cur].append(line.split(":", 1)[0].strip())
            else:
                sections[cur].extend(x.strip() for x in line.split(",") if x.strip())
    return sections


VOCAB = load_vocab()
MOVEMENTS = set(VOCAB["movements (id: label)"])
ACTIVITIES = set(VOCAB["activities"])
SYMPTOMS = set(VOCAB["symptoms"])
RED_FLAGS = set(VOCAB["red flags"])
ALL_FINDINGS = MOVEMENTS | ACTIVITIES | SYMPTOMS | RED_FLAGS


def dump(name, items):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(items, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s (%d items)" % (name, len(items)))
