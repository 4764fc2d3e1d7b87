"""Hand-written red-flag screen cases. Tiers follow clinical-notes section 5 as mapped in language-format.md."""
from common import B, dump

SRC = {
    "MI": ("Mayo Clinic Care Network (MLC): Heart attack symptoms - know what's a medical emergency",
           "https://mymlc.com/health-information/articles/h/heart-attack-symptoms-know-whats-a-medical-emergency",
           "section 'Typical heart attack symptoms'"),
    "MI2": ("KTEN: Chest pain and heart attack (2006)",
            "http://www.kten.com/story/5029896/chest-pain-and-heart-attack",
            "list 'Heart attack symptoms include' and the paragraph on exertional pain easing with rest"),
    "STROKE": ("Mayo Clinic: Act FAST if you suspect stroke",
               "https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579",
               "Face / Arms / Speech / Time items"),
    "AD": ("Quro dictionary: Aortic dissection",
           "https://www.quro.ai/dictionary/aortic-dissection/",
           "section 'What are the symptoms?'"),
    "PE": ("Mayo Clinic Care Network (MLC): Chest pain first aid - Pulmonary embolism",
           "https://mymlc.com/health-information/articles/c/chest-pain-first-aid?section=Pulmonary+embolism",
           "section 'Pulmonary embolism', signs and symptoms list"),
    "CES": ("Spine-health: Cauda equina syndrome symptoms",
            "http://www.spine-health.com/conditions/lower-back-pain/cauda-equina-syndrome-symptoms?source=3tab",
            "headings 'Altered sensation in the saddle region' and 'Bladder or bowel incontinence'"),
    "CES2": ("Spine-health: Cauda equina syndrome symptoms",
             "http://www.spine-health.com/conditions/lower-back-pain/cauda-equina-syndrome-symptoms?source=3tab",
             "heading 'Neurological symptoms in the lower body' (one or both sides)"),
    "VAD": ("Staywell / KU Medical: Vertebral artery dissection",
            "https://kumedib.staywellsolutionsonline.com/Bedside/3,60047",
            "section 'Symptoms of vertebral artery dissection' and 'Call 911' list"),
    "VAD2": ("Arterial Dissection (arterialdissection.com): stroke symptoms of dissection",
             "https://www.arterialdissection.com/tab-2/",
             "paragraph listing weakness, trouble speaking, vision problems, dizziness and unexplained falls"),
    "DVT": ("HuffPost UK: What is DVT? Symptoms and prevention (2017)",
            "http://www.huffingtonpost.co.uk/entry/what-is-dvt-symptoms-and-prevention_uk_599b4853e4b06a788a2b1da8",
            "section 'What are the symptoms of DVT?' and risk factors list"),
    "DVT2": ("Synrad: DVT and long-haul travel",
             "https://synrad.com.au/news/page/21",
             "sections 'What is DVT?' and 'Symptoms'"),
    "GCA": ("Autoimmune Registry: Giant cell arteritis",
            "http://www.autoimmuneregistry.org/giant-cell-arteritis",
            "symptom list (temple pain, jaw pain on chewing, scalp tenderness, vision loss)"),
    "GCA2": ("Medicine Today (2021): Scalp pain and tenderness - early features of temporal arteritis",
             "https://medicinetoday.com.au/mt/2021/august/feature-article/scalp-pain-and-tenderness-early-features-temporal-arteritis",
             "abstract and Key Points (triad: new headache, visual disturbance, jaw claudication)"),
    "BACK": ("Verywell Health: Common back pain red flags",
             "https://www.verywellhealth.com/common-back-pain-red-flags-296730",
             "list 'Back Pain Red Flag Signs and Symptoms'"),
    "BACK2": ("Dallas Sports Academy: Lower back pain - red flags (2019)",
              "https://www.dallassportsacademy.com/single-post/2019/09/29/lower-back-pain-red-flags",
              "bulleted red-flag list (IV drug use, corticosteroids, trauma, night pain)"),
    "SEA": ("AccessMedicine: Spinal epidural abscess (textbook presentation)",
            "https://accessmedicine.mhmedical.com/content.aspx?bookid=2715&sectionid=249058684",
            "'Textbook presentation' and 'Pathogenesis' (injection drug use, immunosuppressant therapy)"),
    "SEPTIC": ("Patient.info (professional): Hot swollen joints",
               "https://patient.info/doctor/hot-swollen-joints",
               "section 'Symptoms of hot swollen joints'"),
    "VCF": ("FPnotebook: Vertebral compression fracture",
            "https://fpnotebook.com/Ortho/T-Spine/VrtbrlCmprsnFrctr.htm",
            "sections IV Causes, V Risk Factors (chronic corticosteroids) and VI Symptoms"),
    "MASS": ("Spencer Massage: Risks of massage",
             "https://spencermassage.com/risks-of-massage",
             "list of conditions where massage may not be appropriate"),
    "MASS2": ("Yoni Bone: Massage contraindications",
              "http://www.yonibone.com/articles_Contradictions.asp",
              "numbered list (pregnancy, recent operation, varicose veins)"),
    "MASS3": ("ABMP member page (Cynthia Lombardi): Contraindications",
              "https://cynthialombardi.abmp.com/contraindications",
              "list 'discuss ... if you have' (osteoporosis, recent surgery)"),
}

ITEMS = []

def f(text, age, tier, flags, src, drawing=None, look=False, neg=False):
    c, u, l = SRC[src]
    it = {"text": text}
    if drawing:
        it["drawing"] = list(drawing)
    it.update({"age": age, "expectTier": tier, "expectFlags": list(flags),
               "benignLookalike": look, "negated": neg,
               "source": {"citation": c, "url": u, "locator": l}})
    ITEMS.append(it)

EM, UR, RF, CA, NO = "emergency", "urgent", "refer", "caution", "none"

# ---- emergency
f("Heavy pressing feeling in the middle of my chest since I sat down to watch telly an hour ago. I'm clammy and feel sick.",
  58, EM, ["pain-at-rest-crushing", "cold-sweat", "nausea-with-pain"], "MI", drawing=["m.sternum"])
f("I'm 63. Pain across my chest running down my left arm and up into my jaw, and I can't get my breath.",
  63, EM, ["pain-spreading-arm-jaw", "breathlessness"], "MI2",
  drawing=["l.pectoral", "l.medial-upper-arm", "l.mandible"])
f("Seventy-one year old, sudden ripping pain straight through to between my shoulder blades while lifting the shopping.",
  71, EM, ["sudden-tearing-pain"], "AD", drawing=B("interscapular"))
f("Wife noticed the left side of my mouth sagging and I couldn't get my words out, about twenty minutes ago.",
  49, EM, ["face-droop", "speech-difficulty"], "STROKE")
f("Right arm went weak and heavy all of a sudden this morning, can't lift the kettle, and my speech is slurry.",
  66, EM, ["sudden-arm-weakness", "speech-difficulty"], "STROKE")
f("Flew back from Sydney on Tuesday. Today there's a sharp stab in the right side of my chest every time I breathe in and I'm puffed walking to the car.",
  38, EM, ["recent-travel", "breathlessness"], "PE", drawing=["r.lateral-chest"])
f("Aching upper back between the shoulders, and I've come out in a cold sweat and feel like I might pass out.",
  55, EM, ["cold-sweat", "faint-with-pain"], "MI", drawing=B("interscapular"))
f("60 y/o, jaw aching on both sides with nausea and short of breath, started while mowing the lawn.",
  60, EM, ["nausea-with-pain", "breathlessness", "pain-on-exertion"], "MI", drawing=B("mandible"))
f("Her neck was sore on the left and now the left side of her face has dropped; she can't smile evenly.",
  47, EM, ["face-droop"], "STROKE", drawing=["l.lateral-neck"])
f("Chest tightness walking uphill that goes when I stop; today it came on sitting still and feels like a crushing weight.",
  52, EM, ["pain-on-exertion", "pain-at-rest-crushing"], "MI2")

# ---- urgent
f("Since Monday I can't feel the toilet paper when I wipe, and my low back is killing me.",
  44, UR, ["saddle-numbness"], "CES", drawing=B("lumbar") + ["m.perineum"])
f("Back pain with sciatica and for the last 2 days I've struggled to start peeing.",
  39, UR, ["bladder-bowel-change"], "CES")
f("Pins and needles down both legs right to my toes, with the low back pain.",
  51, UR, ["bilateral-leg-symptoms"], "CES2",
  drawing=["l.posterior-thigh", "r.posterior-thigh", "l.lesser-toes", "r.lesser-toes"])
f("Numbness started in my right hand last week, it's crept up to the elbow now and the hand gets weaker every day.",
  57, UR, ["progressive-weakness"], "VAD2", drawing=["r.palm", "r.volar-forearm-ulnar"])
f("Since my neck was cracked at the chiropractor's on Friday I've been seeing double and staggering about.",
  34, UR, ["double-vision", "unsteady-gait"], "VAD")
f("Neck ache, and twice this week my legs just went and I dropped to the floor. Never blacked out.",
  62, UR, ["drop-attacks"], "VAD2")
f("Neck pain, the left side of my face round my lips feels numb, and food keeps sticking when I swallow.",
  45, UR, ["face-numbness", "swallowing-speech-change"], "VAD")
f("Right calf swollen and hot, about 3 cm bigger round than the left, since the twelve-hour flight home.",
  41, UR, ["calf-swelling", "recent-travel"], "DVT", drawing=["r.upper-calf", "r.lower-calf"])
f("Left calf puffy and tender a week after my knee replacement; I've mostly been on the sofa.",
  68, UR, ["calf-swelling", "recent-immobilisation"], "DVT2", drawing=["l.upper-calf", "l.lower-calf"])
f("Seventy-four. New headache over the right temple, my scalp hurts when I brush my hair, and my jaw tires chewing meat.",
  74, UR, ["new-headache", "scalp-tenderness", "jaw-claudication"], "GCA", drawing=["r.temple"])
f("New throbbing headaches this past month, sore temples, and my sight went blurry for a few minutes yesterday.",
  58, UR, ["new-headache", "scalp-tenderness", "visual-change"], "GCA2", drawing=B("temple"))
f("When I look to the side my eyes flicker back and forth, I feel dizzy, and my neck's sore.",
  36, UR, ["nystagmus"], "VAD2")

# ---- refer
f("Had prostate cancer six years ago; now a new ache low in my back.",
  67, RF, ["cancer-history"], "BACK", drawing=B("lumbar"))
f("Dropped about a stone in two months without dieting and my mid back aches.",
  54, RF, ["unexplained-weight-loss"], "BACK")
f("Back pain that's there all night - lying on either side, sitting up, nothing makes it better.",
  59, RF, ["constant-night-pain"], "BACK2")
f("Low back pain with a fever and shivers for 3 days.",
  42, RF, ["fever"], "BACK", drawing=B("lumbar"))
f("On tacrolimus since my kidney transplant, and now new neck pain.",
  48, RF, ["immunosuppression"], "SEA", drawing=B("posterior-neck"))
f("I inject heroin, and my back's been really sore for a week.",
  31, RF, ["iv-drug-use"], "SEA")
f("Slipped on the ice yesterday and landed on my hand; wrist is swollen and I can't bear to move it.",
  79, RF, ["recent-trauma"], "BACK2", drawing=["l.radial-wrist", "l.dorsal-wrist"])
f("I've got osteoporosis and since a big sneeze on Saturday there's a sharp new pain in my mid back.",
  70, RF, ["osteoporosis"], "VCF", drawing=B("mid-thoracic"))
f("On prednisolone for years for my lungs; sharp new low back pain since bending to the dishwasher.",
  64, RF, ["long-term-steroids"], "VCF")
f("Knee came up red, hot and swollen overnight, I can hardly bend it.",
  50, RF, ["hot-swollen-joint"], "SEPTIC", drawing=["r.patella", "r.suprapatellar", "r.medial-knee", "r.lateral-knee"])

# ---- caution
f("I'm 20 weeks pregnant and my lower back aches.", 32, CA, ["pregnancy"], "MASS2", drawing=B("lumbar"))
f("On apixaban for my heart rhythm; both shoulders sore.", 71, CA, ["anticoagulants"], "MASS")
f("I have von Willebrand disease and bruise easily; my neck is tight.", 27, CA, ["bleeding-disorder"], "MASS")
f("Osteoporosis diagnosed three years ago, no new pain in my back; it's my hands that are stiff.",
  66, CA, ["osteoporosis"], "MASS3")
f("Varicose veins on the back of my left leg, and tight hamstrings.", 53, CA, ["varicose-veins"], "MASS2",
  drawing=["l.posterior-thigh"])
f("Gallbladder out three weeks ago; today it's my neck that's sore.", 45, CA, ["recent-surgery"], "MASS3",
  drawing=B("posterior-neck"))
f("Had a TIA four years back, fully recovered; tight upper back now.", 69, CA, ["stroke-or-tia"], "STROKE")
f("Takes aspirin and clopidogrel every day since a stent in 2021; stiff neck.", 60, CA, ["anticoagulants"], "MASS")

# ---- none: benign look-alikes
f("Sweating buckets in hot yoga and my hamstrings feel tight afterwards.", 29, NO, [], "MI", look=True)
f("Chest feels tight after I bench-pressed more than usual on Monday; sore when I press on the muscle.",
  40, NO, [], "MI", drawing=B("pectoral"), look=True)
f("Jaw aches after an hour and a half in the dentist's chair having a filling.", 26, NO, [], "MI", look=True)
f("Face felt numb for hours after the dentist's injection, back to normal now.", 33, NO, [], "VAD", look=True)
f("Had a breast cancer scare last year but the biopsy was clear; shoulder stiff from gardening.",
  58, NO, [], "BACK", look=True)
f("Lost 8 kg on purpose on a diet plan since January; back stiff after long meetings.", 45, NO, [], "BACK", look=True)
f("Stroke of bad luck - tripped over the dog, no injury at all, just a stiff neck from sleeping funny.",
  37, NO, [], "STROKE", look=True)
f("Both legs go numb if I sit cross-legged on the floor at concerts, gone within a minute of standing.",
  30, NO, [], "CES2", look=True)
f("I see double when I cross my eyes to make the kids laugh, ha. Neck stiff from the sofa.", 34, NO, [], "VAD", look=True)
f("Night sweats with the menopause and a stiff neck.", 52, NO, [], "BACK", look=True)
f("Pregnancy test negative this month, still trying; lower back tight after spin class.", 28, NO, [], "MASS2", look=True)
f("I travel for work, mostly by train; calves feel fine, shoulders tight from my laptop bag.", 55, NO, [], "DVT", look=True)
f("Got a tearing feeling in my hamstring sprinting at football practice yesterday.", 19, NO, [], "AD",
  drawing=["r.posterior-thigh"], look=True)
f("Shoulder pain wakes me when I roll onto it, but it settles as soon as I turn back over.",
  46, NO, [], "BACK2", look=True)
f("Same headache I've had every time I skip my morning coffee, for years.", 44, NO, [], "GCA", look=True)
f("Saddle sore after a 100 km sportive last weekend; bum tender but feeling is normal.", 31, NO, [], "CES",
  drawing=B("lower-buttock"), look=True)
f("On water tablets for blood pressure so I pee a lot in the mornings; back tight from gardening.",
  61, NO, [], "CES", look=True)
f("My arm goes heavy holding the hairdryer up for ages, fine as soon as I put it down.", 39, NO, [], "STROKE", look=True)
f("Speech a bit lispy since the new brace went on, orthodontist says it'll settle.", 16, NO, [], "VAD", look=True)
f("My knee swelled a bit after a long walk, not hot or red, and went down overnight with ice.", 48, NO, [], "SEPTIC", look=True)

# ---- none: negated signs
f("Neck and shoulder ache. No chest pain, no sweating, not short of breath.", 61, NO, [], "MI", neg=True)
f("Low back pain; no numbness between the legs, waterworks and bowels normal.", 48, NO, [], "CES", neg=True)
f("Same headaches for twenty years; no jaw pain when chewing, scalp not tender, eyesight unchanged.",
  72, NO, [], "GCA", neg=True)
f("Calves ache after gardening but neither is swollen, red or hot, and no flights or operations lately.",
  57, NO, [], "DVT", neg=True)
f("Never had cancer and my weight's been steady for years.", 40, NO, [], "BACK", neg=True)
f("Never injected drugs; no problems with my immune system.", 34, NO, [], "SEA", neg=True)
f("Retired nurse - used to give patients blood thinners but I don't take any myself.", 67, NO, [], "MASS", neg=True)
f("Not pregnant; stiff mid back from the desk.", 29, NO, [], "MASS2", neg=True)
f("No face drooping, speech normal, both arms equally strong - just a cricked neck.", 57, NO, [], "STROKE", neg=True)

for n, it in enumerate(ITEMS, 1):
    it["id"] = f"b5f-{n:03d}"
ITEMS = [{"id": it.pop("id"), **it} for it in ITEMS]

if __name__ == "__main__":
    dump("redflags-heldout.json", ITEMS)
