import json, redflags_src as s
out = []
for i, x in enumerate(s.C, 1):
    e = {"id": "b13f-%03d" % i, "text": x["text"], "age": x["age"]}
    if x["drawing"]: e["drawing"] = x["drawing"]
    e.update({"expectTier": x["tier"], "expectFlags": x["flags"], "benignLookalike": x["benign"],
              "negated": x["neg"], "source": s.S[x["src"]]})
    out.append(e)
json.dump(out, open("../redflags-heldout.json", "w"), indent=1, ensure_ascii=False)
import collections
print(len(out), collections.Counter(e["expectTier"] for e in out), sum(e["benignLookalike"] for e in out), sum(e["negated"] for e in out), sum("drawing" in e for e in out))
