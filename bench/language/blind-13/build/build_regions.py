import json, common as c, regions_src as s
CODES = {"d":"direction","x":"misspelled","L":"list","n":"negated-place","p":"possessive","a":"abbreviation",
 "s":"slang","g":"ambiguous","rg":"range","e":"right-as-emphasis","c":"carer","t":"teenager","nn":"non-native",
 "o":"older-client","sms":"sms","v":"voice-note","br":"british","am":"american","mu":"muscle-name","sp":"spinal-level",
 "bo":"bony-landmark","rf":"referral","un":"unsided-paired","tp":"trigger-point","f":"web-form"}
out = []
for i, (reg, text, exp, alts, tags) in enumerate(s.E, 1):
    ids, us = c.parse(exp)
    aa = []
    if us:
        for side in ("l", "r"):
            other = "r" if side == "l" else "l"
            aa.append([x for x in ids if not (x.startswith(other + ".") and x.split(".",1)[1] in us)])
    for al in alts:
        aa.append(c.parse(al)[0])
    # dedupe, drop any alt equal to expect
    clean = []
    for al in aa:
        if set(al) != set(ids) and all(set(al) != set(x) for x in clean):
            clean.append(al)
    t = ["lay" if reg == "L" else "clinical"] + [CODES[x] for x in tags.split()]
    sides = {x.split(".")[0] for x in ids}
    if "m" in sides: t.append("midline")
    base_l = {x[2:] for x in ids if x.startswith("l.")}; base_r = {x[2:] for x in ids if x.startswith("r.")}
    if base_l & base_r: t.append("bilateral")
    elif base_l and not base_r: t.append("left")
    elif base_r and not base_l: t.append("right")
    if len(ids) > 1 and "list" not in t and "range" not in t: t.append("multi-region")
    t = list(dict.fromkeys(t))
    e = {"id": "b13r-%03d" % i, "text": text, "register": "lay" if reg == "L" else "clinical", "expect": ids}
    if clean: e["alsoAccept"] = clean
    e["tags"] = t
    out.append(e)
json.dump(out, open("../regions-heldout.json", "w"), indent=1, ensure_ascii=False)
print(len(out))
