# Generator for redflags-heldout.json (b12). Every case text written by hand for this set.
import json
from common import expand
from sources import SRC

# (tier, text, age, drawing tokens or None, flags, benign, negated, source key)
E = [
# ================= emergency =================
("emergency", "Heavy pressure in the middle of my chest while I was sat watching telly, and now I've gone cold and sweaty.", 63, "m.sternum l.pectoral", ["pain-at-rest-crushing","cold-sweat"], False, False, 'mi'),
("emergency", "Filling this in for Dad (71): he says his chest is tight and it's going up into his jaw and down his left arm, feels sick, came on while he was mowing.", 71, "m.sternum l.mandible l.medial-upper-arm", ["pain-spreading-arm-jaw","nausea-with-pain","pain-on-exertion"], False, False, 'mi2'),
("emergency", "Lying in bed and it feels like an elephant is sitting on my chest, can't catch my breath properly.", 58, "m.sternum", ["pain-at-rest-crushing","breathlessness"], False, False, 'mi3'),
("emergency", "Sudden ripping pain straight through to my back between the shoulder blades when I lifted the box, worst pain I've ever had.", 66, "m.sternum b.interscapular", ["sudden-tearing-pain"], False, False, 'dissect'),
("emergency", "Sharp stab in the right side of my chest every time I breathe in, and I'm puffed just walking to the loo. Baby born by C-section three weeks ago.", 34, "r.pectoral r.lateral-chest", ["breathlessness"], False, False, 'pe'),
("emergency", "My wife's smile went lopsided about twenty minutes ago and her words are coming out all jumbled.", 68, None, ["face-droop","speech-difficulty"], False, False, 'stroke'),
("emergency", "Left arm suddenly went weak and I dropped my mug, it still feels heavy and useless.", 55, "@upper-arm:l @forearm:l", ["sudden-arm-weakness"], False, False, 'stroke2'),
("emergency", "Like being hit with a bat on the back of my head, came on in a split second, worst headache of my life.", 44, "b.occiput", ["thunderclap-headache"], False, False, 'sah'),
("emergency", "Chest ache came on doing the stairs and now it's going down my left arm, I feel a bit faint.", 60, "l.pectoral l.medial-upper-arm", ["pain-on-exertion","pain-spreading-arm-jaw","faint-with-pain"], False, False, 'angina2'),
("emergency", "Aching between my shoulder blades this evening while resting, feel sick and my skin's clammy.", 57, "b.interscapular", ["nausea-with-pain","cold-sweat"], False, False, 'mi'),
("emergency", "im slurring and my right hand wont do what i tell it. started at lunch", 49, None, ["speech-difficulty","sudden-arm-weakness"], False, False, 'stroke'),
("emergency", "Half my face feels droopy on the left and tea dribbled out the corner of my mouth.", 74, None, ["face-droop"], False, False, 'stroke2'),
("emergency", "Neck's been sore a week, then at the gym today the worst headache ever hit me like a thunderclap.", 38, "b.suboccipital b.occiput", ["thunderclap-headache"], False, False, 'sah2'),
("emergency", "Tight band round my chest, sweating buckets, been like this half an hour sat at my desk.", 52, "m.sternum b.pectoral", ["pain-at-rest-crushing","cold-sweat"], False, False, 'mi3'),
("emergency", "Pain in my jaw and left shoulder and I'm short of breath; no chest pain as such but I feel awful.", 62, "l.jaw-angle l.shoulder-top", ["breathlessness"], False, True, 'mi2'),
("emergency", "Tearing pain in my back out of nowhere, felt like something ripped inside.", 70, "b.mid-thoracic", ["sudden-tearing-pain"], False, False, 'dissect'),
("emergency", "Got suddenly breathless on the flight home from Dubai and now it hurts to breathe in on the left side.", 45, "l.lateral-chest", ["breathlessness","recent-travel"], False, False, 'pe2'),
("emergency", "From her son: Mum is muddled, her speech is garbled and she can't lift her right arm since breakfast.", 81, None, ["speech-difficulty","sudden-arm-weakness"], False, False, 'stroke'),
("emergency", "No chest pain at all, but my left arm and jaw ache and I'm sweating and feel sick.", 59, "l.medial-upper-arm l.mandible", ["cold-sweat","nausea-with-pain"], False, True, 'mi'),
("emergency", "Indigestion that Gaviscon isn't touching, pressure behind my breastbone, clammy, just sitting still.", 66, "m.sternum m.epigastric", ["pain-at-rest-crushing","cold-sweat"], False, False, 'mi3'),
# ================= urgent =================
("urgent", "Since yesterday I can't feel the loo roll when I wipe, and my sciatica's gone into both legs.", 42, "m.perineum b.posterior-thigh", ["saddle-numbness","bilateral-leg-symptoms"], False, False, 'ces'),
("urgent", "Back went last week and now I've wet myself twice without realising.", 37, "b.lumbar", ["bladder-bowel-change"], False, False, 'ces2'),
("urgent", "Numb around my back passage and down the inside of both thighs.", 50, "m.rectal b.medial-thigh", ["saddle-numbness","bilateral-leg-symptoms"], False, False, 'ces3'),
("urgent", "Struggling to start a wee since the back pain got worse on Monday.", 55, None, ["bladder-bowel-change"], False, False, 'ces4'),
("urgent", "The numbness started in my right foot, now it's up to the knee and the foot keeps catching on the kerb.", 61, "r.dorsal-foot r.shin r.lateral-leg", ["progressive-weakness"], False, False, 'mscc'),
("urgent", "Left hand was a bit clumsy last month, now I can't do my buttons and it's creeping up the arm.", 58, "@hand:l @forearm:l", ["progressive-weakness"], False, False, 'mscc'),
("urgent", "Since I cricked my neck on Sunday I've been seeing double on and off.", 39, "r.posterolateral-neck", ["double-vision"], False, False, 'vad'),
("urgent", "Twice this week my legs just went from under me, I didn't black out, ever since this neck pain started.", 67, None, ["drop-attacks"], False, False, 'vad'),
("urgent", "My husband noticed my eyes flicking side to side when I turned my head, since the neck ache began.", 46, None, ["nystagmus"], False, False, 'vad2'),
("urgent", "Since the neck crack at the chiropractor, numbness round my lips and down the left side of my face.", 35, "m.mouth l.cheek", ["face-numbness"], False, False, 'vad2'),
("urgent", "Food keeps going down the wrong way and swallowing feels hard since the neck pain came on last week.", 44, "b.posterior-neck", ["swallowing-speech-change"], False, False, 'vad2'),
("urgent", "Walking like I'm drunk since this headache and neck ache started on Friday, keep bumping into door frames.", 41, "r.suboccipital r.posterior-neck", ["unsteady-gait"], False, False, 'vad'),
("urgent", "Left calf swollen and hot since the flight back from Bangkok, it's noticeably bigger than the right.", 48, "l.upper-calf l.lower-calf", ["calf-swelling","recent-travel"], False, False, 'dvt'),
("urgent", "Right calf tight and puffy since the cast came off on Monday.", 29, "r.upper-calf r.lower-calf", ["calf-swelling","recent-immobilisation"], False, False, 'dvt2'),
("urgent", "Had a DVT in 2017; now my left calf is tender and swollen again.", 56, "l.upper-calf l.lower-calf", ["calf-swelling","prior-dvt"], False, False, 'dvt3'),
("urgent", "On chemo for bowel cancer and my right calf has swollen up this week.", 64, "r.upper-calf r.lower-calf", ["calf-swelling","cancer-history"], False, False, 'dvt3'),
("urgent", "Knee replacement ten days ago, the calf below it is red, warm and swollen.", 72, "l.upper-calf l.lower-calf", ["calf-swelling","recent-immobilisation","recent-surgery"], False, False, 'dvt2'),
("urgent", "Mum is 76. New headaches at her temples this month, her jaw aches after a few mouthfuls and brushing her hair hurts.", 76, "b.temple", ["new-headache","jaw-claudication","scalp-tenderness"], False, False, 'gca'),
("urgent", "Brand new headache on the right side, and this morning a grey curtain came down over my right eye for a few minutes.", 68, "r.temple r.eye", ["new-headache","visual-change"], False, False, 'gca2'),
("urgent", "Never get headaches but I have one now, and my jaw gets tired and achy halfway through a sandwich.", 72, "l.temple l.mandible", ["new-headache","jaw-claudication"], False, False, 'gca3'),
("urgent", "No bladder or bowel trouble, but both legs have pins and needles and my back is killing me.", 45, "b.lumbar b.posterior-thigh", ["bilateral-leg-symptoms"], False, True, 'ces4'),
("urgent", "Both legs getting weaker over the last few days, worse every morning.", 52, None, ["bilateral-leg-symptoms","progressive-weakness"], False, False, 'mscc'),
("urgent", "cant feel my bits properly + back pain + legs feel funny both sides", 33, None, ["saddle-numbness","bilateral-leg-symptoms"], False, False, 'ces2'),
("urgent", "Scalp is so tender I can't lie on the pillow, new headache, I'm 79 and the vision in my left eye went blurry yesterday.", 79, "b.parietal l.temple", ["scalp-tenderness","new-headache","visual-change"], False, False, 'gca2'),
# ================= refer =================
("refer", "Lost nearly a stone without trying and my back aches all the time.", 67, None, ["unexplained-weight-loss"], False, False, 'wl'),
("refer", "Had prostate cancer five years ago; new pain low in my back this month.", 73, "b.lumbar", ["cancer-history"], False, False, 'mets'),
("refer", "Pain keeps me up all night whichever way I lie, painkillers don't touch it.", 59, None, ["constant-night-pain"], False, False, 'night'),
("refer", "Temperature of 38.5 and my lower back is agony.", 40, "b.lumbar", ["fever"], False, False, 'infect'),
("refer", "On methotrexate and a biologic for my RA, and I've got a new sharp pain in my mid back.", 51, "b.mid-thoracic", ["immunosuppression"], False, False, 'transplant'),
("refer", "Been injecting again since the summer; this low back pain is new.", 34, "b.lumbar", ["iv-drug-use"], False, False, 'infect'),
("refer", "Came off my bike yesterday and landed hard on my shoulder, can't lift the arm.", 46, "@shoulder-joint:r", ["recent-trauma"], False, False, 'hipfx'),
("refer", "Been on steroid tablets for my asthma for years and woke up with a sudden sharp pain in my mid back.", 64, "b.mid-thoracic", ["long-term-steroids"], False, False, 'steroid'),
("refer", "I've got osteoporosis and bent down to pick up the cat and felt my back go; it's a new pain.", 78, "b.lower-thoracic b.lumbar", ["osteoporosis"], False, False, 'vcf'),
("refer", "Right knee came up hot, red and swollen overnight and I can't bend it.", 57, "@knee:r", ["hot-swollen-joint"], False, False, 'septic'),
("refer", "Night sweats and feeling rough for a fortnight, and now a nagging pain in my back.", 62, None, ["fever"], False, False, 'infect'),
("refer", "Took a tumble down the stairs on Sunday, my hip and wrist are bruised and really painful.", 83, "r.lateral-hip @wrist:r", ["recent-trauma"], False, False, 'hipfx'),
("refer", "No history of cancer, but I've lost 8 kg since the summer without meaning to.", 70, None, ["unexplained-weight-loss"], False, True, 'wl'),
("refer", "Kidney transplant in 2020, on anti-rejection tablets; new neck pain and a temperature since yesterday.", 47, "b.posterior-neck", ["immunosuppression","fever"], False, False, 'transplant'),
("refer", "Breast cancer in 2019, all clear since, but there's a new ache in my left ribs that won't shift.", 55, "l.lower-ribs l.lateral-chest", ["cancer-history"], False, False, 'mets'),
("refer", "Rear-ended at the lights yesterday, neck is stiff and sore.", 31, "b.posterior-neck", ["recent-trauma"], False, False, 'hipfx'),
("refer", "Big toe is hot, shiny and swollen since last night, can't bear the sheet on it.", 60, "l.big-toe", ["hot-swollen-joint"], False, False, 'septic'),
("refer", "Written by her son: Mum's off her food, her clothes are hanging off her, and her shoulder hurts all night however she lies.", 88, "@shoulder-joint:l", ["unexplained-weight-loss","constant-night-pain"], False, False, 'night'),
("refer", "Not feverish, but I've been on prednisolone for three years and have new back pain since a big sneeze.", 69, "b.mid-thoracic", ["long-term-steroids"], False, True, 'steroid'),
# ================= caution =================
("caution", "I take Xarelto for my heart rhythm.", 72, None, ["anticoagulants"], False, False, 'anticoag'),
("caution", "On Eliquis since my clot last year, wanting a relaxing back massage.", 64, None, ["anticoagulants","prior-dvt"], False, False, 'anticoag2'),
("caution", "Mild haemophilia A; I bruise like a peach.", 28, None, ["bleeding-disorder"], False, False, 'bleed'),
("caution", "My platelets are low because of ITP, last count was 40.", 36, None, ["bleeding-disorder"], False, False, 'bleed2'),
("caution", "Carpal tunnel release on the right two weeks ago; the forearm above the scar feels tight.", 54, "r.volar-forearm-radial r.volar-forearm-ulnar r.volar-wrist", ["recent-surgery"], False, False, 'surgery'),
("caution", "16 weeks pregnant and my lower back aches by the evening.", 31, "b.lumbar", ["pregnancy"], False, False, 'preg'),
("caution", "Varicose veins on the backs of both calves, they ache a bit after work.", 60, "b.upper-calf b.lower-calf", ["varicose-veins"], False, False, 'varicose'),
("caution", "Had a mini-stroke three years ago, all fine since; neck stiff from gardening.", 70, "b.posterior-neck", ["stroke-or-tia"], False, False, 'tia'),
("caution", "Osteoporosis diagnosed last year; no back trouble, I just want my tight calves worked on.", 68, "b.upper-calf b.lower-calf", ["osteoporosis"], False, False, 'steroid'),
("caution", "Aspirin and clopidogrel since my stent in May.", 66, None, ["anticoagulants"], False, False, 'anticoag'),
("caution", "Warfarin, INR checked every week.", 80, None, ["anticoagulants"], False, False, 'anticoag2'),
("caution", "Baby due in eight weeks; hips and pubic bone are sore.", 29, "m.pubic @hip:b", ["pregnancy"], False, False, 'preg2'),
("caution", "Von Willebrand type 1.", 22, None, ["bleeding-disorder"], False, False, 'bleed'),
("caution", "Left shoulder arthroscopy four weeks ago; physio says around it is fine but not on the scars.", 50, "@shoulder-joint:l", ["recent-surgery"], False, False, 'surgery2'),
("caution", "Never had a clot, but I'm on rivaroxaban for AF.", 74, None, ["anticoagulants"], False, True, 'anticoag'),
("caution", "Stroke in 2021, left side a bit weaker since and I walk with a stick; right shoulder sore from the stick.", 76, "@shoulder-joint:r", ["stroke-or-tia"], False, False, 'tia2'),
("caution", "Thick ropey veins on the inside of my left shin and knee.", 55, "l.medial-leg l.medial-knee", ["varicose-veins"], False, False, 'varicose2'),
("caution", "I bruise at the slightest knock — the haematologist says my platelets run low.", 41, None, ["bleeding-disorder"], False, False, 'bleed'),
("caution", "Expecting twins, 20 weeks, upper back and neck are tight.", 34, "b.interscapular b.posterior-neck", ["pregnancy"], False, False, 'preg'),
("caution", "Not pregnant now — gave birth by caesarean three weeks ago, and it's the tummy and scar area that feel tight.", 32, "m.suprapubic b.lower-abdomen", ["recent-surgery"], False, True, 'surgery'),
# ================= none: benign look-alikes =================
("none", "This deadline is giving me a heart attack — my shoulders are up round my ears all week.", 34, "b.shoulder-top", [], True, False, 'mi'),
("none", "My dad had a stroke last year so I do his lifting and care; my problem is a stiff low back.", 45, "b.lumbar", [], True, False, 'stroke'),
("none", "I nearly died when I saw the removal bill, ha. Lower back stiff after moving house.", 29, None, [], True, False, 'mi2'),
("none", "Both legs feel like jelly the day after leg day at the gym, thighs really sore.", 24, "b.anterior-thigh", [], True, False, 'doms'),
("none", "Dropped 10 kg on purpose training for the marathon.", 38, None, [], True, False, 'wl'),
("none", "Both calves tight and a bit puffy the day after my first marathon.", 41, "b.upper-calf b.lower-calf", [], True, False, 'doms2'),
("none", "Headache built up slowly over the afternoon at my desk, same as my usual tension ones.", 36, "b.temple", [], True, False, 'sah2'),
("none", "Grandma's on warfarin, I'm booking for myself.", 27, None, [], True, False, 'anticoag'),
("none", "My face dropped when I saw my exam results, lol — jaw clicks when I yawn.", 19, "l.tmj", [], True, False, 'stroke2'),
("none", "Arm went dead from sleeping on it, came back after a minute of shaking it out, fine now.", 33, None, [], True, False, 'stroke'),
("none", "I get tongue-tied giving presentations and my shoulders tense up.", 31, "b.shoulder-top", [], True, False, 'stroke2'),
("none", "My wife is pregnant and booked this as a treat for me; my calves are tight from five-a-side.", 35, "b.upper-calf", [], True, False, 'preg'),
("none", "Work's been at fever pitch since the merger, traps like rocks.", 42, "b.shoulder-top", [], True, False, 'infect'),
("none", "Broke my leg as a kid; today it's my upper back from the new desk setup.", 39, "b.interscapular", [], True, False, 'hipfx'),
("none", "From his mum: jaw aches when he chews since his braces were tightened on Monday.", 15, "b.tmj", [], True, False, 'gca'),
("none", "Scalp's been tender since I had my hair braided tight on Saturday.", 28, None, [], True, False, 'gca3'),
("none", "New headaches since I got new glasses last week; the optician says they'll settle.", 32, None, [], True, False, 'gca2'),
("none", "Reading goes a bit blurry at the end of a long day; optician says I need reading glasses.", 46, None, [], True, False, 'gca'),
("none", "Both legs tingle when I sit on the loo too long scrolling on my phone, gone as soon as I stand.", 26, None, [], True, False, 'ces'),
("none", "Shoulder aches at night if I lie on it, but it settles once I roll onto my back.", 52, "r.anterior-deltoid", [], True, False, 'night'),
("none", "Came straight from my blood pressure check at the surgery this morning; neck and shoulders tight.", 58, None, [], True, False, 'surgery'),
("none", "Star sign: Cancer. No medical history to speak of.", 40, None, [], True, False, 'mets'),
("none", "My husband had a DVT after flying to Perth, so now we both wear flight socks; I'm here for my neck.", 62, None, [], True, False, 'dvt'),
("none", "I wee a lot because I drink three litres of water a day for the gym.", 27, None, [], True, False, 'ces3'),
("none", "Nan's had both hips replaced; I'm here for my tennis elbow.", 44, "r.lateral-epicondyle", [], True, False, 'surgery2'),
("none", "Wisdom teeth out last year, all healed; jaw tight from clenching.", 30, "b.tmj", [], True, False, 'surgery'),
("none", "Lightheaded if I stand up too fast out of a hot bath, otherwise fine.", 38, None, [], True, False, 'vad'),
("none", "Pins and needles in both feet after cycling 100 km in new shoes, gone by the evening.", 48, None, [], True, False, 'ces4'),
("none", "Out of breath running for the bus — I'm just unfit, no chest pain.", 35, None, [], True, True, 'pe2'),
("none", "My sister's pregnant and I'm her birth partner, so I've been on my feet a lot; lower back sore.", 33, "b.lumbar", [], True, False, 'preg2'),
("none", "Had a fever with the flu last month, completely better; left trap still tight from lying in bed then.", 29, "l.shoulder-top", [], True, False, 'infect'),
("none", "Sprained my ankle in 2019 and it swelled up hot then; it's been fine for years.", 37, None, [], True, False, 'septic'),
("none", "Heart's in my mouth every time my son plays rugby — my own issue is tight hamstrings.", 47, "b.posterior-thigh", [], True, False, 'angina'),
("none", "Using my mum's voucher because her osteoporosis stops her coming; I'm 35 and just have desk neck.", 35, "b.posterior-neck", [], True, False, 'vcf'),
("none", "Had a week of steroid tablets for a chest infection in 2022; back ache now is from gardening.", 58, "b.lumbar", [], True, False, 'steroid'),
("none", "Calf cramped in the night after a long swim, sore to walk on this morning but no swelling.", 50, "r.upper-calf", [], True, True, 'dvt'),
("none", "Drove 12 hours to Cornwall with the family at the weekend; only the lower back complains, legs are fine.", 43, "b.lumbar", [], True, True, 'dvt3'),
("none", "I'm drop-dead tired after night shifts and my shoulders ache.", 40, "b.shoulder-top", [], True, False, 'vad2'),
("none", "Pressing on my breastbone where the ribs join makes it sore; doctor checked my heart last month and called it costochondritis.", 43, "m.sternum", [], True, False, 'costo'),
# ================= none: negated, not look-alikes =================
("none", "No chest pain, no shortness of breath — just a sore left shoulder from tennis.", 44, "l.anterior-deltoid", [], False, True, 'mi'),
("none", "Bladder and bowels fine, no numbness down below; sciatica down the left leg only.", 39, "l.posterior-thigh l.lateral-leg", [], False, True, 'ces'),
("none", "Not on any blood thinners and no bleeding problems.", 55, None, [], False, True, 'anticoag2'),
("none", "No history of cancer, haven't lost weight, and the pain eases when I rest.", 61, None, [], False, True, 'night'),
("none", "Not pregnant. Neck and shoulder tension from work.", 30, "b.shoulder-top", [], False, True, 'preg'),
("none", "No fever or night sweats; back is stiff first thing and loosens up by lunch.", 33, None, [], False, True, 'infect'),
("none", "Haven't had any falls or accidents; hip aches after walking the dog.", 74, "l.lateral-hip", [], False, True, 'hipfx'),
("none", "No double vision, no dizziness, no trouble swallowing — just a tight neck from the office.", 37, "b.posterior-neck", [], False, True, 'vad'),
("none", "Calves aren't swollen and I haven't travelled, they're just tight from running.", 29, "b.upper-calf b.lower-calf", [], False, True, 'dvt2'),
("none", "Blood thinners? No, just fish oil and vitamin D.", 63, None, [], False, True, 'anticoag'),
]

def build():
    out = []
    nd = 0
    for i, (tier, text, age, drw, flags, benign, neg, sk) in enumerate(E, 1):
        cit, url, loc = SRC[sk]
        rec = {"id": "b12f-%03d" % i, "text": text, "age": age}
        # keep about a third of cases with a drawing: every other case that has one sketched
        if drw:
            if nd % 2 == 0:
                rec["drawing"] = expand(drw)
            nd += 1
        rec.update({"expectTier": tier, "expectFlags": flags, "benignLookalike": benign, "negated": neg,
                    "source": {"citation": cit, "url": url, "locator": loc}})
        out.append(rec)
    return out

if __name__ == '__main__':
    recs = build()
    json.dump(recs, open('redflags-heldout.json', 'w'), indent=1, ensure_ascii=False)
    print(len(recs), 'redflags')
