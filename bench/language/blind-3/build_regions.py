"""Build regions-heldout.json: hand-written phrases naming where it hurts.

Every phrase below was written by hand for this set. `expect` uses the
finest region ids of regions.tsv; whole-area lists come from area().
"""
from common import area, L, R, M, B, dump

ITEMS = []


def add(text, register, expect, tags=(), alt=None, note=None):
    tags = list(tags)
    if register not in tags:
        tags.insert(0, register)
    item = {"id": "b3r-%03d" % (len(ITEMS) + 1), "text": text,
            "register": register, "expect": list(expect), "tags": tags}
    if alt:
        item["alsoAccept"] = [list(a) for a in alt]
    if note:
        item["note"] = note
    ITEMS.append(item)


def pair(x):
    """Paired part with no side: both in expect, each side alone as an alternative."""
    return B(x), [[L(x)], [R(x)]]


def shoulder(side):
    return area("shoulder-joint", side)


def calf(side):
    return [side + ".upper-calf", side + ".lower-calf"]


LAY, CLIN = "lay", "clinical"

# ---------------------------------------------------------------- scalp
add("It's right on the crown of my head, like someone pressing a thumb in.", LAY,
    [M("vertex")], ["possessive", "midline", "ambiguous", "direction"],
    note="'right' is emphasis here, not the side")
add("pain at the very top of his head by the end of the week", LAY,
    [M("vertex")], ["possessive", "midline", "direction"])
add("occipital HA R>L", CLIN, B("occiput"), ["abbreviation", "bilateral"],
    alt=[[R("occiput")]], note="both sides named, right worse")
add("back of the hed on the left, dull all day", LAY, [L("occiput")],
    ["misspelled", "direction"])
add("TTP L parietal, 2 cm lateral to the sagittal suture", CLIN, [L("parietal")],
    ["abbreviation", "direction"])
add("the whole top and back of my head", LAY, area("scalp"),
    ["possessive", "bilateral", "midline", "direction"])
add("skull on the right side up top, above the ear", LAY, [R("parietal")],
    ["direction"], alt=[[R("parietal"), M("vertex")]])

# ---------------------------------------------------------- forehead/brow
add("my forehead", LAY, B("forehead"), ["possessive", "bilateral"],
    note="forehead is one part split on the map: no single-side alternative")
add("R temple", CLIN, [R("temple")], ["abbreviation"])
add("Both temples throb after a day at the screen.", LAY, B("temple"), ["bilateral"])
add("just above my left eyebrow", LAY, [L("forehead")], ["possessive", "direction"],
    alt=[[L("eyebrow")], [L("forehead"), L("eyebrow")]])
add("temporalis TrP, left, anterior fibres", CLIN, [L("temple")], ["direction"])
add("over the rt eybrow", LAY, [R("eyebrow")], ["misspelled", "abbreviation", "direction"])
add("frontal headache, bilat", CLIN, B("forehead"), ["abbreviation", "bilateral"])
add("his temple on the right side, near the hairline", LAY, [R("temple")],
    ["possessive"])
add("brow ridge and forehead, L side", CLIN, [L("eyebrow"), L("forehead")],
    ["abbreviation", "list"])

# --------------------------------------------------------------- eye area
add("behind my right eye", LAY, [R("eye")], ["possessive", "direction"])
add("periorbital ache L", CLIN, [L("periorbital")], ["abbreviation"])
add("a ring of pain all around both eyes", LAY, B("periorbital"),
    ["bilateral", "direction"])
add("my eye sockets ache", LAY, B("periorbital"), ["possessive", "bilateral"],
    alt=[[L("periorbital")], [R("periorbital")], B("periorbital") + B("eye")])
add("retro-orbital pain, R", CLIN, [R("eye")], ["abbreviation", "direction"])
add("deep behind the left eyeball, like it's being pushed out", LAY, [L("eye")],
    ["direction"])
add("around her rigth eye", LAY, [R("periorbital")],
    ["possessive", "misspelled", "direction"])

# ---------------------------------------------------------------- midface
add("my left cheek, the face one", LAY, [L("cheek")], ["possessive", "ambiguous"])
add("maxillary sinus area R", CLIN, [R("maxilla")], ["abbreviation"])
add("bridge of my nose", LAY, [M("nose")], ["possessive", "midline"])
add("sore round the mouth and lips", LAY, [M("mouth")], ["british", "midline"])
add("cheekbone just under my left eye", LAY, [L("cheek")],
    ["possessive", "direction"], alt=[[L("maxilla")], [L("cheek"), L("maxilla")]])
add("zygomatic region bilat", CLIN, B("cheek"), ["abbreviation", "bilateral"])
add("upper lip and the tip of the nose", LAY, [M("mouth"), M("nose")],
    ["list", "midline", "direction"])

# -------------------------------------------------------------------- jaw
add("L TMJ", CLIN, [L("tmj")], ["abbreviation"])
add("the clicky jaw joint just in front of my right ear", LAY, [R("tmj")],
    ["possessive", "direction"])
add("angle of mandible, R", CLIN, [R("jaw-angle")], ["abbreviation"])
add("my chin", LAY, [M("chin")], ["possessive", "midline"])
add("masseter bilat, L>R", CLIN, B("jaw-angle"), ["abbreviation", "bilateral"],
    alt=[B("jaw-angle") + B("mandible"), [L("jaw-angle")]])
add("My jaw aches on the right.", LAY, area("jaw", "r"), ["possessive"],
    alt=[[R("tmj")]])
add("along the jawbone on the left side, halfway to the chin", LAY, [L("mandible")],
    ["direction"], alt=[area("jaw", "l")])
add("bilateral TMJs, worse on waking", CLIN, B("tmj"), ["bilateral"])
add("my jor hurts both sides", LAY, area("jaw", "l") + area("jaw", "r"),
    ["possessive", "misspelled", "bilateral"], alt=[area("jaw")])
add("preauricular tenderness L", CLIN, [L("tmj")], ["direction"],
    alt=[[L("tmj"), L("ear")]])

# ---------------------------------------------------------------- ear area
add("earache on the left, deep inside", LAY, [L("deep-ear")], ["direction"],
    alt=[[L("ear")], [L("ear"), L("deep-ear")]])
add("on the bone behind my right ear", LAY, [R("mastoid")], ["possessive", "direction"])
add("mastoid process bilat", CLIN, B("mastoid"), ["abbreviation", "bilateral"])
add("both my ears", LAY, B("ear"), ["possessive", "bilateral"])
add("pain inside his rite ear", LAY, [R("deep-ear")],
    ["possessive", "misspelled", "direction"], alt=[[R("ear")]])
add("ear, the left one - outside bit, the flap", LAY, [L("ear")], ["slang"])

# ------------------------------------------------------------------- teeth
add("my upper back teeth on the left", LAY, [L("upper-molars")],
    ["possessive", "ambiguous", "direction"],
    note="'upper back' belongs to 'teeth' here, not the upper back")
add("lower molars R", CLIN, [R("lower-molars")], ["abbreviation", "direction"])
add("my front teeth, top and bottom", LAY, [M("upper-incisors"), M("lower-incisors")],
    ["possessive", "midline", "list", "direction", "ambiguous"])
add("L upper premolars sensitive to cold", CLIN, [L("upper-premolars")],
    ["abbreviation", "direction"])
add("all the back teeth on the right side, top and bottom", LAY,
    [R("upper-molars"), R("lower-molars")], ["direction", "list"],
    alt=[area("teeth", "r")])
add("bottom teeth on the left", LAY, [L("lower-molars"), L("lower-premolars")],
    ["ambiguous", "direction"], note="'bottom' = lower teeth, not the buttock")
add("lower incisors", CLIN, [M("lower-incisors")], ["midline", "direction"])

# ------------------------------------------------------------ mouth inside
add("the roof of my mouth", LAY, [M("palate")], ["possessive", "midline", "direction"])
add("my tongue feels sore at the sides", LAY, [M("tongue")], ["possessive", "midline"])
add("like a lump in the throat", LAY, [M("throat")], ["midline"])
add("gums, upper and lower", CLIN, [M("gums")], ["midline"])
add("right at the back of the throat", LAY, [M("throat")],
    ["midline", "direction", "ambiguous"], note="'right' is emphasis")

# --------------------------------------------------------------- neck front
add("front of the neck", LAY, [M("anterior-neck")], ["midline", "direction"])
add("R SCM", CLIN, [R("lateral-neck")], ["abbreviation"])
add("side of my neck on the left", LAY, [L("lateral-neck")], ["possessive", "direction"])
add("just above my right collar bone", LAY, [R("supraclavicular")],
    ["possessive", "direction", "british"])
add("supraclavicular fossa bilat", CLIN, B("supraclavicular"),
    ["abbreviation", "bilateral", "direction"])
add("scalenes L", CLIN, [L("lateral-neck")], [],
    alt=[[L("supraclavicular")], [L("lateral-neck"), L("supraclavicular")]])
add("under my chin at the front of my throat", LAY, [M("anterior-neck")],
    ["possessive", "direction", "midline"], alt=[[M("anterior-neck"), M("chin")]])
add("neck, rhs, the side bit", LAY, [R("lateral-neck")],
    ["abbreviation", "british", "direction"])
add("ant cervical region, midline", CLIN, [M("anterior-neck")],
    ["abbreviation", "direction", "midline"])

# ---------------------------------------------------------------- neck back
add("the back of my neck", LAY, B("posterior-neck"), ["possessive", "direction"],
    note="one part split on the map: no single-side alternative")
add("right at the base of the skull", LAY, B("suboccipital"),
    ["direction", "ambiguous"], note="'right' is emphasis; base of skull is not a pair")
add("R suboccipitals", CLIN, [R("suboccipital")], ["abbreviation"])
add("L posterolateral cervical", CLIN, [L("posterolateral-neck")],
    ["abbreviation", "direction"])
add("the nape of my neck", LAY, B("posterior-neck"), ["possessive", "british"])
add("the back of her neck on the right, up where her hairline is", LAY,
    [R("posterior-neck")], ["possessive", "direction"],
    alt=[[R("suboccipital")], [R("posterior-neck"), R("suboccipital")]])
add("C-spine paraspinals bilat", CLIN, B("posterior-neck"),
    ["abbreviation", "bilateral"])
add("back of the nek and sholders", LAY,
    B("posterior-neck") + shoulder("l") + shoulder("r"),
    ["misspelled", "list", "bilateral", "direction"],
    alt=[B("posterior-neck") + B("shoulder-top"),
         B("posterior-neck") + shoulder("l") + shoulder("r") + B("shoulder-top")],
    note="'shoulders' read as shoulder-joint by convention; shoulder tops only as alternative")
add("levator scap L", CLIN, [L("posterolateral-neck")], ["abbreviation"],
    alt=[[L("neck-angle")], [L("posterolateral-neck"), L("neck-angle")]])
add("back and side of the neck, right", LAY, [R("posterolateral-neck")], ["direction"])
add("suboccipital + upper cervical, L", CLIN, [L("suboccipital"), L("posterior-neck")],
    ["abbreviation", "list"])

# ------------------------------------------------------------- shoulder top
add("R UT", CLIN, [R("shoulder-top")], ["abbreviation"],
    alt=[[R("neck-angle")], [R("shoulder-top"), R("neck-angle")]])
add("on top of my left shoulder", LAY, [L("shoulder-top")], ["possessive", "direction"])
add("where my neck meets my shoulder, right side", LAY, [R("neck-angle")],
    ["possessive", "direction"], alt=[[R("neck-angle"), R("shoulder-top")]])
add("bilat upper traps", CLIN, B("shoulder-top"), ["abbreviation", "bilateral"],
    alt=[B("shoulder-top") + B("neck-angle")])
add("my bra straps dig in on the tops of both shoulders", LAY, B("shoulder-top"),
    ["possessive", "bilateral", "direction"])
add("angle of neck L", CLIN, [L("neck-angle")], ["abbreviation"])
add("the ridge on top of the right sholder where I carry my bag", LAY,
    [R("shoulder-top")], ["misspelled", "direction"])

# ----------------------------------------------------------- shoulder joint
add("my right shoulder", LAY, shoulder("r"), ["possessive"],
    alt=[shoulder("r") + [R("shoulder-top")]])
add("L ant delt", CLIN, [L("anterior-deltoid")], ["abbreviation", "direction"])
add("outside of the arm just below the left shoulder", LAY, [L("middle-deltoid")],
    ["direction"], alt=[[L("lateral-upper-arm")], [L("middle-deltoid"), L("lateral-upper-arm")]])
add("post delt R", CLIN, [R("posterior-deltoid")], ["abbreviation", "direction"])
add("ACJ, left", CLIN, [L("acromion")], ["abbreviation"])
add("both shoulders and the left hip", LAY,
    shoulder("l") + shoulder("r") + area("hip", "l"),
    ["list", "bilateral"],
    alt=[shoulder("l") + shoulder("r") + B("shoulder-top") + area("hip", "l")])
add("the tip of my shoulder on the right", LAY, [R("acromion")],
    ["possessive", "direction"])
add("front of my sholder", LAY, B("anterior-deltoid"),
    ["possessive", "misspelled", "direction"],
    alt=[[L("anterior-deltoid")], [R("anterior-deltoid")]])
add("GH jt R, anterior aspect", CLIN, [R("anterior-deltoid")],
    ["abbreviation", "direction"], alt=[shoulder("r")])
add("the client's left shoulder, all the way round", CLIN, shoulder("l"),
    ["possessive"], alt=[shoulder("l") + [L("shoulder-top")]])
add("Shoulder's killing me - the right one, can't lift my arm to wash my hair", LAY,
    shoulder("r"), ["slang"], alt=[shoulder("r") + [R("shoulder-top")]])
add("R shoulder, lateral", CLIN, [R("middle-deltoid")], ["abbreviation", "direction"],
    alt=[[R("middle-deltoid"), R("acromion")]])

# ----------------------------------------------------------------- scapula
add("right under my right shoulder blade", LAY, [R("scapula-inferior-angle")],
    ["possessive", "direction", "ambiguous"],
    alt=[[R("infraspinous")], [R("mid-thoracic")], [R("scapula-inferior-angle"), R("mid-thoracic")]],
    note="first 'right' is emphasis, second is the side")
add("L infraspinatus", CLIN, [L("infraspinous")], [])
add("supraspinatus fossa R", CLIN, [R("supraspinous")], ["abbreviation"])
add("along the inside edge of my left shoulder blade", LAY,
    [L("scapula-medial-border")], ["possessive", "direction"])
add("my shoulder blades", LAY, area("scapula", "l") + area("scapula", "r"),
    ["possessive", "bilateral"])
add("medial scapular border bilat, R>L", CLIN, B("scapula-medial-border"),
    ["abbreviation", "bilateral", "direction"], alt=[[R("scapula-medial-border")]])
add("bottom tip of the left shoulder blade", LAY, [L("scapula-inferior-angle")],
    ["direction", "ambiguous"], note="'bottom' = lower end, not the buttock")
add("pain in my left sholder blad", LAY, area("scapula", "l"),
    ["possessive", "misspelled"])
add("inf angle of scapula, R", CLIN, [R("scapula-inferior-angle")],
    ["abbreviation", "direction"])
add("the flat of the right shoulder blade, low down", LAY, [R("infraspinous")],
    ["direction"], alt=[[R("infraspinous"), R("scapula-inferior-angle")]])

# ---------------------------------------------------------- thoracic back
add("between my shoulder blades", LAY, B("interscapular"),
    ["possessive", "direction", "midline"],
    note="one region split on the map: no single-side alternative")
add("R rhomboids", CLIN, [R("interscapular")], ["abbreviation"],
    alt=[[R("scapula-medial-border")], [R("interscapular"), R("scapula-medial-border")]])
add("T4-T6 paraspinals, L", CLIN, [L("mid-thoracic")], ["abbreviation"],
    alt=[[L("upper-thoracic")], [L("upper-thoracic"), L("mid-thoracic")]])
add("middle of my back just to the right of the spine", LAY, [R("mid-thoracic")],
    ["possessive", "direction"])
add("my upper back", LAY, B("upper-thoracic") + B("interscapular"),
    ["possessive", "bilateral", "direction"],
    alt=[area("thoracic-back", "l") + area("thoracic-back", "r")])
add("along the bra line, left of my spine", LAY, [L("mid-thoracic")],
    ["possessive", "direction"], alt=[[L("lower-thoracic")], [L("mid-thoracic"), L("lower-thoracic")]])
add("TL junction bilat", CLIN, B("lower-thoracic"), ["abbreviation", "bilateral"],
    alt=[B("lower-thoracic") + B("lumbar")])
add("down the side of my back under the ribs on the right", LAY, [R("lateral-back")],
    ["possessive", "direction"])
add("lat dorsi L", CLIN, [L("lateral-back")], ["abbreviation"],
    alt=[[L("lateral-back"), L("axilla")]])
add("it's right in the middle of my back", LAY, B("mid-thoracic"),
    ["possessive", "midline", "ambiguous", "direction"],
    alt=[B("mid-thoracic") + B("interscapular")], note="'right' is emphasis")
add("upper thoracic paraspinals R, T1-3", CLIN, [R("upper-thoracic")],
    ["abbreviation", "direction"])
add("middel back, both sides", LAY, B("mid-thoracic"),
    ["misspelled", "bilateral", "direction"], alt=[area("thoracic-back", "l") + area("thoracic-back", "r")])

# ---------------------------------------------------------------- low back
add("lower back", LAY, B("lumbar"), ["bilateral", "direction"],
    alt=[area("low-back", "l") + area("low-back", "r")])
add("My lower back on the left is the worst.", LAY, area("low-back", "l"),
    ["possessive", "direction"], alt=[[L("lumbar")]])
add("QL R", CLIN, [R("lumbar")], ["abbreviation"],
    alt=[[R("iliac-crest")], [R("lumbar"), R("iliac-crest")]])
add("central LBP", CLIN, B("lumbar"), ["abbreviation", "midline", "bilateral"],
    alt=[B("lumbar") + [M("sacrum")]])
add("on top of the hip bone at the back, right side", LAY, [R("iliac-crest")],
    ["direction", "ambiguous"], note="'hip bone' here is the iliac crest")
add("lumbar paraspinals bilat, L>R", CLIN, B("lumbar"), ["abbreviation", "bilateral"],
    alt=[[L("lumbar")]])
add("lower bak", LAY, B("lumbar"), ["misspelled", "direction"],
    alt=[area("low-back", "l") + area("low-back", "r")])
add("the small of my back", LAY, B("lumbar"), ["possessive", "british"])
add("love handle on the left", LAY, [L("iliac-crest")], ["slang", "ambiguous"],
    alt=[[L("lateral-abdomen")], [L("iliac-crest"), L("lateral-abdomen")]])
add("L iliac crest, post aspect", CLIN, [L("iliac-crest")], ["abbreviation", "direction"])
add("he says his lumbar is 'shot' on the right", LAY, [R("lumbar")],
    ["possessive", "slang"])

# ------------------------------------------------------------------ sacral
add("my tailbone", LAY, [M("coccyx")], ["possessive", "midline"])
add("R SIJ", CLIN, [R("sacroiliac")], ["abbreviation"])
add("the two dimples at the bottom of my back", LAY, B("sacroiliac"),
    ["possessive", "bilateral", "direction", "ambiguous"],
    note="'bottom of my back' = low end of the back, not the buttock")
add("sacral pain, central", CLIN, [M("sacrum")], ["midline"])
add("coccydynia", CLIN, [M("coccyx")], ["midline"])
add("tail bone and both SI joints", LAY, [M("coccyx")] + B("sacroiliac"),
    ["list", "bilateral", "midline", "abbreviation"])
add("my tale bone after the fall on the ice", LAY, [M("coccyx")],
    ["possessive", "misspelled", "midline"])
add("flat bony bit at the very bottom of the spine, above the crack", LAY, [M("sacrum")],
    ["direction", "midline", "slang"], alt=[[M("sacrum"), M("coccyx")]])

# -------------------------------------------------------------- chest wall
add("L pec major, sternal fibres", CLIN, [L("pectoral")], [])
add("my breastbone", LAY, [M("sternum")], ["possessive", "midline"])
add("just under my right collarbone", LAY, [R("infraclavicular")],
    ["possessive", "direction"])
add("her left breast, the outer part toward the armpit", LAY, [L("breast")],
    ["possessive", "direction"], alt=[[L("breast"), L("axilla")], [L("breast"), L("lateral-chest")]])
add("both boobs are tender", LAY, B("breast"), ["slang", "bilateral"])
add("tight right across my chest", LAY, area("chest-wall"),
    ["possessive", "bilateral", "midline", "ambiguous"],
    alt=[B("pectoral") + [M("sternum")]], note="'right across' is emphasis")
add("my pecs after bench day", LAY, B("pectoral"), ["possessive", "slang", "bilateral"])
add("infraclavicular R", CLIN, [R("infraclavicular")], ["direction"])
add("round the nipple on the right", LAY, [R("breast")], ["direction", "british"])
add("parasternal, L, ribs 3-5", CLIN, [L("pectoral")], ["direction"],
    alt=[[L("pectoral"), M("sternum")]])

# ------------------------------------------------------- armpit and side

e, a = pair("axilla")
add("my armpit", LAY, e, ["possessive"], alt=a)
add("L axilla", CLIN, [L("axilla")], ["abbreviation"])
add("side of my chest under the right arm", LAY, [R("lateral-chest")],
    ["possessive", "direction"])
add("serratus ant R", CLIN, [R("lateral-chest")], ["abbreviation", "direction"])
add("left armpitt", LAY, [L("axilla")], ["misspelled"])
add("my ribs on both sides, under the arms", LAY, B("lateral-chest"),
    ["possessive", "bilateral", "direction"])
add("post axillary fold, R", CLIN, [R("axilla")], ["abbreviation", "direction"],
    alt=[[R("axilla"), R("posterior-deltoid")]])

# ----------------------------------------------------------- upper abdomen
add("the pit of my stomach", LAY, [M("epigastric")], ["possessive", "midline"])
add("under my ribs at the front on the right", LAY, [R("lower-ribs")],
    ["possessive", "direction"], alt=[[R("upper-abdomen")], [R("lower-ribs"), R("upper-abdomen")]])
add("LUQ", CLIN, [L("upper-abdomen")], ["abbreviation"])
add("epigastric", CLIN, [M("epigastric")], ["midline"])
add("costal margin bilat", CLIN, B("lower-ribs"), ["abbreviation", "bilateral"])
add("upper tummy", LAY, area("abdomen-upper"), ["british", "bilateral", "midline"],
    alt=[[M("epigastric")]])
add("upper abdomin on the left", LAY, [L("upper-abdomen")], ["misspelled"],
    alt=[area("abdomen-upper", "l")])

# ----------------------------------------------------------- lower abdomen
add("round my belly button", LAY, [M("umbilical")], ["possessive", "midline", "british"])
add("RLQ", CLIN, [R("lower-abdomen")], ["abbreviation"])
add("low down in my tummy on the left", LAY, [L("lower-abdomen")],
    ["possessive", "british", "direction"], alt=[area("abdomen-lower", "l")])
add("L flank", CLIN, [L("lateral-abdomen")], ["abbreviation"],
    alt=[[L("lateral-back")], [L("lateral-abdomen"), L("lateral-back")]])
add("periumbilical", CLIN, [M("umbilical")], ["midline", "direction"])
add("lower rectus abdominis bilat", CLIN, B("lower-abdomen"),
    ["abbreviation", "bilateral", "direction"])
add("my belly, low down on both sides", LAY, B("lower-abdomen"),
    ["possessive", "bilateral", "direction", "american"])
add("side of the stomach, right side, by the waist", LAY, [R("lateral-abdomen")],
    ["direction"])

# ------------------------------------------------------------ groin/pubic
add("L groin", CLIN, [L("groin")], ["abbreviation"])
add("my pubic bone", LAY, [M("pubic")], ["possessive", "midline"])
add("just above the pubic bone", LAY, [M("suprapubic")], ["direction", "midline"])
add("inguinal region R", CLIN, [R("groin")], [])
add("adductor origin, L", CLIN, [L("groin")], [],
    alt=[[L("medial-thigh")], [L("groin"), L("medial-thigh")]])
add("pulled my groyne", LAY, B("groin"), ["possessive", "misspelled"],
    alt=[[L("groin")], [R("groin")]])
add("symphysis pubis", CLIN, [M("pubic")], ["midline"])

# ------------------------------------------------------------ pelvic floor
add("perineum", CLIN, [M("perineum")], ["midline"])
add("a pressure low down in my bladder", LAY, [M("bladder")],
    ["possessive", "midline", "direction"])
add("back passage", LAY, [M("rectal")], ["british", "midline", "direction"])
add("pelvic floor", CLIN, area("pelvic-floor"), ["midline"])
add("sore taint after the century ride", LAY, [M("perineum")],
    ["slang", "american", "midline"])
add("rectal pain, deep, intermittent", CLIN, [M("rectal")], ["midline"])
add("down there, between my legs", LAY, [M("perineum"), M("genital")],
    ["possessive", "ambiguous", "direction", "midline"],
    alt=[[M("perineum")], [M("genital")]])

# ----------------------------------------------------------------- buttock
add("L glut max, lower fibres", CLIN, [L("lower-buttock")], ["abbreviation", "direction"])
add("my bum, right side", LAY, area("buttock", "r"), ["possessive", "british", "slang"])
add("left butt cheek", LAY, area("buttock", "l"), ["american", "slang", "ambiguous"],
    note="'cheek' = buttock here")
add("piriformis R", CLIN, [R("mid-buttock")], [],
    alt=[[R("mid-buttock"), R("lateral-buttock")]])
add("my bottom hurts when I sit on hard chairs", LAY,
    area("buttock", "l") + area("buttock", "r"),
    ["possessive", "ambiguous", "bilateral", "british"], alt=[[M("coccyx")]],
    note="'bottom' = buttocks")
add("gluteal fold L", CLIN, [L("gluteal-fold")], [])
add("where my bum meets my leg on the right", LAY, [R("gluteal-fold")],
    ["possessive", "british", "slang", "direction"],
    alt=[[R("gluteal-fold"), R("posterior-thigh")]])
add("glute med bilat", CLIN, B("upper-buttock"), ["abbreviation", "bilateral", "slang"],
    alt=[B("upper-buttock") + B("lateral-buttock")])
add("outer buttock R", CLIN, [R("lateral-buttock")], ["direction"])
add("both buttox", LAY, area("buttock", "l") + area("buttock", "r"),
    ["misspelled", "bilateral"])
add("left side of my arse", LAY, area("buttock", "l"), ["possessive", "british", "slang"])
add("my right cheek - the one I sit on", LAY, area("buttock", "r"),
    ["possessive", "ambiguous", "slang"], note="'cheek' = buttock, not face")
add("top of the butt, just under the belt line, left", LAY, [L("upper-buttock")],
    ["american", "slang", "direction"])
add("fanny's numb-ish after the long drive", LAY,
    area("buttock", "l") + area("buttock", "r"),
    ["american", "slang", "ambiguous", "bilateral"], alt=[[M("genital")], [M("perineum")]],
    note="US 'fanny' = buttocks; in British English it names the genitals")

# --------------------------------------------------------------------- hip
add("R greater troch", CLIN, [R("greater-trochanter")], ["abbreviation"])
add("side of my left hip when I lie on it", LAY, [L("lateral-hip")],
    ["possessive", "direction"], alt=[[L("greater-trochanter")], area("hip", "l")])
add("the bony points on the outside of both hips", LAY, B("greater-trochanter"),
    ["bilateral", "direction"], alt=[area("hip", "l") + area("hip", "r")])
add("my hip", LAY, area("hip", "l") + area("hip", "r"), ["possessive"],
    alt=[area("hip", "l"), area("hip", "r")])
add("TFL L", CLIN, [L("lateral-hip")], ["abbreviation"],
    alt=[[L("anterolateral-thigh")], [L("lateral-hip"), L("anterolateral-thigh")]])
add("his left hip and buttock", LAY, area("hip", "l") + area("buttock", "l"),
    ["possessive", "list"])
add("rite hipp", LAY, area("hip", "r"), ["misspelled"])
add("lat hip R, over the troch", CLIN, [R("greater-trochanter")],
    ["abbreviation", "direction"], alt=[[R("greater-trochanter"), R("lateral-hip")]])

# --------------------------------------------------------------- upper arm
add("L biceps", CLIN, [L("anterior-upper-arm")], ["abbreviation"])
add("back of my right arm above the elbow", LAY, [R("posterior-upper-arm")],
    ["possessive", "direction"])
add("triceps bilat", CLIN, B("posterior-upper-arm"), ["abbreviation", "bilateral"])
add("the inside of my upper arm on the left", LAY, [L("medial-upper-arm")],
    ["possessive", "direction"])
add("deltoid insertion R", CLIN, [R("lateral-upper-arm")], [],
    alt=[[R("lateral-upper-arm"), R("middle-deltoid")]])
add("my upper arm", LAY, area("upper-arm", "l") + area("upper-arm", "r"), ["possessive"],
    alt=[area("upper-arm", "l"), area("upper-arm", "r")])
add("my bicep, the right one", LAY, [R("anterior-upper-arm")], ["possessive", "slang"])
add("outside of the upper arm, left, mid humerus", CLIN, [L("lateral-upper-arm")],
    ["direction"])

# -------------------------------------------------------------------- elbow
add("tennis elbow, R", LAY, [R("lateral-epicondyle")], ["abbreviation"])
add("golfer's elbow on my left", LAY, [L("medial-epicondyle")], ["possessive"])
add("lat epicondyle L", CLIN, [L("lateral-epicondyle")], ["abbreviation", "direction"])
e, a = pair("medial-epicondyle")
add("funny bone", LAY, e, ["slang"], alt=a)
add("in the crook of my right elbow", LAY, [R("antecubital")], ["possessive", "direction"])
add("olecranon L", CLIN, [L("olecranon")], ["abbreviation"])
add("my left elbo", LAY, area("elbow", "l"), ["possessive", "misspelled"])
add("cubital fossa R", CLIN, [R("antecubital")], [])
add("point of the elbow on the right where I lean on the desk", LAY, [R("olecranon")],
    ["direction"])

# ------------------------------------------------------------------ forearm
add("R wrist extensors, prox 1/3", CLIN, [R("dorsal-forearm-radial")],
    ["abbreviation", "direction"], alt=[[R("dorsal-forearm-radial"), R("dorsal-forearm-ulnar")]])
add("L volar forearm, ulnar side", CLIN, [L("volar-forearm-ulnar")],
    ["direction", "abbreviation"])
add("top of my forearm on the thumb side, left", LAY, [L("dorsal-forearm-radial")],
    ["possessive", "direction", "ambiguous"], alt=[[L("volar-forearm-radial")]],
    note="'top' read as the back of the forearm with the palm down")
add("the underside of my right forearm", LAY,
    [R("volar-forearm-radial"), R("volar-forearm-ulnar")], ["possessive", "direction"])
add("brachioradialis R", CLIN, [R("dorsal-forearm-radial")], [],
    alt=[[R("volar-forearm-radial")]])
add("both forarms", LAY, area("forearm", "l") + area("forearm", "r"),
    ["misspelled", "bilateral"])
add("flexor mass, medial forearm, L", CLIN, [L("volar-forearm-ulnar")], ["direction"])
add("dorsal forearm, distal third, R", CLIN,
    [R("dorsal-forearm-radial"), R("dorsal-forearm-ulnar")], ["direction"])
add("inside of the forearm near the wrist on the pinky side, left", LAY,
    [L("volar-forearm-ulnar")], ["direction", "american"], alt=[[L("volar-forearm-ulnar"), L("ulnar-wrist")]])

# -------------------------------------------------------------------- wrist
add("palm side of my left wrist", LAY, [L("volar-wrist")], ["possessive", "direction"])
add("R dorsal wrist", CLIN, [R("dorsal-wrist")], ["abbreviation", "direction"])
add("thumb side of the wrist, right", LAY, [R("radial-wrist")], ["direction"])
add("ulnar-sided wrist pain L", CLIN, [L("ulnar-wrist")], ["direction"])
add("1st dorsal compartment R (de Quervain's area)", CLIN, [R("radial-wrist")],
    ["abbreviation", "direction"])
add("both wrists", LAY, area("wrist", "l") + area("wrist", "r"), ["bilateral"])
add("my rist on the right", LAY, area("wrist", "r"), ["possessive", "misspelled"])
add("the back of the wrist, left, where my watch sits", LAY, [L("dorsal-wrist")],
    ["direction"])

# --------------------------------------------------------------------- hand
add("back of my hand, left", LAY, [L("dorsal-hand")], ["possessive", "direction"])
add("R thenar eminence", CLIN, [R("thenar")], ["abbreviation"])
e, a = pair("thenar")
add("the fleshy bit under my thumb", LAY, e, ["possessive", "direction"], alt=a)
add("1st web space L", CLIN, [L("thumb-web")], ["abbreviation", "direction"])
add("the heel of my right hand", LAY, [R("thenar"), R("hypothenar")],
    ["possessive", "ambiguous"], alt=[[R("palm")], [R("palm"), R("thenar"), R("hypothenar")]],
    note="heel of the hand, not the foot")
add("hypothenar L", CLIN, [L("hypothenar")], [])
add("the pinky side of my palm on the right", LAY, [R("hypothenar")],
    ["possessive", "american", "direction"])
add("both palms", LAY, B("palm"), ["bilateral"])
add("the client's right hand", CLIN, area("hand", "r"), ["possessive"],
    alt=[area("hand", "r") + area("fingers", "r")])
add("between my thumb and first finger on the left", LAY, [L("thumb-web")],
    ["possessive", "direction"])

# ------------------------------------------------------------------ fingers
add("R thumb", CLIN, [R("thumb")], ["abbreviation"])
add("ring finger on my left hand", LAY, [L("ring-finger")], ["possessive"])
add("left pinkie", LAY, [L("little-finger")], ["british", "slang"])
add("index and middle fingers, R", CLIN, [R("index-finger"), R("middle-finger")],
    ["abbreviation", "list"])
add("fingertips on both hands", LAY, area("fingers", "l") + area("fingers", "r"),
    ["bilateral", "direction"])
add("my left thum", LAY, [L("thumb")], ["possessive", "misspelled"])
add("PIPJ L middle finger", CLIN, [L("middle-finger")], ["abbreviation"])
add("base of my right thumb", LAY, [R("thumb")], ["possessive", "direction", "ambiguous"],
    alt=[[R("thenar")], [R("thumb"), R("thenar")], [R("radial-wrist")]])
add("little finger, R, and the ring finger next to it", CLIN,
    [R("little-finger"), R("ring-finger")], ["list", "abbreviation"])

# -------------------------------------------------------------------- thigh
add("front of my right thigh", LAY, [R("anterior-thigh")], ["possessive", "direction"])
add("hamstrings L", CLIN, [L("posterior-thigh")], ["abbreviation"])
add("outer thigh on both sides", LAY, B("lateral-thigh"), ["bilateral", "direction"])
add("ITB R", CLIN, [R("lateral-thigh")], ["abbreviation"])
add("the inner thigh, left", LAY, [L("medial-thigh")], ["direction"])
add("adductors bilat", CLIN, B("medial-thigh"), ["abbreviation", "bilateral"],
    alt=[B("medial-thigh") + B("groin")])
add("my quads are shot", LAY,
    B("anterior-thigh") + B("anterolateral-thigh") + B("anteromedial-thigh"),
    ["possessive", "slang", "bilateral"], alt=[B("anterior-thigh")])
add("anteromedial thigh L", CLIN, [L("anteromedial-thigh")], ["direction"])
e, a = pair("posterior-thigh")
add("back of her thy", LAY, e, ["possessive", "misspelled", "direction"], alt=a)
add("VL R", CLIN, [R("anterolateral-thigh")], ["abbreviation"],
    alt=[[R("lateral-thigh")], [R("anterolateral-thigh"), R("lateral-thigh")]])
add("the front and outside of my left thigh", LAY, [L("anterolateral-thigh")],
    ["possessive", "direction"])
add("my thigh", LAY, area("thigh", "l") + area("thigh", "r"), ["possessive"],
    alt=[area("thigh", "l"), area("thigh", "r")])

# --------------------------------------------------------------------- knee
e, a = pair("patella")
add("kneecap", LAY, e, [], alt=a)
add("just below my left kneecap", LAY, [L("infrapatellar")], ["possessive", "direction"])
add("above the right knee cap", LAY, [R("suprapatellar")], ["direction"])
add("back of my knee, right", LAY, [R("popliteal")], ["possessive", "direction"])
add("medial joint line L knee", CLIN, [L("medial-knee")], ["direction"])
add("outside of my right knee", LAY, [R("lateral-knee")], ["possessive", "direction"])
add("knees", LAY, area("knee", "l") + area("knee", "r"), ["bilateral"])
add("left nee", LAY, area("knee", "l"), ["misspelled"])
add("popliteal fossa bilat", CLIN, B("popliteal"), ["abbreviation", "bilateral"])
add("patellar tendon R", CLIN, [R("infrapatellar")], [])
add("inside of the knee on the left side", LAY, [L("medial-knee")], ["direction"])
add("L knee and R ankle", CLIN, area("knee", "l") + area("ankle", "r"),
    ["abbreviation", "list"])

# ---------------------------------------------------------------- lower leg
add("shin splints in both legs", LAY, B("shin"), ["bilateral"],
    alt=[B("shin") + B("medial-leg")])
add("L tib ant", CLIN, [L("shin")], ["abbreviation"], alt=[[L("lateral-leg")]])
add("outside of my lower leg, right", LAY, [R("lateral-leg")], ["possessive", "direction"])
add("peroneals L", CLIN, [L("lateral-leg")], [])
add("medial tibial border, distal, R", CLIN, [R("medial-leg")], ["direction"])
add("inside of the shin on the left", LAY, [L("medial-leg")], ["direction"],
    alt=[[L("shin")], [L("shin"), L("medial-leg")]])
add("my right shinn", LAY, [R("shin")], ["possessive", "misspelled"])

# --------------------------------------------------------------------- calf
add("my right calf", LAY, calf("r"), ["possessive"])
add("L gastroc", CLIN, calf("l"), ["abbreviation"], alt=[[L("upper-calf")]])
add("achilles R", CLIN, [R("achilles")], [])
add("soleus bilat", CLIN, B("lower-calf"), ["bilateral"])
add("both calfs", LAY, calf("l") + calf("r"), ["misspelled", "bilateral"])
add("back of my left leg just below the knee", LAY, [L("upper-calf")],
    ["possessive", "direction"], alt=[calf("l"), [L("upper-calf"), L("popliteal")]])
e, a = pair("achilles")
add("heel cord", LAY, e, [], alt=a)
add("left achillies", LAY, [L("achilles")], ["misspelled"])
add("Calf's tight as a drum on the left, lower half", LAY, [L("lower-calf")],
    ["slang", "direction"])

# -------------------------------------------------------------------- ankle
add("outside of my left ankle", LAY, [L("lateral-ankle")], ["possessive", "direction"])
add("the inner ankle bone on the right", LAY, [R("medial-ankle")], ["direction"])
add("front of both ankles", LAY, B("anterior-ankle"), ["bilateral", "direction"])
add("ATFL region R", CLIN, [R("lateral-ankle")], ["abbreviation"])
add("my ankle", LAY, area("ankle", "l") + area("ankle", "r"), ["possessive"],
    alt=[area("ankle", "l"), area("ankle", "r")])
add("rite ankel", LAY, area("ankle", "r"), ["misspelled"])
add("medial malleolus, L", CLIN, [L("medial-ankle")], ["direction"])

# --------------------------------------------------------------------- foot
add("the arch of my right foot", LAY, [R("arch")], ["possessive"])
add("the ball of my left foot", LAY, [L("forefoot-sole")], ["possessive"])
e, a = pair("dorsal-foot")
add("the top of my foot", LAY, e, ["possessive", "direction"], alt=a)
add("plantar fascia, midfoot, L", CLIN, [L("arch")], ["direction"])
add("MT heads 2-4 R", CLIN, [R("forefoot-sole")], ["abbreviation", "direction"])
add("the bottom of my feet", LAY, B("arch") + B("forefoot-sole"),
    ["possessive", "bilateral", "direction", "ambiguous"],
    alt=[B("arch") + B("forefoot-sole") + B("plantar-heel")], note="'bottom' = sole")
add("dorsum of foot L", CLIN, [L("dorsal-foot")], ["direction"])
add("feet", LAY, area("foot", "l") + area("foot", "r"), ["bilateral"])

# --------------------------------------------------------------------- heel
add("bottom of my heel, right", LAY, [R("plantar-heel")],
    ["possessive", "direction", "ambiguous"], note="'bottom' and 'heel' both literal here")
add("back of my left heel where my trainers rub", LAY, [L("posterior-heel")],
    ["possessive", "direction", "british"])
add("plantar heel bilat", CLIN, B("plantar-heel"), ["bilateral", "direction"])
add("calcaneal insertion of Achilles R", CLIN, [R("posterior-heel")], ["direction"],
    alt=[[R("achilles")], [R("posterior-heel"), R("achilles")]])
add("right heal", LAY, area("heel-area", "r"), ["misspelled"])
add("underneath the heel on the left, first thing in the morning", LAY,
    [L("plantar-heel")], ["direction"])

# --------------------------------------------------------------------- toes
add("big toe, left", LAY, [L("big-toe")], [])
add("1st MTPJ R", CLIN, [R("big-toe")], ["abbreviation"],
    alt=[[R("forefoot-sole")], [R("big-toe"), R("forefoot-sole")]])
add("the little toes on my right foot", LAY, [R("lesser-toes")], ["possessive"])
add("toes on both feet", LAY, area("toes", "l") + area("toes", "r"), ["bilateral"])
add("my left tows", LAY, area("toes", "l"), ["possessive", "misspelled"])
add("hallux L", CLIN, [L("big-toe")], [])

# ------------------------------------------------ mixed lists / multi-site
add("neck, both shoulders and down the right arm to the elbow", LAY,
    B("posterior-neck") + shoulder("l") + shoulder("r") + area("upper-arm", "r") + area("elbow", "r"),
    ["list", "bilateral", "direction"],
    alt=[B("posterior-neck") + B("shoulder-top") + shoulder("l") + shoulder("r") + area("upper-arm", "r")])
add("R UT, R LS and R rhomboids", CLIN,
    [R("shoulder-top"), R("posterolateral-neck"), R("interscapular")],
    ["abbreviation", "list"],
    alt=[[R("shoulder-top"), R("neck-angle"), R("posterolateral-neck"), R("interscapular")]])
add("left wrist and right elbow", LAY, area("wrist", "l") + area("elbow", "r"), ["list"])
add("my jaw and both temples", LAY, area("jaw") + B("temple"),
    ["possessive", "list", "bilateral", "midline"],
    alt=[area("jaw", "l") + area("jaw", "r") + B("temple")])
add("B/L hamstrings and calves", CLIN, B("posterior-thigh") + calf("l") + calf("r"),
    ["abbreviation", "list", "bilateral"])
add("low back, tailbone and the right buttock", LAY,
    B("lumbar") + [M("coccyx")] + area("buttock", "r"), ["list", "midline", "direction"])
add("L lat epicondyle + dorsal forearm radial side", CLIN,
    [L("lateral-epicondyle"), L("dorsal-forearm-radial")], ["abbreviation", "list", "direction"])
add("forehead, behind the eyes and the back of the neck", LAY,
    B("forehead") + B("eye") + B("posterior-neck"), ["list", "bilateral", "direction"])
add("his left knee, left shin and left big toe", LAY,
    area("knee", "l") + [L("shin"), L("big-toe")], ["possessive", "list"])
add("sternum and L pec", CLIN, [M("sternum"), L("pectoral")],
    ["abbreviation", "list", "midline"])
add("pain in the rihgt groin and inner thigh", LAY, [R("groin"), R("medial-thigh")],
    ["misspelled", "list", "direction"])
add("R temple + R TMJ + R upper molars", CLIN, [R("temple"), R("tmj"), R("upper-molars")],
    ["abbreviation", "list"])
add("my arm pit and the side of my chest on the left", LAY,
    [L("axilla"), L("lateral-chest")], ["possessive", "list", "direction"])
add("both heels and the balls of both feet", LAY, area("heel-area", "l") + area("heel-area", "r") + B("forefoot-sole"),
    ["list", "bilateral"], alt=[B("plantar-heel") + B("forefoot-sole")])
add("upper back and the backs of both arms", LAY,
    B("upper-thoracic") + B("interscapular") + B("posterior-upper-arm"),
    ["list", "bilateral", "direction"],
    alt=[area("thoracic-back", "l") + area("thoracic-back", "r") + B("posterior-upper-arm")])
add("glutes, both sides, and the L ITB", CLIN,
    area("buttock", "l") + area("buttock", "r") + [L("lateral-thigh")],
    ["abbreviation", "list", "bilateral", "slang"])

# ---------------------------------------------- extra lay / clinical shapes
add("Honestly it's my neck. Right side. Been like it since the move.", LAY,
    area("neck-back", "r") + [R("lateral-neck")], ["possessive", "ambiguous"],
    alt=[area("neck-back", "r"), [R("posterolateral-neck")]],
    note="'Right side' is the side here; 'neck' spans front and back areas")
add("Achy under the L scap", LAY, [L("scapula-inferior-angle")],
    ["abbreviation", "direction"], alt=[area("scapula", "l"), [L("mid-thoracic")]])
add("pt c/o ant knee pain R", CLIN, [R("patella")], ["abbreviation", "direction"],
    alt=[[R("patella"), R("infrapatellar")], [R("patella"), R("infrapatellar"), R("suprapatellar")]])
add("Sore spot at the back of my head on the right, near the bump", LAY,
    [R("occiput")], ["possessive", "direction"])
add("ttp over R med epicondyle", CLIN, [R("medial-epicondyle")],
    ["abbreviation", "direction"])
add("Mum's left sholder is the problem, not her neck", LAY, shoulder("l"),
    ["possessive", "misspelled"], alt=[shoulder("l") + [L("shoulder-top")]],
    note="neck is explicitly ruled out")
add("dist. radial wrist R", CLIN, [R("radial-wrist")], ["abbreviation", "direction"])
add("Stabbing bit between my 4th and 5th toes, left foot", LAY, [L("lesser-toes")],
    ["direction"], alt=[[L("lesser-toes"), L("forefoot-sole")]])
add("prox. hamstring attachment L (ischial)", CLIN, [L("lower-buttock")],
    ["abbreviation", "direction"], alt=[[L("gluteal-fold")], [L("lower-buttock"), L("posterior-thigh")]])
add("hurts along the top of my collarbone both sides", LAY, B("supraclavicular"),
    ["possessive", "bilateral", "direction"])
add("Kid kicked me in the shin - the left one - still sore", LAY, [L("shin")],
    ["slang"])
add("volar wrist crease, R, just ulnar of midline", CLIN, [R("volar-wrist")],
    ["direction"])
add("my lower back and hips, mostly the right", LAY,
    B("lumbar") + area("hip", "l") + area("hip", "r"),
    ["possessive", "list", "bilateral", "direction"],
    alt=[[R("lumbar")] + area("hip", "r")])
add("p! over the right SI jt (pt points w/ one finger)", CLIN, [R("sacroiliac")],
    ["abbreviation"])


# ------------------------------------------- more therapist-note shapes
add("Pt reports ache over the R lat malleolus, worse on inversion", CLIN,
    [R("lateral-ankle")], ["abbreviation", "direction"])
add("TTP L SCM, sternal head", CLIN, [L("lateral-neck")], ["abbreviation"],
    alt=[[L("lateral-neck"), M("anterior-neck")]])
add("taut band L UT, spot 2 fingerbreadths medial to acromion", CLIN,
    [L("shoulder-top")], ["abbreviation", "direction"],
    alt=[[L("shoulder-top"), L("neck-angle")]])
add("R masseter, superficial layer near the angle", CLIN, [R("jaw-angle")],
    ["direction"], alt=[[R("jaw-angle"), R("mandible")]])
add("suboccipital TrPs bilat", CLIN, B("suboccipital"), ["abbreviation", "bilateral"])
add("L pec minor, inferior to coracoid", CLIN, [L("infraclavicular")], ["direction"],
    alt=[[L("pectoral")], [L("infraclavicular"), L("pectoral")]])
add("R infraspinatus, mid-belly", CLIN, [R("infraspinous")], [])
add("post. neck, L>R", CLIN, B("posterior-neck"), ["abbreviation", "direction", "bilateral"],
    alt=[[L("posterior-neck")]])
add("thoracic erector spinae T7-T10 R", CLIN, [R("lower-thoracic")], ["abbreviation"],
    alt=[[R("mid-thoracic")], [R("mid-thoracic"), R("lower-thoracic")]])
add("L5/S1 region, central", CLIN, B("lumbar"), ["abbreviation", "midline", "bilateral"],
    alt=[B("lumbar") + [M("sacrum")], [M("sacrum")]])
add("L psoas, palpated through the abdomen", CLIN, [L("lower-abdomen")], [],
    alt=[[L("groin")], [L("lower-abdomen"), L("groin")]])
add("ext obliques bilat", CLIN, B("lateral-abdomen"), ["abbreviation", "bilateral"])
add("R glute min, anterior fibres", CLIN, [R("lateral-buttock")], ["abbreviation", "direction"],
    alt=[[R("lateral-hip")], [R("upper-buttock")], [R("lateral-buttock"), R("lateral-hip")]])
add("L ischial tuberosity", CLIN, [L("lower-buttock")], [],
    alt=[[L("gluteal-fold")], [L("lower-buttock"), L("gluteal-fold")]])
add("R semimembranosus, distal third", CLIN, [R("posterior-thigh")], ["direction"],
    alt=[[R("posterior-thigh"), R("popliteal")]])
add("L pes anserine", CLIN, [L("medial-knee")], [],
    alt=[[L("medial-knee"), L("medial-leg")]])
add("R fibular head", CLIN, [R("lateral-knee")], [],
    alt=[[R("lateral-leg")], [R("lateral-knee"), R("lateral-leg")]])
add("L popliteus", CLIN, [L("popliteal")], [])
add("R med gastroc head", CLIN, [R("upper-calf")], ["abbreviation", "direction"])
add("L tib post, distal medial leg", CLIN, [L("medial-leg")], ["abbreviation", "direction"],
    alt=[[L("medial-leg"), L("medial-ankle")]])
add("R abductor hallucis", CLIN, [R("arch")], [],
    alt=[[R("arch"), R("medial-ankle")]])
add("plantar intrinsics bilat", CLIN, B("arch") + B("forefoot-sole"),
    ["bilateral", "direction", "abbreviation"])
add("R ECRB origin", CLIN, [R("lateral-epicondyle")], ["abbreviation"],
    alt=[[R("lateral-epicondyle"), R("dorsal-forearm-radial")]])
add("L pronator teres", CLIN, [L("volar-forearm-radial")], [],
    alt=[[L("antecubital")], [L("volar-forearm-radial"), L("antecubital")]])
add("R FCU", CLIN, [R("volar-forearm-ulnar")], ["abbreviation"])
add("L supinator", CLIN, [L("dorsal-forearm-radial")], [],
    alt=[[L("lateral-epicondyle")], [L("dorsal-forearm-radial"), L("lateral-epicondyle")]])
add("R APB / opponens", CLIN, [R("thenar")], ["abbreviation"])
add("L 1st DI", CLIN, [L("thumb-web")], ["abbreviation"],
    alt=[[L("dorsal-hand")], [L("thumb-web"), L("dorsal-hand")]])
add("R ADM", CLIN, [R("hypothenar")], ["abbreviation"])
add("L coracobrachialis", CLIN, [L("medial-upper-arm")], [],
    alt=[[L("anterior-upper-arm")], [L("medial-upper-arm"), L("anterior-upper-arm")]])
add("R brachialis, distal", CLIN, [R("anterior-upper-arm")], ["direction"],
    alt=[[R("anterior-upper-arm"), R("antecubital")]])
add("R subscap, via the axilla", CLIN, [R("axilla")], ["abbreviation"])
add("L frontalis", CLIN, [L("forehead")], [])
add("occipitalis bilat", CLIN, B("occiput"), ["abbreviation", "bilateral"])
add("R orbicularis oculi", CLIN, [R("periorbital")], [])
add("ant scalene R, just above the clavicle", CLIN, [R("supraclavicular")],
    ["abbreviation", "direction"], alt=[[R("lateral-neck")], [R("supraclavicular"), R("lateral-neck")]])
add("sternalis", CLIN, [M("sternum")], ["midline"])
add("R intercostals 6-8, mid-axillary line", CLIN, [R("lateral-chest")], ["direction"])
add("L serratus post inf", CLIN, [L("lower-thoracic")], ["abbreviation", "direction"],
    alt=[[L("lateral-back")], [L("lower-thoracic"), L("lateral-back")]])
add("R iliocostalis lumborum", CLIN, [R("lumbar")], [])
add("L multifidus L4-5", CLIN, [L("lumbar")], ["abbreviation"])
add("sacrococcygeal jt", CLIN, [M("coccyx")], ["abbreviation", "midline"],
    alt=[[M("sacrum"), M("coccyx")]])
add("pt localises to R PSIS", CLIN, [R("sacroiliac")], ["abbreviation", "british"])
add("rectus femoris, prox 1/3, L", CLIN, [L("anterior-thigh")], ["abbreviation", "direction"])
add("VMO L", CLIN, [L("anteromedial-thigh")], ["abbreviation"],
    alt=[[L("suprapatellar")], [L("medial-knee")], [L("anteromedial-thigh"), L("suprapatellar")]])
add("posteromedial knee L", CLIN, [L("medial-knee")], ["direction"],
    alt=[[L("popliteal")], [L("medial-knee"), L("popliteal")]])
add("anterolateral ankle R", CLIN, [R("lateral-ankle"), R("anterior-ankle")], ["direction"],
    alt=[[R("lateral-ankle")], [R("anterior-ankle")]])
add("plantar aspect 1st ray L", CLIN, [L("forefoot-sole")], ["direction"],
    alt=[[L("forefoot-sole"), L("big-toe")]])
add("dorsal R hand over 2nd-3rd MCs", CLIN, [R("dorsal-hand")], ["abbreviation", "direction"])
add("prox volar forearm, radial side", CLIN, B("volar-forearm-radial"),
    ["abbreviation", "direction"], alt=[[L("volar-forearm-radial")], [R("volar-forearm-radial")]])
add("distal post thigh R", CLIN, [R("posterior-thigh")], ["abbreviation", "direction"])
add("posterolateral hip L", CLIN, [L("lateral-hip")], ["direction"],
    alt=[[L("lateral-buttock")], [L("greater-trochanter")], [L("lateral-hip"), L("lateral-buttock")]])
add("anteromedial tibia, proximal", CLIN, B("medial-leg"), ["direction"],
    alt=[[L("medial-leg")], [R("medial-leg")], B("medial-leg") + B("shin")])
add("bilat dorsal wrists, R>L", CLIN, B("dorsal-wrist"),
    ["abbreviation", "bilateral", "direction"], alt=[[R("dorsal-wrist")]])
add("Bilat ant knees, patellofemoral", CLIN, B("patella"),
    ["abbreviation", "bilateral", "direction"], alt=[B("patella") + B("infrapatellar")])

# ----------------------------------------------------- more American lay
add("charley horse in my left calf last night", LAY, calf("l"),
    ["possessive", "american", "slang"])
add("my tush, mostly the left side", LAY, area("buttock", "l"),
    ["possessive", "american", "slang"], alt=[area("buttock", "l") + area("buttock", "r")])
add("pinky toe on the right", LAY, [R("lesser-toes")], ["american", "slang"])
add("right in the gut, up high under the ribs in the middle", LAY, [M("epigastric")],
    ["american", "slang", "midline", "direction", "ambiguous"], note="'right' is emphasis")
add("back of my neck from looking down at my cell all day", LAY, B("posterior-neck"),
    ["possessive", "american", "direction"])


# ------------------------------------------------------ more misspellings
add("illiac crest L, posterior", CLIN, [L("iliac-crest")], ["misspelled", "direction"])
add("R upper trapezious", CLIN, [R("shoulder-top")], ["misspelled", "direction"],
    alt=[[R("shoulder-top"), R("neck-angle")]])
add("supraspinatous L", CLIN, [L("supraspinous")], ["misspelled"])
add("gastrocnemious bilat", CLIN, calf("l") + calf("r"),
    ["misspelled", "abbreviation", "bilateral"])
add("sacro-illiac jt R", CLIN, [R("sacroiliac")], ["misspelled", "abbreviation"])
add("R plantar fascitis, medial heel", CLIN, [R("plantar-heel")],
    ["misspelled", "direction"])
add("L sternocleidomastiod", CLIN, [L("lateral-neck")], ["misspelled"])
add("pirifomis L", CLIN, [L("mid-buttock")], ["misspelled"],
    alt=[[L("mid-buttock"), L("lateral-buttock")]])
add("in between my sholder blaids", LAY, B("interscapular"),
    ["possessive", "misspelled", "direction"])
add("lefft side of my neck", LAY, [L("lateral-neck")],
    ["possessive", "misspelled", "direction"], alt=[[L("lateral-neck"), L("posterolateral-neck")]])
add("pain in my rite thumb when I text", LAY, [R("thumb")], ["possessive", "misspelled"])
add("my stomache, top middle", LAY, [M("epigastric")],
    ["possessive", "misspelled", "midline", "direction"])
add("elbo and rist on the left", LAY, area("elbow", "l") + area("wrist", "l"),
    ["misspelled", "list"])
add("ankel and heal, right side", LAY, area("ankle", "r") + area("heel-area", "r"),
    ["misspelled", "list"])
e, a = pair("popliteal")
add("the back of my kneee", LAY, e, ["possessive", "misspelled", "direction"], alt=a)
add("my forhead, right across", LAY, B("forehead"),
    ["possessive", "misspelled", "ambiguous", "bilateral"], note="'right across' is emphasis")
add("colar bone on the left, just underneath", LAY, [L("infraclavicular")],
    ["misspelled", "direction"])


if __name__ == "__main__":
    dump("regions-heldout.json", ITEMS)
