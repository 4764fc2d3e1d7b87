#!/usr/bin/env python3
"""Builds regions-heldout.json for blind set 10.

Every phrase and label below is hand-written. The script only expands shorthand
(b.x = both sides, A.side.area = every region of a parent area of regions.tsv) and
turns tag codes into words.
Line format:  text | register(l/c) | expect | tag codes | alsoAccept sets separated by ';'
"""
import json
from build_common import expand

TAGS = {
    "D": "direction", "M": "misspelled", "V": "voice-to-text", "L": "list", "N": "negated",
    "P": "possessive", "SL": "slang", "BR": "british", "AM": "american", "AU": "australian",
    "AB": "abbreviation", "E": "right-as-emphasis", "MU": "muscle", "SP": "spinal-level",
    "LM": "landmark", "REL": "relative-writing", "RO": "run-on", "TW": "two-meanings",
    "A": "ambiguous", "PA": "parent-area", "O": "other-person", "SOAP": "soap-note",
    "T": "texting", "CO": "coordination", "ML": "midline",
}

DATA = r"""
top of my head feels bruised when i touch it | l | m.vertex | D P
pain right on the crown of my head | l | m.vertex | D E
ache at the back of my head on the left | l | l.occiput | D P
back of the head both sides, like a tight band | l | b.occiput | D
occipital HA R>L | c | b.occiput | AB
L parietal scalp tender to palpation | c | l.parietal | AB
my whole scalp is tender, even brushing my hair hurts | l | A.b.scalp | PA P
base of skull rite side | l | r.suboccipital | M D
suboccipitals tight bilat, TrPs reproduce HA | c | b.suboccipital | MU AB
sore spot where my skull meets my neck on the left | l | l.suboccipital | D P
right side of the top of my head | l | r.parietal | D
pain on top of the head and round the back on the right | l | m.vertex r.occiput | D L BR
my forehead aches all across | l | b.forehead | P
right temple throbbing since lunch | l | r.temple | T
both temples when i clench my teeth | l | b.temple | P
just above my left eyebrow | l | l.eyebrow | D P | l.forehead; l.eyebrow l.forehead
frontalis TTP R | c | r.forehead | MU AB
temporalis TrPs bilaterally, referral to upper teeth | c | b.temple | MU
R eyebrow and R temple | c | r.eyebrow r.temple | L AB
pain in the temple area, the left one not the right | l | l.temple | N
forhead and temples, mostly left | l | b.forehead b.temple | M L A | l.forehead l.temple
behind my right eye | l | r.eye | D P
all around both eyes, like goggles pressing | l | b.periorbital | D
pain deep in the rite eye | l | r.eye | M D
periorbital pain L | c | l.periorbital | AB
feels like someone is pushing my left eyeball out from behind | l | l.eye | D P
retro-orbital ache bilat | c | b.eye | D AB
my cheek on the right side, the face one not the bum | l | r.cheek | TW N P
both cheekbones ache | l | b.cheek | P
sinus pain both sides under my eyes | l | b.maxilla | D P
L maxillary region, ? sinus vs TrP referral | c | l.maxilla | AB
bridge of my nose | l | m.nose | P
my lips feel sore and tingly | l | m.mouth | P
zygomaticus major TrP R | c | r.cheek | MU AB
upper jaw on the left feels like sinusitis | l | l.maxilla | D
clicky painful jaw joint left side | l | l.tmj | SL
R TMJ | c | r.tmj | AB
both TMJs, worse on waking | c | b.tmj | AB
angle of the jaw on the right | l | r.jaw-angle | LM
masseter tender bilat, trismus 2 fingers | c | b.jaw-angle | MU AB | b.jaw-angle b.mandible
my jaw aches | l | A.b.jaw | PA P
chin | l | m.chin |
along my jawline on the left | l | l.mandible | D P
in front of my right ear where the jaw hinges | l | r.tmj | D LM
jaw, the left side, right where it clicks | l | l.tmj | E D
his jaw joints both sides | l | b.tmj | REL P O
writing for my mum: her jaw joint on the right side | l | r.tmj | REL P O
earache on the left, no infection the GP says | l | l.deep-ear | BR | l.ear; l.ear l.deep-ear
deep inside my right ear | l | r.deep-ear | D P
behind my left ear on the bone | l | l.mastoid | D P
mastoid process TTP R | c | r.mastoid | LM AB
both ears feel sore on the outside | l | b.ear | D P
right earlobe area | l | r.ear | 
behind both ears | l | b.mastoid | D
upper back teeth on the left ache | l | l.upper-molars | D P
bottom back teeth right side | l | r.lower-molars | D TW
all my teeth hurt | l | A.b.teeth | PA P
top front teeth | l | m.upper-incisors | D
lower front teeth | l | m.lower-incisors | D
L upper premolars sensitive to cold | c | l.upper-premolars | AB
my toothache is on the right, upper and lower molars both | l | r.upper-molars r.lower-molars | L P
right lower premolars and the molar behind them | l | r.lower-premolars r.lower-molars | L D
my gums ache | l | m.gums | P
roof of my mouth | l | m.palate | D P
tongue feels sore | l | m.tongue |
throat feels sore and tight but im not ill | l | m.throat | N
stiff neck | l | A.b.neck-back | PA A | A.b.neck-back A.b.neck-front
back of my neck on the right | l | r.posterior-neck | D P
R posterolateral neck | c | r.posterolateral-neck | D AB
side of my neck, left | l | l.lateral-neck | D P
front of my neck | l | m.anterior-neck | D P
SCM tender L, reproduces ear pain | c | l.lateral-neck | MU AB
scalenes R, pos. scalene cramp test | c | r.lateral-neck r.supraclavicular | MU AB | r.lateral-neck
above my collarbone on the right | l | r.supraclavicular | D P
supraclavicular fossa L | c | l.supraclavicular | LM AB
C5/6 paraspinals R | c | r.posterior-neck | SP AB
cervical paraspinals bilat C3-C6 | c | b.posterior-neck | SP AB
back and side of my neck on the left | l | l.posterolateral-neck | D P
nek is killing me on the rite | l | A.r.neck-back | M SL | A.r.neck-back A.r.neck-front
both sides of my neck at the front | l | b.lateral-neck | D P | b.lateral-neck m.anterior-neck
top of my right shoulder | l | r.shoulder-top | D P
where my neck meets my shoulder, left | l | l.neck-angle | D P
my upper traps are like concrete | l | b.shoulder-top b.neck-angle | MU SL P | b.shoulder-top
levator scap R | c | r.neck-angle | MU AB
the tops of both shoulders are like rocks | l | b.shoulder-top | D
where my handbag strap sits on my left shoulder, on top | l | l.shoulder-top | D BR P
R UT TrP, local twitch response | c | r.shoulder-top r.neck-angle | MU AB | r.shoulder-top
my right shoulder | l | A.r.shoulder-joint | P PA | A.r.shoulder-joint A.r.shoulder-top
front of my left shoulder | l | l.anterior-deltoid | D P
outside of my right shoulder | l | r.middle-deltoid | D P
back of the shoulder, left | l | l.posterior-deltoid | D
right on the point of the shoulder, left side | l | l.acromion | E D LM
AC joint R | c | r.acromion | LM AB
ant delt L | c | l.anterior-deltoid | MU AB
deltoids both sides sore after painting the ceiling | l | b.anterior-deltoid b.middle-deltoid b.posterior-deltoid | MU
lateral shoulder R radiating to deltoid insertion | c | r.middle-deltoid r.lateral-upper-arm | D LM | r.middle-deltoid
my left shoulder blade | l | A.l.scapula | P PA
inside edge of my right shoulder blade | l | r.scapula-medial-border | D P
bottom tip of my left shoulder blade | l | l.scapula-inferior-angle | D P TW
infraspinatus R | c | r.infraspinous | MU
supraspinatus L, painful arc | c | l.supraspinous | MU
on my shoulder blade, the flat middle bit, right side | l | r.infraspinous | D
above the spine of the scapula L | c | l.supraspinous | D LM
medial scapular border bilat | c | b.scapula-medial-border | D AB
inferior angle of scapula R | c | r.scapula-inferior-angle | LM
both shoulder blades | l | A.b.scapula | PA
between my shoulder blades | l | b.interscapular | D P
between the shoulder blades, more on the left | l | b.interscapular | D A | l.interscapular
rhomboids R | c | r.interscapular | MU | r.interscapular r.scapula-medial-border
T4-T6 paraspinals L | c | l.upper-thoracic l.mid-thoracic | SP AB
T7 R paraspinal | c | r.mid-thoracic | SP AB
T10-12 bilat | c | b.lower-thoracic | SP AB
mid back on the right next to the spine | l | r.mid-thoracic | D
upper and mid back | l | A.b.thoracic-back | PA
side of my back level with my armpit, left | l | l.lateral-back | D P
upper back right side near the spine just under my neck | l | r.upper-thoracic | D RO
in the middle of my back along my bra line, both sides | l | b.mid-thoracic | D P LM | b.mid-thoracic b.lower-thoracic
lower back | l | A.b.low-back | PA D
LBP L>R | c | A.b.low-back | AB PA
right side of my lower back | l | A.r.low-back | D P PA
QL L | c | l.lumbar | MU AB | l.lumbar l.iliac-crest
L4/5 paraspinals R | c | r.lumbar | SP AB
lumbar erectors bilat | c | b.lumbar | MU AB
top of my hip bone at the back, right side | l | r.iliac-crest | D P LM
along the iliac crest L | c | l.iliac-crest | LM AB
lumbago again | l | A.b.low-back | BR PA
my back is sore down low just above my belt on the left | l | A.l.low-back | D P RO
the small of my back | l | b.lumbar | P | A.b.low-back
tailbone | l | m.coccyx |
coccyx pain on sitting | c | m.coccyx |
R SIJ | c | r.sacroiliac | AB
sacrum | c | m.sacrum |
the two dimples at the bottom of my back | l | b.sacroiliac | D LM P
sacral area generally | c | A.b.sacral | PA
top of my bum crack where the tail bone is | l | m.coccyx | SL BR D
below my left collarbone | l | l.infraclavicular | D P
pec major R | c | r.pectoral | MU AB
my pecs, both sides, after bench day | l | b.pectoral | MU SL
breastbone | l | m.sternum |
my chest | l | A.b.chest-wall | P PA
left breast and nipple tender | l | l.breast | 
her right boob is sore | l | r.breast | SL O P
pec minor L | c | l.infraclavicular | MU AB | l.infraclavicular l.pectoral
armpit left | l | l.axilla |
side of my ribs under my right arm | l | r.lateral-chest | D P
serratus anterior R | c | r.lateral-chest | MU AB
axilla and lateral chest wall L | c | l.axilla l.lateral-chest | L AB
my right oxter | l | r.axilla | SL BR P
pit of my stomach | l | m.epigastric | D P
upper abdo R | c | r.upper-abdomen | AB D
under my right ribs at the front | l | r.lower-ribs | D P
lower ribs L anteriorly | c | l.lower-ribs | D AB
around my belly button | l | m.umbilical | D P
lower tummy on the left | l | l.lower-abdomen | D BR
RLQ | c | r.lower-abdomen | AB
LUQ | c | l.upper-abdomen | AB
side of my belly on the right | l | r.lateral-abdomen | D P
my whole tummy | l | A.b.abdomen-upper A.b.abdomen-lower | PA BR P
obliques R | c | r.lateral-abdomen | MU AB
upper abdomen | c | A.b.abdomen-upper | PA D
groin on the left | l | l.groin |
both groins | l | b.groin |
pubic bone | l | m.pubic |
just above the pubic bone | l | m.suprapubic | D
adductor origin R | c | r.groin | MU LM AB
inguinal region L | c | l.groin | AB
perineum | c | m.perineum |
pain in the back passage | l | m.rectal | BR TW
pelvic floor | c | A.m.pelvic-floor | PA
bladder area, low in the middle | l | m.bladder | D
my bum | l | A.b.buttock | BR P PA SL
right butt cheek | l | A.r.buttock | AM TW SL
piriformis L | c | l.mid-buttock | MU
glute med R | c | r.upper-buttock r.lateral-buttock | MU AB | r.lateral-buttock
upper buttock left | l | l.upper-buttock | D
bottom of my right buttock where i sit | l | r.lower-buttock | D TW P | r.lower-buttock r.gluteal-fold
gluteal fold L | c | l.gluteal-fold | LM AB
outer part of my bum on the left | l | l.lateral-buttock | D BR
ischial tuberosity R | c | r.lower-buttock | LM
my glutes | l | A.b.buttock | MU P
right hip | l | A.r.hip | PA
GT L, ? trochanteric bursitis | c | l.greater-trochanter | AB LM
side of my left hip when i lie on it | l | l.lateral-hip | D P
bony bit on the outside of my right hip | l | r.greater-trochanter | D LM
front of my upper arm, right | l | r.anterior-upper-arm | D P
biceps L | c | l.anterior-upper-arm | MU
triceps R | c | r.posterior-upper-arm | MU
back of my arm above the elbow, left | l | l.posterior-upper-arm | D P
outside of my upper arm on the right | l | r.lateral-upper-arm | D P
inner upper arm L | c | l.medial-upper-arm | D AB
my whole upper arm on the left | l | A.l.upper-arm | PA P
tennis elbow right | l | r.lateral-epicondyle | LM
golfer's elbow L | l | l.medial-epicondyle | LM AB P
point of my elbow, right | l | r.olecranon | D P
in the crook of my left elbow | l | l.antecubital | D P
lat epicondyle R | c | r.lateral-epicondyle | LM AB
cubital fossa L | c | l.antecubital | LM AB
both elbows | l | A.b.elbow | PA
top of my forearm on the thumb side, right | l | r.dorsal-forearm-radial | D P
wrist extensors R, prox 1/3 | c | r.dorsal-forearm-radial r.dorsal-forearm-ulnar | MU AB D | r.dorsal-forearm-radial
inside of my forearm on the little finger side, left | l | l.volar-forearm-ulnar | D P
the underside of my right forearm | l | r.volar-forearm-radial r.volar-forearm-ulnar | D P
brachioradialis L | c | l.dorsal-forearm-radial | MU | l.dorsal-forearm-radial l.volar-forearm-radial
my whole left forearm | l | A.l.forearm | PA P
FCU R | c | r.volar-forearm-ulnar | MU AB
forearm flexors bilat | c | b.volar-forearm-radial b.volar-forearm-ulnar | MU AB
my right wrist | l | A.r.wrist | PA P
thumb side of my left wrist | l | l.radial-wrist | D P
pinky side of my right wrist | l | r.ulnar-wrist | D AM
back of my wrist, left | l | l.dorsal-wrist | D
where you take your pulse on the right wrist | l | r.volar-wrist | LM
carpal tunnel area R | c | r.volar-wrist | LM
TFCC L | c | l.ulnar-wrist | AB LM
de Quervain's R | c | r.radial-wrist | LM
palm of my right hand | l | r.palm | D P
back of my left hand | l | l.dorsal-hand | D P
the fleshy bit at the base of my thumb, right | l | r.thenar | D P
web between my thumb and first finger, left | l | l.thumb-web | D P
heel of my hand on the pinky side, right | l | r.hypothenar | TW D AM
my left hand | l | A.l.hand | PA P
1st dorsal interosseous R | c | r.thumb-web | MU AB
thenar eminence L | c | l.thenar | LM
right thumb | l | r.thumb |
pointer finger on my left hand | l | l.index-finger | AM P
tip of my right ring finger | l | r.ring-finger | D P
left pinky | l | l.little-finger | AM
little finger on the right | l | r.little-finger | BR
all the fingers on my right hand | l | A.r.fingers | PA P
middle and ring fingers, left hand | l | l.middle-finger l.ring-finger | L CO
fingers on both hands | l | A.b.fingers | PA
front of my thigh, left | l | l.anterior-thigh | D P
quads R | c | r.anterior-thigh r.anteromedial-thigh r.anterolateral-thigh | MU AB | r.anterior-thigh
hamstrings bilat | c | b.posterior-thigh | MU AB
ITB L | c | l.lateral-thigh | AB LM
adductors R | c | r.medial-thigh | MU AB
inner thigh, right | l | r.medial-thigh | D
outer thigh on the left | l | l.lateral-thigh | D
VMO R | c | r.anteromedial-thigh | MU AB
my whole right thigh | l | A.r.thigh | PA P
back of both thighs | l | b.posterior-thigh | D
left knee | l | A.l.knee | PA
right kneecap | l | r.patella |
just below my left kneecap | l | l.infrapatellar | D P
above the kneecap on the right | l | r.suprapatellar | D
inside of my left knee | l | l.medial-knee | D P
outside of the right knee | l | r.lateral-knee | D
back of my knee, right | l | r.popliteal | D P
patellar tendon R | c | r.infrapatellar | LM AB
MJL L TTP | c | l.medial-knee | AB LM
popliteal fossa bilat | c | b.popliteal | LM AB
both knees | l | A.b.knee | PA
left shin | l | l.shin |
shin splints both legs | l | b.shin | SL | b.shin b.medial-leg
outside of my lower leg, right | l | r.lateral-leg | D P
peroneals R | c | r.lateral-leg | MU AB
tib ant L | c | l.shin | MU AB
inside of the lower leg on the left | l | l.medial-leg | D
my right lower leg | l | A.r.lower-leg | PA P | A.r.lower-leg A.r.calf-area
left calf | l | A.l.calf-area | PA
upper calf on the right | l | r.upper-calf | D
lower calf, left | l | l.lower-calf | D
gastroc R | c | r.upper-calf | MU AB
soleus L | c | l.lower-calf | MU
right achilles | l | r.achilles |
back of my left ankle just above the heel | l | l.achilles | D P
both calves | l | A.b.calf-area | PA
left ankle | l | A.l.ankle | PA
outside ankle bone on the right | l | r.lateral-ankle | D LM
inside of my left ankle | l | l.medial-ankle | D P
front of my right ankle where the shoelaces are | l | r.anterior-ankle | D P
ATFL L | c | l.lateral-ankle | AB LM
lat malleolus R | c | r.lateral-ankle | LM AB
top of my right foot | l | r.dorsal-foot | D P
left arch | l | l.arch |
ball of my right foot | l | r.forefoot-sole | D P
bottom of my left foot | l | l.arch l.forefoot-sole l.plantar-heel | D TW P
MT heads 2-3 plantar R | c | r.forefoot-sole | AB D LM
my left foot | l | A.l.foot | PA P
both feet | l | A.b.foot | PA
right heel | l | A.r.heel-area | PA
bottom of my heel, left | l | l.plantar-heel | D TW P
back of my heel on the right where my shoe rubs | l | r.posterior-heel | D P
plantar fasciitis L | c | l.plantar-heel | LM | l.plantar-heel l.arch
calcaneal insertion of TA R | c | r.posterior-heel | AB LM
left big toe | l | l.big-toe |
little toes on the right | l | r.lesser-toes | BR
all my toes | l | A.b.toes | PA P
1st MTPJ R | c | r.big-toe | AB LM
right knee not the hip | l | A.r.knee | N
neck and both shoulders | l | A.b.neck-back b.shoulder-top | L A | A.b.neck-back A.b.shoulder-joint; A.b.neck-back b.shoulder-top A.b.shoulder-joint
left hip and left knee | l | A.l.hip A.l.knee | L CO
lower back and right buttock | l | A.b.low-back A.r.buttock | L CO
pain from my right buttock down the back of my thigh to behind the knee | l | A.r.buttock r.posterior-thigh r.popliteal | D RO | r.mid-buttock r.lower-buttock r.gluteal-fold r.posterior-thigh r.popliteal
R buttock > post thigh > lat calf, no foot sx | c | A.r.buttock r.posterior-thigh r.upper-calf r.lateral-leg | AB D N | A.r.buttock r.posterior-thigh r.lateral-leg
left elbow and wrist, not the hand | l | A.l.elbow A.l.wrist | N L
both wrists but not the fingers | l | A.b.wrist | N
right side of my jaw and my right temple | l | r.tmj r.jaw-angle r.mandible r.temple | L D
thumb and index finger on the left, tingly | l | l.thumb l.index-finger | L
ring and little fingers R | c | r.ring-finger r.little-finger | L AB
groin and inner thigh on the right | l | r.groin r.medial-thigh | L D
L medial knee and medial tibia | c | l.medial-knee l.medial-leg | L AB D
sternum and L pectoral | c | m.sternum l.pectoral | L AB
upper traps and levator bilat | c | b.shoulder-top b.neck-angle | MU L AB
both heels and both arches | l | A.b.heel-area b.arch | L
forehead, temples and behind both eyes | l | b.forehead b.temple b.eye | L D
tailbone and the back passage | l | m.coccyx m.rectal | L BR
my left shoulder, right at the front | l | l.anterior-deltoid | E D P
right at the back of my head, on the right | l | r.occiput | E D
it's right in the arch of my left foot | l | l.arch | E
right between my shoulder blades | l | b.interscapular | E D
the pain is right under my kneecap, left knee | l | l.infrapatellar | E D
right here on the outside of my elbow, the left one | l | l.lateral-epicondyle | E D
right across my lower back | l | A.b.low-back | E D PA
right side of my jaw | l | r.tmj r.jaw-angle r.mandible | D
right side, behind the ear | l | r.mastoid | D
right and left sides of my neck at the back | l | b.posterior-neck | D CO
the client's right hip and buttock | c | A.r.hip A.r.buttock | P L
my husband's lower back, he can't type this himself | l | A.b.low-back | REL P O
my son's left heel, he plays footy | l | A.l.heel-area | REL P AU
my daughters right knee, under the kneecap | l | r.infrapatellar | REL P M D
mum's shoulders are both up by her ears with tension, on top | l | b.shoulder-top | REL P BR D
his right calf after the marathon | l | A.r.calf-area | O P
pt's L lateral hip | c | l.lateral-hip | P AB
client's R suboccipital region | c | r.suboccipital | P
the left side of her neck at the back | l | l.posterior-neck | O D P
shoulder played on the right | l | A.r.scapula | V M
pain in my tale bone | l | m.coccyx | V M P
my a kill ease tendon left | l | l.achilles | V M
right ham string | l | r.posterior-thigh | V M
the roter cuff on my left side | l | A.l.shoulder-joint | M
my rotor cuff right side | l | A.r.shoulder-joint | V M P
neck and sholders | l | A.b.neck-back b.shoulder-top | M L A | A.b.neck-back A.b.shoulder-joint
lft knee | l | A.l.knee | M
rite ankle | l | A.r.ankle | M
bak of my neck | l | b.posterior-neck | M D
elbo on the left outside | l | l.lateral-epicondyle | M D
my rist on the right | l | A.r.wrist | M P
achillies right | l | r.achilles | M
both calfs | l | A.b.calf-area | M
shoulder blaid left | l | A.l.scapula | M
lower bak left side | l | A.l.low-back | M D
inbetween my shoulderblades | l | b.interscapular | M D
right hamstrung | l | r.posterior-thigh | M
plantar fasciitis in my left heal | l | l.plantar-heel | M TW
sigh attica down the back of my left leg lol | l | l.posterior-thigh l.upper-calf l.lower-calf | V SL D | l.posterior-thigh; l.posterior-thigh l.popliteal l.upper-calf l.lower-calf
tempels both sides | l | b.temple | M
kneee cap on the left | l | l.patella | M
pain in my jor on the left side | l | l.tmj l.jaw-angle l.mandible | M D
my left for arm on top | l | l.dorsal-forearm-radial l.dorsal-forearm-ulnar | V M D
sholder right front | l | r.anterior-deltoid | M D
the ball of my foot, the rite one | l | r.forefoot-sole | M
pelvic flaw | l | A.m.pelvic-floor | V M
calve muscle on the right | l | r.upper-calf r.lower-calf | M MU
left groyne | l | l.groin | M
trap on the rite | l | r.shoulder-top r.neck-angle | M MU SL | r.shoulder-top
neck right side when i look over my shoulder reversing the car | l | A.r.neck-back | D RO | r.posterolateral-neck; r.posterolateral-neck r.posterior-neck
ive got this nagging pain in my left side under the ribs at the back its been there since i moved house | l | l.lower-thoracic l.lateral-back | D RO | l.lower-thoracic; l.lateral-back
so basically it starts in my right shoulder blade and goes down the inside of my arm to my little finger | l | A.r.scapula r.medial-upper-arm r.volar-forearm-ulnar r.little-finger | RO D | r.scapula-medial-border r.medial-upper-arm r.volar-forearm-ulnar r.little-finger
crook back mate, down low on the right | l | A.r.low-back | AU SL D
crook knee after footy, left, inside | l | l.medial-knee | AU SL D
me runners rub the back of both heels | l | b.posterior-heel | AU SL D
the arvo pain is in my right hip, on the side | l | r.lateral-hip | AU D
my thongs gave me sore arches, both feet | l | b.arch | AU TW
niggle in my right calf, the top bit | l | r.upper-calf | BR SL D
my neck's knackered on the left side at the back | l | l.posterior-neck | BR SL D
pain in my trainers-rubbed left achilles | l | l.achilles | BR
the fanny pack strap digs into my right side just above the hip bone | l | r.iliac-crest | AM LM D
my butt hurts on both sides when i sit | l | A.b.buttock | AM SL
my tush, left side, lower part | l | l.lower-buttock | AM SL D
pinky toe right foot | l | r.lesser-toes | AM
charley horse in my left calf last night | l | A.l.calf-area | AM SL
my bottom hurts when i sit | l | A.b.buttock | TW BR
bottom of my right shoulder blade | l | r.scapula-inferior-angle | TW D
bottom of my left heel | l | l.plantar-heel | TW D
bum cheek right side | l | A.r.buttock | TW BR SL
cheek pain on the left by my nose, the face | l | l.cheek | TW
heel of my left hand | l | l.thenar l.hypothenar | TW | l.hypothenar; l.palm
behind my kneecap on the right | l | r.patella | D | r.patella r.popliteal
under my left armpit along the ribs | l | l.lateral-chest | D
between my thumb and index finger on the back of my right hand | l | r.thumb-web | D
between my toes on the left, the little ones | l | l.lesser-toes | D
tip of my left index finger | l | l.index-finger | D
tip of my right shoulder | l | r.acromion | D
tip of my tailbone | l | m.coccyx | D
above my right knee on the front of the thigh | l | r.suprapatellar | D | r.suprapatellar r.anterior-thigh
below my right collarbone and into the armpit | l | r.infraclavicular r.axilla | D L
outside of my left thigh down to the outside of the knee | l | l.lateral-thigh l.lateral-knee | D L
inside of my right ankle and up the inside of my lower leg | l | r.medial-ankle r.medial-leg | D L
top of my left foot and my big toe | l | l.dorsal-foot l.big-toe | D L
back of my right shoulder and down the back of my arm | l | r.posterior-deltoid r.posterior-upper-arm | D L
front of my neck and both sides | l | m.anterior-neck b.lateral-neck | D L
dorsal hand R | c | r.dorsal-hand | D AB
volar wrist L | c | l.volar-wrist | D AB
plantar heel bilat | c | b.plantar-heel | D AB
distal posterior thigh R | c | r.posterior-thigh | D AB
proximal anterior thigh L | c | l.anterior-thigh | D AB
anteromedial thigh R | c | r.anteromedial-thigh | D AB
anterolateral thigh L, ? meralgia paraesthetica | c | l.anterolateral-thigh | D AB
posterolateral neck bilat | c | b.posterolateral-neck | D AB
dorsal forearm ulnar side L | c | l.dorsal-forearm-ulnar | D AB
volar forearm radial R | c | r.volar-forearm-radial | D AB
lateral epicondyle and dorsal forearm radial L | c | l.lateral-epicondyle l.dorsal-forearm-radial | D L AB
medial epicondyle R + volar forearm ulnar | c | r.medial-epicondyle r.volar-forearm-ulnar | D L AB
superior medial scapular angle L | c | l.scapula-medial-border | D LM | l.scapula-medial-border l.neck-angle
inferior pole patella R | c | r.infrapatellar | D LM AB | r.infrapatellar r.patella
superior pole patella L | c | l.suprapatellar | D LM | l.suprapatellar l.patella
posterior heel bilat, Haglund's? | c | b.posterior-heel | D AB
anterior ankle R | c | r.anterior-ankle | D AB
medial malleolus L | c | l.medial-ankle | D LM
lateral knee R, ITB friction | c | r.lateral-knee | D AB
posterior knee L | c | l.popliteal | D AB
medial calf R | c | r.upper-calf r.lower-calf | D | r.upper-calf r.lower-calf r.medial-leg; r.medial-leg
proximal hamstring L | c | l.posterior-thigh | D MU | l.posterior-thigh l.gluteal-fold
lateral hip bilat | c | b.lateral-hip | D AB
anterior shoulder R | c | r.anterior-deltoid | D AB
posterior shoulder L | c | l.posterior-deltoid | D AB
lateral upper arm R | c | r.lateral-upper-arm | D AB
medial upper arm L | c | l.medial-upper-arm | D AB
S: c/o R-sided neck pain, posterolateral, into R upper trap. | c | r.posterolateral-neck r.shoulder-top r.neck-angle | SOAP AB MU | r.posterolateral-neck r.shoulder-top
S: pt reports L LBP radiating to L buttock, no leg pain. | c | A.l.low-back A.l.buttock | SOAP AB N
O: TTP L infraspinatus, reproduces ant shoulder pain. | c | l.infraspinous | SOAP AB MU
O: active TrP R gluteus minimus, referral lat thigh. | c | r.lateral-buttock | SOAP MU | r.lateral-buttock r.upper-buttock
O: taut band L levator scapulae at sup angle scapula | c | l.neck-angle | SOAP MU LM | l.neck-angle l.scapula-medial-border
S: bilat HA, suboccipital + temporal | c | b.suboccipital b.temple | SOAP AB L
S: R lateral elbow pain x 6/52 | c | r.lateral-epicondyle | SOAP AB
O: L QL and L glute med TTP | c | l.lumbar l.upper-buttock l.lateral-buttock | SOAP MU L | l.lumbar l.iliac-crest l.upper-buttock l.lateral-buttock; l.lumbar l.lateral-buttock
S: R heel pain first steps a.m. | c | r.plantar-heel | SOAP AB
A: L TMJ dysfunction with masseter TrPs | c | l.tmj l.jaw-angle | SOAP MU
P: treat R infraspinatus and R post delt | c | r.infraspinous r.posterior-deltoid | SOAP MU L
O: TTP over R SIJ and R PSIS | c | r.sacroiliac | SOAP LM AB
S: pt c/o pain L groin radiating to L anteromedial thigh | c | l.groin l.anteromedial-thigh | SOAP D
Pain map: R temple, R eyebrow, R upper molars (temporalis pattern) | c | r.temple r.eyebrow r.upper-molars | L MU
pain map - bilat post neck, bilat suboccipital, vertex | c | b.posterior-neck b.suboccipital m.vertex | L AB
1) L lat epicondyle 2) L dorsal wrist 3) L dorsal hand | c | l.lateral-epicondyle l.dorsal-wrist l.dorsal-hand | L
- R upper buttock\n- R lateral thigh\n- R lateral leg | c | r.upper-buttock r.lateral-thigh r.lateral-leg | L
areas: sternum, both pecs, left inner arm | l | m.sternum b.pectoral l.medial-upper-arm | L
l knee + r ankle | l | A.l.knee A.r.ankle | L AB
knees and ankles | l | A.b.knee A.b.ankle | L CO
shoulders, elbows, and wrists on both sides | l | A.b.shoulder-joint A.b.elbow A.b.wrist | L PA A | A.b.shoulder-joint A.b.shoulder-top A.b.elbow A.b.wrist
both hips and both knees | l | A.b.hip A.b.knee | L PA
neither hip, just the left knee | l | A.l.knee | N
my right shoulder blade, not my neck | l | A.r.scapula | N P
its not my knee its my left shin | l | l.shin | N
not the front of the thigh, the back of it, right leg | l | r.posterior-thigh | N D
denies low back pain; c/o R posterior thigh | c | r.posterior-thigh | N D AB
no neck pain. L interscapular only | c | l.interscapular | N D
knee pain - the left one, not both | l | A.l.knee | N
left knee. the right one's fine now | l | A.l.knee | N
pain in my left big toe, not gout the doctor says | l | l.big-toe | N
right wrist, thumb side, no numbness | l | r.radial-wrist | N D
my lower back (not the tailbone) | l | A.b.low-back | N PA
rt shoulder | c | A.r.shoulder-joint | AB | A.r.shoulder-joint A.r.shoulder-top
lt SIJ | c | l.sacroiliac | AB
b/l plantar fascia | c | b.plantar-heel b.arch | AB | b.plantar-heel
R>L occiput | c | b.occiput | AB
L C-T junction paraspinal | c | l.upper-thoracic | AB SP | l.upper-thoracic l.posterior-neck
T/L junction bilat | c | b.lower-thoracic b.lumbar | AB SP | b.lower-thoracic; b.lumbar
L5/S1 R | c | r.lumbar | SP AB | r.lumbar r.sacroiliac
C1-2 L | c | l.suboccipital | SP AB
T2 L paraspinal | c | l.upper-thoracic | SP AB
T8 bilat | c | b.mid-thoracic | SP AB
T11 R | c | r.lower-thoracic | SP AB
L1-3 paraspinals bilaterally | c | b.lumbar | SP AB
S2 midline | c | m.sacrum | SP ML
C7 spinous process area | c | b.posterior-neck | SP LM | b.posterior-neck b.upper-thoracic; b.upper-thoracic
infraspinatus and teres minor L | c | l.infraspinous | MU L | l.infraspinous l.posterior-deltoid
sternalis | c | m.sternum | MU
multifidi L4-S1 R | c | r.lumbar r.sacroiliac | MU SP | r.lumbar
pectineus L | c | l.groin | MU | l.groin l.medial-thigh
sartorius R, medial knee insertion | c | r.medial-knee | MU LM | r.medial-knee r.anteromedial-thigh
popliteus L | c | l.popliteal | MU
extensor digitorum R | c | r.dorsal-forearm-radial r.dorsal-forearm-ulnar | MU | r.dorsal-forearm-ulnar
supinator L | c | l.dorsal-forearm-radial | MU | l.dorsal-forearm-radial l.lateral-epicondyle
pronator teres R | c | r.volar-forearm-radial | MU | r.volar-forearm-radial r.antecubital
abductor hallucis L | c | l.arch | MU
tibialis posterior R | c | r.lower-calf | MU | r.lower-calf r.medial-leg; r.medial-leg
iliopsoas L | c | l.groin | MU | l.groin l.anterior-thigh; l.groin l.lower-abdomen
rectus femoris R | c | r.anterior-thigh | MU
vastus lateralis L | c | l.anterolateral-thigh | MU | l.anterolateral-thigh l.lateral-thigh; l.lateral-thigh
biceps femoris R | c | r.posterior-thigh | MU
semimembranosus L | c | l.posterior-thigh | MU
digastric posterior R | c | r.jaw-angle | MU | r.jaw-angle r.mastoid
lateral pterygoid L | c | l.tmj | MU | l.tmj l.maxilla
medial pterygoid R | c | r.jaw-angle | MU | r.jaw-angle m.throat
orbicularis oculi L | c | l.periorbital | MU
occipitalis bilat | c | b.occiput | MU
splenius capitis R | c | r.posterior-neck | MU | r.posterior-neck r.posterolateral-neck
latissimus dorsi L | c | l.lateral-back | MU | l.lateral-back l.axilla
teres major R | c | r.scapula-inferior-angle | MU | r.scapula-inferior-angle r.axilla
subscapularis L | c | l.axilla | MU | l.axilla l.posterior-deltoid
coracobrachialis R | c | r.medial-upper-arm | MU | r.medial-upper-arm r.anterior-deltoid
lower trap L | c | l.mid-thoracic | MU AB | l.mid-thoracic l.interscapular
middle trap R | c | r.interscapular | MU
iliocostalis lumborum L | c | l.lumbar | MU
gluteus maximus R | c | A.r.buttock | MU | r.mid-buttock r.lower-buttock r.gluteal-fold
extensor hallucis longus L | c | l.shin | MU | l.shin l.dorsal-foot
flexor digitorum brevis R | c | r.forefoot-sole r.arch | MU | r.arch
adductor magnus L | c | l.medial-thigh | MU
i get pain here [points] on the left side of my neck at the front going down to my collarbone | l | l.lateral-neck l.supraclavicular | D RO
aches from my right temple down to my top teeth on that side | l | r.temple r.upper-molars r.upper-premolars | D RO | r.temple r.upper-molars
the whole of the left side of my face | l | A.l.forehead-brow A.l.eye-area A.l.midface A.l.jaw | PA A | A.l.forehead-brow A.l.eye-area A.l.midface
my ear and the back of my jaw on the right | l | r.ear r.jaw-angle | L D | r.deep-ear r.jaw-angle
my left side where my arm hangs against my chest | l | l.lateral-chest | D
under my left boob | l | l.lower-ribs | SL D | l.lower-ribs l.breast
my left side only, from neck to shoulder | l | l.posterolateral-neck l.neck-angle l.shoulder-top | D RO | l.lateral-neck l.neck-angle l.shoulder-top
top of both shoulders and up into the back of the head | l | b.shoulder-top b.occiput | D L | b.shoulder-top b.posterior-neck b.occiput
both sides of my lower back and into both buttocks | l | A.b.low-back A.b.buttock | D L
up the front of my left shin, not the calf | l | l.shin | D N
round the back of my right knee and into the calf | l | r.popliteal r.upper-calf | D L
down the outside of my left arm to my thumb | l | l.lateral-upper-arm l.dorsal-forearm-radial l.thumb | D RO | l.lateral-upper-arm l.dorsal-forearm-radial l.radial-wrist l.thumb
my dads left shoulder and upper arm, he had a fall last month | l | A.l.shoulder-joint A.l.upper-arm | REL P M
my wife says her pain is under her right shoulder blade | l | r.scapula-inferior-angle | REL O D | r.scapula-inferior-angle r.mid-thoracic
writing on behalf of my gran: both hands, mostly the knuckles | l | b.dorsal-hand | REL BR | A.b.hand; b.dorsal-hand A.b.fingers
our son (14) pain just under both kneecaps | l | b.infrapatellar | REL D
his sore bit is the left side of the neck | l | l.lateral-neck | O P | l.lateral-neck l.posterolateral-neck
her pain is on the inside of her right elbow, the golfers one | l | r.medial-epicondyle | O D M
the client's left hamstrings | c | l.posterior-thigh | P MU
the patient's R upper trap and R levator | c | r.shoulder-top r.neck-angle | P MU L
the ball of both feet | l | b.forefoot-sole | D
my left eye, right in the corner by my nose | l | l.periorbital | E D | l.periorbital l.eye
right down the middle of my breastbone | l | m.sternum | E D
right behind my left knee | l | l.popliteal | E D
right on top of my head | l | m.vertex | E D
right at the base of my skull on the left | l | l.suboccipital | E D
right where the bra strap sits on top of my left shoulder | l | l.shoulder-top | E D
right in the pit of my stomach | l | m.epigastric | E D
right where i sit on my right side | l | r.lower-buttock | E D | r.lower-buttock r.gluteal-fold
the bit of the back right above the bum crack | l | m.sacrum | E D SL | m.sacrum b.sacroiliac
right in my left armpit | l | l.axilla | E
right in the middle of my back at bra level on the left | l | l.mid-thoracic | E D
neck pain on the left, and the left shoulder top, but not the arm | l | A.l.neck-back l.shoulder-top | N L | l.posterolateral-neck l.posterior-neck l.shoulder-top
i think its my hip but it's really in the groin on the right | l | r.groin | A
lower tummy both sides and the groin | l | l.lower-abdomen r.lower-abdomen b.groin | L BR
pain either side of my belly button | l | b.lateral-abdomen | D A | b.lateral-abdomen m.umbilical
my face hurts across the cheeks and nose | l | b.cheek m.nose | L
sinuses both sides and my upper teeth | l | b.maxilla A.b.teeth | L A | b.maxilla b.upper-molars b.upper-premolars m.upper-incisors
inside my mouth, the gums and roof | l | m.gums m.palate | L
back teeth top and bottom on the left | l | l.upper-molars l.lower-molars | D L
lower back on the right going into the side of my hip | l | A.r.low-back r.lateral-hip | D L | A.r.low-back A.r.hip
outer hip and outer thigh, left | l | l.lateral-hip l.lateral-thigh | D L | A.l.hip l.lateral-thigh
the top of my right buttock along the bone | l | r.iliac-crest r.upper-buttock | D | r.upper-buttock; r.iliac-crest
front and side of my right shoulder | l | r.anterior-deltoid r.middle-deltoid | D L
front of both shoulders | l | b.anterior-deltoid | D
back of both upper arms | l | b.posterior-upper-arm | D
backs of my hands, both | l | b.dorsal-hand | D
soles of both feet | l | b.arch b.forefoot-sole b.plantar-heel | D TW
knuckles on my right hand | l | r.dorsal-hand | LM | r.dorsal-hand A.r.fingers
right wrist & right thumb | l | A.r.wrist r.thumb | L
thumb base L, CMC joint | c | l.thenar | LM AB | l.thenar l.radial-wrist
hypothenar R | c | r.hypothenar | LM
palmar aspect R hand | c | r.palm | D AB
dorsum of L foot | c | l.dorsal-foot | D AB
medial arch R | c | r.arch | D AB
lateral border of foot L | c | l.dorsal-foot | D AB A | l.dorsal-foot l.lesser-toes
sinus tarsi R | c | r.lateral-ankle | LM
anterior tibia L, mid third | c | l.shin | D AB
lateral compartment R leg | c | r.lateral-leg | D AB
posteromedial tibial border bilat | c | b.medial-leg | D AB
infrapatellar fat pad L | c | l.infrapatellar | LM
pes anserine R | c | r.medial-knee | LM | r.medial-knee r.medial-leg
fibular head L | c | l.lateral-knee | LM | l.lateral-knee l.lateral-leg
greater trochanters bilat | c | b.greater-trochanter | LM AB
PSIS L | c | l.sacroiliac | LM AB
ASIS R | c | r.groin | LM AB A | r.groin r.lateral-hip; r.anterolateral-thigh
pubic symphysis | c | m.pubic | LM
xiphoid | c | m.epigastric | LM | m.epigastric m.sternum
costochondral junctions L 3-5 | c | l.pectoral | LM AB | l.pectoral m.sternum
clavicle, medial third R | c | r.infraclavicular r.supraclavicular | LM D | r.infraclavicular
spine of scapula R | c | r.supraspinous r.infraspinous | LM | r.supraspinous
coracoid L | c | l.infraclavicular | LM | l.infraclavicular l.anterior-deltoid
bicipital groove R | c | r.anterior-deltoid | LM | r.anterior-deltoid r.anterior-upper-arm
olecranon L | c | l.olecranon | LM
radial styloid R | c | r.radial-wrist | LM
ulnar styloid L | c | l.ulnar-wrist | LM
anatomical snuffbox R | c | r.radial-wrist | LM
EOP / inion | c | b.occiput | LM AB | m.vertex b.occiput
zygomatic arch L | c | l.cheek | LM | l.cheek l.tmj
mandibular angle R | c | r.jaw-angle | LM
hyoid level anterior neck | c | m.anterior-neck | LM D
thyroid cartilage area | c | m.anterior-neck | LM
jugular notch | c | m.sternum | LM | m.sternum m.anterior-neck
umbilicus | c | m.umbilical | LM
McBurney's point | c | r.lower-abdomen | LM
inguinal ligament L | c | l.groin | LM
sacral sulcus R | c | r.sacroiliac | LM
tip of coccyx | c | m.coccyx | LM D
popliteal crease R | c | r.popliteal | LM
navicular L | c | l.arch | LM | l.arch l.medial-ankle
base of 5th metatarsal R | c | r.dorsal-foot | LM | r.dorsal-foot r.lateral-ankle
Achilles midportion L | c | l.achilles | LM
my left hip flexor at the front of the hip | l | l.groin | MU D | l.groin l.anterior-thigh
my rotator cuff | l | A.b.shoulder-joint | MU A | A.b.shoulder-joint b.supraspinous b.infraspinous
my hammies are tight, both | l | b.posterior-thigh | SL MU AU
my quads, both legs | l | b.anterior-thigh b.anteromedial-thigh b.anterolateral-thigh | MU | b.anterior-thigh
my traps and neck | l | b.shoulder-top b.neck-angle A.b.neck-back | MU L A | b.shoulder-top A.b.neck-back
my lats on the right after rowing | l | r.lateral-back | MU | r.lateral-back r.axilla
pain in my pecs and front shoulders | l | b.pectoral b.anterior-deltoid | MU L
abs, the upper part | l | A.b.abdomen-upper | MU D | m.epigastric
my six pack area below the belly button | l | b.lower-abdomen | MU D SL | b.lower-abdomen m.suprapubic; b.lower-abdomen m.umbilical
my knee wont stop aching the left 1 | l | A.l.knee | T
wrist pain R side thumb | l | r.radial-wrist | T
pain L side neck + L shoulder top | l | l.lateral-neck l.shoulder-top | T L | l.posterolateral-neck l.shoulder-top
toothache-ish pain left lower jaw | l | l.lower-molars l.mandible | D | l.mandible; l.lower-molars
my jaw on both sides and my chin | l | A.b.jaw | L PA
both sides of my chin and jaw | l | A.b.jaw | L PA
under my chin | l | m.chin | D | m.chin m.anterior-neck
the point of my chin | l | m.chin | D
around my mouth | l | m.mouth | D
my nose and around my left eye | l | m.nose l.periorbital | L
right side of my nose into my cheek | l | m.nose r.cheek | D L
the middle of my back | l | b.mid-thoracic | D A | A.b.thoracic-back
the top of my back between my shoulders | l | b.interscapular b.upper-thoracic | D | b.interscapular
the base of my neck at the back | l | b.posterior-neck | D | b.posterior-neck b.upper-thoracic
both sides of my neck at the back and my right shoulder blade | l | b.posterior-neck A.r.scapula | D L
my whole right arm from the shoulder down to the wrist | l | A.r.shoulder-joint A.r.upper-arm A.r.elbow A.r.forearm A.r.wrist | PA A | A.r.upper-arm A.r.elbow A.r.forearm A.r.wrist
the whole left leg below the knee | l | A.l.lower-leg A.l.calf-area A.l.ankle | PA A | A.l.lower-leg A.l.calf-area
the whole of my left buttock | l | A.l.buttock | PA
all of my upper back | l | A.b.thoracic-back | PA
my entire lower back | l | A.b.low-back | PA
whole left thigh | l | A.l.thigh | PA
whole right foot | l | A.r.foot | PA | A.r.foot A.r.heel-area A.r.toes
my chest on the left | l | A.l.chest-wall | PA
armpit and side of chest, right | l | r.axilla r.lateral-chest | PA L
both armpits | l | b.axilla |
the sides of my chest | l | b.lateral-chest | D
upper arm right | l | A.r.upper-arm | PA
right forearm | l | A.r.forearm | PA
both hands | l | A.b.hand | PA
right toes | l | A.r.toes | PA
left heel | l | A.l.heel-area | PA
left ear area | l | A.l.ear-area | PA
my right eye area | l | A.r.eye-area | PA P
the middle of my face | l | A.b.midface | PA
inside my mouth | l | A.m.mouth-inside | PA
the back of my neck | l | A.b.neck-back | PA D
the front of my neck | l | m.anterior-neck | D | A.b.neck-front
the front of my neck both sides and above both collarbones | l | A.b.neck-front | D PA
top of my shoulders | l | A.b.shoulder-top | D PA
my sacrum and both SI joints | l | A.b.sacral | PA L | m.sacrum b.sacroiliac
groin and pubic area | l | A.b.groin-pubic | PA
my left thumb and the pad under it | l | l.thumb l.thenar | L D
all the fingers except the thumb, left hand | l | l.index-finger l.middle-finger l.ring-finger l.little-finger | N L
index and middle finger R, palmar | c | r.index-finger r.middle-finger | L D
both big toes | l | b.big-toe |
the smaller toes on both feet | l | b.lesser-toes | 
my 4 little toes left foot | l | l.lesser-toes | T
underneath my big toe, right | l | r.big-toe | D
Pt points to R deltoid region and R lat upper arm | c | r.anterior-deltoid r.middle-deltoid r.posterior-deltoid r.lateral-upper-arm | MU L | r.middle-deltoid r.lateral-upper-arm
Referral zone: L medial scapula, L post arm, L ulnar forearm, L ring + little fingers | c | l.scapula-medial-border l.posterior-upper-arm l.volar-forearm-ulnar l.ring-finger l.little-finger | L D | l.scapula-medial-border l.posterior-upper-arm l.dorsal-forearm-ulnar l.volar-forearm-ulnar l.ring-finger l.little-finger
TrP L sternocleidomastoid sternal div - referral to L eyebrow, L cheek, vertex | c | l.lateral-neck l.eyebrow l.cheek m.vertex | MU L AB | l.eyebrow l.cheek m.vertex
Ref pain from R soleus: R posterior heel and plantar heel | c | r.posterior-heel r.plantar-heel | MU D | r.lower-calf r.posterior-heel r.plantar-heel
post. neck R + R suboccipital + R temple (pain dwg) | c | r.posterior-neck r.suboccipital r.temple | L AB
ant thigh L + medial knee L | c | l.anterior-thigh l.medial-knee | L AB
lat hip R radiating to lat knee R, not below | c | r.lateral-hip r.lateral-thigh r.lateral-knee | D N | r.lateral-hip r.lateral-knee
dysaesthesia L anterolateral thigh | c | l.anterolateral-thigh | D BR
pain bilat lumbar paraspinals + R gluteal | c | b.lumbar A.r.buttock | L AB
ring finger and pinky both hands | l | b.ring-finger b.little-finger | L AM
middle fingers of both hands | l | b.middle-finger |
the lil finger side of my right hand | l | r.hypothenar | SL D | r.hypothenar r.little-finger
pain in my left shoulder socket | l | A.l.shoulder-joint | LM | l.anterior-deltoid l.middle-deltoid l.posterior-deltoid
inside my left knee joint | l | A.l.knee | A
deep in my right hip joint | l | A.r.hip | A | r.groin; A.r.hip r.groin
deep in my bum on the left | l | l.mid-buttock | BR SL | A.l.buttock
along the top of my left shoulder to the point | l | l.shoulder-top l.acromion | D L
across both shoulder blades and the bit between | l | A.b.scapula b.interscapular | D L
up and down the spine in my upper back | l | b.upper-thoracic b.interscapular b.mid-thoracic | D A | A.b.thoracic-back; b.upper-thoracic b.mid-thoracic
under my right shoulder at the back | l | r.posterior-deltoid | D A | r.posterior-deltoid r.axilla; r.infraspinous
the right knee and above it on the front of the thigh | l | A.r.knee r.anterior-thigh | D L
my rigth calf | l | A.r.calf-area | M
left sholder blade inside edge | l | l.scapula-medial-border | M D
the rite side of my tummy | l | r.lateral-abdomen | M BR | A.r.abdomen-upper A.r.abdomen-lower
pane in my lower back | l | A.b.low-back | V M
my writs both sides | l | A.b.wrist | M
right elbo point | l | r.olecranon | M
left temperal area | l | l.temple | M
my hipp, the right one | l | A.r.hip | M
grion left side | l | l.groin | M
my coxyx | l | m.coccyx | M
my sinnuses both sides | l | b.maxilla | M
the back of my nee on the left | l | l.popliteal | M D V
right elbow, the outside bit — tennis elbow the physio reckons | l | r.lateral-epicondyle | AU LM
his nans both knees, she is 84 | l | A.b.knee | REL O M
shoudler top on the left | l | l.shoulder-top | M D
my neck hurts at the bck on the left | l | l.posterior-neck | M D T
pain in my scull at the back, right side | l | r.occiput | M D
my rigt foot arch | l | r.arch | M
kneecaps both | l | b.patella | M
elbw inside left | l | l.medial-epicondyle | M D T
ankel on the outside right | l | r.lateral-ankle | M D
my left buttok | l | A.l.buttock | M
bicep rite arm | l | r.anterior-upper-arm | M MU
shin on my lef leg | l | l.shin | M
hamstings both legs | l | b.posterior-thigh | M MU
my sholders on top both | l | b.shoulder-top | M D
the planter side of my right heel | l | r.plantar-heel | M D
itchy burny pain on my outter thigh left | l | l.lateral-thigh | M D
tmj on the lefft | l | l.tmj | M AB
my breast bone hurts | l | m.sternum | M
pain in my thum on the right | l | r.thumb | M
left wirst and hand | l | A.l.wrist A.l.hand | M L
the arch of my foot both of them feet | l | b.arch | M
under my left sholder blade | l | l.scapula-inferior-angle | M D | l.scapula-inferior-angle l.lower-thoracic
pain in my temple's both | l | b.temple | M
left side of my nek at the front | l | l.lateral-neck | M D
my low back n right hip | l | A.b.low-back A.r.hip | M L T
inner thy right | l | r.medial-thigh | M V D
"""


def main():
    out = []
    n = 0
    for raw in DATA.strip("\n").split("\n"):
        if not raw.strip():
            continue
        parts = [p.strip() for p in raw.split("|")]
        while len(parts) < 5:
            parts.append("")
        text, reg, exp, tags, alts = parts[:5]
        text = text.replace("\\n", "\n")
        n += 1
        expect = expand(exp)
        tagl = [TAGS[t] for t in tags.split()]
        sides = {x.split(".")[0] for x in expect}
        if "l" in sides and "r" in sides:
            tagl.append("bilateral")
        elif "l" in sides:
            tagl.append("left")
        elif "r" in sides:
            tagl.append("right")
        if "m" in sides:
            tagl.append("midline")
        item = {"id": "b10r-%03d" % n, "text": text,
                "register": {"l": "lay", "c": "clinical"}[reg],
                "expect": expect}
        if alts:
            item["alsoAccept"] = [expand(a) for a in alts.split(";") if a.strip()]
        seen = []
        for t in tagl:
            if t not in seen:
                seen.append(t)
        item["tags"] = seen[:30]
        out.append(item)
    with open("/work/blind-out/b10/regions-heldout.json", "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print(len(out), "phrases")


if __name__ == "__main__":
    main()
