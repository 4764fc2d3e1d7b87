"""Hand-written region phrases (lay intake wording and clinical charting)."""
from common import area, B, L, R, dump

ITEMS = []

def r(text, reg, expect, tags=(), also=None, note=None):
    item = {"text": text, "register": reg, "expect": list(dict.fromkeys(expect)),
            "tags": [reg] + [t for t in tags if t != reg]}
    if also:
        item["alsoAccept"] = [list(dict.fromkeys(a)) for a in also]
    if note:
        item["note"] = note
    ITEMS.append(item)

def pair(text, reg, name, tags=(), note=None):
    r(text, reg, B(name), tags, also=[L(name), R(name)], note=note)

def pairarea(text, reg, key, tags=(), note=None):
    r(text, reg, area(key, "l") + area(key, "r"), tags,
      also=[area(key, "l"), area(key, "r")], note=note)

CALF = lambda s: [s + ".upper-calf", s + ".lower-calf"]

# ---------------------------------------------------------------- lay
lay = "lay"
r("pain in my right shoulder blade", lay, area("scapula", "r"))
r("left sholder is killing me", lay, area("shoulder-joint", "l"), ["misspelled", "slang"],
  also=[area("shoulder-joint", "l") + ["l.shoulder-top"]])
r("the back of my neck", lay, B("posterior-neck"), ["direction"],
  also=[area("neck-back")], note="split on the map but not a pair: no single-side reading")
r("right at the base of my skull, both sides", lay, B("suboccipital"), ["direction", "bilateral", "ambiguous"],
  note="'right' means 'exactly' here, not the side")
r("headache on the very top of my head", lay, ["m.vertex"], ["direction", "midline"])
r("my temples, both of them throb", lay, B("temple"), ["bilateral"])
r("behind my right eye", lay, ["r.eye"], ["direction"], also=[["r.eye", "r.periorbital"]])
r("left cheekbone", lay, ["l.cheek"], also=[["l.cheek", "l.maxilla"]])
r("my jaw on the right side clicks and aches", lay, area("jaw", "r"), ["direction"], also=[["r.tmj"]])
r("the joint just in front of my left ear when I chew", lay, ["l.tmj"], ["direction"])
r("earache, left ear", lay, ["l.ear"], also=[["l.ear", "l.deep-ear"]])
r("deep inside my right ear, like pressure", lay, ["r.deep-ear"], ["direction"])
pair("the bony bump behind my ear", lay, "mastoid", ["direction"])
r("my back teeth on the top left", lay, ["l.upper-molars"], ["direction"])
r("bottom front teeth ache", lay, ["m.lower-incisors"], ["direction", "midline"])
r("roof of my mouth feels bruised", lay, ["m.palate"], ["midline"])
r("my tongue is sore at the sides", lay, ["m.tongue"], ["midline"])
r("my throat, like something is stuck", lay, ["m.throat"], ["midline"])
r("front of my neck", lay, ["m.anterior-neck"], ["direction", "midline"])
r("right side of my neck", lay, ["r.lateral-neck"], ["direction"],
  also=[["r.lateral-neck", "r.posterolateral-neck"]])
r("just above my left collar bone", lay, ["l.supraclavicular"], ["direction"])
r("where my neck meets my shoulder on the right", lay, ["r.neck-angle"], ["direction"],
  also=[["r.neck-angle", "r.shoulder-top"]])
pair("top of my shoulders", lay, "shoulder-top", ["direction"])
r("traps are rock hard both sides", lay, B("shoulder-top"), ["slang", "bilateral"],
  also=[B("shoulder-top") + B("neck-angle")])
r("between my shoulder blades", lay, B("interscapular"), ["direction"])
r("mid back, right hand side", lay, ["r.mid-thoracic"], ["direction", "british"],
  also=[area("thoracic-back", "r")])
r("lower back", lay, area("low-back"), ["direction"], also=[B("lumbar")],
  note="names the whole parent area 'low back'; not a pair")
r("lower back on the left just above my belt", lay, ["l.lumbar"], ["direction"],
  also=[["l.lumbar", "l.iliac-crest"]])
r("tailbone when I sit", lay, ["m.coccyx"], ["midline"])
r("left bum cheek", lay, area("buttock", "l"), ["slang", "british"])
r("my right butt cheek, deep in the middle", lay, ["r.mid-buttock"], ["slang", "american", "direction"],
  also=[area("buttock", "r")])
r("left hip, the bony bit on the outside", lay, ["l.greater-trochanter"], ["direction"],
  also=[area("hip", "l")])
pairarea("my hip hurts when I lie on it", lay, "hip")
r("groin on the rite side", lay, ["r.groin"], ["misspelled"])
r("my left armpit", lay, ["l.axilla"])
r("under my arm on the right and down the side of my ribs", lay, ["r.axilla", "r.lateral-chest"],
  ["direction", "list"])
r("breastbone", lay, ["m.sternum"], ["midline"])
r("left boob, near the nipple", lay, ["l.breast"], ["slang", "direction"])
r("chest on the left, just under the collarbone", lay, ["l.infraclavicular"], ["direction"])
r("my pecs, right worse than left", lay, B("pectoral"), ["slang", "bilateral"], also=[R("pectoral")])
r("pit of my stomach", lay, ["m.epigastric"], ["midline", "ambiguous"],
  note="'pit' also means armpit elsewhere")
r("belly button area", lay, ["m.umbilical"], ["midline", "american"])
r("lower tummy, left side", lay, ["l.lower-abdomen"], ["british", "direction"])
r("right side under my ribs at the front", lay, ["r.lower-ribs"], ["direction"],
  also=[["r.lower-ribs", "r.upper-abdomen"]])
r("six pack area on the left, up high", lay, ["l.upper-abdomen"], ["slang", "direction"])
r("low down just above my pubic bone", lay, ["m.suprapubic"], ["direction", "midline"])
r("down below, between my legs", lay, ["m.perineum"], ["direction", "midline", "ambiguous"],
  also=[["m.perineum", "m.genital"]])
r("back passage", lay, ["m.rectal"], ["british", "midline"])
r("bladder area", lay, ["m.bladder"], ["midline"], also=[["m.bladder", "m.suprapubic"]])
r("my right upper arm on the outside", lay, ["r.lateral-upper-arm"], ["direction"])
r("bicep on my left arm", lay, ["l.anterior-upper-arm"])
r("back of my right arm above the elbow", lay, ["r.posterior-upper-arm"], ["direction"])
r("tennis elbow in my right arm", lay, ["r.lateral-epicondyle"],
  note="condition name used as a place")
r("golfers elbow on the left", lay, ["l.medial-epicondyle"], ["misspelled"],
  note="missing apostrophe; condition name used as a place")
r("hit my funny bone, left elbow still zings", lay, ["l.medial-epicondyle"], ["slang", "ambiguous"],
  also=[["l.olecranon"], ["l.medial-epicondyle", "l.olecranon"]])
r("inside of my elbow crease, left", lay, ["l.antecubital"], ["direction"])
r("my forarm on the right", lay, area("forearm", "r"), ["misspelled"])
r("top of my left forearm on the thumb side", lay, ["l.dorsal-forearm-radial"], ["direction"])
r("both wrists", lay, area("wrist", "l") + area("wrist", "r"), ["bilateral"])
r("left wrist, thumb side", lay, ["l.radial-wrist"], ["direction"])
r("back of my right hand", lay, ["r.dorsal-hand"], ["direction", "ambiguous"])
pair("palm of my hand", lay, "palm")
r("fleshy bit at the base of my thumb, right hand", lay, ["r.thenar"], ["direction", "british"])
r("the webbing between my thumb and finger on my left hand", lay, ["l.thumb-web"], ["direction"])
r("my pinky on the right", lay, ["r.little-finger"], ["american", "slang"])
r("left pointer finger", lay, ["l.index-finger"], ["american"])
r("right ring finger and middle finger", lay, ["r.ring-finger", "r.middle-finger"], ["list"])
r("all the fingers on my left hand", lay, area("fingers", "l"))
r("both my thumbs", lay, B("thumb"), ["bilateral"])
r("front of my thigh, left", lay, ["l.anterior-thigh"], ["direction"])
r("inner thigh on the right", lay, ["r.medial-thigh"], ["direction"])
r("outside of my right thigh, the IT band bit", lay, ["r.lateral-thigh"], ["direction", "abbreviation"])
r("hamstrings in both legs", lay, B("posterior-thigh"), ["bilateral"])
r("my left knee cap", lay, ["l.patella"])
r("back of my knee, right one", lay, ["r.popliteal"], ["direction"])
r("both my knees", lay, area("knee", "l") + area("knee", "r"), ["bilateral"])
r("just below my right kneecap", lay, ["r.infrapatellar"], ["direction"])
r("inside of my left knee", lay, ["l.medial-knee"], ["direction"])
r("shin splints on my right leg", lay, ["r.shin"], note="condition name used as a place")
r("left calf", lay, CALF("l"))
r("my calfs are tight", lay, CALF("l") + CALF("r"), ["misspelled", "bilateral"],
  note="plural: both sides")
r("achilles on the right", lay, ["r.achilles"])
r("outside of my left ankle", lay, ["l.lateral-ankle"], ["direction"])
r("ancle on the right", lay, area("ankle", "r"), ["misspelled"])
r("arch of my left foot", lay, ["l.arch"])
r("ball of my right foot", lay, ["r.forefoot-sole"])
r("bottom of my heel first thing in the morning, left", lay, ["l.plantar-heel"], ["direction"])
r("my big toe on the right", lay, ["r.big-toe"])
r("my little toes on the left foot", lay, ["l.lesser-toes"])
r("top of my foot (right)", lay, ["r.dorsal-foot"], ["direction"])
r("my forhead", lay, B("forehead"), ["misspelled"], note="not a pair: no single-side reading")
r("eyebrows, the left one mostly", lay, ["l.eyebrow"], also=[B("eyebrow")])
pair("all around my eyes", lay, "periorbital", ["direction"])
r("my nose and both cheeks", lay, ["m.nose", "l.cheek", "r.cheek"], ["list", "midline", "bilateral"])
r("sinuses on the right side of my face", lay, ["r.maxilla"], ["direction"], also=[["r.maxilla", "r.cheek"]])
r("my chin", lay, ["m.chin"], ["midline"])
r("the hinge of my jaw, both sides", lay, B("tmj"), ["bilateral", "slang"])
r("back of my head", lay, B("occiput"), ["direction"])
r("side of my head above my left ear", lay, ["l.parietal"], ["direction"], also=[["l.parietal", "l.temple"]])
r("the crown of my head", lay, ["m.vertex"], ["midline", "ambiguous"], note="'crown' is also a dental crown")
r("flat bone at the very bottom of my spine above my bum crack", lay, ["m.sacrum"], ["direction", "slang", "british"])
r("left SI joint", lay, ["l.sacroiliac"], ["abbreviation"])
r("the dimple at the bottom of my back on the right", lay, ["r.sacroiliac"], ["direction"])
r("my gums at the back on the right", lay, ["m.gums"], ["midline", "direction"],
  note="gums are one midline region on the map")
r("teeth on the top right", lay, ["r.upper-molars", "r.upper-premolars"], ["direction"])
r("left hip, left knee and my left ankle", lay, area("hip", "l") + area("knee", "l") + area("ankle", "l"), ["list"])
r("my neck's left side", lay, ["l.lateral-neck"], ["possessive", "direction"])
r("my knee's inner side, the right one", lay, ["r.medial-knee"], ["possessive", "direction"])
pairarea("my shoulder", lay, "shoulder-joint")
r("my achillies tendon, left", lay, ["l.achilles"], ["misspelled"])
r("lower bak rite side", lay, ["r.lumbar"], ["misspelled", "direction"], also=[area("low-back", "r")])
r("nek stiff on the left", lay, ["l.lateral-neck", "l.posterolateral-neck"], ["misspelled"],
  also=[["l.lateral-neck"], ["l.posterolateral-neck"]])
r("my heal hurts first thing, right foot", lay, ["r.plantar-heel"], ["misspelled", "ambiguous"],
  also=[area("heel-area", "r")], note="'heal' misspelt for heel")
r("left elbo, the pointy bit", lay, ["l.olecranon"], ["misspelled", "slang"])
r("outside of my rist on the right, pinky side", lay, ["r.ulnar-wrist"], ["misspelled", "direction", "american"])
r("my thum joint, left hand", lay, ["l.thumb"], ["misspelled"])
r("under my right armpitt", lay, ["r.axilla"], ["misspelled", "direction"], also=[["r.axilla", "r.lateral-chest"]])
r("stomache on the left side", lay, ["l.lateral-abdomen"], ["misspelled", "direction"],
  also=[area("abdomen-lower", "l"), ["l.lateral-abdomen", "l.upper-abdomen"]])
r("buttox both sides, low down where they meet the legs", lay, B("lower-buttock") + B("gluteal-fold"),
  ["misspelled", "bilateral", "direction"], also=[B("gluteal-fold")])
r("inner nee on the left", lay, ["l.medial-knee"], ["misspelled", "direction"])
r("hamstings on the right", lay, ["r.posterior-thigh"], ["misspelled"])
r("temperal headache, left side", lay, ["l.temple"], ["misspelled"])
r("just under my colar bone, right", lay, ["r.infraclavicular"], ["misspelled", "direction"])
r("tailbown", lay, ["m.coccyx"], ["misspelled", "midline"])
r("grion strain on the left", lay, ["l.groin"], ["misspelled"])
r("my bum hurts when I sit", lay, area("buttock", "l") + area("buttock", "r"), ["slang", "british"],
  also=[area("buttock", "l"), area("buttock", "r")])
r("my fanny is sore from the bike seat", lay, area("buttock", "l") + area("buttock", "r"),
  ["slang", "american", "ambiguous"], also=[["m.genital"], ["m.perineum"]],
  note="US 'fanny' = buttocks; UK 'fanny' = female genitals")
r("the small of my back", lay, B("lumbar"), ["direction", "british"], also=[area("low-back")])
r("ribs on the left, round the side", lay, ["l.lateral-chest"], ["direction", "ambiguous"],
  also=[["l.lateral-chest", "l.lateral-back"]])
r("lats on the right", lay, ["r.lateral-back"], ["slang"], also=[["r.lateral-back", "r.axilla"]])
r("left love handle", lay, ["l.iliac-crest"], ["slang", "ambiguous"], also=[["l.lateral-abdomen"]])
r("pinky toe, right", lay, ["r.lesser-toes"], ["american", "slang"])
r("top of my head and the back of it", lay, ["m.vertex"] + B("occiput"), ["list", "midline", "direction"])
r("fronts of both upper arms", lay, B("anterior-upper-arm"), ["bilateral", "direction"])
r("middle of my chest", lay, ["m.sternum"], ["midline", "direction"])
r("upper back", lay, B("upper-thoracic"), ["direction"],
  also=[area("thoracic-back"), B("upper-thoracic") + B("interscapular")])
r("right ear and the bit behind it", lay, ["r.ear", "r.mastoid"], ["list", "direction"])
r("my gums", lay, ["m.gums"], ["midline"])
r("lips feel tight", lay, ["m.mouth"], ["midline"])
r("whole left leg below the knee", lay, area("lower-leg", "l") + area("calf-area", "l"), ["direction"],
  note="whole lower leg: shin side and calf side including the Achilles")
r("my rite wrist", lay, area("wrist", "r"), ["misspelled"])
r("shouldr and upper arm on the left", lay, area("shoulder-joint", "l") + area("upper-arm", "l"),
  ["misspelled", "list", "direction"])
r("both sides of my neck at the back", lay, B("posterior-neck"), ["bilateral", "direction"],
  also=[B("posterior-neck") + B("posterolateral-neck")])

# ---------------------------------------------------------------- clinical
cl = "clinical"
r("R UT", cl, ["r.shoulder-top"], ["abbreviation"], also=[["r.shoulder-top", "r.neck-angle"]])
r("L UFT TrP, taut band palpable", cl, ["l.shoulder-top"], ["abbreviation"], also=[["l.shoulder-top", "l.neck-angle"]])
r("bilat suboccipitals", cl, B("suboccipital"), ["abbreviation", "bilateral"])
r("R SCM sternal head", cl, ["r.lateral-neck"], ["abbreviation"], also=[["r.lateral-neck", "m.anterior-neck"]])
r("L levator scap at sup. angle", cl, ["l.neck-angle"], ["abbreviation", "direction"],
  also=[["l.neck-angle", "l.supraspinous"], ["l.neck-angle", "l.scapula-medial-border"]])
r("R infraspinatus", cl, ["r.infraspinous"])
r("L supraspinatus belly", cl, ["l.supraspinous"])
r("medial border R scapula (rhomboids)", cl, ["r.scapula-medial-border"], ["direction"],
  also=[["r.scapula-medial-border", "r.interscapular"]])
r("inf. angle L scap", cl, ["l.scapula-inferior-angle"], ["abbreviation", "direction"])
r("R paraspinals T4-T8", cl, ["r.mid-thoracic"], ["abbreviation"], also=[["r.upper-thoracic", "r.mid-thoracic"]])
r("L thoracolumbar jn paraspinals", cl, ["l.lower-thoracic", "l.lumbar"], ["abbreviation", "direction"])
r("bilat QL", cl, B("lumbar"), ["abbreviation", "bilateral"], also=[B("lumbar") + B("iliac-crest")])
r("R QL at iliac crest attachment", cl, ["r.iliac-crest"], ["abbreviation", "direction"], also=[["r.iliac-crest", "r.lumbar"]])
r("L PSIS / SIJ", cl, ["l.sacroiliac"], ["abbreviation"])
r("sacral base, midline", cl, ["m.sacrum"], ["midline", "direction"])
r("coccygeal pain on sitting", cl, ["m.coccyx"], ["midline"])
r("R glute med", cl, ["r.upper-buttock"], ["abbreviation"], also=[["r.upper-buttock", "r.lateral-buttock"]])
r("L glute max, lower fibres nr ischial tuberosity", cl, ["l.lower-buttock"], ["abbreviation", "direction", "british"],
  also=[["l.lower-buttock", "l.gluteal-fold"]])
r("R piriformis", cl, ["r.mid-buttock"])
r("L TFL", cl, ["l.lateral-hip"], ["abbreviation"], also=[["l.lateral-hip", "l.anterolateral-thigh"]])
r("R GT bursa region", cl, ["r.greater-trochanter"], ["abbreviation"])
r("L iliopsoas at inguinal lig.", cl, ["l.groin"], ["abbreviation"])
r("adductors R prox.", cl, ["r.medial-thigh"], ["abbreviation", "direction"], also=[["r.medial-thigh", "r.groin"]])
r("L VMO", cl, ["l.suprapatellar"], ["abbreviation"],
  also=[["l.suprapatellar", "l.medial-knee"], ["l.anteromedial-thigh"]])
r("R vastus lat", cl, ["r.lateral-thigh"], ["abbreviation"], also=[["r.lateral-thigh", "r.anterolateral-thigh"]])
r("rec fem L, mid-belly", cl, ["l.anterior-thigh"], ["abbreviation"])
r("bilat hams, distal third", cl, B("posterior-thigh"), ["abbreviation", "bilateral", "direction"])
r("R pes anserine", cl, ["r.medial-knee"])
r("L patellar tendon", cl, ["l.infrapatellar"])
r("R popliteal fossa", cl, ["r.popliteal"])
r("L ITB at lat. fem. condyle", cl, ["l.lateral-knee"], ["abbreviation", "direction"], also=[["l.lateral-knee", "l.lateral-thigh"]])
r("R tib ant", cl, ["r.shin"], ["abbreviation"])
r("L peroneals", cl, ["l.lateral-leg"], ["british"], note="older name for fibularis")
r("R gastroc med head", cl, ["r.upper-calf"], ["abbreviation", "direction"])
r("L soleus", cl, ["l.lower-calf"], also=[CALF("l")])
r("bilat gastrocs", cl, B("upper-calf"), ["abbreviation", "bilateral"], also=[CALF("l") + CALF("r")])
r("R TA insertion, post. calcaneus", cl, ["r.posterior-heel"], ["abbreviation", "ambiguous", "direction"],
  also=[["r.achilles"], ["r.posterior-heel", "r.achilles"]],
  note="TA = tendo Achillis here, elsewhere tibialis anterior")
r("L Achilles midportion", cl, ["l.achilles"])
r("R lat malleolus", cl, ["r.lateral-ankle"], ["abbreviation", "direction"])
r("L med mall", cl, ["l.medial-ankle"], ["abbreviation", "direction"])
r("R plantar fascia origin, calcaneus", cl, ["r.plantar-heel"], also=[["r.plantar-heel", "r.arch"]])
r("L 1st MTP", cl, ["l.big-toe"], ["abbreviation"], also=[["l.big-toe", "l.forefoot-sole"]])
r("R met heads 2-4 plantar", cl, ["r.forefoot-sole"], ["abbreviation", "direction"])
r("L dorsum of foot, EDB", cl, ["l.dorsal-foot"], ["abbreviation", "direction"])
r("R med. longitudinal arch", cl, ["r.arch"], ["abbreviation", "direction"])
r("L ant delt", cl, ["l.anterior-deltoid"], ["abbreviation", "direction"])
r("R mid delt", cl, ["r.middle-deltoid"], ["abbreviation"])
r("post delt bilat", cl, B("posterior-deltoid"), ["abbreviation", "bilateral", "direction"])
r("L AC jt", cl, ["l.acromion"], ["abbreviation"])
r("R GH jt", cl, area("shoulder-joint", "r"), ["abbreviation"])
r("L biceps LH in bicipital groove", cl, ["l.anterior-deltoid"], ["abbreviation"],
  also=[["l.anterior-deltoid", "l.anterior-upper-arm"], ["l.anterior-upper-arm"]])
r("R triceps long head", cl, ["r.posterior-upper-arm"])
r("L brachialis", cl, ["l.anterior-upper-arm"], also=[["l.anterior-upper-arm", "l.antecubital"]])
r("R coracobrachialis", cl, ["r.medial-upper-arm"])
r("R LE / CEO", cl, ["r.lateral-epicondyle"], ["abbreviation"])
r("L ME, CFO", cl, ["l.medial-epicondyle"], ["abbreviation"])
r("R olecranon", cl, ["r.olecranon"])
r("cubital fossa L", cl, ["l.antecubital"])
r("R ECRB/ECRL", cl, ["r.dorsal-forearm-radial"], ["abbreviation"])
r("L ECU", cl, ["l.dorsal-forearm-ulnar"], ["abbreviation"])
r("R FCR", cl, ["r.volar-forearm-radial"], ["abbreviation"])
r("L FCU", cl, ["l.volar-forearm-ulnar"], ["abbreviation"])
r("R brachioradialis", cl, ["r.dorsal-forearm-radial"], also=[["r.dorsal-forearm-radial", "r.volar-forearm-radial"]])
r("pronator teres L", cl, ["l.volar-forearm-radial"], also=[["l.volar-forearm-radial", "l.antecubital"]])
r("R carpal tunnel", cl, ["r.volar-wrist"])
r("L 1st dorsal compartment (De Quervain's)", cl, ["l.radial-wrist"], ["possessive"])
r("R TFCC", cl, ["r.ulnar-wrist"], ["abbreviation"])
r("L dorsal wrist", cl, ["l.dorsal-wrist"], ["direction"])
r("R 1st DI", cl, ["r.thumb-web"], ["abbreviation"], also=[["r.thumb-web", "r.dorsal-hand"]])
r("L APB / OP, thenar", cl, ["l.thenar"], ["abbreviation"])
r("R hypothenar", cl, ["r.hypothenar"])
r("L CMC 1", cl, ["l.thumb"], ["abbreviation"], also=[["l.thumb", "l.thenar"]])
r("R D2-D3 PIPs", cl, ["r.index-finger", "r.middle-finger"], ["abbreviation", "list"])
r("L 5th digit", cl, ["l.little-finger"])
r("R pec major clavicular portion", cl, ["r.infraclavicular"], ["abbreviation"], also=[["r.infraclavicular", "r.pectoral"]])
r("L pec minor", cl, ["l.pectoral"], ["abbreviation"], also=[["l.pectoral", "l.infraclavicular"]])
r("sternalis", cl, ["m.sternum"], ["midline"])
r("R serratus ant. @ ribs 5-7, midaxillary line", cl, ["r.lateral-chest"], ["abbreviation", "direction"])
r("L lat dorsi, post. axillary fold", cl, ["l.axilla"], ["abbreviation", "direction"], also=[["l.axilla", "l.lateral-back"]])
r("R rectus abdominis, infraumbilical", cl, ["r.lower-abdomen"], ["direction"], also=[["r.lower-abdomen", "m.umbilical"]])
r("epigastrium", cl, ["m.epigastric"], ["midline"])
r("L obliques", cl, ["l.lateral-abdomen"])
r("periumbilical", cl, ["m.umbilical"], ["midline", "direction"])
r("R costal margin anteriorly", cl, ["r.lower-ribs"], ["direction"])
r("L hypochondrium", cl, ["l.upper-abdomen"], also=[["l.upper-abdomen", "l.lower-ribs"]])
r("suprapubic, midline", cl, ["m.suprapubic"], ["midline", "direction"])
r("pubic symphysis", cl, ["m.pubic"], ["midline"])
r("PF, perineal body", cl, ["m.perineum"], ["abbreviation", "midline"])
r("ext. anal sphincter", cl, ["m.rectal"], ["abbreviation", "midline"])
r("R masseter, deep layer", cl, ["r.tmj"], also=[["r.tmj", "r.jaw-angle"], ["r.jaw-angle"]])
r("L masseter sup. belly", cl, ["l.jaw-angle"], ["abbreviation", "direction"],
  also=[["l.jaw-angle", "l.mandible"], ["l.jaw-angle", "l.cheek"]])
r("bilat TMJ", cl, B("tmj"), ["abbreviation", "bilateral"])
r("R temporalis, ant. fibres", cl, ["r.temple"], ["abbreviation", "direction", "british", "ambiguous"],
  note="'temple(s)' is also a place of worship")
r("L lat pterygoid (intraoral)", cl, ["l.tmj"], ["abbreviation"], also=[["l.tmj", "l.maxilla"]])
r("R digastric post. belly", cl, ["r.jaw-angle"], ["abbreviation", "direction"],
  also=[["r.jaw-angle", "r.mastoid"], ["r.jaw-angle", "r.lateral-neck"]])
r("frontalis bilat", cl, B("forehead"), ["bilateral", "abbreviation"])
r("L orbicularis oculi", cl, ["l.periorbital"])
r("R zygomaticus major", cl, ["r.cheek"])
r("occipitalis bilat", cl, B("occiput"), ["bilateral", "abbreviation"])
r("vertex", cl, ["m.vertex"], ["midline"])
r("R mastoid process", cl, ["r.mastoid"])
r("L splenius capitis", cl, ["l.posterolateral-neck"], also=[["l.posterolateral-neck", "l.suboccipital"]])
r("R semispinalis cap.", cl, ["r.posterior-neck"], ["abbreviation"], also=[["r.posterior-neck", "r.suboccipital"]])
r("C-spine paraspinals bilat", cl, B("posterior-neck"), ["abbreviation", "bilateral"],
  also=[area("neck-back")])
r("R scalenes", cl, ["r.supraclavicular"], also=[["r.supraclavicular", "r.lateral-neck"]])
r("L anterolat. neck", cl, ["l.lateral-neck"], ["abbreviation", "direction"])
r("SCM clavicular head, R>L", cl, B("lateral-neck"), ["abbreviation", "bilateral"], also=[R("lateral-neck")])
r("L UT, levator & rhomboids", cl, ["l.shoulder-top", "l.neck-angle", "l.scapula-medial-border"], ["list", "abbreviation"])
r("R lumbar erectors L3-5", cl, ["r.lumbar"], ["abbreviation"])
r("LBP bilat, L>R", cl, B("lumbar"), ["abbreviation", "bilateral"], also=[area("low-back")])
r("R shoulder ant & lat", cl, ["r.anterior-deltoid", "r.middle-deltoid"], ["list", "direction", "abbreviation"])
r("L ant knee", cl, ["l.patella"], ["abbreviation", "direction"],
  also=[["l.patella", "l.suprapatellar", "l.infrapatellar"], area("knee", "l")])
r("L TMJ, masseter and temporalis", cl, ["l.tmj", "l.jaw-angle", "l.temple"], ["list", "abbreviation"])
r("Rt lateral hip", cl, ["r.lateral-hip"], ["abbreviation", "direction"])
r("Lt post thigh prox 1/3", cl, ["l.posterior-thigh"], ["abbreviation", "direction"])
r("ischial tuberosity R", cl, ["r.lower-buttock"], also=[["r.lower-buttock", "r.gluteal-fold"]])
r("R 2nd-5th toes", cl, ["r.lesser-toes"])
r("L hallux", cl, ["l.big-toe"])
r("R retrocalcaneal", cl, ["r.posterior-heel"], ["direction"])
r("L ant. ankle, ext. retinaculum", cl, ["l.anterior-ankle"], ["abbreviation", "direction"])
r("R deltoid lig. of ankle", cl, ["r.medial-ankle"], ["abbreviation", "ambiguous"],
  note="'deltoid' is also the shoulder muscle")
r("interscapular bilat", cl, B("interscapular"), ["bilateral", "abbreviation"])
r("L lower thoracic paras T10-12", cl, ["l.lower-thoracic"], ["abbreviation", "direction"])
r("R upper thoracic, T1-3", cl, ["r.upper-thoracic"], ["direction"])
r("L flank, posterolat. trunk", cl, ["l.lateral-back"], ["abbreviation", "direction", "ambiguous"],
  also=[["l.lateral-back", "l.lateral-abdomen"]])
r("mandible body bilat", cl, B("mandible"), ["bilateral", "abbreviation"])
r("mentalis", cl, ["m.chin"], ["midline"])
r("R infraorbital / maxillary sinus", cl, ["r.maxilla"], ["direction"])
r("L sup. orbital rim", cl, ["l.eyebrow"], ["abbreviation", "direction"], also=[["l.eyebrow", "l.periorbital"]])
r("R retro-orbital", cl, ["r.eye"], ["direction"])
r("L EAM", cl, ["l.deep-ear"], ["abbreviation"])
r("pinna R", cl, ["r.ear"])
r("L parietal", cl, ["l.parietal"])
r("orbicularis oris", cl, ["m.mouth"], ["midline"])
r("soft palate", cl, ["m.palate"], ["midline"])
r("R lower 6/7", cl, ["r.lower-molars"], ["abbreviation"], note="dental numbering for first/second molars")
r("L upper PMs", cl, ["l.upper-premolars"], ["abbreviation"])
r("upper incisors", cl, ["m.upper-incisors"], ["midline"])
r("hyoid / ant. neck", cl, ["m.anterior-neck"], ["midline", "abbreviation", "direction"])
r("pharynx", cl, ["m.throat"], ["midline"])
r("R SC jt", cl, ["r.infraclavicular"], ["abbreviation", "ambiguous"],
  also=[["r.infraclavicular", "m.sternum"], ["m.sternum"]], note="sternoclavicular joint sits between two map regions")
r("L post. axilla / teres major", cl, ["l.axilla"], ["abbreviation", "direction"],
  also=[["l.axilla", "l.scapula-inferior-angle"]])
r("R pec, inframammary", cl, ["r.breast"], ["abbreviation", "direction"], also=[["r.breast", "r.pectoral"]])
r("ant. shoulders bilat", cl, B("anterior-deltoid"), ["abbreviation", "bilateral", "direction"])
r("R elbow lat & post", cl, ["r.lateral-epicondyle", "r.olecranon"], ["list", "direction", "abbreviation"])
r("L anconeus", cl, ["l.olecranon"], also=[["l.olecranon", "l.lateral-epicondyle"]])
r("R forearm flexors prox.", cl, ["r.volar-forearm-radial", "r.volar-forearm-ulnar"], ["abbreviation", "direction"])
r("L extensor mass prox forearm", cl, ["l.dorsal-forearm-radial"], ["direction"],
  also=[["l.dorsal-forearm-radial", "l.dorsal-forearm-ulnar"]])
r("R Guyon's canal", cl, ["r.hypothenar"], ["possessive"], also=[["r.ulnar-wrist"], ["r.hypothenar", "r.ulnar-wrist"]])
r("L palmar aponeurosis", cl, ["l.palm"])
r("R dorsum of hand, interossei", cl, ["r.dorsal-hand"], ["direction"])
r("bilat thenar", cl, B("thenar"), ["bilateral", "abbreviation"])
r("L sartorius mid-thigh", cl, ["l.anteromedial-thigh"])
r("R add longus prox", cl, ["r.medial-thigh"], ["abbreviation", "direction"], also=[["r.medial-thigh", "r.groin"]])
r("L pectineus", cl, ["l.groin"], also=[["l.groin", "l.anteromedial-thigh"]])
r("B/L gluteal fold", cl, B("gluteal-fold"), ["abbreviation", "bilateral"])
r("L glute min, lat.", cl, ["l.lateral-buttock"], ["abbreviation", "direction"], also=[["l.lateral-buttock", "l.lateral-hip"]])
r("R knee med jt line", cl, ["r.medial-knee"], ["abbreviation", "direction"])
r("L lat jt line", cl, ["l.lateral-knee"], ["abbreviation", "direction"])
r("R quads tendon", cl, ["r.suprapatellar"], ["abbreviation"])
r("L popliteus", cl, ["l.popliteal"])
r("medial tibial border R", cl, ["r.medial-leg"], ["direction"])
r("L tib post", cl, ["l.medial-leg"], ["abbreviation", "direction"], also=[["l.medial-leg", "l.lower-calf"]])
r("R EHL tendon, dorsum of foot", cl, ["r.dorsal-foot"], ["abbreviation", "direction"])
r("L FDB", cl, ["l.arch"], ["abbreviation"], also=[["l.arch", "l.forefoot-sole"]])
r("R abductor hallucis", cl, ["r.arch"], also=[["r.arch", "r.medial-ankle"]])
r("L heel, plantar & post.", cl, ["l.plantar-heel", "l.posterior-heel"], ["list", "direction", "abbreviation"])
r("C/T jn bilat", cl, B("upper-thoracic"), ["abbreviation", "bilateral", "direction"],
  also=[B("upper-thoracic") + B("posterior-neck")])
r("L glutes, TFL, piriformis", cl, ["l.upper-buttock", "l.lateral-hip", "l.mid-buttock"], ["list", "abbreviation"],
  also=[area("buttock", "l") + ["l.lateral-hip"]])
r("R shldr", cl, area("shoulder-joint", "r"), ["abbreviation"])
r("R knee, diffuse", cl, area("knee", "r"))
r("Lt ankle", cl, area("ankle", "l"), ["abbreviation"])
r("R wrist & hand", cl, area("wrist", "r") + area("hand", "r"), ["list"])
r("L mid thoracic paraspinals, T6", cl, ["l.mid-thoracic"])
r("R lat. border of scapula / teres minor", cl, ["r.infraspinous"], ["abbreviation", "direction"],
  also=[["r.infraspinous", "r.posterior-deltoid"]])
r("bladder neck / suprapubic tenderness", cl, ["m.bladder", "m.suprapubic"], ["list", "midline"])
r("L ext. genitalia referral (pt report)", cl, ["m.genital"], ["abbreviation", "midline"])

# ---------------------------------------------------------------- more lay (balance, misspellings, possessives)
r("my sholders and neck", lay, area("shoulder-joint", "l") + area("shoulder-joint", "r") + B("posterior-neck"),
  ["misspelled", "list", "bilateral"], also=[B("shoulder-top") + B("posterior-neck")],
  note="'shoulders' plural = both sides of the shoulder area")
r("rigth hip", lay, area("hip", "r"), ["misspelled"])
r("my lower leg's outside edge, left", lay, ["l.lateral-leg"], ["possessive", "direction"])
r("my shoulder's front on the right", lay, ["r.anterior-deltoid"], ["possessive", "direction"])
r("the right knee's back", lay, ["r.popliteal"], ["possessive", "direction"])
r("the left side of my head's back", lay, ["l.occiput"], ["possessive", "direction"])
r("pain in my nuckles on the right hand", lay, area("fingers", "r"), ["misspelled"],
  also=[area("fingers", "r") + ["r.dorsal-hand"]], note="knuckles: finger bases")
r("bottem of my left foot near the toes", lay, ["l.forefoot-sole"], ["misspelled", "direction"])
r("inbetween my sholder blades, more on the left", lay, ["l.interscapular"], ["misspelled", "direction"],
  also=[B("interscapular")])
r("my eye sockets", lay, B("periorbital"), ["bilateral"], also=[B("periorbital") + B("eye")])
r("left side of my jawline under the ear", lay, ["l.jaw-angle"], ["direction"])
r("rite temple", lay, ["r.temple"], ["misspelled"])
r("my tummy button", lay, ["m.umbilical"], ["british", "midline", "slang"])
r("the back of both my heels", lay, B("posterior-heel"), ["bilateral", "direction"])
r("outer edge of my right foot", lay, ["r.dorsal-foot"], ["direction"],
  also=[["r.dorsal-foot", "r.lateral-ankle"], ["r.lesser-toes", "r.dorsal-foot"]])
r("pain in my keester when I sit", lay, area("buttock", "l") + area("buttock", "r"), ["slang", "american"],
  also=[["m.coccyx"]])
r("my thigh, left leg, all the way round", lay, area("thigh", "l"), ["direction"])
r("elbow on the left, the inside bit", lay, ["l.medial-epicondyle"], ["direction"], also=[["l.antecubital"]])
r("my wrists and both hands", lay, area("wrist", "l") + area("wrist", "r") + area("hand", "l") + area("hand", "r"),
  ["list", "bilateral"])
r("tinnitis-y feeling deep in my left ear", lay, ["l.deep-ear"], ["misspelled", "direction"])
r("upper arm on the right, the inside next to my body", lay, ["r.medial-upper-arm"], ["direction"])
r("the bit of my shin just above the ankle, left", lay, ["l.shin"], ["direction"], also=[["l.shin", "l.anterior-ankle"]])
r("my top lip", lay, ["m.mouth"], ["midline", "direction"])
r("the sole of my rigth foot", lay, ["r.arch", "r.forefoot-sole"], ["misspelled", "direction"],
  also=[area("foot", "r"), ["r.arch", "r.forefoot-sole", "r.plantar-heel"]])
r("my kneck and the top of my back", lay, B("posterior-neck") + B("upper-thoracic"), ["misspelled", "list", "direction"],
  also=[area("neck-back") + B("upper-thoracic")])
r("right shoulder, the tip of it", lay, ["r.acromion"], ["direction"])
r("the outside of my left shoulder, sort of halfway down", lay, ["l.middle-deltoid"], ["direction"],
  also=[["l.middle-deltoid", "l.lateral-upper-arm"]])
r("ribcage at the front, bottom right", lay, ["r.lower-ribs"], ["direction"])
r("lower left abdomin", lay, ["l.lower-abdomen"], ["misspelled", "direction"])
r("my pelvic floor", lay, area("pelvic-floor"), ["midline"], also=[["m.perineum"]],
  note="names the whole parent area")
r("hip flexor on the right", lay, ["r.groin"], ["slang"], also=[["r.groin", "r.anterior-thigh"]])
r("right side of my ribs at the back", lay, ["r.lateral-back"], ["direction"], also=[["r.lateral-back", "r.lower-thoracic"]])
r("my left wrist on the palm side", lay, ["l.volar-wrist"], ["direction"])
r("the fat pad under my heel, left", lay, ["l.plantar-heel"], ["direction"])
r("ear lobes and outer ears", lay, B("ear"), ["bilateral", "direction"])
r("wisdom teeth bottom left", lay, ["l.lower-molars"], ["direction"])

# ---------------------------------------------------------------- more clinical (therapists' misspellings)
r("R supraspinatous", cl, ["r.supraspinous"], ["misspelled"])
r("L piriformus", cl, ["l.mid-buttock"], ["misspelled"])
r("R rhomboyds", cl, ["r.scapula-medial-border"], ["misspelled"], also=[["r.scapula-medial-border", "r.interscapular"]])
r("L gastrocnemious lat head", cl, ["l.upper-calf"], ["misspelled", "abbreviation", "direction"])
r("bilat trapezious upper fibres", cl, B("shoulder-top"), ["misspelled", "bilateral", "british", "direction"],
  also=[B("shoulder-top") + B("neck-angle")])
r("R infraspinatis", cl, ["r.infraspinous"], ["misspelled"])

for n, it in enumerate(ITEMS, 1):
    it["id"] = f"b5r-{n:03d}"
ITEMS = [{"id": it.pop("id"), **it} for it in ITEMS]

if __name__ == "__main__":
    dump("regions-heldout.json", ITEMS)
