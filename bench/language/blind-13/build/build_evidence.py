import json, evidence_src as s
out = []
for i, (text, mv, act, sym, rf, notp, ctx) in enumerate(s.E, 1):
    mvs = []
    for mid, side in mv:
        d = {"id": mid}
        if side: d["side"] = side
        mvs.append(d)
    out.append({"id": "b13e-%03d" % i, "text": text,
                "present": {"movements": mvs, "activities": act, "symptoms": sym, "redFlags": rf},
                "notPresent": notp, "context": ctx})
json.dump(out, open("../evidence-heldout.json", "w"), indent=1, ensure_ascii=False)
print(len(out), sum(1 for e in out if set(e["context"]) - {"plain"}))
