"""Hand-written evidence sentences: movements, activities, symptoms, red flags, with context."""
from common import dump

ITEMS = []

def e(text, context, mv=None, act=None, sym=None, rf=None, notp=None):
    present = {}
    if mv:
        present["movements"] = [({"id": m[0], "side": m[1]} if isinstance(m, tuple) else {"id": m}) for m in mv]
    if act:
        present["activities"] = list(act)
    if sym:
        present["symptoms"] = list(sym)
    if rf:
        present["redFlags"] = list(rf)
    ITEMS.append({"text": text, "present": present, "notPresent": list(notp or []),
                  "context": list(context)})

P, N, H, X, O = "plain", "negated", "historical", "hypothetical", "other-person"

e("Hurts when I turn my head to the right.", [P], mv=[("cervical.rotation", "r")])
e("Doing up my bra behind my back is agony on the left side.", [P], mv=[("shoulder.internal_rotation", "l")])
e("No numbness or tingling in either hand.", [N], notp=["numbness", "tingling"])
e("Denies dizziness, but gets headaches most afternoons.", [N, P], sym=["headache"], notp=["dizziness"])
e("Not only does chewing hurt, my jaw clicks as well.", [P], mv=["jaw.closing"], sym=["jaw-clicking"])
e("Sits at a computer all day and mouses with her right hand.", [P], act=["prolonged-computer-work", "mouse-use"])
e("If I lifted anything heavy I'm sure my back would go.", [X], notp=["lifting-heavy"])
e("My mum had a DVT after her hip operation.", [O], notp=["prior-dvt"])
e("Breast cancer treated in 2015; new mid-back ache since October.", [H, P], rf=["cancer-history"])
e("Broke her wrist as a child, fully healed, no problems since.", [H], notp=["recent-trauma"])
e("No fever, no weight loss.", [N], notp=["fever", "unexplained-weight-loss"])
e("Partner says he grinds his teeth in his sleep.", [P], act=["bruxism"])
e("Her husband grinds his teeth; she doesn't.", [O, N], notp=["bruxism"])
e("Pain after sitting for more than 20 minutes, eases once she walks about.", [P],
  mv=["sitting", "walking"], act=["prolonged-sitting"])
e("Takes warfarin for atrial fibrillation.", [P], rf=["anticoagulants"])
e("Not on any blood thinners.", [N], notp=["anticoagulants"])
e("She is twenty-four weeks pregnant.", [P], act=["pregnancy"], rf=["pregnancy"])
e("Hoping to get pregnant next year, so wants her back sorted first.", [X], notp=["pregnancy"])
e("Climbing stairs and squatting both bring the knee pain on.", [P], mv=["stair_climbing", "squatting"])
e("No doubt the pain is worse after long drives.", [P], act=["driving-long"])
e("Numbness? None at all.", [N], notp=["numbness"])
e("Tingling in the left little finger; grip strength normal.", [P, N], sym=["tingling"], notp=["weak-grip"])
e("Played violin at university but gave it up ten years ago.", [H], notp=["playing-instrument"])
e("Her brother had a stroke last spring.", [O], notp=["stroke-or-tia"])
e("Had a mini-stroke three years ago, no lasting effects.", [H], rf=["stroke-or-tia"])
e("Blood clot in the left leg in 2019, treated.", [H], rf=["prior-dvt"])
e("Stares down at her phone for hours on the train.", [P], act=["looking-down-at-phone"])
e("Sleeps face down with her head turned to the left.", [P], act=["sleeping-on-stomach"])
e("Painful to tilt her head towards the right, but not towards the left.", [P, N],
  mv=[("cervical.lateral_flexion", "r")])
e("Swallowing is fine and there's no trouble with speech.", [N], notp=["difficulty-swallowing", "swallowing-speech-change"])
e("Gripping the wheel on long drives sets off his forearm.", [P], mv=["grip"],
  act=["gripping-steering-wheel", "driving-long"])
e("If the pain ever spread into my arm, would I need to stop?", [X], notp=["pain-spreading-arm-jaw"])
e("No history of cancer.", [N], notp=["cancer-history"])
e("Has been on prednisolone for five years for asthma and still takes it daily.", [P], rf=["long-term-steroids"])
e("Had a short course of steroid tablets in 2010, none since.", [H], notp=["long-term-steroids"])
e("Dad had bowel cancer; she has never had cancer herself.", [O, N], notp=["cancer-history"])
e("Runs about 30 km a week, mostly on steep downhill trails.", [P], act=["running", "running-downhill"])
e("Gave up running after the knee op in 2018.", [H], notp=["running"])
e("Feels sick with the headaches but hasn't actually vomited.", [P, N], sym=["nausea", "headache"], notp=["vomiting"])
e("Ringing in the right ear when her jaw is tight.", [P], sym=["tinnitus"])
e("Hearing's fine, no ringing.", [N], notp=["hearing-change", "tinnitus"])
e("Getting up out of a chair and turning over in bed both hurt his low back.", [P],
  mv=["sit_to_stand", "rolling_in_bed"])
e("Wakes at night if she lies on that side; shifting position settles it.", [P],
  sym=["sleep-disturbance"], notp=["constant-night-pain"])
e("The pain never lets up at night, whatever position he tries.", [P], sym=["sleep-disturbance"], rf=["constant-night-pain"])
e("Lost 6 kg since the summer without trying.", [P], rf=["unexplained-weight-loss"])
e("Lost a stone on purpose after joining a slimming club.", [P], notp=["unexplained-weight-loss"])
e("Carries her toddler on her left hip most of the day.", [P], act=["carrying-child"])
e("Her daughter gets migraines with flashing lights; she herself only has neck ache.", [O],
  notp=["headache", "visual-change"])
e("Had a temperature last week, gone now, back still sore.", [H], notp=["fever"])
e("Temp 38.4 this morning with the back pain.", [P], rf=["fever"])
e("Knee gave way twice on the stairs this week.", [P], mv=["stair_climbing"], sym=["buckling-knee"])
e("No episodes of the knee giving way.", [N], notp=["buckling-knee"])
e("Squeezing his shoulder blades together pinches on the right.", [P], mv=[("scapula.retraction", "r")])
e("Should he take up swimming again, front crawl might aggravate it.", [X], notp=["swimming"])
e("Paints ceilings for a living.", [P], act=["painting-ceilings", "overhead-work"])
e("Denies bladder or bowel changes; no saddle numbness.", [N], notp=["bladder-bowel-change", "saddle-numbness"])
e("Teeth on the left are sensitive to cold drinks.", [P], sym=["tooth-sensitivity"])
e("His wife says he breathes through his mouth all night.", [P], act=["mouth-breathing"])
e("Her sister has varicose veins.", [O], notp=["varicose-veins"])
e("Varicose veins in both calves.", [P], rf=["varicose-veins"])
e("Hoarse after teaching all day, no problem swallowing.", [P, N], sym=["hoarseness"], notp=["difficulty-swallowing"])
e("Without fail, an hour of typing sets his wrist off.", [P], act=["typing"])
e("Never had a blood clot.", [N], notp=["prior-dvt"])
e("Clenches her teeth when work gets stressful.", [P], act=["teeth-clenching", "emotional-stress"])
e("Whiplash in a car crash two years ago; neck has been stiff ever since.", [H], act=["whiplash"], notp=["recent-trauma"])
e("Supposing she wore a wrist brace, would it settle?", [X], notp=["immobilisation"])
e("Can only open her mouth two fingers wide.", [P], mv=["jaw.opening"], sym=["restricted-mouth-opening"])
e("Pins and needles in both feet and up the shins.", [P], sym=["tingling"], rf=["bilateral-leg-symptoms"])
e("A colleague has the same elbow trouble from using a drill all day.", [O], notp=["hand-tools"])
e("Reaching across to the passenger seat hurts the right shoulder, however overhead reaching is fine.", [P],
  mv=[("shoulder.horizontal_adduction", "r")])
e("Would coughing make it worse? Hasn't had a cough.", [X, N], notp=["coughing", "chronic-cough"])

for n, it in enumerate(ITEMS, 1):
    it["id"] = f"b5e-{n:03d}"
ITEMS = [{"id": it.pop("id"), **it} for it in ITEMS]

if __name__ == "__main__":
    dump("evidence-heldout.json", ITEMS)
