"""Build redflags-heldout.json: hand-written red-flag screen cases.

Tiers follow /work/shared/clinical-notes.md section 5 as mapped in
/work/blind-ref/language-format.md. Each case cites the public page behind
its clinical fact (for look-alikes and negated cases: the page describing
the real sign being imitated). Citations and locators are in my own words.
"""
from common import L, R, M, B, area, dump

S = {
    "heart_kten": dict(
        citation="KTEN health library, 'Chest pain and heart attack' (2006)",
        url="http://www.kten.com/story/5029896/chest-pain-and-heart-attack",
        locator="list of heart-attack warning signs: crushing or heavy chest pain occurring with sweating, breathlessness or nausea, and pain spreading to back, neck, jaw or arms"),
    "heart_mayo": dict(
        citation="Mayo Clinic Care Network (mymlc.com), 'Heart attack symptoms: Know what's a medical emergency'",
        url="https://mymlc.com/health-information/articles/h/heart-attack-symptoms-know-whats-a-medical-emergency",
        locator="'Typical heart attack symptoms' bullets: upper-body pain possibly without chest pain, breathlessness, sudden cold clammy sweat, nausea"),
    "heart_sharecare": dict(
        citation="Sharecare, 'What are the symptoms of a heart attack?'",
        url="https://www.sharecare.com/health/heart-attack/symptoms-of-a-heart-attack",
        locator="answers noting back, arm or jaw pain, sweating and breathlessness, and that women's symptoms may differ"),
    "stroke_mayo": dict(
        citation="Mayo Clinic, 'Act FAST if you suspect stroke' (health tip, 2019)",
        url="https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579",
        locator="FAST checks: one-sided face droop, one arm drifting or unable to rise, slurred or strange speech; call emergency help"),
    "stroke_th": dict(
        citation="Tower Hamlets Connect, 'Symptoms of a stroke'",
        url="https://www.towerhamletsconnect.org/information-and-advice/conditions-and-disabilities/stroke/symptoms-of-a-stroke/",
        locator="FAST list: face dropped on one side, arm weakness or numbness, slurred or garbled speech; dial 999"),
    "tia_sa": dict(
        citation="Stroke Association (UK), 'What if symptoms pass' (TIA)",
        url="https://www.stroke.org.uk/take-action/act-fast/what-if-symptoms-pass",
        locator="TIA described as stroke symptoms lasting under 24 hours; still call 999; a past mini-stroke marks higher stroke risk"),
    "aorta": dict(
        citation="Quro dictionary, 'Aortic dissection'",
        url="https://www.quro.ai/dictionary/aortic-dissection/",
        locator="symptom list: sudden severe chest or upper-back pain described as tearing or ripping, spreading to neck or lower back"),
    "pe": dict(
        citation="Mayo Clinic Care Network (mymlc.com), 'Chest pain: First aid', pulmonary embolism section",
        url="https://mymlc.com/health-information/articles/c/chest-pain-first-aid?section=Pulmonary+embolism",
        locator="pulmonary embolism signs: sudden sharp chest pain with shortness of breath, one swollen leg; seek emergency help"),
    "sah": dict(
        citation="Harvard Health Publishing, 'The worst headache of your life' (2024)",
        url="https://www.health.harvard.edu/diseases-and-conditions/the-worst-headache-of-your-life",
        locator="thunderclap headache peaking within seconds to minutes; may signal a leaking aneurysm; call 911"),
    "ces_sh": dict(
        citation="Spine-health, 'Cauda equina syndrome symptoms'",
        url="http://www.spine-health.com/conditions/lower-back-pain/cauda-equina-syndrome-symptoms?source=3tab",
        locator="symptom list: saddle-region numbness, recent bladder or bowel dysfunction, leg weakness or numbness on one or both sides; seek immediate care"),
    "ces_q": dict(
        citation="Qufora, 'Cauda Equina syndrome'",
        url="https://myqufora.com/conditions/cauda-equina",
        locator="'Symptoms' paragraph: numbness around the bottom or back passage with bladder or bowel change; contact a doctor urgently"),
    "cord_merck": dict(
        citation="Merck Manual Consumer Version, 'Spinal cord compression' (quick facts)",
        url="https://www.merckmanuals.com/en-ca/home/quick-facts-brain,-spinal-cord,-and-nerve-disorders/spinal-cord-disorders/spinal-cord-compression",
        locator="summary bullets: back pain, numbness, muscle weakness and bladder or bowel trouble; lasting compression causes permanent damage"),
    "cord_pt": dict(
        citation="PT Master Guide, 'Symptoms of spinal cord compression' (2020)",
        url="https://ptmasterguide.com/2020/03/16/symptoms-of-spinal-cord-compression/",
        locator="'Sensory' and 'Motor' items: numbness that spreads upward over days to weeks, with limb weakness or heaviness"),
    "vad": dict(
        citation="Medscape eMedicine, 'Vertebral Artery Dissection: Clinical Presentation' (2019)",
        url="https://emedicine.medscape.com/article/761451-clinical",
        locator="history list: one-sided facial numbness, hoarse or slurred speech, vertigo, diplopia, swallowing difficulty, unsteadiness after minor neck strain"),
    "vbi": dict(
        citation="Dr. Oracle, 'What are the symptoms of vertebral basilar artery insufficiency?'",
        url="https://www.droracle.ai/articles/184831/what-are-the-symptoms-of-vertebral-basilar-artery-insufficiency",
        locator="key points: symptoms triggered by neck extension or rotation; drop attacks, ataxia, diplopia and perioral numbness listed"),
    "vbi_nyst": dict(
        citation="Dr. Oracle, 'What are the symptoms of Vertebrobasilar (VBI) insufficiency?'",
        url="https://www.droracle.ai/articles/286754/what-are-the-symptoms-of-vertebrobasilar-vbi-insufficiency",
        locator="'Differentiating from BPPV': gaze-evoked, non-fatiguing nystagmus and postural instability point to a central cause"),
    "dvt_huff": dict(
        citation="HuffPost UK, 'What is DVT? Symptoms and prevention' (2017)",
        url="http://www.huffingtonpost.co.uk/entry/what-is-dvt-symptoms-and-prevention_uk_599b4853e4b06a788a2b1da8",
        locator="'What are the symptoms of DVT?': pain, swelling, warmth and redness usually in one calf; risk rises with a previous DVT and pregnancy"),
    "dvt_herald": dict(
        citation="The Herald (Scotland), 'Factfile: Deep vein thrombosis'",
        url="http://www.heraldscotland.com/news/13138836.Factfile_Deep_vein_thrombosis/",
        locator="factfile: clot usually in the calf with swelling, pain and redness; linked to long-haul flights and bed rest after surgery"),
    "gca_msd": dict(
        citation="MSD Manual Consumer Version (NZ), 'Giant cell arteritis' quick facts",
        url="https://www.msdmanuals.com/en-nz/home/quick-facts-bone,-joint,-and-muscle-disorders/vasculitic-disorders/giant-cell-arteritis",
        locator="'What are the symptoms' section: throbbing temple headache, blurred or double vision, sudden blindness in one eye, jaw pain when chewing"),
    "gca_mn": dict(
        citation="MedicineNet, 'Giant cell arteritis symptoms and signs'",
        url="https://www.medicinenet.com/giant_cell_arteritis_symptoms_and_signs/symptoms.htm",
        locator="opening list: usually over age 50; headache, jaw pain with chewing, scalp tenderness; vision loss as a serious complication"),
    "back_vw": dict(
        citation="Verywell Health, 'Common back pain red flags'",
        url="https://www.verywellhealth.com/common-back-pain-red-flags-296730",
        locator="red-flag list: history of cancer, unexplained weight loss, night or rest pain, fever or chills, trauma, incontinence, saddle anaesthesia"),
    "back_gpn": dict(
        citation="GPnotebook, 'Back pain red flags'",
        url="https://gpnotebook.com/en-ie/simplepage.cfm?ID=x20201229131536621058",
        locator="history factors: cancer, weight loss, immunosuppression, HIV, prolonged steroids, IV drug use, pain unrelieved by rest, fever, significant trauma"),
    "spine_inf": dict(
        citation="Orthopaedic & Spine Center (Dr Jeffrey Carlson), 'Should I worry about getting a spine infection?'",
        url="https://www.osc-ortho.com/blog/should-i-worry-about-getting-a-spine-infection/",
        locator="summary of an ER study: back pain with recent fever and intravenous drug use makes spinal infection more likely"),
    "septic": dict(
        citation="HealthInfo Canterbury (NZ), 'Joint infection (septic arthritis)'",
        url="https://www.healthinfo.org.nz/Septic-arthritis-joint-infection.htm",
        locator="opening: very painful swollen joint, red skin, fever and feeling unwell; needs urgent medical treatment"),
    "vcf": dict(
        citation="FPnotebook, 'Vertebral compression fracture'",
        url="https://fpnotebook.com/Ortho/T-Spine/VrtbrlCmprsnFrctr.htm",
        locator="risk factors (chronic systemic corticosteroids, osteoporosis) and symptoms (sudden severe back pain after sneezing, lifting or minor falls)"),
    "fracture": dict(
        citation="Sharecare, 'What are the signs of a broken bone?'",
        url="https://www.sharecare.com/health/broken-bones/what-signs-broken-bone",
        locator="emergency physician's answer: marked swelling, bruising, deformity and inability to bear weight after an injury"),
    "preg": dict(
        citation="MummyPages (Ireland), 'Is it safe to get a massage during all stages of pregnancy?'",
        url="https://www.mummypages.ie/is-it-safe-to-get-a-massage-during-all-stages-of-pregnancy",
        locator="advice: use a therapist trained in pregnancy massage, side-lying after 20 weeks, check with the obstetrician if high risk"),
    "anticoag": dict(
        citation="MedicineContact, 'Safely receiving massage therapy while taking blood thinners'",
        url="https://www.medicinecontact.com/blog/31772/blood-thinners-and-massage",
        locator="list of common blood thinners by brand (aspirin, Plavix, Coumadin, Xarelto, Pradaxa, Eliquis, Lovenox) and bruising risk from deep pressure"),
    "bleeding": dict(
        citation="HemAware, 'Massage therapy and bleeding disorders'",
        url="https://hemaware.org/mind-body/massage-therapy-and-bleeding-disorders",
        locator="opening section: get treatment-centre approval and agree pressure in advance; the main concern is preventing bleeds from deep work"),
    "varicose": dict(
        citation="Somatics pathology notes, 'Varicose veins'",
        url="http://www.somatics.de/PathologyBook/Varicose.htm",
        locator="massage column: local contraindication for severe varicosities and distal to them; mild ones rule out deep specific work"),
    "surgery": dict(
        citation="MyoBuddy, 'How long should you wait to get a massage after surgery?'",
        url="https://www.myobuddy.com/fitness-health/how-long-should-you-wait-to-get-a-massage-after-surgery/",
        locator="'Talk to your doctor first': around six weeks before work near an invasive incision; clot risk may lengthen the wait"),
    "osteo": dict(
        citation="Ruth Werner, 'No Bones About It: Working Safely with Clients Who Have Osteoporosis', ABMP Massage & Bodywork",
        url="https://abmp.com/textonlymags/article.php?article=2728",
        locator="key point: bone-thinning may require changes to pressure and client handling; vertebral compression fracture figures"),
}


def src(key):
    return dict(S[key])


ITEMS = []


def case(text, age, tier, flags=(), source=None, drawing=None, lookalike=False, negated=False):
    item = {"id": "b3f-%03d" % (len(ITEMS) + 1), "text": text}
    if drawing:
        item["drawing"] = list(drawing)
    item.update({"age": age, "expectTier": tier, "expectFlags": list(flags),
                 "benignLookalike": lookalike, "negated": negated, "source": src(source)})
    ITEMS.append(item)


EM, UR, RF, CA, NO = "emergency", "urgent", "refer", "caution", "none"

# ============================================================= emergency
case("Crushing pain in the middle of my chest for the last twenty minutes, came on while I was sat "
     "watching telly. I'm sweating and feel sick.", 58, EM,
     ["pain-at-rest-crushing", "cold-sweat", "nausea-with-pain"], "heart_kten", drawing=[M("sternum")])
case("Left arm and jaw have been aching with a tight chest since the walk up the hill and it "
     "hasn't eased now I'm sitting.", 64, EM, ["pain-spreading-arm-jaw"], "heart_mayo",
     drawing=[L("pectoral"), L("anterior-upper-arm"), L("mandible")])
case("71 y/o F: ache between the shoulder blades since lunch, clammy, says she can't get her "
     "breath.", 71, EM, ["cold-sweat", "breathlessness"], "heart_sharecare",
     drawing=B("interscapular"))
case("Sudden ripping pain right through my chest into my back about half an hour ago - felt "
     "like something tore.", 67, EM, ["sudden-tearing-pain"], "aorta",
     drawing=[M("sternum")] + B("interscapular"))
case("During the session her smile went lopsided and her speech got muddled; she says the left "
     "side of her face feels 'heavy'.", 69, EM, ["face-droop", "speech-difficulty"], "stroke_th")
case("Woke up and couldn't lift my right arm properly, it just flops, and my mouth looks "
     "crooked in the mirror.", 74, EM, ["sudden-arm-weakness", "face-droop"], "stroke_mayo")
case("Flew back from Perth two days ago (17 hrs). Today a sharp pain in the right side of my chest "
     "every time I breathe in, and I'm gasping on the stairs.", 45, EM,
     ["breathlessness", "recent-travel"], "pe", drawing=[R("pectoral"), R("lateral-chest")])
case("Heavy pressure across the chest for an hour, going down the left arm, shirt soaked with "
     "sweat. 50 yo M.", 50, EM, ["pain-at-rest-crushing", "pain-spreading-arm-jaw", "cold-sweat"],
     "heart_kten", drawing=area("chest-wall", "l") + [M("sternum"), L("medial-upper-arm")])
case("Nearly passed out with the chest pain while mowing the lawn; now it's in my jaw as well.",
     62, EM, ["faint-with-pain", "pain-on-exertion", "pain-spreading-arm-jaw"], "heart_kten")
case("Headache hit like a cricket bat to the back of the head an hour ago - worst of my life, "
     "came from nothing to full blast in seconds.", 39, EM, ["thunderclap-headache"], "sah",
     drawing=B("occiput"))
case("Couldn't find the words for things for about ten minutes this morning and still sounds "
     "a bit slurred now, per her daughter.", 77, EM, ["speech-difficulty"], "tia_sa")
case("Left side of the neck aching, feels like indigestion, sweaty and has vomited once.",
     55, EM, ["cold-sweat", "nausea-with-pain"], "heart_mayo", drawing=[L("lateral-neck")])
case("Talking like I'd had a few but I haven't touched a drop, and my left hand won't hold the "
     "cup.", 81, EM, ["speech-difficulty", "sudden-arm-weakness"], "stroke_mayo")
case("Like an elephant sitting on my chest since lunchtime, even lying still on the couch.",
     60, EM, ["pain-at-rest-crushing"], "heart_kten", drawing=[M("sternum")])

# ================================================================ urgent
case("Numb when I wipe after the loo, wet myself twice this week, and sciatica down both "
     "legs.", 42, UR, ["saddle-numbness", "bladder-bowel-change", "bilateral-leg-symptoms"], "ces_sh",
     drawing=[M("perineum")] + B("posterior-thigh"))
case("Can't feel the toilet paper properly down below since my back went two days ago.",
     37, UR, ["saddle-numbness"], "ces_q", drawing=[M("perineum"), M("rectal")])
case("Pins and needles down both legs to the feet; back pain three weeks.", 51, UR,
     ["bilateral-leg-symptoms"], "ces_sh", drawing=B("lumbar") + B("posterior-thigh"))
case("Numbness started in the left foot last Monday, now it's up to the knee, and the foot "
     "catches on the stairs.", 48, UR, ["progressive-weakness"], "cord_pt",
     drawing=[L("dorsal-foot"), L("shin")])
case("Since cricking his neck on Sunday he sees two of everything looking right and walks "
     "like he's drunk.", 36, UR, ["double-vision", "unsteady-gait"], "vad",
     drawing=[R("posterolateral-neck")])
case("Legs went from under me twice this week, didn't black out; neck sore when I look up.",
     66, UR, ["drop-attacks"], "vbi")
case("Food keeps sticking when I swallow and my voice has gone hoarse since the neck pain "
     "started a week ago; left cheek and lips feel numb.", 44, UR,
     ["swallowing-speech-change", "face-numbness"], "vad", drawing=[L("lateral-neck")])
case("Optician noticed my eyes flicker when I look to the side, and for a fortnight I've been "
     "wobbly on my feet, bumping into door frames.", 59, UR, ["nystagmus", "unsteady-gait"], "vbi_nyst")
case("Right calf swollen, warm and sore after the 14-hour flight from LA; it's a good 3 cm "
     "bigger than the left.", 52, UR, ["calf-swelling", "recent-travel"], "dvt_huff",
     drawing=[R("upper-calf"), R("lower-calf")])
case("Knee replacement ten days ago; now the calf on that side is puffy and hot.", 70, UR,
     ["calf-swelling", "recent-immobilisation", "recent-surgery"], "dvt_herald",
     drawing=[L("upper-calf"), L("lower-calf")])
case("Had a clot in the leg in 2019. This week the left calf is tender, red and swollen.",
     61, UR, ["calf-swelling", "prior-dvt"], "dvt_huff", drawing=[L("upper-calf"), L("lower-calf")])
case("74 yrs. New headache at the temples for 2 weeks, jaw tires chewing steak, brushing my "
     "hair hurts.", 74, UR, ["new-headache", "jaw-claudication", "scalp-tenderness"], "gca_msd",
     drawing=B("temple"))
case("Seventy-eight. One-sided headache that's new this fortnight, and the right eye went "
     "blurry for a few minutes yesterday.", 78, UR, ["new-headache", "visual-change"], "gca_mn",
     drawing=[R("temple"), R("eye")])
case("Plaster cast off last week after six weeks; the lower leg is now swollen and warm, "
     "only on that side.", 33, UR, ["calf-swelling", "recent-immobilisation"], "dvt_herald")
case("New this week: back pain and trouble getting my wee started.", 46, UR,
     ["bladder-bowel-change"], "ces_sh", drawing=B("lumbar"))
case("Right hand weakness getting worse over a month - dropping cups now - and the numbness "
     "has crept up into the forearm.", 57, UR, ["progressive-weakness"], "cord_merck",
     drawing=[R("palm"), R("volar-forearm-radial")])
case("Three days after a car bump: dizzy, one side of the face tingly-numb and food going "
     "down the wrong way.", 40, UR, ["face-numbness", "swallowing-speech-change", "recent-trauma"], "vad")

# ================================================================= refer
case("Breast cancer in 2016; now a new ache in the middle of my back that won't settle.",
     62, RF, ["cancer-history"], "back_vw", drawing=B("mid-thoracic"))
case("Lost a stone in two months without dieting and my low back aches.", 58, RF,
     ["unexplained-weight-loss"], "back_vw", drawing=B("lumbar"))
case("Pain keeps me up all night and no position takes the edge off.", 66, RF,
     ["constant-night-pain"], "back_gpn")
case("Low back pain with a temperature of 38.4 and the shivers.", 49, RF, ["fever"],
     "spine_inf", drawing=B("lumbar"))
case("On methotrexate and a biologic for rheumatoid arthritis; new neck pain.", 53, RF,
     ["immunosuppression"], "back_gpn", drawing=B("posterior-neck"))
case("Injects heroin; back pain a week and feels hot and shaky.", 34, RF,
     ["iv-drug-use", "fever"], "spine_inf", drawing=B("lumbar"))
case("Fell down the stairs yesterday; the wrist is swollen, bent-looking and I can't move it.",
     30, RF, ["recent-trauma"], "fracture", drawing=area("wrist", "r"))
case("Prednisolone 15 mg a day for three years; sudden sharp mid-back pain after a sneeze.",
     72, RF, ["long-term-steroids"], "vcf", drawing=B("mid-thoracic"))
case("Known osteoporosis; new low back pain since lifting a full watering can.", 79, RF,
     ["osteoporosis"], "vcf", drawing=B("lumbar"))
case("Right knee went hot, red and swollen overnight and I feel shivery.", 55, RF,
     ["hot-swollen-joint", "fever"], "septic", drawing=area("knee", "r"))
case("HIV positive with a low CD4 count; aching thoracic spine for three weeks.", 47, RF,
     ["immunosuppression"], "back_gpn", drawing=B("mid-thoracic"))
case("Prostate cancer treated in 2019; new pain in the right hip and low back.", 69, RF,
     ["cancer-history"], "back_vw", drawing=area("hip", "r") + B("lumbar"))
case("Car crash last Tuesday, neck sore and stiff, not been x-rayed.", 28, RF,
     ["recent-trauma"], "back_gpn", drawing=B("posterior-neck"))
case("Went over on my ankle off the kerb this morning, couldn't put weight on it, swelling "
     "like an egg.", 24, RF, ["recent-trauma"], "fracture", drawing=[L("lateral-ankle")])

# =============================================================== caution
case("24 weeks pregnant, low back and hips aching.", 31, CA, ["pregnancy"], "preg",
     drawing=B("lumbar") + B("lateral-hip"))
case("Expecting twins - twelve weeks along - and my neck is in knots.", 34, CA,
     ["pregnancy"], "preg")
case("Takes Xarelto for AF; wants deep tissue on the shoulders.", 73, CA,
     ["anticoagulants"], "anticoag")
case("On warfarin since the valve replacement, bruises if you look at me.", 68, CA,
     ["anticoagulants"], "anticoag")
case("Daily aspirin and clopidogrel since my stent last year; tight calves from walking.", 66, CA,
     ["anticoagulants"], "anticoag")
case("Von Willebrand disease; neck and shoulders tight from desk work.", 29, CA,
     ["bleeding-disorder"], "bleeding")
case("Platelets run low with my ITP; upper back sore from gardening.", 50, CA,
     ["bleeding-disorder"], "bleeding")
case("Osteoporosis diagnosed at 65, on alendronate; no new pain, just tight shoulders.",
     70, CA, ["osteoporosis"], "osteo")
case("Varicose veins behind both knees; calves ache after long shifts on my feet.", 52, CA,
     ["varicose-veins"], "varicose", drawing=B("popliteal"))
case("Gallbladder taken out by keyhole three weeks ago; I'm here for my neck.", 47, CA,
     ["recent-surgery"], "surgery", drawing=B("posterior-neck"))
case("Mini-stroke four years ago, on statins, fine since.", 75, CA, ["stroke-or-tia"], "tia_sa")
case("About 9 weeks pregnant and the midwife has me on low-dose aspirin.", 36, CA,
     ["pregnancy", "anticoagulants"], "anticoag")

# ==================================================== none: look-alikes
case("I sweat buckets in hot yoga and my hamstrings feel tight afterwards.", 29, NO,
     source="heart_kten", lookalike=True, drawing=B("posterior-thigh"))
case("Work's been a heart attack waiting to happen - deadlines! Neck and shoulders like "
     "concrete.", 41, NO, source="heart_mayo", lookalike=True, drawing=B("shoulder-top"))
case("Bum goes numb on the hard church pew, fine as soon as I stand up.", 68, NO,
     source="ces_q", lookalike=True)
case("Grandma's expecting the whole family for Christmas, so I've been lugging boxes down "
     "from the loft.", 38, NO, source="preg", lookalike=True)
case("My daughter's pregnant so I'm doing all her heavy lifting.", 57, NO, source="preg",
     lookalike=True)
case("Arm goes dead if I sleep on it, back to normal in a minute.", 35, NO,
     source="stroke_mayo", lookalike=True)
case("Fractured my wrist when I was nine; never bothered me since.", 44, NO,
     source="fracture", lookalike=True)
case("Tore my hamstring three years ago, fully rehabbed, running marathons now.", 33, NO,
     source="aorta", lookalike=True)
case("Lost 6 kg on purpose since January with the running club and counting calories.",
     46, NO, source="back_vw", lookalike=True)
case("Shoulder aches at night only when I lie on it; turning over sorts it.", 52, NO,
     source="back_gpn", lookalike=True)
case("Saturday Night Fever is my Tuesday dance class - hips sore afterwards!", 61, NO,
     source="spine_inf", lookalike=True)
case("Steroid nasal spray for hay fever in the summer months.", 27, NO, source="vcf",
     lookalike=True)
case("Face goes numb for a couple of hours after the dentist's injection.", 50, NO,
     source="vad", lookalike=True)
case("I volunteer at the cancer charity shop, hauling donation bags all day.", 64, NO,
     source="back_vw", lookalike=True)
case("Seeing double the workload since my colleague left, so even more hours at the laptop.",
     37, NO, source="vad", lookalike=True)
case("Fingertips go numb and white when I'm wiping down the freezers at work, fine once "
     "they warm up.", 23, NO, source="ces_sh", lookalike=True)
case("Both calves are massive and tight after the hill sprints - the good kind of swollen, ha.",
     26, NO, source="dvt_huff", lookalike=True, drawing=[L("upper-calf"), L("lower-calf"), R("upper-calf"), R("lower-calf")])
case("Mum had a stroke at 80 and I've been lifting her in and out of bed.", 55, NO,
     source="stroke_th", lookalike=True)
case("Dad had a DVT after his hip op; I'm only here for my neck.", 42, NO,
     source="dvt_herald", lookalike=True)
case("Knee feels hot after I've had the heat pack on it, then it's fine.", 58, NO,
     source="septic", lookalike=True)
case("Pins and needles in both legs when I sit cross-legged for story time; gone once I "
     "stand.", 31, NO, source="ces_sh", lookalike=True)
case("Crushing it at the gym - new deadlift PB - low back a bit tired.", 30, NO,
     source="heart_kten", lookalike=True, drawing=B("lumbar"))
case("Husband's on Eliquis; I'm the one with the sore shoulder.", 70, NO,
     source="anticoag", lookalike=True)
case("My toddler's speech is a bit behind so we do lots of floor play; my knees ache.",
     32, NO, source="stroke_mayo", lookalike=True)
case("I drop things when my hands are freezing on the allotment in January.", 67, NO,
     source="vbi", lookalike=True)

# ======================================================== none: negated
case("No chest pain, no sweating and no breathlessness - just a knot in my upper trap.",
     52, NO, source="heart_kten", negated=True, drawing=[R("shoulder-top")])
case("Denies saddle anaesthesia and any change in bladder or bowel.", 45, NO,
     source="ces_sh", negated=True)
case("Not pregnant - negative test on Monday.", 30, NO, source="preg", negated=True)
case("I don't take any blood thinners, just vitamin D and magnesium.", 63, NO,
     source="anticoag", negated=True)
case("No history of cancer, weight steady, sleeps right through.", 58, NO,
     source="back_vw", negated=True)
case("Long flight from Tokyo last week but calves aren't swollen, warm or tender; never had a "
     "clot.", 47, NO, source="dvt_huff", negated=True)
case("No double vision, no dizziness and swallowing's normal; stiff neck from sleeping "
     "awkwardly.", 33, NO, source="vad", negated=True)
case("Face and speech normal, both arms equally strong - just jaw ache from clenching.",
     40, NO, source="stroke_mayo", negated=True, drawing=B("jaw-angle"))
case("No fever, no night sweats, no weight loss.", 55, NO, source="back_gpn", negated=True)
case("Temples not tender, no pain chewing and no change in vision; the usual tension "
     "headache. 72 years old.", 72, NO, source="gca_mn", negated=True)


if __name__ == "__main__":
    dump("redflags-heldout.json", ITEMS)
