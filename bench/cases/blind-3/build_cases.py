#!/usr/bin/env python3
"""Build blind3 source-finder cases. Every case below is written out by hand."""
import json, os
from sources import SOURCES

HERE = os.path.dirname(os.path.abspath(__file__))

def d(region, intensity, quality=None):
    x = {"region": region, "intensity": intensity}
    if quality:
        x["quality"] = quality
    return x

def mv(i, side=None):
    x = {"id": i}
    if side:
        x["side"] = side
    return x

def case(cid, category, area, description, drawing, expected, must, src, side=None,
         tier=None, movements=None, activities=None, symptoms=None, redflags=None, locator=None):
    c = {"id": cid, "category": category, "area": area, "description": description,
         "drawing": drawing}
    ev = {}
    if movements: ev["movements"] = movements
    if activities: ev["activities"] = activities
    if symptoms: ev["symptoms"] = symptoms
    if redflags: ev["redFlags"] = redflags
    if ev: c["evidence"] = ev
    c["expected"] = expected
    c["mustInclude"] = must
    if side: c["expectedSide"] = side
    if tier: c["expectedRedFlagTier"] = tier
    cit, url, loc = SOURCES[src]
    c["source"] = {"citation": cit, "url": url, "locator": locator or loc}
    return c

C = []

# ---------------- head and jaw ----------------
C.append(case("blind3-head-01", "single-area", "head-jaw",
  "Dull, constant ache over the right jaw muscle that builds through the working day and is worst on stressful days.",
  [d("r.jaw-angle", 6, "aching"), d("r.mandible", 4, "aching")],
  ["masseter-superficial", "masseter-deep", "temporalis", "medial-pterygoid"],
  ["masseter-superficial"], "pocket", side="r"))
C.append(case("blind3-head-02", "chasing-pain", "head-jaw",
  "Upper left back teeth ache and twinge with cold drinks; the dentist found no decay or cracked filling.",
  [d("l.upper-molars", 6, "aching"), d("l.maxilla", 3, "aching")],
  ["masseter-superficial", "temporalis", "lateral-pterygoid", "medial-pterygoid"],
  ["masseter-superficial", "temporalis"], "utcsp", side="l"))
C.append(case("blind3-head-03", "evidence", "head-jaw",
  "Since a two-hour crown appointment the right side of the face and jaw joint ache and the mouth will not open to a full bite of an apple.",
  [d("r.tmj", 5, "aching"), d("r.cheek", 5, "aching")],
  ["masseter-superficial", "masseter-deep", "medial-pterygoid", "lateral-pterygoid", "temporalis"],
  ["masseter-superficial"], "bhtmj", side="r",
  movements=[mv("jaw.opening")], activities=["dental-work", "teeth-clenching"],
  symptoms=["restricted-mouth-opening"]))
C.append(case("blind3-head-04", "evidence", "head-jaw",
  "Left jaw joint clicks and stabs when chewing; a faint ringing in the left ear. Chews gum most of the day while studying.",
  [d("l.tmj", 6, "sharp"), d("l.cheek", 4, "aching")],
  ["lateral-pterygoid", "masseter-deep", "medial-pterygoid", "masseter-superficial"],
  ["lateral-pterygoid"], "elite", side="l",
  movements=[mv("jaw.protrusion"), mv("jaw.lateral_deviation", "r")], activities=["chewing-gum"],
  symptoms=["jaw-clicking", "tinnitus"]))
C.append(case("blind3-head-05", "bilateral-midline", "head-jaw",
  "A tight band across the whole forehead during an exam period, eased by evening and back the next afternoon.",
  [d("l.forehead", 5, "aching"), d("r.forehead", 5, "aching")],
  ["frontalis", "sternocleidomastoid-clavicular", "semispinalis-capitis", "occipitalis"],
  ["frontalis"], "elite"))
C.append(case("blind3-head-06", "evidence", "head-jaw",
  "Ache at the back of the right side of the head creeping over the skull to behind the eye, after a week squinting at a small laptop screen without glasses.",
  [d("r.occiput", 5, "aching"), d("r.parietal", 3, "aching"), d("r.eye", 4, "aching")],
  ["occipitalis", "semispinalis-capitis", "splenius-capitis", "rectus-capitis-posterior-major", "obliquus-capitis-inferior"],
  ["occipitalis"], "elite", side="r",
  activities=["frowning-squinting", "prolonged-computer-work"]))
C.append(case("blind3-head-07", "evidence", "head-jaw",
  "Right-sided temple headache with upper teeth that feel sore when biting; partner hears night-time grinding.",
  [d("r.temple", 6, "aching"), d("r.upper-premolars", 3, "aching")],
  ["temporalis", "masseter-superficial", "upper-trapezius", "sternocleidomastoid-sternal"],
  ["temporalis"], "utcsp", side="r",
  movements=[mv("jaw.closing")], activities=["bruxism"], symptoms=["tooth-sensitivity"]))

# ---------------- neck ----------------
C.append(case("blind3-neck-01", "evidence", "neck",
  "Ache behind the left ear and over the forehead, with a brief unsteady, off-balance feeling on turning the head quickly or rolling over in bed; no other neurological signs; works looking up at a wall monitor.",
  [d("l.mastoid", 4, "aching"), d("l.forehead", 3, "aching"), d("l.lateral-neck", 3, "aching")],
  ["sternocleidomastoid-clavicular", "sternocleidomastoid-sternal", "upper-trapezius", "splenius-capitis"],
  ["sternocleidomastoid-clavicular", "sternocleidomastoid-sternal"], "fibrodaze", side="l",
  movements=[mv("cervical.rotation", "l")], symptoms=["postural-dizziness"]))
C.append(case("blind3-neck-02", "chasing-pain", "neck",
  "Recurring right headache around the eye and above the eyebrow; has used migraine tablets for years with little effect.",
  [d("r.periorbital", 6, "aching"), d("r.eyebrow", 5, "aching"), d("r.forehead", 3, "aching")],
  ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular", "upper-trapezius", "splenius-cervicis", "temporalis", "orbicularis-oculi"],
  ["sternocleidomastoid-sternal"], "dynscm", side="r"))
C.append(case("blind3-neck-03", "single-area", "neck",
  "Woke with a stiff right neck; cannot turn to look over the right shoulder when reversing the car.",
  [d("r.neck-angle", 7, "stiffness"), d("r.posterolateral-neck", 5, "aching")],
  ["levator-scapulae", "upper-trapezius", "splenius-cervicis", "cervical-multifidi"],
  ["levator-scapulae"], "seattle", side="r"))
C.append(case("blind3-neck-04", "multi-area", "neck",
  "Left side of the neck is stiff and sore where it meets the shoulder, and an ache spreads down along the inner edge of the left shoulder blade.",
  [d("l.posterolateral-neck", 5, "stiffness"), d("l.neck-angle", 6, "aching"), d("l.scapula-medial-border", 4, "aching")],
  ["levator-scapulae", "upper-trapezius", "rhomboid-minor", "scalenus-posterior"],
  ["levator-scapulae"], "neckmass", side="l"))
C.append(case("blind3-neck-05", "chasing-pain", "neck",
  "Nagging ache along the inner edge of the right shoulder blade; rubbing the spot helps only for an hour.",
  [d("r.scapula-medial-border", 6, "aching"), d("r.interscapular", 5, "aching")],
  ["scalenus-anterior", "scalenus-medius", "scalenus-posterior", "levator-scapulae", "rhomboid-major", "rhomboid-minor", "middle-trapezius"],
  ["scalenus-anterior", "scalenus-medius"], "gustrength", side="r"))
C.append(case("blind3-neck-06", "bilateral-midline", "neck",
  "Headache that starts at the base of the skull on both sides and wraps forward to the temples, worst after long laptop sessions in a draughty office.",
  [d("l.suboccipital", 6, "aching"), d("r.suboccipital", 6, "aching"), d("l.temple", 3, "aching"), d("r.temple", 3, "aching")],
  ["rectus-capitis-posterior-major", "obliquus-capitis-inferior", "rectus-capitis-posterior-minor", "obliquus-capitis-superior", "semispinalis-capitis", "splenius-capitis", "upper-trapezius"],
  ["rectus-capitis-posterior-major", "obliquus-capitis-inferior"], "elite"))

# ---------------- shoulder girdle ----------------
C.append(case("blind3-shoulder-01", "chasing-pain", "shoulder-girdle",
  "Left temple headache that seems to climb from the side of the neck up behind the ear; office worker, worse late in the week.",
  [d("l.temple", 6, "aching"), d("l.mastoid", 4, "aching"), d("l.posterolateral-neck", 4, "aching")],
  ["upper-trapezius", "sternocleidomastoid-sternal", "splenius-cervicis", "temporalis"],
  ["upper-trapezius"], "mptrap", side="l"))
C.append(case("blind3-shoulder-02", "multi-area", "shoulder-girdle",
  "Deep ache at the back of the right shoulder running down the back of the arm, plus an odd sore band around the right wrist.",
  [d("r.posterior-deltoid", 7, "aching"), d("r.posterior-upper-arm", 4, "aching"), d("r.dorsal-wrist", 4, "aching"), d("r.volar-wrist", 3, "aching")],
  ["subscapularis", "teres-major", "latissimus-dorsi", "infraspinatus", "teres-minor", "deltoid-posterior"],
  ["subscapularis"], "huffpost", side="r"))
C.append(case("blind3-shoulder-03", "evidence", "shoulder-girdle",
  "Masters swimmer (front crawl): back of the left shoulder aches and the arm will no longer rotate outward or lift fully; told it may be a frozen shoulder.",
  [d("l.posterior-deltoid", 6, "aching"), d("l.posterior-upper-arm", 4, "aching")],
  ["subscapularis", "infraspinatus", "teres-major", "latissimus-dorsi", "pectoralis-major-clavicular"],
  ["subscapularis"], "huffpost", side="l",
  movements=[mv("shoulder.external_rotation", "l"), mv("shoulder.abduction", "l")], activities=["swimming"]))
C.append(case("blind3-shoulder-04", "single-area", "shoulder-girdle",
  "Deep ache in the front and outside of the right shoulder, no injury, present for two months.",
  [d("r.anterior-deltoid", 6, "aching"), d("r.middle-deltoid", 4, "aching")],
  ["infraspinatus", "supraspinatus", "deltoid-anterior", "biceps-brachii", "subscapularis"],
  ["infraspinatus"], "jptrs", side="r"))
C.append(case("blind3-shoulder-05", "single-area", "shoulder-girdle",
  "Aching spot between the left shoulder blade and the spine after long days at a desk.",
  [d("l.interscapular", 5, "aching"), d("l.scapula-medial-border", 4, "aching")],
  ["rhomboid-major", "rhomboid-minor", "middle-trapezius", "scalenus-medius", "levator-scapulae"],
  ["rhomboid-major"], "m4life", side="l"))
C.append(case("blind3-shoulder-06", "bilateral-midline", "shoulder-girdle",
  "Burning ache between both shoulder blades by mid-afternoon; sits slumped at a laptop all day.",
  [d("l.interscapular", 5, "burning"), d("r.interscapular", 5, "burning")],
  ["rhomboid-major", "rhomboid-minor", "middle-trapezius", "lower-trapezius", "thoracic-multifidi"],
  ["rhomboid-major", "rhomboid-minor"], "dynrhomb"))
C.append(case("blind3-shoulder-07", "evidence", "shoulder-girdle",
  "Right outer shoulder aches, sharper when turning the arm outward to brush hair or lifting it to the side; decorator working overhead.",
  [d("r.middle-deltoid", 5, "aching"), d("r.acromion", 4, "aching")],
  ["supraspinatus", "infraspinatus", "deltoid-middle", "teres-minor"],
  ["supraspinatus"], "chiroorg", side="r",
  movements=[mv("shoulder.external_rotation", "r"), mv("shoulder.abduction", "r")], activities=["overhead-work"]))

# ---------------- arm ----------------
C.append(case("blind3-arm-01", "single-area", "arm",
  "Superficial ache at the front of the right shoulder after a weekend shovelling snow, a little in the crook of the elbow too.",
  [d("r.anterior-deltoid", 5, "aching"), d("r.antecubital", 2, "aching")],
  ["biceps-brachii", "deltoid-anterior", "infraspinatus", "coracobrachialis", "pectoralis-major-clavicular"],
  ["biceps-brachii"], "wisdom", side="r"))
C.append(case("blind3-arm-02", "evidence", "arm",
  "Violinist with aching front of the left shoulder and upper arm after long rehearsals holding the instrument.",
  [d("l.anterior-deltoid", 5, "aching"), d("l.anterior-upper-arm", 3, "aching")],
  ["biceps-brachii", "brachialis", "deltoid-anterior", "coracobrachialis"],
  ["biceps-brachii"], "wisdom", side="l",
  movements=[mv("forearm.supination", "l"), mv("elbow.flexion", "l")], activities=["playing-instrument"]))

# ---------------- forearm ----------------
C.append(case("blind3-forearm-01", "multi-area", "forearm",
  "Pain starting at the thumb side of the right elbow, running down the forearm into the web of the thumb.",
  [d("r.lateral-epicondyle", 6, "aching"), d("r.dorsal-forearm-radial", 4, "aching"), d("r.thumb-web", 5, "aching")],
  ["brachioradialis", "supinator", "extensor-carpi-radialis-longus", "extensor-carpi-radialis-brevis", "brachialis"],
  ["brachioradialis"], "hubbard", side="r"))
C.append(case("blind3-forearm-02", "evidence", "forearm",
  "Left outer elbow and upper forearm hurt when opening jars, shaking hands or holding a full mug.",
  [d("l.lateral-epicondyle", 5, "aching"), d("l.dorsal-forearm-radial", 5, "aching")],
  ["brachioradialis", "extensor-carpi-radialis-longus", "supinator", "extensor-digitorum"],
  ["brachioradialis"], "hubbard", side="l",
  movements=[mv("grip", "l"), mv("elbow.flexion", "l")], activities=["repetitive-gripping"]))
C.append(case("blind3-forearm-03", "chasing-pain", "forearm",
  "Back of the right wrist and hand ache after long days typing and using the mouse; the wrist itself looks and moves normally.",
  [d("r.dorsal-wrist", 6, "aching"), d("r.dorsal-hand", 4, "aching")],
  ["extensor-carpi-radialis-brevis", "extensor-carpi-radialis-longus", "extensor-digitorum", "extensor-carpi-ulnaris", "extensor-indicis"],
  ["extensor-carpi-radialis-brevis", "extensor-carpi-radialis-longus"], "healthfully", side="r"))
C.append(case("blind3-forearm-04", "evidence", "forearm",
  "Club tennis player: outer left elbow hurts on gripping the racquet and on bending the wrist back; diagnosed tennis elbow, slow to settle.",
  [d("l.lateral-epicondyle", 7, "sharp"), d("l.dorsal-forearm-radial", 3, "aching")],
  ["extensor-carpi-radialis-longus", "supinator", "extensor-carpi-radialis-brevis", "brachioradialis", "extensor-digitorum", "anconeus"],
  ["extensor-carpi-radialis-longus", "supinator"], "drgraeme", side="l",
  movements=[mv("grip", "l"), mv("wrist.extension", "l")], activities=["racquet-sports"]))
C.append(case("blind3-forearm-05", "chasing-pain", "forearm",
  "Tip of the right thumb aches; massaging the thumb itself changes nothing.",
  [d("r.thumb", 6, "aching")],
  ["flexor-pollicis-longus", "adductor-pollicis", "opponens-pollicis", "brachialis"],
  ["flexor-pollicis-longus"], "hamster", side="r"))
C.append(case("blind3-forearm-06", "bilateral-midline", "forearm",
  "Both palms and index fingers feel stiff and tingly by the end of the working day; nerve tests came back normal.",
  [d("l.palm", 4, "tingling"), d("r.palm", 4, "tingling"), d("l.index-finger", 3, "tingling"), d("r.index-finger", 3, "tingling")],
  ["flexor-digitorum-superficialis", "scalenus-anterior", "flexor-carpi-radialis", "palmaris-longus", "scalenus-medius", "brachialis"],
  ["flexor-digitorum-superficialis", "scalenus-anterior"], "meddict"))

# ---------------- hand ----------------
C.append(case("blind3-hand-01", "single-area", "hand",
  "Ache between the left middle and ring fingers reaching to their tips after a weekend of rock climbing.",
  [d("l.ring-finger", 5, "aching"), d("l.middle-finger", 4, "aching")],
  ["dorsal-interossei-hand", "palmar-interossei-hand", "lumbricals-hand", "flexor-digitorum-superficialis", "extensor-digitorum"],
  ["dorsal-interossei-hand"], "metaj", side="l"))
C.append(case("blind3-hand-02", "multi-area", "hand",
  "Right little-finger side of the hand aches from the ring-little finger web across the heel of the hand toward the wrist.",
  [d("r.little-finger", 5, "aching"), d("r.hypothenar", 5, "aching"), d("r.ulnar-wrist", 3, "aching"), d("r.volar-forearm-ulnar", 2, "aching")],
  ["dorsal-interossei-hand", "abductor-digiti-minimi-hand", "palmar-interossei-hand", "lumbricals-hand", "flexor-carpi-ulnaris"],
  ["dorsal-interossei-hand"], "korea", side="r"))
C.append(case("blind3-hand-03", "evidence", "hand",
  "Pianist with a deep ache in the right palm and along the index finger after long practice of wide chords.",
  [d("r.palm", 5, "aching"), d("r.index-finger", 3, "aching")],
  ["palmar-interossei-hand", "dorsal-interossei-hand", "lumbricals-hand", "first-dorsal-interosseous-hand", "palmaris-longus"],
  ["palmar-interossei-hand"], "learnm", side="r",
  movements=[mv("finger.spreading", "r")], activities=["playing-instrument"]))
C.append(case("blind3-hand-04", "bilateral-midline", "hand",
  "After a knitting marathon both hands ache between the middle and ring fingers.",
  [d("l.middle-finger", 4, "aching"), d("r.middle-finger", 4, "aching"), d("l.ring-finger", 4, "aching"), d("r.ring-finger", 4, "aching")],
  ["dorsal-interossei-hand", "lumbricals-hand", "palmar-interossei-hand", "flexor-digitorum-superficialis", "extensor-digitorum"],
  ["dorsal-interossei-hand"], "metaj"))

# ---------------- chest ----------------
C.append(case("blind3-chest-01", "multi-area", "chest",
  "Ache across the front of the left shoulder and upper chest below the collarbone; the GP has already checked the heart and found nothing.",
  [d("l.anterior-deltoid", 5, "aching"), d("l.pectoral", 6, "aching"), d("l.infraclavicular", 4, "aching")],
  ["pectoralis-major-clavicular", "pectoralis-major-sternal", "deltoid-anterior", "pectoralis-minor", "subclavius"],
  ["pectoralis-major-clavicular", "pectoralis-major-sternal"], "sagepec", side="l"))
C.append(case("blind3-chest-02", "chasing-pain", "chest",
  "Right ring and little fingers ache with a line of discomfort down the inner arm; sits hunched at work with a tight chest.",
  [d("r.ring-finger", 4, "aching"), d("r.little-finger", 4, "aching"), d("r.medial-upper-arm", 3, "aching"), d("r.pectoral", 3, "aching")],
  ["pectoralis-minor", "scalenus-anterior", "serratus-posterior-superior", "latissimus-dorsi", "dorsal-interossei-hand"],
  ["pectoralis-minor"], "sagepec", side="r"))
C.append(case("blind3-chest-03", "evidence", "chest",
  "Started bench pressing three weeks ago; right chest and front of shoulder ache and reaching across the body hurts.",
  [d("r.pectoral", 6, "aching"), d("r.anterior-deltoid", 4, "aching")],
  ["pectoralis-major-sternal", "pectoralis-major-clavicular", "deltoid-anterior", "pectoralis-minor", "coracobrachialis"],
  ["pectoralis-major-sternal"], "sagepec", side="r",
  movements=[mv("shoulder.horizontal_adduction", "r"), mv("shoulder.horizontal_abduction", "r")],
  activities=["push-ups", "weight-training"]))
C.append(case("blind3-chest-04", "bilateral-midline", "chest",
  "Ache over the breastbone and both sides of the chest after a heavy chest workout; pain is reproduced by pressing the muscle, no breathlessness, heart already checked.",
  [d("m.sternum", 5, "aching"), d("l.pectoral", 4, "aching"), d("r.pectoral", 4, "aching")],
  ["pectoralis-major-sternal", "sternalis", "pectoralis-major-clavicular", "sternocleidomastoid-sternal", "intercostals"],
  ["pectoralis-major-sternal"], "sagepec"))

# ---------------- abdomen ----------------
C.append(case("blind3-abdomen-01", "single-area", "abdomen",
  "Sharp localised pain low on the right side of the belly; scans and blood tests normal; a finger-tip tender spot in the muscle reproduces it.",
  [d("r.lower-abdomen", 5, "sharp"), d("r.lateral-abdomen", 3, "aching")],
  ["rectus-abdominis-lower", "external-oblique", "internal-oblique", "pyramidalis"],
  ["rectus-abdominis-lower"], "wprim", side="r"))
C.append(case("blind3-abdomen-02", "evidence", "abdomen",
  "Left upper belly pain unrelated to meals or bowels, worse sitting up from lying and with curl-ups; tenderness stays when the belly is tensed.",
  [d("l.upper-abdomen", 5, "aching"), d("l.lower-ribs", 3, "aching")],
  ["rectus-abdominis-upper", "external-oblique", "transversus-abdominis", "internal-oblique"],
  ["rectus-abdominis-upper"], "afpcopy", side="l",
  movements=[mv("trunk.flexion"), mv("sit_to_stand")], activities=["sit-ups"]))
C.append(case("blind3-abdomen-03", "bilateral-midline", "abdomen",
  "Upper-belly ache across the pit of the stomach with a full, heartburn-like feeling; gastroscopy and cardiac checks clear, pressing the muscle reproduces it.",
  [d("m.epigastric", 5, "aching"), d("l.upper-abdomen", 3, "aching"), d("r.upper-abdomen", 3, "aching")],
  ["rectus-abdominis-upper", "external-oblique", "transversus-abdominis", "diaphragm"],
  ["rectus-abdominis-upper"], "wprim"))

# ---------------- back ----------------
C.append(case("blind3-back-01", "chasing-pain", "back",
  "Right buttock and outer hip ache, bad enough to wake her when lying on that side; hip X-ray normal.",
  [d("r.sacroiliac", 6, "aching"), d("r.lower-buttock", 4, "aching"), d("r.greater-trochanter", 5, "aching")],
  ["quadratus-lumborum-deep", "quadratus-lumborum-superficial", "gluteus-minimus-posterior", "gluteus-medius", "piriformis"],
  ["quadratus-lumborum-deep", "quadratus-lumborum-superficial"], "galant", side="r"))
C.append(case("blind3-back-02", "evidence", "back",
  "Lifted and twisted a heavy planter; now the left low back seizes, cannot stand fully upright, turning in bed and coughing cause stabbing pain.",
  [d("l.lumbar", 8, "sharp"), d("l.iliac-crest", 6, "aching")],
  ["quadratus-lumborum-superficial", "quadratus-lumborum-deep", "iliocostalis-lumborum", "lumbar-multifidi", "psoas-major"],
  ["quadratus-lumborum-superficial"], "yemi", side="l",
  movements=[mv("rolling_in_bed"), mv("coughing"), mv("trunk.lateral_flexion", "r")], activities=["lifting-with-twist"]))
C.append(case("blind3-back-03", "multi-area", "back",
  "Right low back ache that wraps along the top of the pelvis into the lower belly and groin.",
  [d("r.lumbar", 5, "aching"), d("r.iliac-crest", 5, "aching"), d("r.lower-abdomen", 3, "aching"), d("r.groin", 3, "aching")],
  ["quadratus-lumborum-superficial", "quadratus-lumborum-deep", "iliocostalis-lumborum", "external-oblique", "iliacus"],
  ["quadratus-lumborum-superficial"], "galant", side="r"))
C.append(case("blind3-back-04", "bilateral-midline", "back",
  "Deep ache right across the low back and top of the sacrum after a weekend moving furniture.",
  [d("l.lumbar", 5, "aching"), d("r.lumbar", 5, "aching"), d("m.sacrum", 3, "aching")],
  ["quadratus-lumborum-deep", "quadratus-lumborum-superficial", "lumbar-multifidi", "iliocostalis-lumborum", "longissimus-thoracis", "gluteus-medius"],
  ["quadratus-lumborum-deep"], "yemi"))
C.append(case("blind3-back-05", "single-area", "back",
  "Left low back ache beside the spine after an afternoon of digging the garden.",
  [d("l.lumbar", 6, "aching")],
  ["quadratus-lumborum-superficial", "iliocostalis-lumborum", "lumbar-multifidi", "longissimus-thoracis"],
  ["quadratus-lumborum-superficial"], "yemi", side="l"))

# ---------------- pelvis ----------------
C.append(case("blind3-pelvis-01", "bilateral-midline", "pelvis",
  "Tailbone aches whenever she sits on a hard chair; no fall or injury.",
  [d("m.coccyx", 6, "aching")],
  ["coccygeus", "levator-ani", "gluteus-maximus", "obturator-internus"],
  ["levator-ani", "coccygeus"], "bioins"))
C.append(case("blind3-pelvis-02", "evidence", "pelvis",
  "Deep ache at the tailbone and inside the back passage, worse sitting and when straining on the toilet; chronic constipation.",
  [d("m.coccyx", 5, "aching"), d("m.rectal", 4, "aching")],
  ["levator-ani", "coccygeus", "external-anal-sphincter", "obturator-internus", "gluteus-maximus"],
  ["levator-ani"], "movespace",
  movements=[mv("defecation"), mv("sitting")], activities=["constipation", "prolonged-sitting"],
  symptoms=["painful-sitting", "painful-bowel-movement"]))

# ---------------- hip and buttock ----------------
C.append(case("blind3-hip-01", "multi-area", "hip-buttock",
  "Left upper buttock ache that spreads up into the low back and down the back of the thigh.",
  [d("l.upper-buttock", 6, "aching"), d("l.lumbar", 3, "aching"), d("l.posterior-thigh", 3, "aching")],
  ["gluteus-medius", "quadratus-lumborum-superficial", "gluteus-minimus-posterior", "piriformis", "gluteus-maximus"],
  ["gluteus-medius"], "mining", side="l"))
C.append(case("blind3-hip-02", "evidence", "hip-buttock",
  "Right outer hip and upper buttock ache when walking and standing on the right leg, cannot lie on that side; told it is bursitis but injection did little.",
  [d("r.lateral-hip", 6, "aching"), d("r.upper-buttock", 5, "aching")],
  ["gluteus-medius", "gluteus-minimus-anterior", "tensor-fasciae-latae", "quadratus-lumborum-superficial", "piriformis"],
  ["gluteus-medius"], "invincible", side="r",
  movements=[mv("single_leg_stance", "r"), mv("walking")], activities=["standing-on-one-leg", "sleeping-on-side"]))
C.append(case("blind3-hip-03", "chasing-pain", "hip-buttock",
  "Burning ache down the outside of the left thigh and lower leg to the ankle; straight-leg raise and reflexes normal.",
  [d("l.lateral-thigh", 6, "burning"), d("l.lateral-leg", 5, "aching"), d("l.lateral-knee", 3, "aching")],
  ["gluteus-minimus-anterior", "gluteus-minimus-posterior", "tensor-fasciae-latae", "vastus-lateralis", "fibularis-longus"],
  ["gluteus-minimus-anterior"], "galant", side="l"))
C.append(case("blind3-hip-04", "evidence", "hip-buttock",
  "Delivery driver with a deep ache in the middle of the right buttock and down the back of the thigh, worst after long drives.",
  [d("r.mid-buttock", 7, "aching"), d("r.posterior-thigh", 4, "aching")],
  ["piriformis", "deep-hip-rotators", "gluteus-minimus-posterior", "gluteus-medius", "obturator-internus"],
  ["piriformis"], "mobmagic", side="r",
  movements=[mv("sitting"), mv("hip.internal_rotation", "r")], activities=["driving-long", "prolonged-sitting"],
  symptoms=["painful-sitting"]))
C.append(case("blind3-hip-05", "single-area", "hip-buttock",
  "Ache along the outside of the left hip and thigh, no injury.",
  [d("l.lateral-thigh", 5, "aching"), d("l.greater-trochanter", 4, "aching")],
  ["tensor-fasciae-latae", "gluteus-minimus-anterior", "vastus-lateralis", "gluteus-medius"],
  ["tensor-fasciae-latae"], "painalog", side="l"))
C.append(case("blind3-hip-06", "evidence", "hip-buttock",
  "Front-and-side right hip ache when standing up after sitting, sleeps curled up; stiff first steps.",
  [d("r.lateral-hip", 5, "aching"), d("r.anterolateral-thigh", 4, "aching")],
  ["tensor-fasciae-latae", "gluteus-minimus-anterior", "rectus-femoris", "vastus-lateralis", "gluteus-medius"],
  ["tensor-fasciae-latae"], "scihubtfl", side="r",
  movements=[mv("sit_to_stand"), mv("hip.flexion", "r")], activities=["prolonged-sitting", "sleeping-fetal"]))
C.append(case("blind3-hip-07", "chasing-pain", "hip-buttock",
  "Left low back ache with a heavy, crampy feeling at the front of the left thigh after long days sitting.",
  [d("l.lumbar", 5, "aching"), d("l.anterior-thigh", 4, "aching")],
  ["psoas-major", "iliacus", "quadratus-lumborum-deep", "rectus-femoris", "lumbar-multifidi"],
  ["psoas-major", "iliacus"], "dralex", side="l"))
C.append(case("blind3-hip-08", "bilateral-midline", "hip-buttock",
  "Low back ache running vertically either side of the spine, worse standing, slow and stiff rising from the sofa.",
  [d("l.lumbar", 5, "aching"), d("r.lumbar", 5, "aching"), d("m.sacrum", 3, "aching")],
  ["psoas-major", "iliacus", "quadratus-lumborum-deep", "rectus-abdominis-lower", "lumbar-multifidi"],
  ["psoas-major"], "dralex"))

# ---------------- thigh ----------------
C.append(case("blind3-thigh-01", "single-area", "thigh",
  "Toothache-like pain on the inside of the right knee; MRI normal.",
  [d("r.medial-knee", 6, "aching"), d("r.anteromedial-thigh", 3, "aching")],
  ["vastus-medialis", "adductor-longus", "gracilis", "sartorius"],
  ["vastus-medialis"], "acunir", side="r"))
C.append(case("blind3-thigh-02", "evidence", "thigh",
  "Left knee gave way twice on stairs this month; earlier inner-knee ache has faded.",
  [d("l.medial-knee", 3, "aching"), d("l.patella", 3, "aching")],
  ["vastus-medialis", "rectus-femoris", "vastus-intermedius", "vastus-lateralis"],
  ["vastus-medialis"], "samvm", side="l",
  movements=[mv("stair_climbing"), mv("knee.extension", "l")], symptoms=["buckling-knee"]))
C.append(case("blind3-thigh-03", "bilateral-midline", "thigh",
  "Runner in training for a marathon with aching inner knees on both sides after long runs.",
  [d("l.medial-knee", 5, "aching"), d("r.medial-knee", 5, "aching")],
  ["vastus-medialis", "adductor-longus", "gracilis", "sartorius", "rectus-femoris"],
  ["vastus-medialis"], "acunir"))
C.append(case("blind3-thigh-04", "multi-area", "thigh",
  "Ache down the lower inner left thigh into the front and inside of the knee, worse going downstairs.",
  [d("l.anteromedial-thigh", 4, "aching"), d("l.medial-knee", 5, "aching"), d("l.patella", 4, "aching")],
  ["vastus-medialis", "rectus-femoris", "adductor-longus", "gracilis"],
  ["vastus-medialis"], "samvm", side="l"))

# ---------------- lower leg ----------------
C.append(case("blind3-leg-01", "multi-area", "leg",
  "Right calf ache with soreness behind the knee and in the arch of the foot after a hilly hike.",
  [d("r.upper-calf", 5, "aching"), d("r.popliteal", 4, "aching"), d("r.arch", 3, "aching")],
  ["gastrocnemius-medial", "gastrocnemius-lateral", "soleus", "plantaris", "popliteus"],
  ["gastrocnemius-medial"], "adainty", side="r"))
C.append(case("blind3-leg-02", "evidence", "leg",
  "Left calf cramps at night and aches on walking uphill; no swelling, warmth or recent travel.",
  [d("l.upper-calf", 6, "aching")],
  ["gastrocnemius-medial", "gastrocnemius-lateral", "soleus", "plantaris", "flexor-digitorum-longus"],
  ["gastrocnemius-medial", "gastrocnemius-lateral"], "adainty", side="l",
  movements=[mv("ankle.plantarflexion", "l"), mv("stair_climbing")], activities=["running-uphill"],
  symptoms=["night-cramps"]))
C.append(case("blind3-leg-03", "single-area", "leg",
  "Ache around and behind the right outer ankle bone, months after an ankle sprain healed.",
  [d("r.lateral-ankle", 6, "aching")],
  ["fibularis-longus", "fibularis-brevis", "fibularis-tertius", "extensor-digitorum-longus"],
  ["fibularis-longus", "fibularis-brevis"], "ygoy", side="r"))
C.append(case("blind3-leg-04", "evidence", "leg",
  "Left ankle keeps rolling over on uneven ground; aches on the outside of the ankle and lower leg.",
  [d("l.lateral-ankle", 5, "aching"), d("l.lateral-leg", 3, "aching")],
  ["fibularis-longus", "fibularis-brevis", "fibularis-tertius", "tibialis-anterior", "gluteus-minimus-anterior"],
  ["fibularis-longus"], "ccontact", side="l",
  movements=[mv("ankle.eversion", "l"), mv("walking")], activities=["walking-on-sand"], symptoms=["weak-ankle"]))
C.append(case("blind3-leg-05", "evidence", "leg",
  "Front of the right ankle and shin ache and the foot slaps down when walking briskly after a twisted ankle.",
  [d("r.anterior-ankle", 5, "aching"), d("r.shin", 4, "aching")],
  ["tibialis-anterior", "extensor-digitorum-longus", "extensor-hallucis-longus", "fibularis-tertius"],
  ["tibialis-anterior"], "samankle", side="r",
  movements=[mv("ankle.dorsiflexion", "r"), mv("walking")], symptoms=["foot-slap", "weak-ankle"]))
C.append(case("blind3-leg-06", "chasing-pain", "leg",
  "Front of the left ankle and top of the foot ache; the foot looks normal and shoes are not tight.",
  [d("l.anterior-ankle", 4, "aching"), d("l.dorsal-foot", 5, "aching")],
  ["fibularis-tertius", "extensor-digitorum-longus", "tibialis-anterior", "extensor-digitorum-brevis", "extensor-hallucis-brevis"],
  ["fibularis-tertius"], "ygoy", side="l"))

# ---------------- foot ----------------
C.append(case("blind3-foot-01", "single-area", "foot",
  "Ache along the inner arch of the left foot toward the heel, worse after a day on hard floors.",
  [d("l.arch", 6, "aching"), d("l.plantar-heel", 4, "aching")],
  ["abductor-hallucis", "quadratus-plantae", "flexor-digitorum-brevis", "flexor-hallucis-brevis", "soleus"],
  ["abductor-hallucis"], "freelib", side="l"))
C.append(case("blind3-foot-02", "evidence", "foot",
  "Runner with right heel and arch pain, worst on the first steps in the morning and after long standing shifts.",
  [d("r.plantar-heel", 6, "sharp"), d("r.arch", 4, "aching")],
  ["quadratus-plantae", "flexor-hallucis-brevis", "adductor-hallucis", "gastrocnemius-medial", "abductor-hallucis", "soleus"],
  ["quadratus-plantae", "flexor-hallucis-brevis"], "donald", side="r",
  movements=[mv("walking")], activities=["running", "prolonged-standing"], symptoms=["morning-stiffness"]))
C.append(case("blind3-foot-03", "single-area", "foot",
  "Ache on the top of the left forefoot running out toward the side of the third toe; no swelling.",
  [d("l.dorsal-foot", 5, "aching"), d("l.lesser-toes", 5, "aching")],
  ["interossei-foot", "lumbricals-foot", "extensor-digitorum-brevis", "extensor-digitorum-longus"],
  ["interossei-foot"], "eultra", side="l"))
C.append(case("blind3-foot-04", "bilateral-midline", "foot",
  "Both heels and arches ache after starting a new job standing on concrete all day.",
  [d("l.plantar-heel", 5, "aching"), d("r.plantar-heel", 5, "aching"), d("l.arch", 3, "aching"), d("r.arch", 3, "aching")],
  ["quadratus-plantae", "abductor-hallucis", "flexor-hallucis-brevis", "adductor-hallucis", "soleus", "gastrocnemius-medial"],
  ["quadratus-plantae"], "donald"))

# ---------------- red flags ----------------
C.append(case("blind3-redflag-01", "red-flag", "chest",
  "While waiting for the session: crushing pressure behind the breastbone spreading to the left arm and jaw, grey and sweaty, short of breath, came on at rest.",
  [d("m.sternum", 8, "aching"), d("l.pectoral", 6, "aching"), d("l.medial-upper-arm", 5, "aching"), d("l.mandible", 4, "aching")],
  [], [], "eshosp", tier="emergency",
  redflags=["pain-at-rest-crushing", "cold-sweat", "breathlessness", "pain-spreading-arm-jaw"]))
C.append(case("blind3-redflag-02", "red-flag", "head-jaw",
  "Left jaw and inner left arm started aching on the stairs up to the clinic and have not settled at rest; feels sick and faint.",
  [d("l.jaw-angle", 5, "aching"), d("l.mandible", 5, "aching"), d("l.medial-upper-arm", 4, "aching")],
  [], [], "age2b", tier="emergency",
  redflags=["pain-on-exertion", "nausea-with-pain", "faint-with-pain"]))
C.append(case("blind3-redflag-03", "red-flag", "neck",
  "Came in with a sore right neck; during the session the right side of the face drooped and the right arm dropped when lifted.",
  [d("r.posterolateral-neck", 4, "aching")],
  [], [], "manx", tier="emergency",
  redflags=["face-droop", "sudden-arm-weakness"]))
C.append(case("blind3-redflag-04", "red-flag", "head-jaw",
  "Left temple headache today; now the words come out slurred and the left cheek and lips feel numb.",
  [d("l.temple", 5, "aching"), d("l.cheek", 3, "numbness")],
  [], [], "mvh", tier="emergency",
  redflags=["speech-difficulty", "face-numbness"]))
C.append(case("blind3-redflag-05", "red-flag", "back",
  "Low back pain for a week, now pins and needles down both legs, numb between the legs and trouble starting to pass urine.",
  [d("m.sacrum", 6, "aching"), d("l.lumbar", 5, "aching"), d("r.lumbar", 5, "aching"),
   d("l.posterior-thigh", 4, "tingling"), d("r.posterior-thigh", 4, "tingling"), d("m.perineum", 3, "numbness")],
  [], [], "eorthopod", tier="urgent",
  redflags=["saddle-numbness", "bladder-bowel-change", "bilateral-leg-symptoms"]))
C.append(case("blind3-redflag-06", "red-flag", "leg",
  "Right calf has been painful, swollen and warm since a 12-hour flight three days ago.",
  [d("r.upper-calf", 6, "aching"), d("r.lower-calf", 5, "throbbing")],
  [], [], "nwveins", tier="urgent",
  redflags=["calf-swelling", "recent-travel"]))
C.append(case("blind3-redflag-07", "red-flag", "neck",
  "New, unusual pain at the back of the head and left upper neck after a jolt at the gym yesterday; now dizzy, seeing double and unsteady walking.",
  [d("l.suboccipital", 7, "sharp"), d("l.posterior-neck", 6, "aching")],
  [], [], "domenics", tier="urgent",
  symptoms=["dizziness"], redflags=["double-vision", "unsteady-gait", "new-headache"]))
C.append(case("blind3-redflag-08", "red-flag", "leg",
  "Left lower calf aching and puffy for two days; had a blood clot in that leg two years ago.",
  [d("l.lower-calf", 5, "aching"), d("l.upper-calf", 4, "aching")],
  [], [], "mydvt", tier="urgent",
  redflags=["calf-swelling", "prior-dvt"]))
C.append(case("blind3-redflag-09", "red-flag", "back",
  "Treated for breast cancer four years ago; new mid-back ache that is there all night and not eased by changing position.",
  [d("l.mid-thoracic", 5, "aching"), d("r.mid-thoracic", 5, "aching")],
  [], [], "livih", tier="refer",
  redflags=["cancer-history", "constant-night-pain"]))
C.append(case("blind3-redflag-10", "red-flag", "neck",
  "Aching back of the neck and upper back, feverish and generally unwell since yesterday.",
  [d("l.posterior-neck", 4, "aching"), d("r.posterior-neck", 4, "aching")],
  [], [], "magical", tier="refer",
  redflags=["fever"]))
C.append(case("blind3-redflag-11", "red-flag", "chest",
  "Fell from a ladder onto the right side three days ago; sharp pain on the side of the chest with every deep breath.",
  [d("r.lateral-chest", 7, "sharp")],
  [], [], "ibdenver", tier="refer",
  movements=[mv("breathing.deep_inspiration")], redflags=["recent-trauma"]))
C.append(case("blind3-redflag-12", "red-flag", "back",
  "Dull low back ache for six weeks and has lost 6 kg without trying; no obvious cause for the pain.",
  [d("m.sacrum", 4, "aching"), d("l.lumbar", 4, "aching"), d("r.lumbar", 4, "aching")],
  [], [], "magical", tier="refer",
  redflags=["unexplained-weight-loss"]))
C.append(case("blind3-redflag-13", "red-flag", "shoulder-girdle",
  "Familiar left neck-shoulder ache from desk work, same as usual; takes warfarin for atrial fibrillation.",
  [d("l.shoulder-top", 5, "aching"), d("l.posterolateral-neck", 4, "aching")],
  ["upper-trapezius", "levator-scapulae", "splenius-cervicis"],
  ["upper-trapezius"], "hhmob", side="l", tier="caution",
  activities=["prolonged-computer-work"], redflags=["anticoagulants"]))
C.append(case("blind3-redflag-14", "red-flag", "hip-buttock",
  "24 weeks pregnant with an aching upper buttock on both sides and across the sacrum, worse standing long.",
  [d("l.upper-buttock", 5, "aching"), d("r.upper-buttock", 5, "aching"), d("m.sacrum", 3, "aching")],
  ["gluteus-medius", "quadratus-lumborum-superficial", "piriformis", "gluteus-maximus"],
  ["gluteus-medius"], "livih", tier="caution",
  activities=["pregnancy", "prolonged-standing"], redflags=["pregnancy"]))
C.append(case("blind3-redflag-15", "red-flag", "shoulder-girdle",
  "Known osteoporosis; the same long-standing ache between the right shoulder blade and spine as for years, no fall and nothing new.",
  [d("r.interscapular", 5, "aching")],
  ["rhomboid-major", "rhomboid-minor", "middle-trapezius", "scalenus-medius"],
  ["rhomboid-major"], "ibdenver", side="r", tier="caution",
  redflags=["osteoporosis"]))
C.append(case("blind3-redflag-16", "red-flag", "leg",
  "Runner with an achy left upper calf after hill sessions; visible varicose veins on that lower leg, no swelling or warmth.",
  [d("l.upper-calf", 5, "aching")],
  ["gastrocnemius-medial", "soleus", "gastrocnemius-lateral"],
  ["gastrocnemius-medial"], "hhmob", side="l", tier="caution",
  activities=["running-uphill"], redflags=["varicose-veins"]))

out = os.path.join(HERE, "blind-cases.json")
with open(out, "w") as f:
    json.dump(C, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(C)} cases to {out}")
