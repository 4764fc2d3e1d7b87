"""Held-out red-flag screen cases, every one written by hand. Run: python3 build_redflags.py"""
from common import dump, both

S = {
 "mi": ("KTEN health library, 'Chest pain and heart attack' (2006)", "http://www.kten.com/story/5029896/chest-pain-and-heart-attack",
        "list 'Heart attack symptoms include' (crushing pain; sweating; shortness of breath; nausea; spread to arm, jaw)"),
 "mi2": ("Mayo Clinic Care Network, 'Heart attack symptoms: Know what's a medical emergency'",
         "https://mymlc.com/health-information/articles/h/heart-attack-symptoms-know-whats-a-medical-emergency",
         "section 'Typical heart attack symptoms' (upper body pain, lightheadedness, sweating, nausea)"),
 "stroke": ("Mayo Clinic, 'Act FAST if you suspect stroke' (2019)",
            "https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579", "FAST list: Face, Arms, Speech, Time"),
 "pe": ("Mayo Clinic Care Network, 'Chest pain: First aid'",
        "https://mymlc.com/health-information/articles/c/chest-pain-first-aid?section=Pulmonary+embolism",
        "section 'Pulmonary embolism' (sudden sharp chest pain with shortness of breath)"),
 "ad": ("Quro, 'Aortic dissection' dictionary entry", "https://www.quro.ai/dictionary/aortic-dissection/",
        "'What are the symptoms?' (sudden tearing or ripping chest pain, upper back pain)"),
 "ces": ("Wrexham Osteopath, 'Cauda Equina Syndrome'", "https://www.wrexhamosteopath.com/cauda-equina-syndrome",
         "paragraph on symptoms (sciatica on both sides, worsening weakness or numbness, genital numbness, difficulty urinating)"),
 "ces2": ("Sciatica Zone, cauda equina syndrome guide", "https://sciaticazone.com/?p=722",
          "'Early symptoms to watch for' (saddle anaesthesia, new urinary symptoms, weakness in both legs)"),
 "vbi": ("Brainscape flashcards, 'Vertebral Artery Insufficiency'",
         "https://brainscape.com/flashcards/vertebral-artery-insufficiency-17928293/packs/22632374",
         "'Presentation of VAI (5 D's + 3 N's + A)': dizziness, drop attacks, diplopia, dysarthria, dysphagia, nystagmus, numbness, ataxia"),
 "dvt": ("HuffPost UK, 'What is DVT? Symptoms and prevention' (2017)",
         "http://www.huffingtonpost.co.uk/entry/what-is-dvt-symptoms-and-prevention_uk_599b4853e4b06a788a2b1da8",
         "'What are the symptoms of DVT?' and risk factors (one leg, calf, warm red skin, previous DVT)"),
 "dvt2": ("Synrad, 'Deep vein thrombosis and travel'", "https://synrad.com.au/news/page/21",
          "'What is DVT?' and 'Symptoms' (long-haul flights over four hours; swelling, warmth)"),
 "gca": ("MedicineNet, 'Giant cell arteritis symptoms and signs'",
         "https://www.medicinenet.com/giant_cell_arteritis_symptoms_and_signs/symptoms.htm",
         "list of signs: headaches, jaw pain with chewing, scalp tenderness; usually over age 50"),
 "red": ("Verywell Health, 'Common back pain red flags'", "https://www.verywellhealth.com/common-back-pain-red-flags-296730",
         "'Back Pain Red Flag Signs and Symptoms' list (history of cancer, weight loss, night pain, fever, trauma)"),
 "red2": ("MedCom Resources, 'Signs indicating that you may have more than just back pain' (2000)",
          "https://medcomres.com/signs-indicating-that-you-may-have-more-than-just-back-pain/",
          "red-flag list (intravenous drug use, prolonged corticosteroids, metabolic bone disorder, infection predilection)"),
 "vcf": ("FPnotebook, 'Vertebral compression fracture'", "https://fpnotebook.com/Ortho/T-Spine/VrtbrlCmprsnFrctr.htm",
         "sections IV-VI (osteoporosis, chronic corticosteroids, sudden severe back pain after minor stress such as sneezing)"),
 "hsj": ("Patient.info, 'Hot swollen joints' (professional reference, 2023)", "https://patient.info/doctor/hot-swollen-joints",
         "'Symptoms of hot swollen joints' (septic arthritis must be suspected)"),
 "mass": ("Spencer Massage, 'Risks of massage'", "https://spencermassage.com/risks-of-massage",
          "list: bleeding disorders or blood thinners, fractures, severe osteoporosis, high-risk pregnancy"),
 "mass2": ("Next Avenue, 'When to say no to massage'", "https://www.nextavenue.org/when-say-no-massage/",
           "entries 'Osteoporosis', 'Varicose veins', 'Low platelet count'"),
 "mass3": ("ABMP member page, 'Contraindications' (C. Lombardi)", "https://cynthialombardi.abmp.com/contraindications",
           "'get your doctor's approval ... if you have had surgery recently'"),
}


def src(k):
    c, u, l = S[k]
    return {"citation": c, "url": u, "locator": l}


items = []


def F(text, age, tier, flags, key, drawing=None, look=False, neg=False):
    it = {"text": text, "age": age, "expectTier": tier, "expectFlags": flags,
          "benignLookalike": look, "negated": neg, "source": src(key)}
    if drawing:
        it["drawing"] = drawing
    items.append(it)


# ---- emergency ----
F("Crushing weight in the middle of my chest since I sat down half an hour ago, and I'm sweating buckets.", 58,
  "emergency", ["pain-at-rest-crushing", "cold-sweat"], "mi", ["m.sternum"])
F("Pain across my chest that runs down my left arm and up into my jaw, and I feel sick.", 63,
  "emergency", ["pain-spreading-arm-jaw", "nausea-with-pain"], "mi", ["m.sternum", "l.medial-upper-arm", "l.mandible"])
F("Ache between my shoulder blades since lunch, I'm cold and clammy and can't get my breath.", 71,
  "emergency", ["cold-sweat", "breathlessness"], "mi2", both("interscapular"))
F("Sudden ripping pain that went straight through from my chest to my back about an hour ago.", 66,
  "emergency", ["sudden-tearing-pain"], "ad", ["m.sternum", "l.interscapular"])
F("Flew back from Sydney two days ago; since this morning a stabbing pain on the right of my chest when I breathe in, and I'm really out of breath.", 44,
  "emergency", ["breathlessness", "recent-travel"], "pe", ["r.lateral-chest"])
F("My husband says the left side of my face has dropped and my smile is crooked; it started twenty minutes ago.", 72,
  "emergency", ["face-droop"], "stroke")
F("Right arm suddenly went weak and I couldn't hold my cup, and my words are coming out jumbled.", 59,
  "emergency", ["sudden-arm-weakness", "speech-difficulty"], "stroke")
F("Fifty-five-year-old, neck and jaw pain that came on while resting, with nausea and a cold sweat.", 55,
  "emergency", ["nausea-with-pain", "cold-sweat"], "mi2", ["l.lateral-neck", "l.jaw-angle"])
F("Chest pain carrying the shopping in, nearly passed out, drenched in sweat.", 48,
  "emergency", ["faint-with-pain", "cold-sweat"], "mi2")
# ---- urgent ----
F("Numb between my legs and around my bottom since yesterday, plus my usual low back pain.", 42,
  "urgent", ["saddle-numbness"], "ces2", ["m.perineum", "l.lumbar", "r.lumbar"])
F("Since Tuesday I can't tell when I need a wee, and the back pain is getting worse.", 50,
  "urgent", ["bladder-bowel-change"], "ces2")
F("Pins and needles down both legs now, not only the left like before.", 37,
  "urgent", ["bilateral-leg-symptoms"], "ces", both("posterior-thigh", "lateral-leg"))
F("Numbness started in my fingertips 3 days ago, now it's up to the elbow and the hand is getting weaker.", 61,
  "urgent", ["progressive-weakness"], "ces")
F("When I tip my head back to hang washing I see double and feel like I'll topple.", 53,
  "urgent", ["double-vision"], "vbi")
F("Twice this week my legs just went from under me and I hit the floor without blacking out.", 67,
  "urgent", ["drop-attacks"], "vbi")
F("Since the neck pain started a fortnight ago, food sticks when I swallow, which is new for me.", 45,
  "urgent", ["swallowing-speech-change"], "vbi")
F("Since the neck pain began my left cheek and around my lips feel numb, and I'm wobbly on my feet.", 58,
  "urgent", ["face-numbness", "unsteady-gait"], "vbi", ["l.cheek", "m.mouth", "l.posterolateral-neck"])
F("Right calf swollen, hot and tender, about 3 cm bigger than the left, since a 14-hour flight.", 34,
  "urgent", ["calf-swelling", "recent-travel"], "dvt2", ["r.upper-calf", "r.lower-calf"])
F("Seventy-four-year-old: new headache at both temples for two weeks, scalp sore to brush, jaw tires halfway through a meal.", 74,
  "urgent", ["new-headache", "scalp-tenderness", "jaw-claudication"], "gca", both("temple"))
F("Left calf puffy and warm since I came home after hip surgery 10 days ago; I was in bed most of the week.", 69,
  "urgent", ["calf-swelling", "recent-immobilisation"], "dvt", ["l.upper-calf", "l.lower-calf"])
# ---- refer ----
F("Had prostate cancer treated in 2016; new ache in the low back for six weeks.", 62,
  "refer", ["cancer-history"], "red", both("lumbar"))
F("Lost about 8 kg (well over a stone) in two months without trying; mid back aches.", 57,
  "refer", ["unexplained-weight-loss"], "red")
F("Back pain is there all night, no position helps, I end up pacing the kitchen at 3 am.", 49,
  "refer", ["constant-night-pain"], "red")
F("Fevers and sweats for a few days and now a very sore spot in the middle of my back.", 38,
  "refer", ["fever"], "red", ["l.mid-thoracic", "r.mid-thoracic"])
F("Kidney transplant five years ago, on anti-rejection tablets; new neck pain.", 45,
  "refer", ["immunosuppression"], "red2")
F("I inject heroin; new low back pain for a week.", 29,
  "refer", ["iv-drug-use"], "red2")
F("Eighty, fell down the last two stairs yesterday, can't put weight through the left leg, hip very painful.", 80,
  "refer", ["recent-trauma"], "red", ["l.greater-trochanter", "l.groin"])
F("On prednisolone for 4 years for my chest; sudden new pain in the mid back after a sneeze.", 66,
  "refer", ["long-term-steroids"], "vcf")
F("Right knee swelled up overnight and it's red and hot to touch.", 52,
  "refer", ["hot-swollen-joint"], "hsj", ["r.patella", "r.suprapatellar", "r.infrapatellar", "r.medial-knee", "r.lateral-knee", "r.popliteal"])
F("Known osteoporosis; new sharp pain in the middle of my spine since lifting a watering can on Sunday.", 70,
  "refer", ["osteoporosis"], "vcf", both("mid-thoracic"))
# ---- caution ----
F("24 weeks pregnant, sore lower back and hips.", 31, "caution", ["pregnancy"], "mass")
F("Takes apixaban for an irregular heartbeat; neck and shoulders tight.", 68, "caution", ["anticoagulants"], "mass")
F("Haemophilia A, tight hamstrings from Sunday-league football.", 26, "caution", ["bleeding-disorder"], "mass", both("posterior-thigh"))
F("Osteoporosis diagnosed two years ago, no new pain; shoulders stiff from desk work.", 73, "caution", ["osteoporosis"], "mass2")
F("Varicose veins on both calves; calves ache after standing a whole shift.", 55, "caution", ["varicose-veins"], "mass2",
  both("upper-calf", "lower-calf"))
F("Gallbladder removed three weeks ago; it's my neck that's bothering me.", 46, "caution", ["recent-surgery"], "mass3", both("posterior-neck"))
F("Mini-stroke four years ago, fully recovered; stiff neck from gardening.", 77, "caution", ["stroke-or-tia"], "stroke")
# ---- none: benign look-alikes ----
F("My chest is sore after bench-pressing heavier than usual yesterday; only hurts when I press on the muscle.", 35,
  "none", [], "mi", both("pectoral"), look=True)
F("Sweating a lot after spin class and my quads ache.", 28, "none", [], "mi", look=True)
F("Numb bum from three hours on the train, gone as soon as I stand up.", 41, "none", [], "ces2", look=True)
F("My eyelids droop when I'm tired after a long screen day.", 33, "none", [], "stroke", look=True)
F("Out of breath after running for the bus, then my calf cramped.", 24, "none", [], "pe", look=True)
F("Felt something tear in my hamstring sprinting for a ball last week.", 22, "none", [], "ad", ["r.posterior-thigh"], look=True)
F("Pins and needles in my hand when I lean on my elbow, settles within a minute.", 52, "none", [], "ces", look=True)
F("Weight loss of 6 kg over 3 months thanks to my new diet and the gym.", 39, "none", [], "red", look=True)
F("Night pain only when I roll onto my right shoulder; it settles when I roll back.", 60, "none", [], "red", ["r.middle-deltoid"], look=True)
F("Fever pitch at work lately; stress headaches and tight traps.", 44, "none", [], "red", both("shoulder-top"), look=True)
F("Running a cancer-charity 10k next month; knees ache in training.", 36, "none", [], "red", look=True)
F("Left arm feels heavy after an afternoon of painting the ceiling.", 32, "none", [], "stroke", look=True)
F("Bladder feels full on long drives so I stop often; low back stiff after driving.", 57, "none", [], "ces2", look=True)
F("Dizzy for a few seconds after spinning my kids on the roundabout.", 30, "none", [], "vbi", look=True)
F("Both calves tight and tender after my first hill run in a year.", 42, "none", [], "dvt", both("upper-calf"), look=True)
F("Jaw tires when chewing toffee; I chew gum all day too.", 27, "none", [], "gca", look=True)
F("Fell asleep on the sofa at an odd angle and woke with a crick in my neck.", 40, "none", [], "vbi", ["r.lateral-neck"], look=True)
F("Bruised my arm where they took blood last week; the results were all normal.", 34, "none", [], "mass", look=True)
F("Long flight home from Spain last month; back stiff from the cramped seat.", 29, "none", [], "dvt2", look=True)
# ---- none: negated ----
F("Chest feels tight in the muscles after digging; no sweating, no sickness and not short of breath.", 61,
  "none", [], "mi", neg=True)
F("No numbness between my legs, and wee and poo are normal.", 45, "none", [], "ces2", neg=True)
F("Denies double vision, dizziness, drop attacks or trouble swallowing.", 58, "none", [], "vbi", neg=True)
F("No history of cancer, no weight loss, sleeps through the night.", 66, "none", [], "red", neg=True)
F("Not pregnant and not on any blood thinners.", 39, "none", [], "mass", neg=True)
F("Calf aches but it isn't swollen or warm, and I haven't travelled anywhere.", 52, "none", [], "dvt", neg=True)
F("No new headache, no scalp soreness, chewing is fine.", 70, "none", [], "gca", neg=True)
F("Never injected drugs, no fever, never taken steroids.", 48, "none", [], "red2", neg=True)

for n, it in enumerate(items, 1):
    items[n - 1] = {"id": "b4f-%03d" % n, **it}
dump("redflags-heldout.json", items)
