S = {
 "heart": {"citation": "Covenant HealthCare, 'Signs and Symptoms' (heart attack warning signs)", "url": "https://www.covenanthealthcare.com/main/signsandsymptoms.aspx", "locator": "list 'The most common signs of a heart attack'"},
 "heart2": {"citation": "Spartanburg Regional, 'Early Warning Signs of Heart Attack'", "url": "https://www.spartanburgregional.com/care-treatment/heart/education/early-heart-attack-warning-signs-/", "locator": "lists 'Early warning signs include' and 'Heart attack symptoms in women'"},
 "chestwall": {"citation": "thisvsthat.io, 'Costochondritis vs. Heart Attack'", "url": "https://thisvsthat.io/costochondritis-vs-heart-attack", "locator": "comparison table (pain location, associated symptoms)"},
 "chestwall2": {"citation": "Archives of Disease in Childhood Education & Practice, chest pain differential table", "url": "https://ep.bmj.com/highwire/markup/137143/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed", "locator": "table rows 'Muscular strain' and 'Costochondritis'"},
 "dissect": {"citation": "HealthBlurbs, 'Aortic Dissection Causes Sudden, Severe Chest Pain and Back Pain Between Shoulder Blades'", "url": "http://www.healthblurbs.com/aortic-dissection-causes-sudden-severe-chest-pain-and-back-pain-between-shoulder-blades-symptoms/", "locator": "paragraph on the premier symptom"},
 "pe": {"citation": "LA Vascular, 'Pulmonary Embolism Symptoms: When Chest Pain and Shortness of Breath Are Dangerous'", "url": "https://lavascular.com/pulmonary-embolism-symptoms-when-chest-pain-and-shortness-of-breath-are-dangerous/", "locator": "Key Takeaways"},
 "pe2": {"citation": "Vascular Disease Foundation, 'Symptoms of Pulmonary Embolism'", "url": "http://vdf.org/diseaseinfo/pe/symptoms.html", "locator": "first paragraph"},
 "stroke": {"citation": "Riverside Ohio (roph.org), 'Stroke Symptoms'", "url": "https://www.roph.org/clinical-services/emergency-department/related-article/stroke-symptoms", "locator": "FAST list"},
 "stroke2": {"citation": "Santa Barbara Deep Tissue, 'Facts on & Massage for Strokes'", "url": "https://santabarbaradeeptissue.com/index.php/2021/08/18/facts-on-massage-for-strokes/", "locator": "'Know these signs of a stroke' and F.A.S.T. test"},
 "thunder": {"citation": "Headache Australia, 'Thunderclap headache'", "url": "https://headacheaustralia.org.au/headachetypes/thunderclap-headache/", "locator": "opening paragraph"},
 "thunder2": {"citation": "University of Utah Health, 'ER or Not: Sudden Severe Headache'", "url": "https://healthcare.utah.edu/the-scope/health-library/all/2020/09/er-or-not-sudden-severe-headache", "locator": "episode transcript, 'Severe Headache and Vomiting'"},
 "ces": {"citation": "Royal Free London NHS FT, 'Cauda equina syndrome' patient leaflet", "url": "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome", "locator": "'What are the symptoms?'"},
 "ces2": {"citation": "Torbay and South Devon NHS FT, 'Cauda Equina Syndrome (CES)'", "url": "https://www.torbayandsouthdevon.nhs.uk/services/specialist-spinal-orthopaedic-physiotherapy-service/common-spinal-conditions/cauda-equina-syndrome/", "locator": "symptom list"},
 "ces3": {"citation": "Complete Pilates, 'Cauda Equina Syndrome (CES)'", "url": "https://complete-pilates.co.uk/cauda-equina", "locator": "'Symptoms' list"},
 "cad": {"citation": "Maimonides Emergency Medicine, 'POTD: Cervical Artery Dissection'", "url": "https://www.maimonidesem.org/blog/potd-cervical-artery-dissection", "locator": "clinical scenario and 'What is it?'"},
 "cad2": {"citation": "Rushton et al. 2023, International IFOMPT Cervical Framework position statement (JOSPT 53(1):7-22), copy on atlas.org", "url": "https://www.atlas.org/documents/rushton-et-al-2023-international-framework-for-examination-of-the-cervical-region-for-potential-of-vascular-pathologiespdf-ftF4JEXjccjXo2iDyufefj", "locator": "synopsis"},
 "cad3": {"citation": "El Paso Back Clinic, 'Vertebral Artery Dissection Found During Chiropractic Examination'", "url": "https://elpasobackclinic.com/vertebral-artery-dissection-found-during-chiropractic-examination/amp", "locator": "opening section on VAD symptoms"},
 "dvt": {"citation": "IOMC World, 'Deep Vein Thrombosis'", "url": "https://www.iomcworld.org/medical-journals/deep-vein-thrombosis-45197.html", "locator": "common symptoms paragraph"},
 "dvt2": {"citation": "Curelines, 'DVT'", "url": "https://curelines.com/public/index.php/article/item/546/DVT", "locator": "definition"},
 "gca": {"citation": "Headache Australia, 'Temporal arteritis'", "url": "http://headacheaustralia.org.au/headachetypes/temporal-arteritis/", "locator": "'Location and symptoms'"},
 "gca2": {"citation": "MSD Manual (consumer, NZ), 'Giant Cell Arteritis' quick facts", "url": "https://www.msdmanuals.com/en-nz/home/quick-facts-bone,-joint,-and-muscle-disorders/vasculitic-disorders/giant-cell-arteritis", "locator": "'What are the symptoms of giant cell arteritis?'"},
 "prog": {"citation": "Podiapaedia, 'Spinal cord compression'", "url": "https://podiapaedia.org/wiki/neurology/disorders-of-the-spinal-cord/spinal-cord-compression/", "locator": "'Progressive spinal cord compression'"},
 "prog2": {"citation": "Petersen NeuroSpine, 'Cervical Spondylotic Myelopathy'", "url": "https://petersenneurospine.com/conditions/cervical-spondylotic-myelopathy/", "locator": "second paragraph"},
 "mscc": {"citation": "Royal National Orthopaedic Hospital, 'MSCC patient information'", "url": "https://www.rnoh.nhs.uk/services/spinal-surgical-unit/metastatic-spinal-cord-compression/mscc-patient-information", "locator": "'Symptoms to watch out for'"},
 "mscc2": {"citation": "South Tees Hospitals NHS FT, 'Metastatic Spinal Cord Compression'", "url": "https://www.southtees.nhs.uk/staff-area/resources/metastatic-spinal-cord-compression", "locator": "'MSCC key red flags'"},
 "backrf": {"citation": "lionroar.pages.dev, 'Back Pain Red Flags: What You Should Know'", "url": "https://lionroar.pages.dev/posts/back-pain-red-flags-what-you-should-know", "locator": "'Back Pain Red Flag Signs and Symptoms'"},
 "infect": {"citation": "Duke Scholars, 'The increasing frequency of intravenous drug abuse-associated spinal epidural abscesses: a case series'", "url": "https://scholars.duke.edu/display/pub1480995", "locator": "abstract"},
 "immuno": {"citation": "MyHealth Alberta, 'Possible Health Problems After Transplant'", "url": "https://myhealth.alberta.ca/KidneyTransplant/transplant-recipient-information/after-your-transplant/possible-health-problems", "locator": "'Infections'"},
 "fracture": {"citation": "BoneHealth.ca, 'Vertebral Compression Fractures'", "url": "https://bonehealth.ca/vertebral-compression-fracture-canada.html", "locator": "paragraph on low-force fractures"},
 "fracture2": {"citation": "Vascular & Interventional Specialists, 'Vertebral Compression Fractures'", "url": "https://www.vispecialists.com/conditions-services/vertebral-compression-fractures", "locator": "'Symptoms' and 'Risk Factors' (long-term steroid use)"},
 "hotjoint": {"citation": "Healthwise (Duke Health library), 'Septic arthritis'", "url": "https://spanishkb.healthwise.net/dukehealthmychartes/Content/StdDocument.aspx?DOCHWID=sts14501", "locator": "definition paragraph"},
 "anticoag": {"citation": "Bodywork Online forum, 'Are all blood thinners contraindications?'", "url": "http://www.bodyworkonline.com/forum/viewtopic.php?t=16306", "locator": "replies on deep tissue vs light work"},
 "bleed": {"citation": "UCLH, 'What are haemophilia and acquired bleeding disorders?'", "url": "https://www.uclh.nhs.uk/our-services/find-service/cancer-services/blood-cancers-clinical-haematology/blood-diseases-types-and-services/haemostasis-and-thrombosis/haemophilia-and-acquired-bleeding-disorders/what-are-haemophilia-and-acquired-bleeding-disorders", "locator": "first paragraph"},
 "bleed2": {"citation": "MyHemophiliaTeam, 'Hemophilia Bruising: Pictures and What To Know'", "url": "https://myhemophiliateam.com/resources/hemophilia-bruising-pictures-and-what-to-know", "locator": "opening section"},
 "preg": {"citation": "Massaganista, 'About Prenatal Massage'", "url": "https://www.massaganista.com/About-Prenatal-Massage.html", "locator": "main text"},
 "preg2": {"citation": "Therapeutic Massage & Skin Care Center, 'When to postpone a Pregnancy Massage session'", "url": "https://www.therapeuticmassageandskincarecenter.com/post/when-to-postpone-a-pregnancy-massage-session", "locator": "list 'Specially When'"},
 "varicose": {"citation": "Mike Gillis RMT, 'Is massage bad for varicose veins?'", "url": "https://mikegillisrmt.com/is-massage-bad-for-varicose-veins", "locator": "first paragraph"},
 "surgery": {"citation": "Canberra Plastic Surgery, 'Scar tissue massage: When & how to massage after surgery'", "url": "https://canberraplasticsurgery.com.au/scar-management/", "locator": "timing paragraph"},
 "strokehx": {"citation": "The Massage Source, 'Stroke rehabilitation'", "url": "https://www.themassagesource.com/health-concerns/stroke-rehabilitation", "locator": "main paragraph"},
 "strokehx2": {"citation": "Massage.news thread, 'Massage Considerations for Stroke Patients'", "url": "https://massage.news/threads/massage-considerations-for-stroke-patients-massage-magazine.246374", "locator": "'Stroke Pathology' (TIA)"},
 "osteo": {"citation": "TWS Massage, 'Massage For Osteoporosis'", "url": "https://twsmassage.wordpress.com/2016/02/08/massage-for-osteoporosis/", "locator": "main text"},
 "osteo2": {"citation": "wis.it.com, 'Which massage is best for osteoporosis'", "url": "https://wis.it.com/which-massage-is-best-for-osteoporosis", "locator": "'Understanding Osteoporosis and Massage Safety'"},
 "painwords": {"citation": "Michigan State University Cancer Pain site, 'Describing how it feels'", "url": "http://commtechlab.msu.edu/sites/cancerpain/AssessementLake/A54.html", "locator": "word list"},
}
C = []
def c(text, age, tier, flags=(), drawing=None, benign=False, neg=False, src="heart"):
    C.append(dict(text=text, age=age, tier=tier, flags=list(flags), drawing=drawing, benign=benign, neg=neg, src=src))

# ================= EMERGENCY =================
c("Tight, heavy pressure in the middle of my chest since I sat down after lunch, and I'm sweating even though the room is cold.", 58, "emergency", ["pain-at-rest-crushing","cold-sweat"], ["m.sternum"], src="heart")
c("Filling this in for my dad (67). He says his left arm and his jaw ache and he feels sick. It started while he was sitting watching TV.", 67, "emergency", ["nausea-with-pain"], ["l.anterior-upper-arm","l.mandible"], src="heart2")
c("Therapist note: mid-session client reported central chest pain spreading into the L arm, became clammy and short of breath. Session stopped, 999 called.", 62, "emergency", ["pain-spreading-arm-jaw","cold-sweat","breathlessness"], None, src="heart")
c("I get a tight chest walking up the hill to your clinic. It goes after a few minutes' rest, but today it went up into my jaw.", 71, "emergency", ["pain-on-exertion","pain-spreading-arm-jaw"], ["m.sternum","l.mandible","r.mandible"], src="heart")
c("Upper back between my shoulder blades started hurting about an hour ago, I feel sick and I can't get my breath.", 55, "emergency", ["nausea-with-pain","breathlessness"], ["l.interscapular","r.interscapular"], src="heart2")
c("A sudden ripping pain went through my chest into my back out of nowhere while I was lifting a box.", 64, "emergency", ["sudden-tearing-pain"], ["m.sternum","l.interscapular","r.interscapular"], src="dissect")
c("Therapist note: client felt a sudden tearing pain between the shoulder blades, went grey and nearly passed out on the table.", 70, "emergency", ["sudden-tearing-pain","faint-with-pain"], None, src="dissect")
c("Sharp pain on the right side of my chest every time I breathe in and I can't catch my breath. Flew back from Australia on Tuesday.", 45, "emergency", ["breathlessness","recent-travel"], ["r.lateral-chest"], src="pe")
c("Wife writing: his face has gone droopy on the left and his words are coming out slurred. It started about 20 minutes ago.", 73, "emergency", ["face-droop","speech-difficulty"], None, src="stroke")
c("My right arm suddenly went weak and I dropped my mug, and it still feels heavy and won't do what I want.", 66, "emergency", ["sudden-arm-weakness"], None, src="stroke")
c("Since I woke up I can't get my words out properly, they come out muddled.", 59, "emergency", ["speech-difficulty"], None, src="stroke2")
c("Worst headache of my life, it hit like a bang at the back of my head halfway through a set at the gym.", 41, "emergency", ["thunderclap-headache"], ["l.occiput","r.occiput"], src="thunder")
c("omg my head literally exploded with pain in PE today, never had anything like it, and now I keep throwing up", 16, "emergency", ["thunderclap-headache","nausea-with-pain"], None, src="thunder2")
c("Crushing feeling in my chest, like something heavy sitting on it, and I'm just sitting still.", 60, "emergency", ["pain-at-rest-crushing"], ["l.pectoral","m.sternum"], src="heart")
c("Felt faint and sweaty with a heavy ache in my chest and down my left arm after carrying the shopping upstairs, and it hasn't gone off with resting.", 68, "emergency", ["faint-with-pain","cold-sweat","pain-spreading-arm-jaw"], ["m.sternum","l.medial-upper-arm"], src="heart")
c("Therapist note: pt c/o neck pain, then sudden numbness and weakness R arm and leg approx 10 min ago; speech slurred. Ambulance called.", 52, "emergency", ["sudden-arm-weakness","speech-difficulty"], None, src="stroke2")
c("Booking for Mum (81): her face has dropped on the right side and she can't lift her right arm this morning.", 81, "emergency", ["face-droop","sudden-arm-weakness"], None, src="stroke")
c("Ache in my jaw and neck with sweating, feels like indigestion but much worse and it isn't going away.", 57, "emergency", ["cold-sweat"], ["l.mandible","r.mandible","m.anterior-neck"], src="heart")
c("Chest hurts when I breathe and I'm short of breath since yesterday. I've been laid up in bed for a week with my ankle in a cast.", 69, "emergency", ["breathlessness","recent-immobilisation"], None, src="pe2")
c("No sweating and no sickness, but this pressure in my chest came on while I was resting and it won't shift.", 63, "emergency", ["pain-at-rest-crushing"], ["m.sternum"], neg=True, src="heart")

# ================= URGENT =================
c("Since yesterday my bum and between my legs feel numb, like after the dentist, and my back is really bad.", 44, "urgent", ["saddle-numbness"], ["m.perineum","l.mid-buttock","r.mid-buttock"], src="ces")
c("I can't tell when I need a wee and I've leaked twice since this sciatica started.", 50, "urgent", ["bladder-bowel-change"], None, src="ces")
c("Pins and needles down both legs now, not just the left, and my back is agony.", 38, "urgent", ["bilateral-leg-symptoms"], ["l.posterior-thigh","r.posterior-thigh","l.lumbar","r.lumbar"], src="ces3")
c("The toilet paper feels strange when I wipe, and I've had low back pain for a week.", 47, "urgent", ["saddle-numbness"], None, src="ces2")
c("Numbness started in my right foot last week and now it's up to my knee, and the leg gets weaker every day.", 56, "urgent", ["progressive-weakness"], ["r.dorsal-foot","r.shin"], src="prog")
c("Therapist note: L hand weakness worse at each of the last 3 visits, now dropping things. Neck pain ongoing.", 61, "urgent", ["progressive-weakness"], None, src="prog2")
c("After my neck was cracked at the chiropractor on Monday I've been seeing double and feel unsteady on my feet.", 34, "urgent", ["double-vision","unsteady-gait"], ["l.posterior-neck","r.posterior-neck"], src="cad")
c("A couple of times my legs have just gone from under me, I didn't black out, ever since this neck pain started.", 63, "urgent", ["drop-attacks"], None, src="cad2")
c("New pain on the right side of my neck and since yesterday it's harder to swallow.", 42, "urgent", ["swallowing-speech-change"], ["r.lateral-neck"], src="cad2")
c("Therapist note: on R cervical rotation pt became dizzy, eyes seen flickering side to side. Stopped session.", 58, "urgent", ["nystagmus"], None, src="cad2")
c("My top lip and left cheek have gone numb along with this headache at the back of my neck.", 39, "urgent", ["face-numbness"], ["l.cheek","m.mouth","l.suboccipital"], src="cad")
c("Right calf swollen and hot since I flew back from Thailand three days ago.", 49, "urgent", ["calf-swelling","recent-travel"], ["r.upper-calf","r.lower-calf"], src="dvt")
c("Left calf is bigger than the right, tender and warm. The cast came off my ankle last week.", 35, "urgent", ["calf-swelling","recent-immobilisation"], ["l.upper-calf","l.lower-calf"], src="dvt")
c("I had a clot in this leg before. Now the calf is tight, swollen and aches when I walk.", 52, "urgent", ["calf-swelling","prior-dvt"], ["l.upper-calf","l.lower-calf"], src="dvt2")
c("I'm being treated for bowel cancer and my left calf has swollen up over two days.", 64, "urgent", ["calf-swelling","cancer-history"], None, src="dvt")
c("Dad (72) has had a new headache at his temples for two weeks and his jaw aches when he chews toast.", 72, "urgent", ["new-headache","jaw-claudication"], ["l.temple","r.temple"], src="gca")
c("My scalp is sore when I brush my hair, I've got headaches I never used to get, and the vision in my right eye went blurry for a while this morning.", 74, "urgent", ["scalp-tenderness","new-headache","visual-change"], None, src="gca2")
c("My jaw gets tired halfway through a meal and I've got this new one-sided headache. I'm 68.", 68, "urgent", ["jaw-claudication","new-headache"], ["r.temple","r.jaw-angle"], src="gca")
c("Therapist note: pt 77, new temporal HA x3/52, scalp tender over both temples, jaw fatigue on chewing.", 77, "urgent", ["new-headache","scalp-tenderness","jaw-claudication"], None, src="gca2")
c("Both my legs feel weak and wobbly and I haven't been able to pee properly since this morning.", 45, "urgent", ["bilateral-leg-symptoms","bladder-bowel-change"], None, src="ces3")
c("My balance has gone off this week, I'm walking like I'm drunk, and my neck hurts on the left.", 37, "urgent", ["unsteady-gait"], ["l.posterolateral-neck"], src="cad3")
c("I keep choking on drinks since my neck went last week.", 46, "urgent", ["swallowing-speech-change"], None, src="cad3")
c("The weakness in my left foot is getting worse, I'm catching my toes on kerbs more every week.", 59, "urgent", ["progressive-weakness"], ["l.dorsal-foot"], src="prog")
c("Writing for my grandad (80): one calf has swollen up after two weeks in bed with a chest infection.", 80, "urgent", ["calf-swelling","recent-immobilisation"], None, src="dvt2")
c("No saddle numbness, but both feet have had pins and needles for three days with my back pain.", 49, "urgent", ["bilateral-leg-symptoms"], None, neg=True, src="ces2")

# ================= REFER =================
c("Lost about 6 kg in two months without trying, and the backache is there all the time.", 66, "refer", ["unexplained-weight-loss"], ["l.lumbar","r.lumbar"], src="backrf")
c("I had prostate cancer five years ago and now there's a new ache in my mid back.", 72, "refer", ["cancer-history"], ["l.mid-thoracic","r.mid-thoracic"], src="mscc")
c("The pain keeps me up all night whatever position I lie in, it never lets up.", 58, "refer", ["constant-night-pain"], None, src="mscc")
c("I've had a temperature and the shivers for three days and my lower back is really sore.", 40, "refer", ["fever"], ["l.lumbar","r.lumbar"], src="backrf")
c("I inject heroin, and for a week my low back has been killing me.", 33, "refer", ["iv-drug-use"], None, src="infect")
c("Kidney transplant in 2019, I'm on anti-rejection tablets, and I've got new upper back pain.", 54, "refer", ["immunosuppression"], ["l.upper-thoracic","r.upper-thoracic"], src="immuno")
c("Fell off a ladder on Saturday onto my side, my ribs hurt when I breathe in.", 48, "refer", ["recent-trauma"], ["r.lateral-chest"], src="backrf")
c("On prednisolone for three years for my lungs, and I got a sharp new pain in my back after a sneeze.", 70, "refer", ["long-term-steroids"], ["l.lower-thoracic","r.lower-thoracic"], src="fracture2")
c("I have osteoporosis and my back suddenly hurt when I lifted the shopping out of the car.", 76, "refer", ["osteoporosis"], None, src="fracture")
c("My knee came up hot, red and swollen overnight.", 62, "refer", ["hot-swollen-joint"], ["r.patella","r.suprapatellar"], src="hotjoint")
c("Therapist note: c/o thoracic pain, Hx breast Ca 2017, pain worse at night and not eased by changing position.", 59, "refer", ["cancer-history","constant-night-pain"], None, src="mscc2")
c("Car crash last week, I got whiplash and my neck is very sore.", 29, "refer", ["recent-trauma"], ["l.posterior-neck","r.posterior-neck"], src="backrf")
c("My wrist is very swollen since I fell on it yesterday, I can't grip anything.", 82, "refer", ["recent-trauma"], ["r.dorsal-wrist","r.radial-wrist"], src="fracture")
c("Form completed by daughter: Mum has taken methotrexate and steroid tablets for her arthritis for years, and now she has new low back pain.", 69, "refer", ["immunosuppression","long-term-steroids"], None, src="fracture2")
c("Feeling feverish and run down, and my mid back is sore and aching.", 36, "refer", ["fever"], None, src="backrf")
c("I'm HIV positive and I've had new low back pain for two weeks.", 45, "refer", ["immunosuppression"], None, src="infect")
c("Weight is dropping off me, 10 pounds since Christmas and I'm not dieting, and the shoulder pain is worse at night, nothing helps however I lie.", 63, "refer", ["unexplained-weight-loss","constant-night-pain"], ["r.anterior-deltoid","r.middle-deltoid"], src="backrf")
c("My big toe joint is hot and swollen, I can't even bear the bed sheet on it.", 55, "refer", ["hot-swollen-joint"], ["r.big-toe"], src="hotjoint")
c("No fever. I had breast cancer eight years ago and there's new pain in my ribs on the right.", 61, "refer", ["cancer-history"], ["r.lateral-chest"], neg=True, src="mscc")

# ================= CAUTION =================
c("I'm on apixaban for my heart rhythm. Neck and shoulders are tight.", 74, "caution", ["anticoagulants"], None, src="anticoag")
c("I take clopidogrel since my stent went in.", 66, "caution", ["anticoagulants"], None, src="anticoag")
c("I have von Willebrand disease and I bruise easily.", 28, "caution", ["bleeding-disorder"], None, src="bleed")
c("My platelets are low, the haematologist is keeping an eye on it.", 51, "caution", ["bleeding-disorder"], None, src="bleed")
c("Had a hernia repaired in my right groin three weeks ago, and the groin and inner thigh feel tight.", 47, "caution", ["recent-surgery"], ["r.groin","r.medial-thigh"], src="surgery")
c("Rotator cuff repair on the right four weeks ago; the surgeon said gentle massage is fine.", 57, "caution", ["recent-surgery"], ["r.anterior-deltoid","r.middle-deltoid"], src="surgery")
c("I'm 20 weeks pregnant and my lower back aches.", 31, "caution", ["pregnancy"], ["l.lumbar","r.lumbar"], src="preg")
c("Pregnant with twins, 28 weeks, both hips sore.", 34, "caution", ["pregnancy"], None, src="preg2")
c("I've got varicose veins on the backs of both calves.", 60, "caution", ["varicose-veins"], ["l.upper-calf","r.upper-calf"], src="varicose")
c("Had a stroke four years ago, my left side is still a bit weaker but it's been stable for ages.", 71, "caution", ["stroke-or-tia"], None, src="strokehx")
c("I had a TIA in 2022 and I've taken aspirin every day since.", 68, "caution", ["stroke-or-tia","anticoagulants"], None, src="strokehx2")
c("Osteoporosis diagnosed last year. No back pain at all, I just want my calves done.", 73, "caution", ["osteoporosis"], ["l.upper-calf","r.upper-calf"], src="osteo")
c("Therapist note: Hx osteoporosis, on alendronate, no new pain. Light pressure only over spine and ribs.", 69, "caution", ["osteoporosis"], None, src="osteo2")
c("On warfarin since my valve replacement.", 77, "caution", ["anticoagulants"], None, src="anticoag")
c("Haemophilia A, on prophylaxis injections.", 24, "caution", ["bleeding-disorder"], None, src="bleed2")
c("Knee arthroscopy ten days ago, the knee is stiff. No swelling in the calf.", 45, "caution", ["recent-surgery"], ["l.patella","l.medial-knee"], neg=True, src="surgery")
c("Writing for Gran (88): she takes rivaroxaban and has bad varicose veins on both legs.", 88, "caution", ["anticoagulants","varicose-veins"], None, src="varicose")
c("No chest pain or breathlessness. I'm on warfarin.", 72, "caution", ["anticoagulants"], None, neg=True, src="anticoag")

# ================= NONE: benign look-alikes =================
c("My boss gives me chest pains, ha. Really it's just tight shoulders from the desk.", 34, "none", [], ["l.shoulder-top","r.shoulder-top"], benign=True, src="heart")
c("I nearly fainted when I saw the price of petrol. Anyway, my neck is stiff.", 52, "none", [], None, benign=True, src="heart")
c("My dad had a stroke last year; I'm booking for my own lower back.", 45, "none", [], ["l.lumbar","r.lumbar"], benign=True, src="strokehx2")
c("Cold sweats only after hot yoga, which is normal for me.", 29, "none", [], None, benign=True, src="heart")
c("Out of breath after my 10k as always, and sore calves the next day.", 33, "none", [], None, benign=True, src="pe2")
c("Numb bum after four hours on the bike; it goes as soon as I stand up and has done for years.", 47, "none", [], None, benign=True, src="ces3")
c("Mum's calf swelled up after her flight last year (she's fine now). I'm here for my own neck.", 38, "none", [], None, benign=True, src="dvt")
c("Lost 8 kg on purpose since January with a slimming club.", 41, "none", [], None, benign=True, src="backrf")
c("Had flu with a temperature last month, all gone now. Shoulder is stiff from sleeping badly.", 50, "none", [], None, benign=True, src="backrf")
c("Broke my wrist in 2009, healed fine.", 44, "none", [], None, benign=True, src="fracture")
c("weak at the knees whenever my crush walks past lol. knees are fine tho, it's my back", 15, "none", [], None, benign=True, src="stroke")
c("Jaw aches after chewing gum all day through my exams.", 17, "none", [], None, benign=True, src="gca")
c("My scalp is tender where my braids were done too tight on Saturday.", 26, "none", [], None, benign=True, src="gca2")
c("My brother sees double because of his eye condition. I'm in for my shoulders.", 30, "none", [], None, benign=True, src="cad")
c("Worst headache ever, the morning after my 40th. It built up slowly and was gone by lunch with water and toast.", 40, "none", [], None, benign=True, src="thunder2")
c("Felt a little tear in my hamstring sprinting three weeks ago; the physio says it's a mild strain and healing well.", 22, "none", [], None, benign=True, src="dissect")
c("Slurred speech? Only because the dentist's injection hadn't worn off yesterday.", 36, "none", [], None, benign=True, src="stroke")
c("Bell's palsy in 2015 made one side of my face droop for a month; fully recovered since.", 55, "none", [], None, benign=True, src="stroke2")
c("I leak a little when I sneeze, ever since my third baby twelve years ago.", 46, "none", [], None, benign=True, src="ces")
c("Legs feel heavy after standing all shift, gone by the morning.", 39, "none", [], None, benign=True, src="ces3")
c("Shoulder only wakes me when I roll onto it; I turn over and it settles.", 57, "none", [], None, benign=True, src="mscc")
c("The only steroid I use is a nasal spray for hay fever.", 32, "none", [], None, benign=True, src="fracture2")
c("My wife is in remission from breast cancer. I'm coming in for my calves.", 48, "none", [], None, benign=True, src="mscc2")
c("Had a wisdom tooth out three weeks ago. I want my hamstrings worked on.", 23, "none", [], None, benign=True, src="surgery")
c("My partner is the one who's pregnant, not me!", 31, "none", [], None, benign=True, neg=True, src="preg")
c("My mother had bad varicose veins; I don't have any.", 35, "none", [], None, benign=True, neg=True, src="varicose")
c("Chest is sore to press after yesterday's chest day at the gym, and it pulls when I stretch my arms back.", 24, "none", [], ["l.pectoral","r.pectoral"], benign=True, src="chestwall2")
c("Sweating buckets with hot flushes all day, it's the menopause.", 52, "none", [], None, benign=True, src="heart")
c("I inject insulin four times a day for my diabetes.", 43, "none", [], None, benign=True, src="infect")
c("My arm went dead because I slept on it, back to normal within a minute.", 27, "none", [], None, benign=True, src="stroke")
c("Numb lip from a filling this morning, it's wearing off.", 40, "none", [], None, benign=True, src="cad")
c("Everything is blurry when I forget my reading glasses.", 58, "none", [], None, benign=True, src="gca2")
c("My jaw hurts when I chew since the orthodontist tightened my braces on Tuesday.", 14, "none", [], None, benign=True, src="gca")
c("New headaches since I started my new job: tension across my forehead by 5 pm after screens all day.", 29, "none", [], None, benign=True, src="gca")
c("I've broken my back gardening this weekend! Not literally, just very stiff.", 61, "none", [], None, benign=True, src="fracture")
c("Grandad had a DVT after his hip op. I've got no swelling in my legs.", 42, "none", [], None, benign=True, neg=True, src="dvt2")
c("Shivery and achy the day after my flu jab, gone in 24 hours.", 65, "none", [], None, benign=True, src="backrf")
c("The pain tore through my calf at 3 am - it was cramp, gone once I stretched it.", 50, "none", [], None, benign=True, src="dvt")
c("I've been dying for a massage, my traps are killing me.", 28, "none", [], None, benign=True, src="painwords")
c("Tripped on the stairs but caught the banister, didn't fall or hit anything.", 70, "none", [], None, benign=True, neg=True, src="fracture")
c("Sore ribs at the front when I press on them, since helping a friend move a sofa; breathing is fine.", 39, "none", [], None, benign=True, src="chestwall")
c("Calf sore after a 20 km race, both sides the same, not swollen and not warm.", 38, "none", [], None, benign=True, neg=True, src="dvt2")
c("Headache came on slowly over the afternoon, nothing like a thunderclap, it's my usual type.", 33, "none", [], None, benign=True, neg=True, src="thunder2")

# ================= NONE: plain negations =================
c("No chest pain, no shortness of breath, just a tight upper back from rowing.", 45, "none", [], None, neg=True, src="heart")
c("Denies saddle numbness and any bladder or bowel change; pain down the left leg only.", 41, "none", [], None, neg=True, src="ces2")
c("No weight loss, no night sweats, no fever.", 60, "none", [], None, neg=True, src="backrf")
c("Therapist note: screen negative for dizziness, diplopia, dysarthria, dysphagia, drop attacks, nystagmus, nausea, numbness. Cx ROM full, end-range pain only.", 35, "none", [], None, neg=True, src="cad2")
c("Not on blood thinners and no bleeding problems.", 56, "none", [], None, neg=True, src="anticoag")
c("No history of cancer.", 50, "none", [], None, neg=True, src="mscc2")
c("I'm not pregnant and I don't take any medication.", 27, "none", [], None, neg=True, src="preg2")
c("No numbness in my face, no double vision, no dizziness.", 48, "none", [], None, neg=True, src="cad3")
c("Relative's form: Dad hasn't had a stroke or mini-stroke, and he isn't on any blood thinners.", 79, "none", [], None, neg=True, src="strokehx")
c("No fall, no knock, the hip just started aching after a long walk.", 67, "none", [], None, neg=True, src="fracture")
