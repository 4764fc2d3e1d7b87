import json
S = {
 'MI': ("What is a heart attack? (age2b)", "https://age2b.com/what-is-a-heart-attack", "bulleted signs and symptoms: centre/left chest pressure; nausea, light-headedness or fainting, cold sweat; shortness of breath; discomfort in arms, back, neck, jaw"),
 'MI2': ("What are signs of a heart attack? (TrendsMask)", "https://www.trendsmask.com/what-are-signs-of-a-heart-attack-110168.html", "list of common signs: pain spreading to arms, shoulders, neck, jaw; cold sweat; nausea or vomiting; lightheadedness"),
 'MI3': ("Common symptoms of a heart attack (iHealthKonnect blog)", "http://blog.ihealthkonnect.com/common-symptoms-heart-attack/", "list: chest pressure, upper-body discomfort, trouble breathing, feeling sick, cold sweat"),
 'ANG': ("Symptoms of angina pectoris (Med-Max Service)", "https://www.med-max-service.com/symptoms-of-angina-pectoris/", "paragraph on exertional angina: tightening chest pain on stairs or hills that goes away after resting"),
 'ANG2': ("Ischemic heart disease — Dr Abhijit Chatterjee", "https://drabhijitchatterjee.co.in/ischemic.html", "angina paragraphs: discomfort brought on by brisk walking or stairs, relieved by rest; spreads to neck, jaw, inner left arm"),
 'AD': ("Aortic dissection: symptoms — DiseaseMaps", "https://diseasemaps.org/aortic-dissection/top-questions/symptoms/", "short answer and hallmark-symptom paragraph: sudden tearing or ripping chest/back pain, between the shoulder blades; fainting"),
 'PE': ("What is pulmonary embolism? (CIMS)", "https://www.cims.org/what-is-pulmonary-embolism/", "most common symptoms: sudden shortness of breath; sharp chest pain worse on deep breath"),
 'ST': ("F.A.S.T. — Canadian Stroke Recovery/Support Network (crsn.ca)", "https://www.crsn.ca/en/stroke-survivor-and-caregiver-support/covid-19-pts-caregivers/16-english/patients-and-carers/what-you-need-to-know-about-stroke/25-f-a-s-t", "facial drooping, arm weakness, speech difficulties, time to call 911"),
 'ST2': ("In case of stroke symptoms — stroke.bg", "https://stroke.bg/en/in-case-of-stroke-symptoms", "F.A.S.T. list: face droop or numb, arm weak or numb, slurred speech, call 911"),
 'ST3': ("Signs of stroke (dojusticelovemercywalkhumbly.net)", "https://dojusticelovemercywalkhumbly.net/post/signs-of-stroke", "opening paragraph: numbness or weakness on one side of the face; loss of balance; trouble seeing"),
 'SAH': ("Thunderclap Headaches — American Migraine Foundation", "https://americanmigrainefoundation.org/resource-library/thunderclap-headaches/", "first paragraph: severe headache reaching full force in under a minute needs urgent evaluation; triggered by exertion or straining"),
 'SAH2': ("How is the headache of subarachnoid hemorrhage often described? (SeekHealthz)", "https://www.seekhealthz.com/health/how-is-the-headache-of-subarachnoid-hemorrhage-often-described/", "answer paragraph: 'worst headache of my life', explosive, maximal at onset"),
 'CES': ("What exactly is cauda equina syndrome? (eOrthopod FAQ)", "https://eorthopod.com/faq/what-exactly-is-cauda-equina-syndrome-my-mother-in-law-was-diagnosed-with-it-but-all-we-know-is-that-she-had-a-lot-of-back-pain-and-needed-emergency-surgery", "symptoms sentence: bowel/bladder control, saddle-area sensations, leg pain or altered sensation; surgery as soon as possible"),
 'CES2': ("What does cauda equina syndrome feel like? (Biology Insights)", "https://biologyinsights.com/what-does-cauda-equina-syndrome-feel-like", "sections 'Sensory experience' (saddle anaesthesia) and 'Loss of motor function' (bilateral leg weakness)"),
 'CES3': ("Cauda equina syndrome symptoms (Tarlov disease site, populus.org)", "http://tarlovdisease.populus.org/rub/29", "symptom list: saddle paresthesia; bladder disturbance incl. difficulty initiating urination; lower-limb weakness"),
 'VBI': ("Felipe L. Updates about Vertebrobasilar Insufficiency in Dizziness. Lupine Publishers, 2019", "https://lupinepublishers.com/otolaryngology-journal/abstracts/updates-about-vertebrobasilar-insufficiency-in-dizziness.ID.000126.php", "abstract: dizziness, visual changes, diplopia, ataxia, limb weakness, neck pain"),
 'VBI2': ("Vertebral Artery Insufficiency (VBI) case study — dizzy.com", "https://dizzy.com/video-draft/", "first paragraph: VBI as origin of vertigo, nystagmus, diplopia; case of nystagmus with neck rotation"),
 'VBI3': ("Asavasopon S et al. Clinical Diagnosis of Vertebrobasilar Insufficiency: Residents Case Problem (JOSPT 2005), via Scribd", "https://fr.scribd.com/document/364054794/Vbi-Resident-Case", "page 1 background: nausea, vertigo, syncope, swallowing, speech and balance problems"),
 'DROP': ("Drop attacks — MedLink Neurology", "https://www.medlink.com/articles/drop-attacks", "overview and key points: sudden falls without loss of consciousness, rapid return to baseline"),
 'MSCC': ("Malignant spinal cord compression — Macmillan Cancer Support", "https://www.macmillan.org.uk/information-and-support/coping/side-effects-and-symptoms/other-side-effects/malignant-spinal-cord-compression.html", "symptom list: back or neck pain, numbness, unsteady on feet, bladder or bowel problems"),
 'MSCC2': ("NICE CG75 information for the public: diagnosing metastatic spinal cord compression", "https://www.nice.org.uk/guidance/cg75/ifp/chapter/Diagnosing-metastatic-spinal-cord-compression", "lists 'Symptoms of spinal metastases' (pain stopping sleep) and 'Symptoms of MSCC' (numbness, weakness)"),
 'DVT': ("DVT — Warning Signs, Risk Factors and Treatment (Dr Ved Prakash)", "https://dr-vedprakash.com/?p=667", "section 'Symptoms': one-sided leg swelling; calf pain and tenderness; warmth"),
 'DVT2': ("Deep Vein Thrombosis & Postphlebitic Syndrome — NW Veins", "https://nwveins.com/tacoma-vein-treatment/deep-vein-thrombosis-postphlebitic-syndrome/", "paragraph 1 risk factors: prolonged immobility, surgery, trauma, pregnancy, long flight or road trip"),
 'DVT3': ("Beware of Blood Clots — Peninsula (patient services)", "https://www.peninsulapc.com/patient-services/about-your-surgery/beware-of-blood-clots/", "risk if clot in the past or leg surgery; signs: calf redness, warmth, pain"),
 'BACK': ("Acute low back pain — Health Ethiopia blog (2022)", "https://healthethiopia.blogspot.com/2022/09/acute-low-back-pain.html?spref=bl", "numbered red-flag list items 1-3: cancer history; fever, unexplained weight loss; night pain"),
 'BACK2': ("Worrying red flag features of back pain (guwsmedical.info)", "https://www.guwsmedical.info/medical-history/worrying-red-flag-features-of-back-pain.html", "sections 1-2: unexplained weight loss; intravenous drug abuse, immunocompromised"),
 'TRAUMA': ("Upper, lower and middle back pain red flags (hco.pages.dev)", "https://hco.pages.dev/posts/upper-lower-and-middle-back-pain-red-flags", "table of contents and sections: age, fever, trauma, history of cancer, night pain"),
 'SEA': ("Marshburn E, Shufeldt J. High-risk conditions presenting with back pain, part 3. J Urgent Care Med", "https://www.jucm.com/high-risk-conditions-presenting-back-pain-part-3/", "'Urgent message' and intro: fever plus back pain; IV drug use → consider epidural abscess"),
 'VCF': ("Vertebral Compression Fractures. Am Fam Physician 2016;94(1):44-50", "http://www.aafp.org/afp/2016/0701/p44.html", "abstract: abrupt back pain with position change, coughing, sneezing or lifting"),
 'VCF2': ("Compression Fractures — American Neurospine", "https://www.americanneurospine.com/services/compression-fractures/", "paragraph 1: in severe osteoporosis a fracture from stepping out of the shower, sneezing, lifting a light object"),
 'STER': ("Osteoporosis and long-term prednisone: What is the risk? (Mayo Clinic Health Library via Sparrow)", "http://www.sparrow.org/healthlibrary/content.aspx?DocID=AN01972", "answer: prednisone and similar drugs cause bone loss; longer use, greater risk"),
 'JOINT': ("Septic Arthritis Symptoms — CreakyJoints", "https://creakyjoints.org/education/septic-arthritis/symptoms/", "paragraph: swollen, red, warm joint over hours or days with fever and chills"),
 'GCA': ("Giant cell arteritis — Immune Mediated Disease registry", "https://immunemediateddisease.com/giant-cell-arteritis", "symptom list: temple pain, jaw pain on chewing, scalp tenderness, vision loss or double vision; onset age 70-80"),
 'GCA2': ("Headaches and giant cell arteritis — Tekoza Optometrists", "http://www.tekozaoptom.co.za/2019/11/27/headaches-and-giant-cell-arteritis-2/", "paragraph: GCA a medical emergency; scalp tenderness, pain chewing, decreased vision"),
 'MAS': ("Is massage safe? — Livih", "https://www.livih.com/myofascial-release/is-massage-safe/", "list: bleeding disorders or blood thinners, severe thrombocytopenia, severe osteoporosis; talk to doctor if pregnant"),
 'MAS2': ("Massage – when it is not advisable (eBay UK guide)", "http://www.ebay.co.uk/gds/Massage-when-it-is-not-advisable-/10000000011053134/g.html", "contraindication list: varicose veins, recent operations, blood clots"),
 'STR': ("Massage after stroke — Stroke-Rehab.com", "https://www.stroke-rehab.com/massage-after-stroke1.html", "answer: get neurologist's okay; people on blood thinners bruise easily, avoid deep tissue"),
 'PREG': ("Pregnancy Massage, page 2 — WebMD", "http://www.webmd.com/baby/pregnancy-and-massage?page=2", "'Safe techniques' section: clot risk in calves and inner thigh; avoid deep pressure on legs"),
}
F = []
def f(text, age, tier, flags=(), benign=False, neg=False, draw=None, src='MI'):
    c, u, l = S[src]
    d = dict(text=text, age=age, expectTier=tier, expectFlags=list(flags), benignLookalike=benign, negated=neg)
    if draw: d['drawing'] = draw
    d['source'] = dict(citation=c, url=u, locator=l)
    F.append(d)
# ---- emergency ----
f("Heavy pressure in the middle of my chest for the last half hour, like someone sitting on me, and I'm drenched in sweat just sitting here.", 58, 'emergency', ['pain-at-rest-crushing','cold-sweat'], draw=['m.sternum'], src='MI')
f("The ache runs from my chest down the inside of my left arm and up into my jaw, and I feel like I'm going to be sick.", 61, 'emergency', ['pain-spreading-arm-jaw','nausea-with-pain'], draw=['m.sternum','l.medial-upper-arm','l.mandible'], src='MI2')
f("I get a tight band across my chest walking up the hill to the shops, I'm puffing and have to stop, then it goes off after a couple of minutes.", 66, 'emergency', ['pain-on-exertion','breathlessness'], src='ANG')
f("Chest feels squeezed, I can't get my breath and I've gone all clammy.", 54, 'emergency', ['breathlessness','cold-sweat'], draw=['m.sternum','l.pectoral'], src='MI3')
f("Was doing deadlifts and suddenly felt something rip through my chest and straight into my back between the shoulder blades.", 49, 'emergency', ['sudden-tearing-pain'], draw=['m.sternum','l.interscapular','r.interscapular'], src='AD')
f("Out of nowhere a tearing pain in my upper back, the worst I've ever felt, and I nearly passed out on the kitchen floor.", 72, 'emergency', ['sudden-tearing-pain','faint-with-pain'], src='AD')
f("The chest pain made me go grey and I had to sit on the floor before I blacked out.", 45, 'emergency', ['faint-with-pain'], src='MI')
f("Sharp pain on the right of my chest when I breathe in, came on suddenly this morning, and I'm out of breath just talking. Flew back from Sydney on Tuesday.", 38, 'emergency', ['breathlessness','recent-travel'], draw=['r.lateral-chest'], src='PE')
f("My wife says the left side of my mouth is sagging and my words keep coming out wrong.", 67, 'emergency', ['face-droop','speech-difficulty'], src='ST')
f("My right arm went dead and heavy about twenty minutes ago, I can't even lift my mug.", 71, 'emergency', ['sudden-arm-weakness'], draw=['r.anterior-upper-arm','r.posterior-upper-arm'], src='ST2')
f("Struggling to get my words out since lunch, I keep saying the wrong ones and my tongue feels thick.", 59, 'emergency', ['speech-difficulty'], src='ST')
f("Bent down for the laundry basket and got hit by the worst headache of my life, like a bang at the back of my head.", 44, 'emergency', ['thunderclap-headache'], draw=['l.occiput','r.occiput'], src='SAH')
f("Chest pain on and off for an hour and I've been throwing up with it.", 52, 'emergency', ['nausea-with-pain'], src='MI2')
f("Jaw and left shoulder ache, I thought it was my TMJ, but now my chest is tight too and I'm sweating buckets.", 63, 'emergency', ['pain-spreading-arm-jaw','cold-sweat'], draw=['l.tmj','l.anterior-deltoid','m.sternum'], src='MI2')
f("Burning pressure behind my breastbone since I woke, Gaviscon's done nothing, and I'm short of breath lying here.", 57, 'emergency', ['pain-at-rest-crushing','breathlessness'], src='MI')
f("My smile looks lopsided in the mirror and my left arm's gone weak and clumsy since breakfast.", 68, 'emergency', ['face-droop','sudden-arm-weakness'], src='ST2')
f("Headache came on like a thunderclap while I was on the toilet straining, ten out of ten, never had anything like it.", 51, 'emergency', ['thunderclap-headache'], src='SAH2')
f("Crushing feeling in my chest while watching telly, it won't go away and it's going up into my neck.", 64, 'emergency', ['pain-at-rest-crushing','pain-spreading-arm-jaw'], draw=['m.sternum','m.anterior-neck'], src='MI')
# ---- urgent ----
f("Since yesterday I can't feel the toilet paper when I wipe and my bum feels numb, and my back's been bad all week.", 46, 'urgent', ['saddle-numbness'], draw=['m.perineum','m.rectal','l.lumbar','r.lumbar'], src='CES')
f("Back pain now going down both legs, and I've wet myself twice without noticing.", 39, 'urgent', ['bilateral-leg-symptoms','bladder-bowel-change'], draw=['l.posterior-thigh','r.posterior-thigh','l.lumbar','r.lumbar'], src='CES2')
f("Can't get a wee started this morning and there's tingling down the backs of both legs.", 51, 'urgent', ['bladder-bowel-change','bilateral-leg-symptoms'], src='CES3')
f("The numb patch on my left foot has crept up to my knee over three days and the leg is getting weaker.", 55, 'urgent', ['progressive-weakness'], draw=['l.dorsal-foot','l.shin','l.lateral-leg'], src='MSCC2')
f("Neck cracks when I turn it, and twice this week I've seen double looking over my shoulder to reverse the car.", 62, 'urgent', ['double-vision'], src='VBI')
f("My knees just went from under me twice in the kitchen, didn't faint, was straight back up.", 70, 'urgent', ['drop-attacks'], src='DROP')
f("Since the neck click at the chiropractor on Friday my eyes keep jiggling when I look to the side.", 58, 'urgent', ['nystagmus'], src='VBI2')
f("Food keeps sticking when I swallow and my voice sounds slurry since this neck pain started.", 48, 'urgent', ['swallowing-speech-change'], draw=['l.posterior-neck','r.posterior-neck'], src='VBI3')
f("Walking like I've had a few drinks and I haven't, bumping into door frames, with this ache at the top of my neck.", 65, 'urgent', ['unsteady-gait'], draw=['l.suboccipital','r.suboccipital'], src='VBI')
f("Round my lips and the left side of my face feel numb and fuzzy since the neck pain began.", 53, 'urgent', ['face-numbness'], src='ST3')
f("Left calf is swollen and hot, noticeably fatter than the right one, and sore when I squeeze it.", 42, 'urgent', ['calf-swelling'], draw=['l.upper-calf','l.lower-calf'], src='DVT')
f("Had my right hip replaced three weeks ago and now the calf on that side is tight and puffy.", 60, 'urgent', ['calf-swelling','recent-immobilisation'], draw=['r.upper-calf','r.lower-calf'], src='DVT3')
f("Just off a fourteen-hour flight and my right calf aches and looks bigger than the left.", 35, 'urgent', ['calf-swelling','recent-travel'], draw=['r.upper-calf','r.lower-calf'], src='DVT2')
f("Had a clot in my leg years ago and the same calf is warm and aching again.", 57, 'urgent', ['prior-dvt','calf-swelling'], src='DVT3')
f("A constant headache at my temples that's new for me, my scalp hurts when I brush my hair, and my jaw tires halfway through a sandwich.", 74, 'urgent', ['new-headache','scalp-tenderness','jaw-claudication'], draw=['l.temple','r.temple'], src='GCA')
f("Vision went blurry in my right eye for a few minutes yesterday, and I've had a headache at the sides of my head for a fortnight, never used to get them.", 77, 'urgent', ['visual-change','new-headache'], src='GCA2')
f("Out of the plaster for my broken ankle a week ago and the calf above it is swollen and tender.", 45, 'urgent', ['recent-immobilisation','calf-swelling'], src='DVT2')
f("My husband says I'm weaving about when I walk, and my legs feel weaker each week.", 68, 'urgent', ['unsteady-gait','progressive-weakness'], src='MSCC')
f("Both feet went numb and tingly with this low back flare and the numbness is creeping higher.", 56, 'urgent', ['bilateral-leg-symptoms','progressive-weakness'], draw=['l.lumbar','r.lumbar','l.arch','r.arch'], src='CES2')
f("Seeing two of everything on and off since I cricked my neck, and I feel woozy.", 61, 'urgent', ['double-vision'], src='VBI2')
f("Can't feel anything 'down there' when I sit on the loo, and I lost control of my bowels once yesterday.", 50, 'urgent', ['saddle-numbness','bladder-bowel-change'], src='CES3')
f("I've been laid up in bed with my bad back for ten days and now my left calf is red, hot and swollen.", 66, 'urgent', ['recent-immobilisation','calf-swelling'], draw=['l.upper-calf','l.lower-calf'], src='DVT')
f("Chewing makes my jaw ache after a few mouthfuls, it's only started this month, and the side of my head is tender to touch.", 72, 'urgent', ['jaw-claudication','scalp-tenderness'], src='GCA2')
# ---- refer ----
f("Lost about a stone without trying since Christmas and my mid back aches all the time.", 64, 'refer', ['unexplained-weight-loss'], draw=['l.mid-thoracic','r.mid-thoracic'], src='BACK2')
f("Had prostate cancer five years ago; now there's a new ache low in my back that was never there before.", 59, 'refer', ['cancer-history'], draw=['l.lumbar','r.lumbar'], src='MSCC2')
f("It aches all night whichever way I lie, I can't get comfy, and it's there at 3am exactly the same.", 52, 'refer', ['constant-night-pain'], src='BACK')
f("Temperature of 38.5 and the middle of my back is really sore to touch.", 33, 'refer', ['fever'], draw=['l.mid-thoracic','r.mid-thoracic'], src='SEA')
f("I inject heroin and my lower back has been agony for a week.", 41, 'refer', ['iv-drug-use'], src='SEA')
f("Kidney transplant in 2020, on tacrolimus, and this back pain is new.", 47, 'refer', ['immunosuppression'], src='BACK2')
f("Been on prednisolone for my lungs for years and got a sudden sharp pain in my back bending over the sink.", 70, 'refer', ['long-term-steroids'], draw=['l.lower-thoracic','r.lower-thoracic'], src='STER')
f("I've got thin bones, I'm on alendronic acid, and my back started hurting after a big sneeze yesterday.", 76, 'refer', ['osteoporosis'], src='VCF')
f("Slipped on the ice Saturday, landed flat on my back, sharp pain low down since.", 48, 'refer', ['recent-trauma'], draw=['l.lumbar','r.lumbar'], src='TRAUMA')
f("Right knee came up hot, red and swollen overnight, I can hardly bend it and I haven't hurt it.", 66, 'refer', ['hot-swollen-joint'], draw=['r.patella','r.suprapatellar','r.medial-knee','r.lateral-knee'], src='JOINT')
f("Ankle is puffy and burning hot and I've got the shivers.", 38, 'refer', ['hot-swollen-joint','fever'], src='JOINT')
f("HIV positive, on my meds, felt fluey and feverish this week and now my neck hurts.", 55, 'refer', ['immunosuppression','fever'], src='BACK2')
f("Breast cancer ten years ago, all clear, but this pain on the left side of my ribs has been there a month.", 69, 'refer', ['cancer-history'], draw=['l.lateral-chest'], src='MSCC2')
f("My trousers are falling off me and I haven't changed what I eat, and now the shoulder pain is there at night whatever I do.", 58, 'refer', ['unexplained-weight-loss','constant-night-pain'], src='BACK')
f("Got rear-ended at the lights last week and my neck's been sore ever since.", 45, 'refer', ['recent-trauma'], src='TRAUMA')
f("Osteoporosis, and a new pain in the middle of my spine since I lifted the full watering can.", 80, 'refer', ['osteoporosis'], draw=['l.mid-thoracic','r.mid-thoracic'], src='VCF2')
f("On methotrexate and a biologic for my Crohn's, and my lower back has been throbbing for a week.", 36, 'refer', ['immunosuppression'], src='BACK2')
# ---- caution ----
f("On Eliquis for my heart rhythm, I bruise like a peach.", 62, 'caution', ['anticoagulants'], src='STR')
f("I've got von Willebrand disease and bruise really easily.", 34, 'caution', ['bleeding-disorder'], src='MAS')
f("Low platelets from ITP, the haematologist keeps an eye on it.", 29, 'caution', ['bleeding-disorder'], src='MAS')
f("Keyhole surgery on my right shoulder four weeks ago, and the muscles round the shoulder blade are tight.", 50, 'caution', ['recent-surgery'], draw=['r.infraspinous','r.posterior-deltoid'], src='MAS2')
f("Big varicose veins down the back of my left calf, but I want my hamstrings worked.", 57, 'caution', ['varicose-veins'], draw=['l.posterior-thigh'], src='MAS2')
f("I'm 22 weeks along with my second and my lower back is killing me.", 31, 'caution', ['pregnancy'], draw=['l.lumbar','r.lumbar'], src='PREG')
f("Had a TIA two years ago, nothing since, just stiff shoulders.", 73, 'caution', ['stroke-or-tia'], draw=['l.shoulder-top','r.shoulder-top'], src='STR')
f("Told I had osteoporosis last year; this neck stiffness is the same as it's always been.", 68, 'caution', ['osteoporosis'], src='MAS')
f("Warfarin for a metal heart valve, sore lower back from the allotment.", 75, 'caution', ['anticoagulants'], src='STR')
f("Take a baby aspirin and clopidogrel since my stent.", 64, 'caution', ['anticoagulants'], src='MAS')
f("Mild haemophilia A; I'd like some work on my tight calves.", 44, 'caution', ['bleeding-disorder'], draw=['l.upper-calf','r.upper-calf'], src='MAS')
f("About ten weeks pregnant, tight neck and shoulders from the nausea and the desk.", 32, 'caution', ['pregnancy'], src='PREG')
f("Stroke in 2019, left arm a bit weaker since then but no change for years.", 70, 'caution', ['stroke-or-tia'], src='STR')
# ---- benign look-alikes (tier none) ----
f("Banging headache the morning after my sister's wedding, far too much prosecco.", 27, 'none', benign=True, src='SAH')
f("Saddle sore after a 100 km sportive, chafed where I sit.", 40, 'none', benign=True, draw=['m.perineum'], src='CES')
f("I get clammy hands when I'm nervous before presentations.", 28, 'none', benign=True, src='MI')
f("Short of breath after sprinting for the bus, back to normal in a minute.", 35, 'none', benign=True, src='PE')
f("One side of my face has always been a bit droopier in photos, since I was born.", 52, 'none', benign=True, src='ST')
f("My foot went to sleep after sitting cross-legged in yoga, fine after a shake.", 45, 'none', benign=True, src='CES2')
f("Numb bum after a three-hour film at the cinema, fine once I stood up.", 30, 'none', benign=True, src='CES3')
f("Things went blurry for a second when I swapped my contact lenses for glasses.", 27, 'none', benign=True, src='GCA2')
f("I see double when I cross my eyes on purpose to make my kid laugh.", 38, 'none', benign=True, src='VBI')
f("Tripped over the dog's lead on the patio but caught myself on the table, no bump or bruise.", 66, 'none', benign=True, src='TRAUMA')
f("Broke my arm in 1998, it healed perfectly.", 42, 'none', benign=True, src='TRAUMA')
f("Lost 8 kg on purpose since January at my slimming club.", 55, 'none', benign=True, src='BACK')
f("I wake at night because the dog barks, not because of my back.", 60, 'none', benign=True, src='BACK')
f("Had a temperature with a cold last month, long gone.", 26, 'none', benign=True, src='SEA')
f("My jaw aches after chewing gum all afternoon at my desk.", 39, 'none', benign=True, draw=['l.jaw-angle','r.jaw-angle'], src='GCA')
f("Scalp is sore where my ponytail was pulled too tight.", 47, 'none', benign=True, src='GCA')
f("Pins and needles in both feet after kneeling to tile the bathroom, gone in a minute.", 34, 'none', benign=True, src='CES2')
f("Both calves pumped and tight after leg day at the gym.", 29, 'none', benign=True, draw=['l.upper-calf','r.upper-calf'], src='DVT')
f("My gums bleed a bit when I floss; the dentist says it's just gum inflammation.", 48, 'none', benign=True, src='MAS')
f("Had my wisdom teeth out two years ago, fine since.", 37, 'none', benign=True, src='MAS2')
f("A few tiny thread veins round my ankles, the cosmetic kind.", 41, 'none', benign=True, src='MAS2')
f("My partner is pregnant, due in June; I'm the one with the stiff neck.", 32, 'none', benign=True, src='PREG')
f("Had a 'drop attack' in the market: the handle snapped and I dropped all my shopping.", 58, 'none', benign=True, src='DROP')
f("My speech was slurred at the dentist this morning because my lip was still numb from the injection.", 44, 'none', benign=True, src='ST')
f("Head rush when I stand up too fast after a hot bath, gone in seconds.", 50, 'none', benign=True, src='MI')
f("Worst migraine in a while, but it's my usual kind, built up over the afternoon after the zigzag lights.", 36, 'none', benign=True, src='SAH2')
f("Arm felt weak after holding the baby for an hour, just tired muscles.", 33, 'none', benign=True, draw=['l.anterior-upper-arm'], src='ST2')
f("My mum's got osteoporosis and had a crush fracture; I just have a stiff upper back from the desk.", 46, 'none', benign=True, draw=['l.upper-thoracic','r.upper-thoracic'], src='VCF2')
f("Legs feel wobbly walking down the stairs after a big leg session.", 31, 'none', benign=True, src='VBI')
f("My face went numb at the dentist, wore off by teatime.", 40, 'none', benign=True, src='ST3')
# ---- negated ----
f("Chest pain? No, none at all, and I'm not short of breath; it's my shoulder blade that aches.", 59, 'none', neg=True, draw=['r.infraspinous'], src='MI')
f("No numbness between my legs and my waterworks are normal.", 47, 'none', neg=True, src='CES')
f("No weight loss, no pain at night, never had cancer.", 65, 'none', neg=True, src='BACK')
f("Denies double vision, dizziness or trouble swallowing when she moves her neck.", 52, 'none', neg=True, src='VBI')
f("Not on any blood thinners and I don't bruise easily.", 70, 'none', neg=True, src='MAS')
f("Calf isn't swollen or warm, both legs look the same.", 38, 'none', neg=True, draw=['l.upper-calf'], src='DVT')
f("No fever or shivers with this back pain.", 33, 'none', neg=True, src='SEA')
f("Never had a stroke or a mini-stroke.", 71, 'none', neg=True, src='STR')
f("Not pregnant; I finished breastfeeding last year.", 29, 'none', neg=True, src='PREG')
f("No accident or fall, it just came on at the desk.", 45, 'none', neg=True, src='TRAUMA')
f("Usual tension headache; it didn't come on suddenly, my eyesight's fine and eating doesn't hurt my jaw.", 62, 'none', neg=True, src='GCA')
f("No leg weakness, no pins and needles in either leg and the bladder's fine; however I've lost 6 kg without trying.", 56, 'refer', ['unexplained-weight-loss'], neg=True, src='BACK2')
f("Hasn't been on steroid tablets, just one cortisone jab in the knee last year.", 48, 'none', neg=True, src='STER')
f("No face drooping, no slurring, no arm weakness, her daughter checked.", 74, 'none', neg=True, src='ST')
for i, x in enumerate(F, 1):
    x['id'] = 'b7f-%03d' % i
F = [dict(id=x['id'], **{k: v for k, v in x.items() if k != 'id'}) for x in F]
json.dump(F, open('redflags-heldout.json','w'), indent=1, ensure_ascii=False)
print(len(F))
