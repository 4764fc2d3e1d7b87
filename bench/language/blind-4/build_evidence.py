"""Held-out evidence sentences, every one written by hand. Run: python3 build_evidence.py"""
from common import dump

items = []


def E(text, context, mov=None, act=None, sym=None, rf=None, notp=None, note=None):
    present = {}
    if mov:
        present["movements"] = [{"id": m[0], "side": m[1]} if isinstance(m, tuple) else {"id": m} for m in mov]
    if act:
        present["activities"] = act
    if sym:
        present["symptoms"] = sym
    if rf:
        present["redFlags"] = rf
    it = {"text": text, "present": present, "notPresent": notp or [], "context": context}
    if note:
        it["note"] = note
    items.append(it)


P = ["plain"]
# ---- plain ----
E("Sharp pain on the right side of her neck when she turns her head to the right.", P, mov=[("cervical.rotation", "r")])
E("Hurts to lift my left arm out sideways past shoulder height.", P, mov=[("shoulder.abduction", "l")])
E("Jaw is sore after chewing gum all afternoon, and I catch myself clenching my teeth at my desk.", P,
  act=["chewing-gum", "teeth-clenching"])
E("Ten hours a day on a laptop with the mouse in her R hand; aches when gripping a mug.", P,
  act=["prolonged-computer-work", "mouse-use"], mov=["grip"])
E("Low back catches getting up out of a chair and bending forward to pull socks on.", P,
  mov=["sit_to_stand", "trunk.flexion"])
E("Pins and needles in the right thumb and index finger, worse at night and wakes her up.", P,
  sym=["tingling", "sleep-disturbance"])
E("Runs about 40 km a week, mostly downhill trail; knee grumbles going up stairs.", P,
  act=["running", "running-downhill"], mov=["stair_climbing"])
E("Ringing in the left ear, and the jaw clicks when he opens wide.", P,
  sym=["tinnitus", "jaw-clicking"], mov=["jaw.opening"])
E("Headache from the base of the skull to behind the eyes; reads in bed propped on two pillows.", P,
  sym=["headache"], act=["reading-in-bed"])
E("Client is a hairdresser with arms up most of the day.", P, act=["hairdressing", "overhead-work"])
E("Heel pain with the first steps each morning; still wearing worn-out trainers.", P,
  mov=["walking"], act=["poor-footwear"])
E("Knee gives way on the stairs and he has been limping for a week.", P,
  sym=["buckling-knee", "limping"], mov=["stair_climbing"])
E("Feels dizzy when she turns her head quickly to the left.", P,
  sym=["postural-dizziness"], mov=[("cervical.rotation", "l")])
E("Pain not only in the buttock but also down the thigh when he sits on his back-pocket wallet.", P,
  act=["sitting-on-wallet"], sym=["painful-sitting"], mov=["sitting"], note="pseudo-negation: not only")
E("No doubt the gardening set it off: hours of digging on Saturday.", P, act=["gardening"],
  note="pseudo-negation: no doubt")
E("Can't help but slouch at work; rounded shoulders noted on assessment.", P, act=["rounded-shoulders"],
  note="pseudo-negation: can't help but")
E("Left lower ribs hurt with every cough and sneeze.", P, mov=["coughing"])
E("It catches when I take a deep breath in.", P, mov=["breathing.deep_inspiration"])
E("Numb patch on the outer thigh, mostly after long drives.", P, sym=["numbness"], act=["driving-long"])
E("Elbow pain turning a screwdriver with the right hand, palm turning up.", P,
  act=["hand-tools"], mov=[("forearm.supination", "r")])
E("Texting and gaming all day; base of the thumb aches.", P, act=["texting"])
E("Plays the violin four hours daily.", P, act=["playing-instrument"])
E("Swims freestyle three times a week; shoulder pinches reaching overhead.", P,
  act=["swimming"], mov=["shoulder.flexion"])
E("Tight calves, gets cramps at night and sleeps with her feet pointed under heavy covers.", P,
  sym=["night-cramps"], act=["sleeping-feet-pointed"])
E("Neck hurts not just in the morning but all day; her pillow is far too high.", P, act=["poor-pillow"],
  note="pseudo-negation: not just")
E("Grip is weak and he keeps dropping cups.", P, sym=["weak-grip", "dropping-things"])
E("Grinding under the shoulder blade when she squeezes her shoulder blades together.", P,
  sym=["crepitus"], mov=["scapula.retraction"])
E("Carries her toddler on her left hip most of the day.", P, act=["carrying-child"])
E("Groin pain on crossing the left leg over the right.", P, mov=[("hip.adduction", "l")])
E("Stiff fingers every morning for about twenty minutes.", P, sym=["stiff-fingers", "morning-stiffness"])
E("Heavy rucksack for uni every day; ache between the shoulder blades.", P, act=["heavy-backpack"])
E("Pain climbing ladders at work, though walking on the flat is fine.", ["plain", "negated"],
  act=["stairs"], notp=["walking"], note="scope terminator: though")
E("Not only does typing hurt her wrist, writing by hand does too.", P, act=["typing", "writing"],
  note="pseudo-negation: not only")
E("Gets a stitch in the side when running, no question about it.", P, sym=["side-stitch"], act=["running"],
  note="pseudo-negation: no question")
E("Pt reports chest tightness and feels short of breath walking uphill.", P,
  sym=["shortness-of-breath"], act=["running-uphill"], rf=["breathlessness"])
# ---- negated ----
E("No tingling or numbness in either hand.", ["negated"], notp=["tingling", "numbness"])
E("Denies dizziness, double vision or trouble swallowing.", ["negated"],
  notp=["dizziness", "double-vision", "difficulty-swallowing", "swallowing-speech-change"])
E("No numbness around the saddle area; bladder and bowels normal.", ["negated"],
  notp=["saddle-numbness", "bladder-bowel-change"])
E("No headaches this month, but the jaw still feels tight on chewing.", ["negated", "plain"],
  notp=["headache"], mov=["jaw.closing"], note="scope terminator: but")
E("No swelling in the calf and she has not travelled recently.", ["negated"],
  notp=["calf-swelling", "swelling", "recent-travel"])
E("Doesn't grind his teeth at night according to his partner, but he does clench at work.", ["negated", "plain"],
  act=["teeth-clenching"], notp=["bruxism"], note="scope terminator: but")
E("Free of night pain; the ache eases when he shifts position.", ["negated"],
  notp=["constant-night-pain", "sleep-disturbance"])
E("No fever, no weight loss.", ["negated"], notp=["fever", "unexplained-weight-loss"])
E("Not on any blood thinners and has never been pregnant.", ["negated"], notp=["anticoagulants", "pregnancy"])
E("Nausea: none. Sweating: none. Pain comes on only when he lifts boxes at work.", ["negated", "plain"],
  notp=["nausea", "sweating", "nausea-with-pain", "cold-sweat"], act=["lifting-heavy"])
E("She does not feel faint with the pain, though it is sharp.", ["negated"], notp=["faint-with-pain"],
  note="scope terminator: though")
# ---- hypothetical ----
E("If she lifts the shopping with a twist, the back might flare up.", ["hypothetical"], notp=["lifting-with-twist"])
E("Advised to stop and call for help if any chest pain or breathlessness comes on.", ["hypothetical"],
  notp=["breathlessness", "shortness-of-breath"])
E("Should he notice pins and needles in both legs, he is to ring 999 straight away.", ["hypothetical"],
  notp=["bilateral-leg-symptoms", "tingling"])
E("Would like to take up rock climbing next spring.", ["hypothetical"], notp=["climbing"])
E("Asked whether massage would still be OK if she falls pregnant next year.", ["hypothetical"], notp=["pregnancy"])
E("Plans to start golf after he retires; for now he walks the dog daily.", ["hypothetical", "plain"],
  notp=["golf"], mov=["walking"])
E("In case the numbness spreads up the arm, see the GP the same day.", ["hypothetical"],
  notp=["progressive-weakness", "numbness"])
# ---- historical ----
E("Broke her right wrist in 2015; fully healed.", ["historical"], notp=["recent-trauma"])
E("Had breast cancer ten years ago; new ache in the mid back for a month.", ["historical"], rf=["cancer-history"])
E("Mini-stroke in 2019 with no lasting effects.", ["historical"], rf=["stroke-or-tia"])
E("Used to row for the university, stopped five years ago.", ["historical"], notp=["rowing"])
E("Clot in the left leg after knee surgery back in 2012.", ["historical"], rf=["prior-dvt"],
  notp=["recent-surgery", "recent-immobilisation"])
E("Had a temperature with the flu last week but it has gone now.", ["historical"], notp=["fever"])
E("Sprained the left ankle playing netball years ago; it still feels wobbly.", ["historical", "plain"],
  notp=["recent-trauma"], sym=["weak-ankle"])
E("Was on steroid tablets for a month in 2018, none since.", ["historical"], notp=["long-term-steroids"])
# ---- another person ----
E("Her mother has osteoporosis.", ["other-person"], notp=["osteoporosis"])
E("Husband snores and grinds his teeth at night.", ["other-person"], notp=["bruxism"])
E("His brother got a DVT after a long-haul flight.", ["other-person"], notp=["prior-dvt", "recent-travel", "calf-swelling"])
E("Dad died of bowel cancer; she has no cancer history herself.", ["other-person", "negated"], notp=["cancer-history"])
E("Her daughter is expecting, and she helps carry the grandchildren around.", ["other-person", "plain"],
  notp=["pregnancy"], act=["carrying-child"])
E("A colleague suggested massage for his tennis elbow; client himself plays no racquet sports.",
  ["other-person", "negated"], notp=["racquet-sports"])
E("Her sister is on warfarin; client takes only paracetamol.", ["other-person"], notp=["anticoagulants"])
E("Son had a fever and vomiting over the weekend; client is well.", ["other-person"], notp=["fever", "vomiting"])

for n, it in enumerate(items, 1):
    items[n - 1] = {"id": "b4e-%03d" % n, **it}
dump("evidence-heldout.json", items)
