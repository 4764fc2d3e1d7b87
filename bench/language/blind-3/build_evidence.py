"""Build evidence-heldout.json: hand-written sentences with findings.

present = what the text asserts about the client now or about their own
history; notPresent = negated, hypothetical, resolved or another person's.
"""
from common import dump

ITEMS = []


def mv(mid, side=None):
    d = {"id": mid}
    if side:
        d["side"] = side
    return d


def ev(text, context, movements=(), activities=(), symptoms=(), redFlags=(), notPresent=()):
    present = {}
    if movements:
        present["movements"] = [m if isinstance(m, dict) else mv(m) for m in movements]
    if activities:
        present["activities"] = list(activities)
    if symptoms:
        present["symptoms"] = list(symptoms)
    if redFlags:
        present["redFlags"] = list(redFlags)
    ctx = [context] if isinstance(context, str) else list(context)
    ITEMS.append({"id": "b3e-%03d" % (len(ITEMS) + 1), "text": text,
                  "present": present, "notPresent": list(notPresent), "context": ctx})


P, NEG, HIST, HYP, OTH = "plain", "negated", "historical", "hypothetical", "other-person"

# ================================================================ plain
ev("Neck catches every time I turn my head to the right.", P,
   movements=[mv("cervical.rotation", "r")])
ev("Hurts to bite down hard, crusty bread is the worst.", P,
   movements=["jaw.closing"], activities=["hard-chewy-food"])
ev("Sharp at the front of the shoulder when she reaches behind her back to do up her bra.", P,
   movements=["shoulder.internal_rotation"])
ev("Ten-hour days at the laptop with the mouse in my right hand; the forearm burns by four o'clock.", P,
   activities=["prolonged-computer-work", "mouse-use"], symptoms=["burning"])
ev("Her partner says she grinds her teeth most nights, and she wakes with a headache.", P,
   activities=["bruxism"], symptoms=["headache"])
ev("Getting up off the sofa makes my low back catch.", P, movements=["sit_to_stand"])
ev("Pins and needles into the little finger after long drives up the motorway.", P,
   activities=["driving-long"], symptoms=["tingling"])
ev("Going up stairs sets off the ache at the front of the left knee.", P,
   movements=["stair_climbing"], activities=["stairs"])
ev("Runs about 40 km a week, mostly on the cambered coast road.", P,
   activities=["running", "running-on-camber"])
ev("Left hip clunks and gives way when I step down off the kerb.", P,
   symptoms=["buckling-hip", "crepitus"])
ev("Squints at two monitors all day and her eyes stream by mid-afternoon.", P,
   activities=["frowning-squinting", "prolonged-computer-work"], symptoms=["eye-tearing"])
ev("Deep buttock ache sitting on hard seats; keeps his wallet in the back pocket.", P,
   movements=["sitting"], activities=["sitting-on-wallet"], symptoms=["painful-sitting"])
ev("Sharp catch under the right ribs on a deep breath in.", P,
   movements=["breathing.deep_inspiration"])
ev("A sneeze or a cough sends a jolt down the back of the leg.", P, movements=["coughing"])
ev("New mum, feeds the baby on the left, hunched over the cushion.", P,
   activities=["breastfeeding-posture", "rounded-shoulders"])
ev("Carries her toddler on her right hip most of the day.", P, activities=["carrying-child"])
ev("Sleeps face down with the head turned left and wakes with a stiff neck.", P,
   activities=["sleeping-on-stomach"], symptoms=["morning-stiffness"])
ev("Plays violin four hours a day, chin clamped on the rest.", P,
   activities=["playing-instrument"])
ev("Heavy rucksack on the school run every day, 8 kg of books.", P,
   activities=["heavy-backpack"])
ev("Goes dizzy when he tips his head back to hang the washing on the line.", P,
   movements=["cervical.extension"], symptoms=["postural-dizziness"])
ev("Gets a stitch under the right ribs about 5 km into a run.", P,
   activities=["running"], symptoms=["side-stitch"])
ev("Pruning with the secateurs all afternoon leaves her thumb stiff and her grip weak.", P,
   movements=["grip"], activities=["repetitive-gripping", "gardening"],
   symptoms=["stiff-fingers", "weak-grip"])
ev("Jaw clicks when he opens his mouth and he can only get two fingers in.", P,
   movements=["jaw.opening"], symptoms=["jaw-clicking", "restricted-mouth-opening"])
ev("Ringing in the left ear since the neck flared up.", P, symptoms=["tinnitus"])
ev("Right knee buckles on the steep descent at the end of the fell race.", P,
   activities=["running-downhill"], symptoms=["buckling-knee"])
ev("Calf cramps wake him most nights.", P, symptoms=["night-cramps", "sleep-disturbance"])
ev("Tingling in both hands when she's gaming with her thumbs.", P,
   activities=["texting"], symptoms=["tingling"])
ev("Paints ceilings for a living, neck aches from looking up all day.", P,
   movements=["cervical.extension"], activities=["painting-ceilings", "overhead-work"])
ev("Bench presses three times a week and the front of the shoulder is sore at the bottom of each rep.", P,
   activities=["push-ups", "weight-training"])
ev("Bending forward to tie his laces is the worst moment of the day.", P,
   movements=["trunk.flexion"])
ev("Twisting round to the left to reverse the car pulls across the mid back.", P,
   movements=[mv("thoracic.rotation", "l")])
ev("Chest pain this morning with a cold sweat and feeling sick.", P,
   symptoms=["nausea"], redFlags=["cold-sweat", "nausea-with-pain"])
ev("Numb in the saddle area since Tuesday and struggling to start a wee.", P,
   symptoms=["numbness", "urinary-retention"], redFlags=["saddle-numbness", "bladder-bowel-change"])
ev("Left calf swollen and hot since the flight back from Singapore on Sunday.", P,
   symptoms=["swelling"], redFlags=["calf-swelling", "recent-travel"])
ev("Takes apixaban (Eliquis) twice a day for atrial fibrillation.", P, redFlags=["anticoagulants"])
ev("Dropped 8 kg over three months without trying.", P, redFlags=["unexplained-weight-loss"])
ev("The back pain is there all night and no position touches it.", P,
   symptoms=["sleep-disturbance"], redFlags=["constant-night-pain"])
ev("Running a temperature of 38.5 with the back pain, feels rough.", P, redFlags=["fever"])
ev("Came off a ladder last Friday; the wrist is swollen and looks bent.", P,
   symptoms=["swelling"], redFlags=["recent-trauma"])
ev("Kidney transplant in 2019 and still on tacrolimus.", P, redFlags=["immunosuppression"])
ev("Seeing double when he turns his head to the left.", P,
   movements=[mv("cervical.rotation", "l")], redFlags=["double-vision"])
ev("Her words came out slurred and the right side of her face dropped while she was on the couch.", P,
   redFlags=["speech-difficulty", "face-droop"])
ev("Jaw goes tired after a few mouthfuls of steak and her scalp is tender when she brushes it.", P,
   redFlags=["jaw-claudication", "scalp-tenderness"])
ev("Sixteen weeks pregnant and the lower back aches by evening.", P,
   activities=["pregnancy"], redFlags=["pregnancy"])
ev("Varicose veins on the backs of both calves.", P, redFlags=["varicose-veins"])
ev("Hot, swollen right knee and she can't bend it past halfway.", P,
   movements=[mv("knee.flexion", "r")], symptoms=["swelling"], redFlags=["hot-swollen-joint"])
ev("Both legs feel weak and fizzy going up the stairs this week.", P,
   movements=["stair_climbing"], symptoms=["tingling"], redFlags=["bilateral-leg-symptoms"])
ev("Tilting his head to the right stretches the left side of his neck painfully.", P,
   movements=[mv("cervical.lateral_flexion", "r")])
ev("Lifting bags of compost with a twist into the wheelbarrow brought the back on.", P,
   activities=["lifting-with-twist", "gardening"])
ev("Holds the phone between ear and left shoulder for calls all day at reception.", P,
   activities=["phone-cradling"])
ev("Pain on raising the right arm out to the side above shoulder height.", P,
   movements=[mv("shoulder.abduction", "r")])
ev("Turning the key in the lock, palm up, hurts the outer elbow.", P,
   movements=["forearm.supination"])
ev("Heel pain with the first few steps out of bed, easing after ten minutes of walking.", P,
   movements=["walking"])
ev("Rolling over in bed wakes her with a sharp pain in the hip.", P,
   movements=["rolling_in_bed"], symptoms=["sleep-disturbance"])
ev("Hoarse by Friday after teaching all week, throat feels scratchy.", P,
   symptoms=["hoarseness", "sore-throat"])

# ---------------------------------------------- plain with pseudo-negation / scope
ev("No change in the neck stiffness since last week; still can't turn to the right.", P,
   movements=[mv("cervical.rotation", "r")])
ev("Not only the typing but also gaming with his thumbs sets the wrist off.", P,
   activities=["typing", "texting"])
ev("No change in her jaw clicking since the splint was fitted.", P,
   symptoms=["jaw-clicking"])
ev("It's not just the mouse - she also cradles the phone on her shoulder.", P,
   activities=["mouse-use", "phone-cradling"])
ev("Hasn't stopped clenching her teeth at work, no matter what she tries.", P,
   activities=["teeth-clenching"])
ev("No improvement in the pins and needles down the arm after three sessions.", P,
   symptoms=["tingling"])

# ============================================================== negated
ev("No pain turning the head either way; it's only tipping it back that hurts.", NEG,
   movements=["cervical.extension"], notPresent=["cervical.rotation"])
ev("Denies numbness or tingling in the hands.", NEG, notPresent=["numbness", "tingling"])
ev("Sleeps well - no night cramps and no restless legs.", NEG,
   notPresent=["night-cramps", "restless-legs", "sleep-disturbance"])
ev("Doesn't get dizzy; however, turning to the left pulls at the neck.", NEG,
   movements=[mv("cervical.rotation", "l")], notPresent=["dizziness", "postural-dizziness"])
ev("No saddle numbness and no weakness in either leg, but the low back aches after sitting.", NEG,
   movements=["sitting"], notPresent=["saddle-numbness", "bilateral-leg-symptoms"])
ev("Not on any blood thinners, only a daily vitamin D.", NEG, notPresent=["anticoagulants"])
ev("No fever and no weight loss.", NEG, notPresent=["fever", "unexplained-weight-loss"])
ev("Not pregnant; a test on Monday was negative.", NEG, notPresent=["pregnancy"])
ev("Ache in the shoulder lifting boxes at work, without any chest pain or breathlessness.", NEG,
   activities=["lifting-heavy"], notPresent=["breathlessness", "shortness-of-breath"])
ev("She does not grind at night but clenches when she concentrates.", NEG,
   activities=["teeth-clenching"], notPresent=["bruxism"])
ev("No clicking in the jaw and no trouble opening wide.", NEG,
   notPresent=["jaw-clicking", "restricted-mouth-opening", "jaw.opening"])
ev("Swallowing is fine and there's no hoarseness.", NEG,
   notPresent=["difficulty-swallowing", "hoarseness", "swallowing-speech-change"])
ev("Never had cancer.", NEG, notPresent=["cancer-history"])
ev("No bladder or bowel changes, though the back is still sore bending forward.", NEG,
   movements=["trunk.flexion"], notPresent=["bladder-bowel-change"])
ev("Calf is neither swollen nor warm.", NEG, notPresent=["calf-swelling", "swelling"])
ev("Doesn't wear heels any more - trainers only.", NEG, notPresent=["high-heels"])

# ============================================================ historical
ev("Broke his right ankle in 2015; healed well, no trouble since.", HIST,
   notPresent=["recent-trauma"])
ev("Had breast cancer eight years ago, treated, and now has new pain between the shoulder blades.", HIST,
   redFlags=["cancer-history"])
ev("TIA in 2021, made a full recovery.", HIST, redFlags=["stroke-or-tia"])
ev("Clot in the left leg after knee surgery five years ago.", HIST,
   redFlags=["prior-dvt"], notPresent=["recent-surgery", "calf-swelling"])
ev("Had flu with a fever last week, gone now, but the back is still stiff in the mornings.", HIST,
   symptoms=["morning-stiffness"], notPresent=["fever"])
ev("Sprained the left wrist at netball last year; no bother since.", HIST,
   notPresent=["recent-trauma"])
ev("Rear-ended at traffic lights in 2012 - whiplash - and the neck has never been quite right.", HIST,
   activities=["whiplash"])
ev("Was on prednisolone for three months back in 2018, stopped since.", HIST,
   notPresent=["long-term-steroids"])
ev("Gallbladder out by keyhole in 2010.", HIST,
   activities=["abdominal-surgery"], notPresent=["recent-surgery"])
ev("Lost weight on purpose last year and it's been stable since.", HIST,
   notPresent=["unexplained-weight-loss"])
ev("Used to get pins and needles in the hands when pregnant with her second; settled after the birth.", HIST,
   notPresent=["tingling", "pregnancy"])
ev("Had a pulmonary embolism after a long-haul flight in 2017.", HIST,
   redFlags=["prior-dvt"], notPresent=["recent-travel"])
ev("Treated for bowel cancer in 2015, all clear since; new ache in the low back this month.", HIST,
   redFlags=["cancer-history"])

# =========================================================== hypothetical
ev("Worried he might end up on crutches if the knee gets any worse.", HYP,
   notPresent=["crutch-use"])
ev("Should you notice a swollen calf after the flight, see a doctor that day.", HYP,
   notPresent=["calf-swelling", "recent-travel"])
ev("Ask her to report any numbness in the saddle area straight away.", HYP,
   notPresent=["saddle-numbness"])
ev("Planning to take up rowing in the spring.", HYP, notPresent=["rowing"])
ev("If a sudden, worst-ever headache ever strikes, ring 999.", HYP,
   notPresent=["thunderclap-headache"])
ev("Might try golf again once the elbow settles.", HYP, notPresent=["golf"])
ev("In case of face drooping or slurred speech, call an ambulance.", HYP,
   notPresent=["face-droop", "speech-difficulty"])
ev("Stop the pressure work if he feels sick or sweaty.", HYP,
   notPresent=["nausea", "nausea-with-pain", "cold-sweat"])
ev("Wants to try skiing this winter if the knee allows.", HYP, notPresent=["skiing"])
ev("Would a lower pillow help? Maybe the current one is too high.", HYP,
   notPresent=["poor-pillow"])
ev("If the numbness spreads up the leg, go to A&E.", HYP,
   symptoms=["numbness"], notPresent=["progressive-weakness"])

# ========================================================== other person
ev("Her husband has a bad back from shovelling snow.", OTH, notPresent=["shovelling"])
ev("Mum had a stroke at seventy.", OTH, notPresent=["stroke-or-tia"])
ev("His brother had a DVT after a long-haul flight.", OTH,
   notPresent=["prior-dvt", "recent-travel", "calf-swelling"])
ev("Her daughter is pregnant, so she's been doing all the heavy lifting.", OTH,
   activities=["lifting-heavy"], notPresent=["pregnancy"])
ev("Father died of bowel cancer; no personal history.", [OTH, NEG],
   notPresent=["cancer-history"])
ev("The colleague at the next desk has tennis elbow from the mouse.", OTH,
   notPresent=["mouse-use"])
ev("Her son plays rugby and keeps getting whiplash-type knocks.", OTH,
   notPresent=["whiplash"])
ev("Partner is on warfarin.", OTH, notPresent=["anticoagulants"])
ev("Sister has osteoporosis; the client's own bone scan was normal.", [OTH, NEG],
   notPresent=["osteoporosis"])
ev("Wife had a kidney transplant, so he does all the gardening now.", OTH,
   activities=["gardening"], notPresent=["immunosuppression"])
ev("Mother has restless legs; the client sleeps fine.", [OTH, NEG],
   notPresent=["restless-legs", "sleep-disturbance"])
ev("Her husband grinds his teeth so loudly it wakes her.", OTH,
   notPresent=["bruxism"])
ev("Grandson has a broken arm and she's been carrying him on her hip.", OTH,
   activities=["carrying-child"], notPresent=["recent-trauma"])


if __name__ == "__main__":
    dump("evidence-heldout.json", ITEMS)
