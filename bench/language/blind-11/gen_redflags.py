# Generator for redflags-heldout.json (set b11). Case texts written by hand for this set;
# sources were found with the search tool and are cited for the facts of each sign.
import json, sys
sys.path.insert(0, "/work/blind-out/b11")
from common import L, R, Bo, M, A

S = {
 "cardiac": ("Covenant HealthCare, 'Signs and Symptoms' (heart attack warning signs)", "https://www.covenanthealthcare.com/main/signsandsymptoms.aspx", "list: most common signs of a heart attack"),
 "cardiac_w": ("Spartanburg Regional, 'Early Warning Signs of Heart Attack'", "https://www.spartanburgregional.com/care-treatment/heart/education/early-heart-attack-warning-signs-/", "section 'Women and Heart Disease'"),
 "angina": ("Dr Abhijit Chatterjee, 'Ischemic heart disease' (angina pectoris)", "https://drabhijitchatterjee.co.in/ischemic.html", "paragraphs on where the discomfort spreads and what brings it on"),
 "angina2": ("MDAdvice, 'What is Stable Angina?'", "http://www.mdadvice.com/blog/2014/01/14/stable-angina/", "list: characteristics of stable angina"),
 "aortic": ("Dr Kewal Krishan, 'Aortic dissection' (cardiac surgery information page)", "https://www.kewalkrishan.com/cardiac-surgery-page-197", "section 'Symptoms'"),
 "pe": ("LA Vascular, 'Pulmonary Embolism Symptoms: When Chest Pain and Shortness of Breath Are Dangerous'", "https://lavascular.com/pulmonary-embolism-symptoms-when-chest-pain-and-shortness-of-breath-are-dangerous/", "section 'Key Takeaways'"),
 "pe2": ("Vascular Disease Foundation, 'Symptoms of Pulmonary Embolism'", "http://vdf.org/diseaseinfo/pe/symptoms.html", "first paragraph"),
 "stroke": ("Santa Barbara Deep Tissue, 'Facts on & Massage for Strokes'", "https://santabarbaradeeptissue.com/index.php/2021/08/18/facts-on-massage-for-strokes/", "list 'Know these signs of a stroke' and F.A.S.T. test"),
 "stroke2": ("South Carolina Safety & Health Council, 'Emergency Preparedness Tip of the Week: Stroke Symptoms'", "https://www.scshca.com/emergency-preparedness-tip-of-the-week-stroke-symptoms/", "FAST list"),
 "thunder": ("Harvard Health Publishing, 'The worst headache of your life'", "https://www.health.harvard.edu/diseases-and-conditions/the-worst-headache-of-your-life", "opening paragraphs"),
 "cauda": ("Qufora, 'What is Cauda Equina syndrome?'", "https://myqufora.com/conditions/cauda-equina", "section 'Symptoms of Cauda Equina'"),
 "cauda2": ("Sciatica Zone, cauda equina syndrome guide", "https://sciaticazone.com/?p=722", "section 'Early symptoms to watch for'"),
 "myelo": ("HealthUnlocked Myelopathy Support, 'What is Cervical Myelopathy'", "https://healthunlocked.com/myelopathy-support/posts/135759020/what-is-cervical-myelopathy", "symptom list"),
 "myelo2": ("Sydney Spine Institute, 'Cervical myelopathy'", "http://www.sydneyspineinstitute.com.au/cervical-myelopathy/", "condition summary"),
 "cad": ("Sleep Behind, 'What are the 5 D's for neck pain?'", "https://sleepbehind.com/what-are-the-5-d-s-for-neck-pain", "section 'Understanding the 5 D's for neck pain'"),
 "cad2": ("North 49 Therapy, 'Vertebral Artery Dissection - Is This Something We Still Need To Worry About?'", "https://courses.north49therapy.com/blog/vertebral_artery_dissection", "sections 'What is vertebral artery dissection?' and 'What causes vertebral artery dissection?'"),
 "cad3": ("Massage contraindications wiki, 'Vertebral Artery Dissection'", "http://contraindications.wikispaces.com/Vertebral+Artery+Dissection", "paragraph on signs and symptoms (dizziness, ataxia, nausea, numbness, diplopia)"),
 "dvt": ("BigSpine, 'Deep venous thrombosis (DVT)' (complications of back surgery)", "http://www.bigspine.net/index.php/lowerbackproblems/39-complications/92-dvt.html", "whole page"),
 "dvt2": ("Northwest Vein & Laser, 'Deep Vein Thrombosis & Postphlebitic Syndrome'", "https://nwveins.com/tacoma-vein-treatment/deep-vein-thrombosis-postphlebitic-syndrome/", "first paragraph, risk factors"),
 "dvt3": ("Daily Mail, 'What is deep vein thrombosis?' (factfile)", "https://www.dailymail.co.uk/news/fb-5613071/What-deep-vein-thrombosis.html", "symptom paragraph"),
 "gca": ("Melbourne Arthritis, 'Giant Cell Arteritis (GCA)'", "https://melbournearthritis.com.au/giant-cell-arteritis.html", "condition summary"),
 "gca2": ("Patient.info, 'Temporal Arteritis (Giant Cell Arteritis)'", "https://patient.info/health/visual-problems/giant-cell-arteritis", "opening summary and symptoms"),
 "nightwt": ("All About DPT, 'Night Pain and Weight Loss: Causes, Red Flags, and Management'", "https://www.allaboutdpt.site/2025/08/night-pain-and-weight-loss-causes-red.html", "sections 'Understanding Night Pain' and 'Unexplained Weight Loss - Why It Matters'"),
 "cancer": ("Royal National Orthopaedic Hospital, 'MSCC patient information'", "https://www.rnoh.nhs.uk/services/spinal-surgical-unit/metastatic-spinal-cord-compression/mscc-patient-information", "list 'Symptoms to watch out for'"),
 "cancer2": ("Spinal Surgeon Sydney, 'Tumours of the spine'", "https://spinalsurgeonsydney.com.au/for-referrers/blog/tumours-of-the-spine/", "section 'History of cancer'"),
 "infect": ("Access Emergency Medicine, case question on spinal epidural abscess", "https://accessemergencymedicine.mhmedical.com/content.aspx?bookid=1888&sectionid=136160833", "answer explanation"),
 "ivdu": ("Premier Pain Centers, 'Spinal Infection From Drug Use'", "https://www.mypremierpain.com/blog/health-tips/spinal-infection-from-drug-use/", "sections 'Symptoms Of Spinal Infection' and causes"),
 "immuno": ("Pigrau C. et al., health-care-associated hematogenous pyogenic vertebral osteomyelitis (Medicine, PMC4602631)", "https://pmc.ncbi.nlm.nih.gov/articles/PMC4602631", "abstract (neoplasm/immunosuppression as risk factor)"),
 "trauma": ("nidirect, 'Broken bones (fractures)'", "https://nidirect.gov.uk/conditions/broken-bones-fractures", "sections 'Signs of a broken bone' and 'When to seek medical help'"),
 "trauma2": ("Midlands Partnership NHS FT, 'Fractures' (MSK self-help)", "https://mpft.nhs.uk/services/msk/self-help/soft-tissue-injuries-fractures-dislocations/fractures", "list of causes and signs"),
 "vcf": ("McCarthy J, Davis A. Diagnosis and Management of Vertebral Compression Fractures. Am Fam Physician 2016;94(1):44-50", "http://www.aafp.org/afp/2016/0701/p44.html", "abstract"),
 "vcf_steroid": ("FPnotebook, 'Vertebral Compression Fracture'", "https://fpnotebook.com/Ortho/T-Spine/VrtbrlCmprsnFrctr.htm", "sections IV Causes and V Risk Factors (chronic systemic corticosteroids)"),
 "joint": ("HealthInfo Canterbury, 'Septic arthritis (joint infection)'", "http://www.healthinfo.org.nz/Septic-arthritis-joint-infection.htm", "whole page"),
 "joint2": ("Duke Health / Healthwise, 'Septic arthritis'", "https://spanishkb.healthwise.net/dukehealthmychartes/Content/StdDocument.aspx?DOCHWID=sts14501", "first paragraph"),
 "anticoag": ("MedicineContact, 'Safely Receiving Massage Therapy While Taking Blood Thinners'", "https://www.medicinecontact.com/blog/31772/blood-thinners-and-massage", "sections 'How Blood Thinners Work' and 'Risks of Massage Therapy'"),
 "anticoag2": ("Inner Soul, 'I have varicose veins, can I still get a massage?'", "http://www.innersoul.co.za/i-varicose-veins-can-i-still-get-massage/", "paragraph on blood clots and blood thinners"),
 "bleed": ("HemAware, 'Massage Therapy and Bleeding Disorders'", "https://hemaware.org/mind-body/massage-therapy-and-bleeding-disorders", "opening section"),
 "bleed2": ("MyHemophiliaTeam, 'Hemophilia Bruising: Pictures and What To Know'", "https://myhemophiliateam.com/resources/hemophilia-bruising-pictures-and-what-to-know", "opening paragraphs (platelets, clotting factors, VWD)"),
 "surgery": ("Woman's Hospital, 'Scar Massage'", "https://www.womans.org/our-services/surgery/prepare-for-your-surgery/your-recovery-from-surgery/going-home/scar-massage", "tips by weeks after surgery"),
 "preg": ("ShunChild, 'Is calf massage safe during pregnancy?'", "https://shunchild.com/article/is-calf-massage-safe-during-pregnancy", "summary and characteristics table"),
 "preg2": ("Thai Massage Therapists, 'When is Massage During Pregnancy Not Recommended?'", "https://www.thai-massage-therapists.net/when-should-massage-be-avoided-during-pregnancy", "whole page"),
 "varic": ("Aroma of Wellness, 'Massage Contraindications re varicose veins'", "https://aromaofwellness.com.au/massage-contraindications-re-varicose-veins/", "opening paragraphs"),
 "varic2": ("Salon Compass, 'Varicose veins' contraindication page", "https://www.salon-compass.com/contraindications/varicose-veins/", "section 'When we have a client who has VARICOSE VEINS'"),
 "strokehx": ("Massage Aha!, 'Massage After a Stroke'", "https://www.massageaha.com/massage-after-a-stroke/", "opening paragraph"),
 "strokehx2": ("The Massage Source, 'Stroke rehabilitation'", "https://www.themassagesource.com/health-concerns/stroke-rehabilitation", "whole page"),
 "osteo": ("Salon Compass, 'Is massage contraindicated for osteoporosis?'", "https://www.salon-compass.com/contraindications/is-massage-contraindicated-for-osteoporosis/", "first section"),
 "osteo2": ("Joyful Rising Spa, 'Client Education Series: Osteoporosis and Massage'", "https://joyfulrisingspa.com/2024/05/15/client-education-series-osteoporosis-and-massage", "section 'Massage Considerations'"),
 "painwords": ("EBLA, 'What does the pain feel like?'", "https://www.ebla.co.nz/the-trunk/detail/what-does-the-pain-feel-like", "list of common pain descriptions"),
}

CASES = []
def c(tier, text, age, flags=(), src="cardiac", drawing=None, benign=False, neg=False):
    cit, url, loc = S[src]
    rec = {"text": text, "age": age}
    if drawing:
        rec["drawing"] = drawing
    rec.update({"expectTier": tier, "expectFlags": list(flags), "benignLookalike": benign, "negated": neg,
                "source": {"citation": cit, "url": url, "locator": loc}})
    CASES.append(rec)

# ============ EMERGENCY ============
c("emergency", "Started about twenty minutes ago while I was sat watching telly. It's like an elephant parked on my chest and I've come over all sweaty and grey.", 64, ["pain-at-rest-crushing", "cold-sweat"], "cardiac", M("sternum") + L("pectoral"))
c("emergency", "Mowing the lawn I got a tight band across my chest that went down my left arm and up into my jaw. Had to sit down and I still feel like I'm going to be sick.", 58, ["pain-spreading-arm-jaw", "nausea-with-pain"], "cardiac", L("pectoral", "medial-upper-arm", "mandible"))
c("emergency", "Every time I walk up the hill to the bus stop my chest goes tight and I get really puffed out, it settles if I stand still a couple of minutes. Worse this week.", 67, ["pain-on-exertion", "breathlessness"], "angina")
c("emergency", "Weird ache between my shoulder blades and up into my jaw since lunch, I feel queasy and really clammy. Probably pulled something at yoga?", 55, ["pain-spreading-arm-jaw", "nausea-with-pain", "cold-sweat"], "cardiac_w", Bo("interscapular") + L("jaw-angle"))
c("emergency", "Sudden ripping pain straight through my chest into my back when I lifted a box, worst pain I've ever had, came from nowhere.", 71, ["sudden-tearing-pain"], "aortic", M("sternum") + Bo("interscapular"))
c("emergency", "About an hour ago a tearing feeling shot down the middle of my back out of the blue. I have high blood pressure. Can you do deep tissue today?", 66, ["sudden-tearing-pain"], "aortic", Bo("mid-thoracic"))
c("emergency", "Flew back from Perth two days ago. Now a sharp stab on the right side of my chest every time I breathe in and I can't catch my breath walking to the loo.", 45, ["breathlessness", "recent-travel"], "pe", R("lateral-chest", "pectoral"))
c("emergency", "Since this morning it hurts under my left ribs when I take a breath in and I'm gasping going up even one flight of stairs. I'm on the pill and had my leg in plaster till last week.", 31, ["breathlessness", "recent-immobilisation"], "pe2")
c("emergency", "Writing for my mum (79): her smile went lopsided at breakfast and her words are coming out slurred. She has a massage booked with you at 2 for her shoulder.", 79, ["face-droop", "speech-difficulty"], "stroke2")
c("emergency", "My right arm suddenly went weak and heavy about half an hour ago, I dropped my mug and can't lift it properly now. Neck's a bit sore too.", 68, ["sudden-arm-weakness"], "stroke", R("anterior-upper-arm", "dorsal-forearm-radial"))
c("emergency", "Can't get my words out right since I woke up, keep saying the wrong word, and my left leg feels dead and draggy.", 73, ["speech-difficulty", "sudden-arm-weakness"], "stroke")
c("emergency", "Headache hit me like a bat round the back of the head while I was deadlifting, ten out of ten within seconds, worst I've ever had.", 42, ["thunderclap-headache"], "thunder", Bo("occiput"))
c("emergency", "Worst headache of my life came on all at once while I was straining on the toilet, and I've been throwing up since.", 51, ["thunderclap-headache", "nausea-with-pain"], "thunder")
c("emergency", "Chest feels squeezed in a vice, been going half an hour even just sitting here, and I feel like I might pass out.", 60, ["pain-at-rest-crushing", "faint-with-pain"], "cardiac")
c("emergency", "Nearly keeled over at work with this pressure in my chest, and now my left arm aches down to the elbow.", 52, ["faint-with-pain", "pain-spreading-arm-jaw"], "cardiac", L("pectoral", "medial-upper-arm"))
c("emergency", "short of breath and chess pain while lying in bed heavy like someone sitting on me", 59, ["breathlessness", "pain-at-rest-crushing"], "cardiac")
c("emergency", "My husband says the left side of my face looked droopy at breakfast and my tea dribbled out the corner of my mouth.", 70, ["face-droop"], "stroke", L("cheek") + M("mouth"))
c("emergency", "Neck ache this morning and now all of a sudden I can't lift my right arm or grip, and my speech sounds slurry to my wife.", 48, ["sudden-arm-weakness", "speech-difficulty"], "stroke2")

# ============ URGENT ============
c("urgent", "Sciatica for weeks but since yesterday I can't feel the toilet paper when I wipe and it's numb between my legs.", 44, ["saddle-numbness"], "cauda", M("perineum") + Bo("posterior-thigh"))
c("urgent", "Put my back out lifting the kids' trampoline. Now both legs are pins and needles and I haven't been able to wee properly since this morning.", 39, ["bilateral-leg-symptoms", "bladder-bowel-change"], "cauda", Bo("lumbar", "posterior-thigh"))
c("urgent", "I've wet myself twice this week without realising, which never happens, and my low back is killing me.", 52, ["bladder-bowel-change"], "cauda2")
c("urgent", "Can't feel my bum properly when I sit on the loo seat and my legs feel weak going upstairs, both sides.", 61, ["saddle-numbness", "bilateral-leg-symptoms"], "cauda2")
c("urgent", "The numbness started in my left big toe last week, it's crept up to my knee now and my foot slaps the floor when I walk.", 57, ["progressive-weakness"], "myelo2", L("big-toe", "dorsal-foot", "shin"))
c("urgent", "My right hand is getting weaker week by week. Can't do buttons any more and the numbness has spread from two fingers to the whole hand.", 63, ["progressive-weakness"], "myelo", A("hand", "r") + A("fingers", "r"))
c("urgent", "Since the chiro cracked my neck on Tuesday I've had double vision on and off and feel like I'm on a boat.", 36, ["double-vision"], "cad")
c("urgent", "Since the whiplash a fortnight ago my legs have just gone from under me twice, I didn't black out, just dropped.", 47, ["drop-attacks", "recent-trauma"], "cad")
c("urgent", "Sharp pain down the right side of my neck since Sunday and my food keeps sticking when I swallow, like there's a lump.", 41, ["swallowing-speech-change"], "cad", R("lateral-neck"))
c("urgent", "My daughter noticed my eyes flicking side to side when I looked at her, and my neck has been bad since the weekend.", 72, ["nystagmus"], "cad3")
c("urgent", "New wobbly walking, I keep bumping into door frames, plus one side of my neck is stiff and sore.", 55, ["unsteady-gait"], "cad3")
c("urgent", "Left side of my lips and cheek went numb after my neck started hurting, I'd been using a massage gun on it.", 33, ["face-numbness"], "cad3", M("mouth") + L("cheek", "posterolateral-neck"))
c("urgent", "Got back from Bali on Tuesday (14 hr flight). Now my left calf is swollen, hot and tight. Right one's fine.", 50, ["calf-swelling", "recent-travel"], "dvt3", L("upper-calf", "lower-calf"))
c("urgent", "Been in a moon boot five weeks and the calf on that leg is puffy and really tender when I press it.", 29, ["calf-swelling", "recent-immobilisation"], "dvt")
c("urgent", "Had a clot in the same leg in 2019. This week my right calf is red, warm and fatter than the left.", 46, ["calf-swelling", "prior-dvt"], "dvt2", R("upper-calf", "lower-calf"))
c("urgent", "On chemo for bowel cancer and one of my calves has swollen right up and aches.", 62, ["calf-swelling", "cancer-history"], "dvt2")
c("urgent", "I'm 74 and never get headaches, but for two weeks my temples have throbbed and my jaw aches after a few mouthfuls of toast.", 74, ["new-headache", "jaw-claudication"], "gca2", Bo("temple", "jaw-angle"))
c("urgent", "Combing my hair hurts my scalp and I've got a new sort of headache on the right side. I'm 68.", 68, ["scalp-tenderness", "new-headache"], "gca", R("temple", "parietal"))
c("urgent", "Blurry patch in my right eye yesterday for a few minutes, plus these new headaches round the temples.", 71, ["visual-change", "new-headache"], "gca2")
c("urgent", "Over the past month both hands have got clumsy, I'm dropping cups, and I walk like I've had a few.", 66, ["progressive-weakness", "unsteady-gait"], "myelo")
c("urgent", "Saddle area feels like I'm sitting on a numb cushion since yesterday arvo, back's crook too.", 48, ["saddle-numbness"], "cauda")
c("urgent", "Lost control of my bowels last night, no warning. My back's been bad for a week.", 58, ["bladder-bowel-change"], "cauda2")
c("urgent", "Had my hip replaced 10 days ago and the calf on that side has ballooned and is hot to touch.", 69, ["calf-swelling", "recent-immobilisation"], "dvt", R("upper-calf", "lower-calf"))

# ============ REFER ============
c("refer", "Lost about seven kilos since Christmas without trying, and this mid-back ache won't shift.", 66, ["unexplained-weight-loss"], "nightwt", Bo("mid-thoracic"))
c("refer", "Had breast cancer six years ago, all clear since, but I've had new pain in my upper back for three weeks.", 58, ["cancer-history"], "cancer2", Bo("upper-thoracic"))
c("refer", "The pain in my lower back is there all night, doesn't matter how I lie, I end up sitting in the chair at 3am.", 69, ["constant-night-pain"], "nightwt")
c("refer", "Back pain with shivers and a temperature of 38.5 since Friday.", 54, ["fever"], "infect", Bo("lumbar"))
c("refer", "I take tacrolimus since my kidney transplant and I've got new neck pain this week.", 50, ["immunosuppression"], "immuno")
c("refer", "I inject (heroin) and my back started really hurting this week.", 34, ["iv-drug-use"], "ivdu")
c("refer", "Came off my bike onto my shoulder on Saturday, it's swollen and there's a lump on my collarbone.", 27, ["recent-trauma"], "trauma", R("supraclavicular", "acromion"))
c("refer", "Been on prednisolone for my lungs for three years. Bent down to pick up the cat and got a sharp pain in my mid back.", 72, ["long-term-steroids"], "vcf_steroid")
c("refer", "I've got osteoporosis and my back suddenly started hurting after a big sneeze.", 77, ["osteoporosis"], "vcf")
c("refer", "My knee's come up like a balloon overnight, it's red and hot and I can't bend it.", 60, ["hot-swollen-joint"], "joint", R("patella", "suprapatellar"))
c("refer", "Prostate cancer treated in 2020. Now a low back ache that wakes me and won't settle whatever position I try.", 73, ["cancer-history", "constant-night-pain"], "cancer")
c("refer", "Slipped on the ice and landed on my wrist yesterday, it's puffy and looks a bit bent.", 81, ["recent-trauma"], "trauma2", L("dorsal-wrist", "radial-wrist"))
c("refer", "Feel rotten and feverish, sweats at night, and my mid back is sore right on the spine.", 44, ["fever"], "infect")
c("refer", "On methotrexate and Humira for my RA, and I've got a new ache low in my back.", 52, ["immunosuppression"], "immuno")
c("refer", "Rear-ended on the motorway on Monday, my neck is really sore now.", 35, ["recent-trauma"], "trauma")
c("refer", "Lost weight without dieting, about two stone this year, plus a shoulder ache that's there at night no matter what.", 63, ["unexplained-weight-loss", "constant-night-pain"], "nightwt", A("shoulder-joint", "l"))
c("refer", "Big toe came up hot, red and swollen this morning, I can't bear the sheet on it.", 49, ["hot-swollen-joint"], "joint2", R("big-toe"))
c("refer", "I use (inject) and I've had a fever and a sore spine between my shoulder blades for four days.", 38, ["iv-drug-use", "fever"], "infect")
c("refer", "My GP said my bones are thin (osteoporosis) and this week my lower back started aching after gardening.", 74, ["osteoporosis"], "vcf")

# ============ CAUTION ============
c("caution", "I take Eliquis for my heart rhythm. Neck and shoulders tight from the computer.", 71, ["anticoagulants"], "anticoag")
c("caution", "On warfarin, INR checked every two weeks. Sore calves from walking the dog.", 68, ["anticoagulants"], "anticoag")
c("caution", "Daily clopidogrel since my stent three years ago, no chest problems since. Lower back tight.", 66, ["anticoagulants"], "anticoag")
c("caution", "I've got mild haemophilia A. Tight hamstrings from cycling.", 26, ["bleeding-disorder"], "bleed", Bo("posterior-thigh"))
c("caution", "My platelets run low (ITP) and I bruise if you look at me. Knotty upper traps.", 34, ["bleeding-disorder"], "bleed2")
c("caution", "Had my gallbladder out keyhole three weeks ago, sore around the little scars on my tummy, can you work there?", 47, ["recent-surgery"], "surgery", R("upper-abdomen"))
c("caution", "ACL reconstruction four weeks ago on the left, would like work on my quads.", 24, ["recent-surgery"], "surgery", L("anterior-thigh"))
c("caution", "I'm 24 weeks pregnant and my lower back aches by the evening.", 32, ["pregnancy"], "preg", A("low-back"))
c("caution", "Expecting our second, ten weeks along, neck and shoulders in knots.", 29, ["pregnancy"], "preg2")
c("caution", "Big bulgy veins on the back of my calves, please go easy there.", 58, ["varicose-veins"], "varic", Bo("upper-calf"))
c("caution", "Had a mini-stroke in 2021, fully recovered, now just a sore left shoulder.", 67, ["stroke-or-tia"], "strokehx")
c("caution", "Stroke five years ago affecting my left side, still a bit weak in that hand. Right shoulder overworked.", 75, ["stroke-or-tia"], "strokehx2")
c("caution", "Diagnosed with osteoporosis last year after a scan, no back pain at all, just tight hamstrings.", 63, ["osteoporosis"], "osteo")
c("caution", "Take Xarelto and Plavix both. Want a deep tissue back massage please.", 72, ["anticoagulants"], "anticoag")
c("caution", "I have von Willebrand disease. Tension headaches from work.", 41, ["bleeding-disorder"], "bleed2")
c("caution", "Varicose veins on both shins and behind my knees; also had a hip replacement five weeks ago on the right.", 70, ["varicose-veins", "recent-surgery"], "varic2", A("hip", "r") + Bo("popliteal"))
c("caution", "On alendronate for osteoporosis, my spine doesn't hurt, it's my tennis elbow I want sorted.", 66, ["osteoporosis"], "osteo2", R("lateral-epicondyle"))
c("caution", "Denies saddle numbness or any bladder change. Takes apixaban for atrial fibrillation.", 62, ["anticoagulants"], "anticoag", neg=True)

# ============ NEGATED (tier none) ============
c("none", "Low back ache after a weekend in the garden. No numbness around my bottom, waterworks normal.", 48, [], "cauda", neg=True)
c("none", "No chest pain, not short of breath, just a sore right pec after bench press.", 29, [], "cardiac", neg=True)
c("none", "The headache is my usual tension one, it built up slowly over the afternoon, nothing sudden and not the worst I've had.", 37, [], "thunder", neg=True)
c("none", "Never had cancer myself. Mum had breast cancer. I've got a stiff neck from my new pillow.", 45, [], "cancer2", benign=True, neg=True)
c("none", "Both calves ache the same after my first parkrun. No swelling, haven't been on any flights.", 41, [], "dvt3", benign=True, neg=True)
c("none", "No fever, no weight loss, back hurts since I moved house and carried boxes all day.", 36, [], "nightwt", neg=True)
c("none", "My jaw clicks when I yawn but chewing doesn't hurt it. I'm 34.", 34, [], "gca", L("tmj"), neg=True)
c("none", "No double vision or dizziness; my neck is stiff from sleeping in a funny position on the sofa.", 30, [], "cad", neg=True)
c("none", "Did a test, definitely not pregnant. Lower back tight after spin class.", 27, [], "preg", neg=True)
c("none", "My calf isn't swollen or hot, it just cramps at night sometimes.", 53, [], "dvt", neg=True)
c("none", "I haven't fallen or had any accident, my wrist aches from typing all day.", 33, [], "trauma", neg=True)
c("none", "Haven't lost any weight, appetite's fine. My shoulder only hurts at night if I lie on it and eases when I roll over.", 51, [], "nightwt", neg=True)
c("none", "Sciatica down the right leg to the calf. No pins and needles in the other leg, bladder and bowels fine.", 46, [], "cauda2", R("mid-buttock", "posterior-thigh", "upper-calf"), neg=True)
c("none", "Not on any blood thinners, I stopped my aspirin two years ago when the doctor said I didn't need it.", 64, [], "anticoag", benign=True, neg=True)

# ============ BENIGN LOOK-ALIKES (tier none) ============
c("none", "This project is giving me a heart attack, my neck and shoulders are in bits.", 38, [], "cardiac", benign=True)
c("none", "My dad had a stroke in 2015 and I'm his carer now; lifting him kills my lower back.", 47, [], "strokehx", benign=True)
c("none", "My boss is a right pain in the neck, literally - tight at the back of my neck by Friday.", 35, [], "painwords", Bo("posterior-neck"), benign=True)
c("none", "Pins and needles in my foot after I sat on it through the whole film, gone after a minute of stamping.", 22, [], "myelo", benign=True)
c("none", "Sorry for typos, I'm short of breath from running up the stairs to catch the bus! Booking for tight calves.", 26, [], "pe2", benign=True)
c("none", "Sweating buckets in this heatwave and my upper traps are tight from the desk.", 31, [], "cardiac", benign=True)
c("none", "My wife's pregnant and I've hurt my back putting the cot together.", 33, [], "preg", benign=True)
c("none", "Broke my ankle skiing in 2009, fully healed, now just a tight calf on that side.", 44, [], "trauma", benign=True)
c("none", "Lost 10 kg on purpose with Weight Watchers, my knees feel better but my hips are tight.", 56, [], "nightwt", benign=True)
c("none", "My jaw gets tired from chewing gum all day at uni.", 19, [], "gca", benign=True)
c("none", "Numb bum after a 100 km ride on Saturday, back to normal by dinner. Quads sore.", 40, [], "cauda", benign=True)
c("none", "My mum (not me) is on warfarin. I'm booking for myself, shoulder ache.", 42, [], "anticoag", benign=True)
c("none", "My legs felt like jelly after leg day, both of them, quads mostly.", 23, [], "cauda2", benign=True)
c("none", "My face was numb for hours after the dentist's injection last week, fine now, but my jaw's a bit stiff from having it open.", 36, [], "cad3", benign=True)
c("none", "Been crushing it at the gym lately, sore pecs from heavy bench.", 28, [], "cardiac", benign=True)
c("none", "My heart sank when I saw the removal bill, and my lower back's been sore since the move.", 39, [], "cardiac", benign=True)
c("none", "Got sweaty and sick on the ferry last week (seasick), all fine now, just a stiff neck from the bunk.", 45, [], "cardiac_w", benign=True)
c("none", "Grandad had a clot in his leg after his op. I'm booking for my own tight hamstrings.", 30, [], "dvt", benign=True)
c("none", "I'm a nurse and give IV drugs all shift; my shoulders ache from the drug trolley.", 43, [], "ivdu", benign=True)
c("none", "My son is on immunosuppressants after his transplant and I'm his carer, hence the sore lower back.", 49, [], "immuno", benign=True)
c("none", "I use a hydrocortisone cream for eczema on my hands now and then. Sore forearms from climbing.", 25, [], "vcf_steroid", benign=True)
c("none", "Fell asleep on the sofa and woke up with a crick in my neck.", 34, [], "trauma", R("posterolateral-neck"), benign=True)
c("none", "I fell for a scam email last week and I've been clenching my jaw ever since.", 52, [], "trauma2", Bo("jaw-angle"), benign=True)
c("none", "Dropped a dumbbell on my foot three years ago, no problems since; my arches ache in my new trainers.", 31, [], "trauma", benign=True)
c("none", "My nan has osteoporosis. I'm 32 and just have a tight neck.", 32, [], "osteo", benign=True)
c("none", "My knee swelled up after I whacked it on the coffee table two years ago, totally fine now. Booking for my back.", 38, [], "joint", benign=True)
c("none", "I get a stitch in my side when I run, goes as soon as I stop.", 24, [], "angina2", R("lateral-abdomen"), benign=True)
c("none", "Had a hysterectomy in 2012. Hips and lower back stiff from my desk job.", 58, [], "surgery", benign=True)
c("none", "My calf is bigger on the right because I'm a right-footed footballer, always has been. Tight hamstrings.", 21, [], "dvt3", benign=True)
c("none", "I travel a lot for work by train and my hips get tight from all the sitting.", 46, [], "dvt2", benign=True)
c("none", "Same headaches I've had since I was a teenager, on and off with my period. Neck tight too.", 52, [], "gca2", benign=True)
c("none", "I grind my teeth since the new job and my jaw aches when I chew in the mornings.", 35, [], "gca", Bo("tmj", "jaw-angle"), benign=True)
c("none", "My vision goes blurry when I forget my reading glasses, and my neck aches from squinting at the screen.", 49, [], "gca2", benign=True)
c("none", "I'm always dropping things - I'm just clumsy, always have been! Tight shoulders from rowing.", 27, [], "myelo", benign=True)
c("none", "The stairs at work leave me a bit out of breath because I'm unfit, nothing hurts except my knees.", 44, [], "angina", benign=True)
c("none", "Bladder's fine, I just wee a lot because I drink three litres of water a day for training.", 30, [], "cauda", benign=True)
c("none", "Had a varicose vein stripped out in 2005 and it never came back. Shoulder blade pain.", 61, [], "varic", benign=True)
c("none", "The doctor gave me steroid tablets for five days for a chest infection last winter, finished them. Mid back stiff.", 55, [], "vcf_steroid", benign=True)

out = []
for i, rec in enumerate(CASES, 1):
    out.append({"id": f"b11f-{i:03d}", **rec})
with open("/work/blind-out/b11/redflags-heldout.json", "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
from collections import Counter
print(len(out), Counter(x["expectTier"] for x in out), "benign", sum(x["benignLookalike"] for x in out),
      "neg", sum(x["negated"] for x in out), "drawing", sum("drawing" in x for x in out))
