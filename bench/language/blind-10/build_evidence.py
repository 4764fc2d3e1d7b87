#!/usr/bin/env python3
"""Builds evidence-heldout.json for blind set 10. All sentences and labels hand-written.
Line format (fields separated by ' ## '):
  text ## movements (id or id:side, comma) ## activities ## symptoms ## redFlags ## notPresent ## context
"""
import json

DATA = r"""
Denies numbness or tingling; pain worse after long drives. ##  ## driving-long ##  ##  ## numbness, tingling ## negated
Turning her head to the left hurts, and tipping it back to look at the ceiling is stiff. ## cervical.rotation:l, cervical.extension ##  ##  ##  ##  ## plain
No saddle numbness, no change in bladder or bowel habit. ##  ##  ##  ##  ## saddle-numbness, bladder-bowel-change ## negated
No change in his headaches since the new pillow, which is still far too high. ##  ## poor-pillow ## headache ##  ##  ## plain
Not only is gripping the kettle painful, but bending the wrist back hurts as well. ## grip, wrist.extension ##  ##  ##  ##  ## plain
Her sister gets dizzy when she turns her head, but the client herself doesn't. ##  ##  ##  ##  ## postural-dizziness ## other-person, negated
She used to get pins and needles in the right hand from typing, but that settled years ago; now it's reaching behind her back that hurts on the right. ## shoulder.internal_rotation:r ##  ##  ##  ## tingling, typing ## historical
If I sneeze I worry my back will go, but honestly coughing and sneezing have been fine. ##  ##  ##  ##  ## coughing ## hypothetical, negated
Pain on swallowing? No. Jaw clicks when she opens wide. ##  ##  ## jaw-clicking ##  ## swallowing, difficulty-swallowing ## negated
Headache comes on after an hour at the computer and eases when she stops. ##  ## prolonged-computer-work ## headache ##  ##  ## plain
Wakes with an aching jaw; partner says he grinds his teeth all night. ##  ## bruxism ##  ##  ##  ## plain
Denies chest pain on exertion; the ache in the left pec only comes with push-ups at the gym. ##  ## push-ups ##  ##  ## pain-on-exertion ## negated
No dropping things and grip feels normal, but the thumb side of the wrist hurts when texting. ##  ## texting ##  ##  ## dropping-things, weak-grip ## negated
Her mother had a DVT after a flight; the client has never had one. ##  ##  ##  ##  ## prior-dvt ## other-person, negated
Would it hurt if she went back to running? She hasn't run since March. ##  ##  ##  ##  ## running ## hypothetical, historical
Squatting to pick up the toddler and carrying him on her left hip aggravate the low back. ## squatting ## carrying-child ##  ##  ##  ## plain
Sleeps face down with her head turned right; neck is stiff turning left every morning. ## cervical.rotation:l ## sleeping-on-stomach ## morning-stiffness ##  ##  ## plain
Pins and needles in both feet since Friday - denies any bladder or bowel change. ##  ##  ## tingling ## bilateral-leg-symptoms ## bladder-bowel-change ## negated
Left calf swollen and warm since the cast came off last week. ##  ##  ## swelling ## calf-swelling, recent-immobilisation ##  ## plain
Not on any blood thinners, though her husband takes warfarin. ##  ##  ##  ##  ## anticoagulants ## negated, other-person
Was on prednisolone for a year for asthma, stopped in 2019. ##  ##  ##  ##  ## long-term-steroids ## historical
Currently on long-term prednisolone for polymyalgia. ##  ##  ##  ## long-term-steroids ##  ## plain
No fever, no night sweats, weight steady. ##  ##  ##  ##  ## fever, unexplained-weight-loss ## negated
Lost 6 kg in two months without trying; the back pain is worse at night and nothing eases it. ##  ##  ## sleep-disturbance ## unexplained-weight-loss, constant-night-pain ##  ## plain
Pain wakes her at night but settles as soon as she rolls onto her other side. ##  ##  ## sleep-disturbance ##  ## constant-night-pain ## negated
Gets a bit dizzy standing up quickly from the sofa. ##  ##  ## postural-dizziness ##  ##  ## plain
Double vision? Denied. Slurred speech? Denied. Dizzy when looking up at high shelves: yes. ##  ##  ## postural-dizziness ##  ## double-vision, speech-difficulty ## negated
She used to clench her jaw at her old job but since retiring that has stopped. ##  ##  ##  ##  ## teeth-clenching ## historical
Pull-ups and climbing flare the elbow, though bouldering warm-ups are fine. ##  ## climbing ##  ##  ##  ## plain
No pain walking on the flat, but going down stairs hurts the knee. ## stair_climbing ## stairs ##  ##  ## walking ## negated
Tingling in the right hand when she wakes, none during the day. ##  ##  ## tingling ##  ##  ## plain
Her GP asked about jaw pain on chewing - she has none. ##  ##  ##  ##  ## jaw-claudication ## negated
New headache since January, unlike her usual migraines, and her scalp is tender to brush; she is 72. ##  ##  ## headache ## new-headache, scalp-tenderness ##  ## plain
Running downhill sets the knee off; uphill is okay. ##  ## running-downhill ##  ##  ## running-uphill ## negated
He would like to get back to golf once the shoulder settles. ##  ##  ##  ##  ## golf ## hypothetical
Reaching into the back seat for her handbag hurts the right shoulder. ## shoulder.extension:r ## reaching-behind ##  ##  ##  ## plain
Types all day with no armrests; forearms ache by 3 pm. ##  ## typing, no-armrests ##  ##  ##  ## plain
Hairdresser - holding the dryer up high is the worst part of the day. ##  ## hairdressing, overhead-work ##  ##  ##  ## plain
Lifting and twisting to load the dishwasher brings it on. ## trunk.rotation ## lifting-with-twist ##  ##  ##  ## plain
No trauma, no fall; pain came on gradually. ##  ##  ##  ##  ## recent-trauma ## negated
Fell off a ladder on Sunday and the wrist is swollen. ##  ##  ## swelling ## recent-trauma ##  ## plain
Client's son has haemophilia; client herself has no bleeding problems and takes no medicines. ##  ##  ##  ##  ## bleeding-disorder, anticoagulants ## other-person, negated
Knee gives way on the stairs and the kneecap grinds. ## stair_climbing ## stairs ## buckling-knee, crepitus ##  ##  ## plain
Should she wear heels to the wedding? She normally lives in trainers. ##  ##  ##  ##  ## high-heels ## hypothetical
Buttock pain after a long drive sitting on his wallet. ##  ## sitting-on-wallet, driving-long ##  ##  ##  ## plain
Back from a long-haul flight on Monday; calves normal, no swelling. ##  ##  ##  ## recent-travel ## calf-swelling, swelling ## negated
Pregnant, 24 weeks; low back aches standing at work all day. ##  ## pregnancy, prolonged-standing ##  ## pregnancy ##  ## plain
Not pregnant; had a baby two years ago and still carries her on one hip. ##  ## carrying-child ##  ##  ## pregnancy ## negated, historical
Swallowing is normal; the lump-in-the-throat feeling comes with stress. ##  ## emotional-stress ##  ##  ## swallowing, difficulty-swallowing ## negated
Breathless and tight-chested climbing one flight of stairs, settles when she stops. ##  ##  ## shortness-of-breath ## breathlessness, pain-on-exertion ##  ## plain
Only short of breath when she has a chest infection, none now. ##  ##  ##  ##  ## shortness-of-breath, breathlessness ## historical, negated
His brother had a stroke at 50; he has had no stroke or TIA himself. ##  ##  ##  ##  ## stroke-or-tia ## other-person, negated
Had a TIA in 2021 and has been on clopidogrel since. ##  ##  ##  ## stroke-or-tia, anticoagulants ##  ## plain
Knitting for hours makes the thumb ache, and so does cutting with scissors. ##  ## knitting-crafts, repetitive-gripping ##  ##  ##  ## plain
Plays violin for hours with her chin tucked down to the left. ##  ## playing-instrument ##  ##  ##  ## plain
If the headaches ever got worse with coughing she'd tell us; at the moment coughing doesn't touch them. ##  ##  ## headache ##  ## coughing ## hypothetical, negated
Numb patch on the outer thigh; no weakness, no bladder issues. ##  ##  ## numbness ##  ## progressive-weakness, bladder-bowel-change ## negated
The numbness in her left hand has spread up to the elbow this week and her grip keeps getting weaker. ##  ##  ## numbness, weak-grip ## progressive-weakness ##  ## plain
Denies saddle anaesthesia; however, reports new difficulty starting to pass urine. ##  ##  ## urinary-retention ## bladder-bowel-change ## saddle-numbness ## negated
Fevers and chills for three days along with the back pain. ##  ##  ##  ## fever ##  ## plain
Had a temperature last week with flu, gone now; the back pain is from moving house. ##  ##  ##  ##  ## fever ## historical
Injects heroin, last used yesterday; thoracic pain and feels hot. ##  ##  ##  ## iv-drug-use, fever ##  ## plain
Used IV drugs in his twenties, clean for fifteen years. ##  ##  ##  ##  ## iv-drug-use ## historical
Kidney transplant 2018, on tacrolimus. ##  ##  ##  ## immunosuppression ##  ## plain
Osteoporosis on her last scan; new sharp mid-back pain after a sneeze. ##  ##  ##  ## osteoporosis ##  ## plain
Right knee hot, red and swollen overnight, can't put weight on it. ## walking ##  ## swelling ## hot-swollen-joint ##  ## plain
Ankle a bit puffy from an old sprain years ago, not hot, unchanged. ##  ##  ## swelling ##  ## hot-swollen-joint ## negated, historical
Varicose veins on both calves, not painful. ##  ##  ##  ## varicose-veins ##  ## plain
Knee replacement five weeks ago; scar healing well. ##  ##  ##  ## recent-surgery ##  ## plain
Gallbladder out in 2009; the scar pulls when she leans back. ## trunk.extension ## abdominal-surgery ##  ##  ## recent-surgery ## historical
Her daughter noticed her mouth drooping on one side for ten minutes yesterday. ##  ##  ##  ## face-droop ##  ## plain
Her daughter had Bell's palsy last year with a droopy face; the client is here for low back pain. ##  ##  ##  ##  ## face-droop ## other-person
No double vision; print seems to jump about when she reads for long. ##  ##  ## jumpy-print ##  ## double-vision ## negated
Two sudden falls this month without blacking out. ##  ##  ##  ## drop-attacks ##  ## plain
Walking has gone wobbly since Tuesday, veering to the left. ##  ##  ##  ## unsteady-gait ##  ## plain
Numb lips and left cheek since the neck manipulation yesterday. ##  ##  ## numbness ## face-numbness ##  ## plain
The optician noticed her eyes flicker when she looks to the side. ##  ##  ##  ## nystagmus ##  ## plain
Worst headache of his life, came on like a thunderclap mid-deadlift. ##  ## weight-training ## headache ## thunderclap-headache ##  ## plain
She calls her migraines the worst headaches ever, but these are her usual ones, no different. ##  ##  ## headache ##  ## thunderclap-headache, new-headache ## negated
Chewing makes her jaw tired and achy within a minute, and both temples are tender; age 78. ##  ##  ##  ## jaw-claudication, scalp-tenderness ##  ## plain
Sudden blurring of vision in the right eye this morning. ##  ##  ## blurred-vision ## visual-change ##  ## plain
Sweaty and clammy with the chest pressure, and feels sick. ##  ##  ## nausea ## cold-sweat, nausea-with-pain ##  ## plain
Crushing chest pain while sitting watching TV, spreading into the left arm. ##  ##  ##  ## pain-at-rest-crushing, pain-spreading-arm-jaw ##  ## plain
Nearly fainted with the chest pain and had to sit on the floor. ##  ##  ##  ## faint-with-pain ##  ## plain
A sudden ripping pain between the shoulder blades going through to the chest. ##  ##  ##  ## sudden-tearing-pain ##  ## plain
Left arm suddenly went weak and she dropped her cup. ##  ##  ## dropping-things ## sudden-arm-weakness ##  ## plain
Couldn't find her words on the phone this morning, her husband noticed. ##  ##  ##  ## speech-difficulty ##  ## plain
New trouble swallowing and a changed, croaky voice since the weekend. ##  ##  ## difficulty-swallowing, hoarseness ## swallowing-speech-change ##  ## plain
No numbness around the back passage or genitals; both legs feel completely normal. ##  ##  ##  ##  ## saddle-numbness, bilateral-leg-symptoms ## negated
Her yoga friend overstretched and tore a hamstring; she wants to avoid doing the same. ##  ##  ##  ##  ## yoga-overstretching ## other-person, hypothetical
A deep breath catches under the right ribs since a bad coughing fit. ## breathing.deep_inspiration ##  ##  ##  ##  ## plain
Breast cancer treated 2012; now new thoracic pain that keeps her up at night whatever position she tries. ##  ##  ## sleep-disturbance ## cancer-history, constant-night-pain ##  ## plain
Cancer? Never. Steroids? Never. Osteoporosis? Not that she knows of. ##  ##  ##  ##  ## cancer-history, long-term-steroids, osteoporosis ## negated
Calf cramps at night in both legs, but no swelling and no recent travel. ##  ##  ## night-cramps ##  ## calf-swelling, recent-travel ## negated
Previous DVT in the left leg in 2016; the left calf is now tight and swollen again. ##  ##  ## swelling ## prior-dvt, calf-swelling ##  ## plain
Drove nine hours from Sydney to Melbourne on Friday. ##  ## driving-long ##  ## recent-travel ##  ## plain
Sitting cross-legged on the floor with the kids makes the hip ache; kneeling doesn't. ##  ## sitting-cross-legged ##  ##  ## kneeling ## negated
Bowel movements painful since the haemorrhoid operation, no loss of control. ## defecation ##  ## painful-bowel-movement ##  ## bladder-bowel-change ## negated
Painful periods used to spread into her low back before the menopause. ##  ##  ##  ##  ## painful-periods ## historical
Reading in bed propped on three pillows gives her a stiff neck; bending her head forward doesn't hurt though. ##  ## reading-in-bed ##  ##  ## cervical.flexion ## negated
Looks down at her phone on the train for an hour each way. ##  ## looking-down-at-phone ##  ##  ##  ## plain
Shovelled snow all yesterday, now can't bend forward. ## trunk.flexion ## shovelling ##  ##  ##  ## plain
He doesn't smoke or have a cough; the rib pain started with golf. ##  ## golf ##  ##  ## chronic-cough ## negated
Might take up swimming, the physio suggested it. ##  ##  ##  ##  ## swimming ## hypothetical
Teeth on the left sensitive to cold, no clicking or locking of the jaw. ##  ##  ## tooth-sensitivity ##  ## jaw-clicking ## negated
Ringing in the ear is no better since last session, and the jaw still clicks. ##  ##  ## tinnitus, jaw-clicking ##  ##  ## plain
Not just when she's typing - using the mouse makes the forearm ache too. ##  ## typing, mouse-use ##  ##  ##  ## plain
She can't say the numbness has gone; if anything it's creeping further into her fingers. ##  ##  ## numbness ## progressive-weakness ##  ## plain
Pt denies SOB, denies N/V, denies diaphoresis; CP reproducible on palpation of L pec. ##  ##  ##  ##  ## breathlessness, nausea-with-pain, cold-sweat, shortness-of-breath, nausea ## negated
Hx of DVT? Nil. Recent surgery? Nil. Long-haul travel? Nil. ##  ##  ##  ##  ## prior-dvt, recent-surgery, recent-travel ## negated
Husband thinks she has sleep apnoea because she mouth-breathes; she sleeps fine. ##  ## mouth-breathing ##  ##  ## sleep-disturbance ## negated
If she had to kneel to garden it would hurt, so she uses a stool now. ##  ## gardening ##  ##  ## kneeling ## hypothetical
Neck pain began after a rear-end collision three days ago. ##  ## whiplash ##  ## recent-trauma ##  ## plain
Whiplash in 1998, no problems since; current pain is from a new desk. ##  ## prolonged-computer-work ##  ##  ## whiplash, recent-trauma ## historical
Her son tested the new mouthguard and said it rubbed; she has no dental appliance herself. ##  ##  ##  ##  ## ill-fitting-dental-appliance ## other-person, negated
Arm feels heavy and tired by the end of a shift of overhead welding. ##  ## overhead-work ## arm-heaviness ##  ##  ## plain
Cough for six weeks; sore ribs every time she coughs. ## coughing ## chronic-cough ##  ##  ##  ## plain
"""


def ids(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def main():
    out = []
    for n, raw in enumerate([l for l in DATA.strip("\n").split("\n") if l.strip()], 1):
        f = [p.strip() for p in raw.split(" ## ")]
        if len(f) != 7:
            raise SystemExit("bad line %d: %r" % (n, raw))
        text, mv, act, sym, rf, notp, ctx = f
        moves = []
        for m in ids(mv):
            if ":" in m:
                i, side = m.split(":")
                moves.append({"id": i, "side": side})
            else:
                moves.append({"id": m})
        out.append({
            "id": "b10e-%03d" % n,
            "text": text,
            "present": {"movements": moves, "activities": ids(act),
                        "symptoms": ids(sym), "redFlags": ids(rf)},
            "notPresent": ids(notp),
            "context": ids(ctx),
        })
    with open("/work/blind-out/b10/evidence-heldout.json", "w") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
    print(len(out), "sentences")


if __name__ == "__main__":
    main()
