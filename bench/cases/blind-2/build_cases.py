#!/usr/bin/env python3
"""Build the blind source-finder case set (blind2-*). Every case below is written by hand.

Only the expectedSide field is derived mechanically from the drawing (it is the side shared by
all drawn regions, and only when `expected` is non-empty); validate_cases.py re-checks it.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- sources (none from domains-already-used.txt)
S = {
 "drgranone": ("Dr. Granone TMJ blog - Referral patterns of the temporalis muscle",
   "https://drgranone.com/blogs/tmj-blogs/referral-patterns-of-the-temporalis-muscle"),
 "pushasrx": ("Push as Rx (Dr. A. Jimenez) - Temporal headaches and toothaches",
   "https://pushasrx.com/temporal-headaches-toothaches/amp"),
 "tpnet_masseter": ("The Trigger Point & Referred Pain Guide - Masseter",
   "http://www.triggerpoints.net/muscle/masseter"),
 "webmanmed_lp": ("American Academy of Manual Medicine (webmanmed) - Lateral pterygoid",
   "http://www.webmanmed.com/disorders/disorders_files/musclgd/masticat/12783223.html"),
 "triplerspa_scm": ("Triple R Spa blog - sternocleidomastoid trigger points and referral",
   "https://www.triplerspa620.com/post/create-unique-eye-makeup-designs"),
 "hohman_scm": ("Hohman Rehab - Sternocleidomastoid syndrome",
   "https://hohmanrehab.com/sternocleidomastoid-syndrome/"),
 "poke_levator": ("Poke Acupuncture - Neck pain (levator scapulae, the stiff-neck muscle)",
   "https://www.pokeacupuncture.com.au/blog/neck-pain"),
 "pinnacle_levator": ("Pinnacle Hill Chiropractic - Levator scapulae: a pain in the neck",
   "https://www.pinnaclehillchiropractic.com/post/2017/12/19/levator-scapulae-a-pain-in-the-neck"),
 "pressure_scalene": ("PressurePointer - Scalene trigger points",
   "http://pressurepointer.com/Scalene_trigger_points.htm"),
 "tporg_scalene": ("trigger-points.org - Scalene trigger point differential diagnoses",
   "https://trigger-points.org/article/scalene-trigger-point-differential-diagnoses"),
 "bchead_subocc": ("BC Head Pain Institute - How head and neck pain can be related",
   "https://bcheadpaininstitute.com/how-head-and-neck-pain-can-be-related"),
 "activeapproach_subocc": ("Active Approach (Dr. L. Quattrocchi DC) - Trigger points and headaches",
   "https://activeapproach.ca/trigger-points-headaches/"),
 "dc_headache": ("Dynamic Chiropractic article on neck muscles and headache (mpamedia archive)",
   "https://mailinglists.mpamedia.com/mpacms/dc/article.php?MERCURYSID=e1abb9e17fc7ebe3d1bb465700aa99b3&id=56645"),
 "cyberpt_infra": ("PT Classroom (cyberpt.com), C. Rasavong - Infraspinatus trigger points",
   "http://www.cyberpt.com/infraspinatustriggerpoint.asp"),
 "earm_infra": ("Ann Rehabil Med 2017;41(4):573-581 - Characteristics of myofascial pain syndrome of the infraspinatus",
   "https://e-arm.org/journal/view.php?number=863&viewtype=pubreader"),
 "bron2011": ("Bron C et al., BMC Musculoskelet Disord 2011;12:139 - shoulder girdle muscles with MTrPs (springermedizin copy)",
   "https://www.springermedizin.de/link?doi=10.1186/1471-2474-12-139"),
 "acutake_subscap": ("AcuTake Health (S. Calabro) - The cure for frozen shoulder that no one talks about",
   "http://acutakehealth.com/the-cure-for-frozen-shoulder-that-no-one-talks-about"),
 "jett_subscap": ("Abd Elhamed HB et al., J Environ Treat Tech 2020;8(4):1447 - Subscapularis trigger points and frozen shoulder",
   "https://jett.doormaj.com/docs/Volume8/Issue%204/HTML/Subscapularis%20Trigger%20Points%20as%20a%20Predictor%20for%20Frozen%20Shoulder%20Syndrome%20Correlation%20Study.html"),
 "respire_ut": ("Respire PT - Could this shoulder muscle be the reason for your headaches?",
   "https://respirept.com/could-this-shoulder-muscle-be-the-reason-for-your-headaches/"),
 "mcself_ut": ("mcself blog - Referred pain? What's that? (upper trapezius)",
   "https://mcself.wordpress.com/2009/10/22/referred-pain-whats-that/"),
 "anatomyoverload_ut": ("Anatomy Overload - Trigger points and headaches",
   "https://anatomyoverload.co.uk/2022/06/30/trigger-points-headaches/"),
 "massagelib_supra": ("MassageLibrary (Dr. J. Mally) - Supraspinatus referred pain pattern",
   "https://massagelibrary.com/Dr+James+Mally/Sports+Massage+DVD/Trigger+Point+and+Counterstrain/Supraspinatus/"),
 "fitnessvip_cuff": ("fitness-vip.com - Trigger points of the lateral scapula (infraspinatus, teres minor, teres major)",
   "https://www.fitness-vip.com/muscle-chains/info-fid.html"),
 "webmanmed_cb": ("American Academy of Manual Medicine (webmanmed) - Coracobrachialis",
   "http://www.webmanmed.com/disorders/disorders_files/musclgd/upxtrm/14772331.html"),
 "physiospot_le": ("Physiospot summary of Fernandez-Carnero et al., Clin J Pain 2007 - forearm TrPs in lateral epicondylalgia",
   "https://www.physiospot.com/2007/05/03/prevalence-of-and-referred-pain-from-myofascial-trigger-points-in-the-forearm-muscles-in-patients-with-lateral-epicondylalgia/"),
 "findhealth_ext": ("John Orr LMT clinic page (findhealthclinics) - Trigger points in the wrist extensor muscles",
   "https://www.findhealthclinics.com/US/Largo/720194271387971/John-Orr%2C-LMT."),
 "painscience_ext": ("PainScience.com - Perfect Spot No. 5, the forearm extensors",
   "https://www.painscience.com/articles/spot-05-forearm-extensors.php"),
 "physioforu_ecrl": ("Physio for U blog - Self-treatment of tennis/golfer's elbow",
   "https://physioforu.blogspot.com/2009/04/self-treatment-of-golfers-elbow.html"),
 "sinew_1di": ("Sinew Channels blog - hand pain, Heberden's nodules and the first interosseous",
   "https://www.sinewchannels.com/search/label/Heberden%27s%20Nodules?m=0"),
 "pmc_interossei": ("Alyanak B et al., J Ultrason 2025 - An overlooked cause of hand pain: MTrPs in the interosseous muscles",
   "https://pmc.ncbi.nlm.nih.gov/articles/PMC11841738"),
 "tporg_pec": ("trigger-points.org - Pectoralis major trigger points: erroneous and differential diagnoses",
   "https://trigger-points.org/article/pectoralis-major-trigger-points-erroneous-and-differential-diagnoses"),
 "painwiki_chest": ("PainWiki - Diagnostic tree: chest pain, myofascial",
   "https://painwiki.com/wiki/index.php?direction=prev&oldid=203&title=DiagnosticTree%2FChest"),
 "bluegrass_pecmin": ("Bluegrass Doctors of Physical Therapy - Pec minor, cardiac pathology mimicker",
   "https://bluegrassdoctorspt.com/apps/blog/show/42908042-pec-minor-cardiac-pathology-mimicker-?siteId=127022424&locale=en-US"),
 "crossfit_pecmin": ("CrossFit Main Line box brief - Pectoralis minor trigger point",
   "https://crossfitmainline.com/2015/02/08/2-9-15-box-brief/"),
 "coreconcepts_sa": ("Core Concepts Physio (Singapore) - Serratus anterior and side stitches",
   "https://www.coreconceptsphysio.sg/article/serratus-anterior-and-side-stitches/"),
 "pressure_sa": ("PressurePointer - Serratus anterior trigger points",
   "http://pressurepointer.com/Serratus%20anterior_trigger_points.htm"),
 "pressure_sps": ("PressurePointer - Serratus posterior superior trigger points",
   "http://pressurepointer.com/Serratus_trigger_points.htm"),
 "idealbalance_ra": ("Ideal Balance blog - Abdominal muscles and back pain",
   "https://blog.ideal-balance.net/2022/11/abdominal-muscles-and-back-pain.html"),
 "gastrolondon": ("Gastro London - Muscular trigger points and heartburn",
   "https://www.gastrolondon.co.uk/muscular-trigger-points-and-heartburn/"),
 "raymond_abd": ("R. Lord massage notes (Google Sites) - Chest, abdominal and genital trigger points",
   "http://sites.google.com/site/raymondlordmassoagree/8-myofascial-pain-vs-trigger-pointsknots/e-chest-abdominal-and-genital"),
 "nmt_ql": ("NMT Studio - Anatomy spotlight: quadratus lumborum",
   "https://nmtstudio.com/anatomy-spotlight-quadratus-lumborum/"),
 "rebalance_ql": ("Rebalance PT - Pain from trigger points in the quadratus lumborum",
   "https://rebalancept.com/orthopedics/trigger-points-quadratus-lumborum-muscles/"),
 "iwakuni_glut": ("Iwakuni Massage - Trigger point therapy for buttock (gluteal) pain",
   "https://www.iwakunimassage.com/post/trigger-point-gluteal-pain"),
 "rapid_deep": ("Rapid Pain Relieve - Mid, low back and buttock pain (deep spinal muscles)",
   "http://www.rapidpainrelieve.com.au/mid-low-back-and-buttock-pain/"),
 "webmanmed_cocc": ("American Academy of Manual Medicine (webmanmed) - Coccygeus",
   "http://www.webmanmed.com/disorders/disorders_files/musclgd/plvcflr/14641460.html"),
 "pfs_cocc": ("Pelvic Floor Specialist - Coccydynia",
   "https://pelvicfloorspecialist.com/?p=312"),
 "abmp_cocc": ("ABMP, E. Dalton - Coccydynia and pelvic floor spasm",
   "https://www.abmp.com/textonlymags/article.php?article=1752"),
 "arthritisallergy_gmin": ("Arthritis & Allergy clinic - Pseudosciatica and trigger points",
   "https://arthritisallergy.com/psudosciatica-and-trigger-points/"),
 "challrmt_glut": ("C. Hall RMT blog - Trigger point pain in the lower back",
   "https://challrmt.wixsite.com/website/post/trigger-point-pain-in-the-lower-back-lower-back-pain-1"),
 "massagelib_gmed": ("MassageLibrary (Dr. J. Mally) - Gluteus medius referred pain pattern",
   "https://massagelibrary.com/Dr+James+Mally/Sports+Massage+DVD/Trigger+Point+and+Counterstrain/Gluteus+Medius/"),
 "green1999": ("Green BN, Johnson CD, Maloney A. JMPT 1999;22(2):108 - Altering cycling technique in gluteus medius syndrome (case report)",
   "https://c.coek.info/pdf-effects-of-altering-cycling-technique-on-gluteus-medius-syndrome-.html"),
 "spire_piri": ("Spire Healthcare Clare Park - Piriformis syndrome",
   "http://www.spirehealthcare.com/clarepark/Orthopaedic-COE/Conditions-and-Treatments/Spinal/Piriformis-syndrome/"),
 "aletha_psoas": ("Aletha Health - Tight lower back? It could be a psoas trigger point",
   "https://www.alethahealth.com/post/psoas-trigger-point"),
 "learnfeel_psoas": ("Learn and Feel Better - Iliopsoas",
   "https://learnandfeelbetter.com/illiopsoas"),
 "veryeffective_tfl": ("Very Effective blog - Hip and knee trigger points (excerpts from C. Davies)",
   "http://www.veryeffective.blogspot.com/2013/03/hip-knee-trigger-points.html"),
 "kneecenters_vl": ("Knee Pain Centers of America - Vastus lateralis trigger point",
   "https://www.kneepaincentersofamerica.com/blog/vastus-lateralis-trigger-point"),
 "lifeafter_vl": ("Life After Pain - Vastus lateralis trigger points",
   "https://lifeafterpain.com/info/trigger-point/vastus-lateralis-trigger-points/"),
 "lifeafter_ham": ("Life After Pain - Hamstring trigger points",
   "https://lifeafterpain.com/info/trigger-point/hamstring-trigger-points/"),
 "massagelib_ham": ("MassageLibrary (Dr. J. Mally) - Hamstrings referred pain pattern",
   "https://massagelibrary.com/Dr+James+Mally/Sports+Massage+DVD/Trigger+Point+and+Counterstrain/Hamstrings/"),
 "musclepain_groin": ("MusclePain.org (Dr. M. Yu Bin Pai) - Groin trigger points",
   "https://musclepain.org/groin-trigger-points/"),
 "innerouter_rf": ("Inner Outer Health - Rectus femoris",
   "https://www.innerouterhealth.com.au/rectus-femoris.html"),
 "rathmines_rf": ("Rathmines Pain Clinic - Unraveling the rectus femoris",
   "https://www.rathminespainclinic.ie/post/the-thigh-s-the-limit-unraveling-the-mysteries-of-the-rectus-femoris"),
 "kinfolk_soleus": ("Kinfolk Wellness - Could your plantar fasciitis pain be coming from your soleus?",
   "https://www.kinfolkwellness.com.au/blog/tag/TravellAndSimons"),
 "kinfolk_achilles": ("Kinfolk Wellness - Soleus trigger points: the Achilles' heel of running pain",
   "http://www.kinfolkwellness.com.au/blog?category=Heel+pain"),
 "footpain_gastroc": ("foot-pain-relief-treatment.com - Gastrocnemius trigger points",
   "http://www.foot-pain-relief-treatment.com/Gastrocnemius.html"),
 "ora_tibant": ("ORA - What is the trigger point of tibialis anterior pain?",
   "https://ora.it.com/musculoskeletal-pain/what-is-the-trigger-point-of-tibialis-anterior-pain"),
 "phoenix_tibpost": ("Phoenix Acupuncture Community Medicine - Trigger points for heel pain or Achilles tendon",
   "http://phoenixacupuncturecommunitymedicine.com/trigger-points-for-heel-pain-or-achilles-tendon/"),
 "webmanmed_ah": ("American Academy of Manual Medicine (webmanmed) - Abductor hallucis",
   "http://www.webmanmed.com/disorders/disorders_files/musclgd/superfoot/13996147.html"),
 # red-flag sources
 "lifebridge_mi": ("LifeBridge Health (Carroll Hospital) - Heart attack warning signs",
   "https://www.lifebridgehealth.org/Carroll/HeartAttackWarningSigns.aspx"),
 "carondelet_mi": ("Carondelet Health - Warning signs of a heart attack",
   "http://carondelet.org/services/heart-vascular/education-prevention/warning-signs-of-a-heart-attack.aspx"),
 "kewal_aortic": ("Dr. Kewal Krishan cardiac surgery page - Aortic dissection",
   "https://www.kewalkrishan.com/cardiac-surgery-page-197"),
 "roph_stroke": ("River Oaks / ROPH emergency department - Stroke symptoms (act FAST)",
   "https://www.roph.org/clinical-services/emergency-department/related-article/stroke-symptoms"),
 "sciaticazone_ces": ("SciaticaZone - Cauda equina syndrome emergency guide",
   "https://sciaticazone.com/?p=722"),
 "north49_vad": ("North 49 Therapy blog - Vertebral artery dissection: do we still need to worry?",
   "https://courses.north49therapy.com/blog/vertebral_artery_dissection"),
 "vedprakash_dvt": ("Dr. Ved Prakash (vascular surgery) - DVT warning signs and risk factors",
   "https://dr-vedprakash.com/?p=667"),
 "herald_dvt": ("The Herald (Scotland) - Factfile: deep vein thrombosis",
   "http://www.heraldscotland.com/news/13138836.Factfile_Deep_vein_thrombosis/"),
 "verywell_back": ("Verywell Health - Common back pain red flags",
   "https://www.verywellhealth.com/common-back-pain-red-flags-296730"),
 "nursing_back": ("Nursing Notebook - Back pain red flags",
   "https://nursing-notebook.com/simplepage.cfm?ID=x20201229131536621058&linkID=81441"),
 "rcem_back": ("RCEMLearning - Acute lower back pain: red flag symptoms",
   "https://www.rcemlearning.co.uk/modules/acute-lower-back-pain/lessons/red-flag-symptoms-2/"),
 "healingtrain_preg": ("Healing Train blog - High risk pregnancies: massage precautions",
   "https://healingtrain.wordpress.com/2013/02/27/high-risk-pregnancies/"),
}

CASES = []

def side_of(drawing):
    sides = {r.split(".")[0] for r, _, _ in drawing}
    return sides.pop() if len(sides) == 1 and sides <= {"l", "r"} else None

def C(cid, cat, area, desc, drawing, expected, must, src, loc, ev=None, tier=None):
    case = {"id": "blind2-" + cid, "category": cat, "area": area, "description": desc,
            "drawing": [dict(region=r, intensity=i, **({"quality": q} if q else {})) for r, i, q in drawing]}
    if ev:
        case["evidence"] = ev
    case["expected"] = list(expected)
    case["mustInclude"] = list(must)
    s = side_of(drawing)
    if s and expected:
        case["expectedSide"] = s
    if tier:
        case["expectedRedFlagTier"] = tier
    cit, url = S[src]
    case["source"] = {"citation": cit, "url": url, "locator": loc}
    CASES.append(case)

def mv(*pairs):
    return [{"id": m, "side": s} if s else {"id": m} for m, s in pairs]

# ================================================================ HEAD AND JAW
C("head-jaw-temporalis-01", "single-area", "head-jaw",
  "Constant ache over the left temple that spreads toward the left eyebrow, worse by late afternoon.",
  [("l.temple", 6, "aching"), ("l.eyebrow", 3, "aching")],
  ["temporalis", "masseter-superficial", "upper-trapezius", "sternocleidomastoid-sternal"], ["temporalis"],
  "drgranone", "Blog post on TMJ care: temporalis trigger points are described as a usual source of temple headache that can spread to the brow and upper teeth.")
C("head-jaw-temporalis-02", "chasing-pain", "head-jaw",
  "Right upper back teeth ache and feel sensitive, but the dentist found nothing wrong with them.",
  [("r.upper-molars", 5, "aching"), ("r.upper-premolars", 4, "aching")],
  ["temporalis", "masseter-superficial", "lateral-pterygoid"], ["temporalis"],
  "drgranone", "Says temporalis trigger points can project pain down into the upper teeth as well as the temple and eyebrow, a point relevant to unexplained tooth pain.")
C("head-jaw-temporalis-03", "bilateral-midline", "head-jaw",
  "Headache on both sides of the head at the temples, like a tight band across the sides, most days.",
  [("l.temple", 5, "aching"), ("r.temple", 5, "aching")],
  ["temporalis", "upper-trapezius", "sternocleidomastoid-sternal", "splenius-cervicis"], ["temporalis"],
  "pushasrx", "Chiropractic article explaining that trigger points in the temporalis give a dull or sharp ache along the side of the head and can be felt in the teeth.")
C("head-jaw-masseter-01", "evidence", "head-jaw",
  "Left lower jaw and lower back teeth ache; grinds teeth at night, cannot open the mouth as wide as before, teeth sensitive to cold.",
  [("l.mandible", 5, "aching"), ("l.lower-molars", 6, "aching")],
  ["masseter-superficial", "temporalis", "medial-pterygoid", "masseter-deep"], ["masseter-superficial"],
  "tpnet_masseter", "Masseter page of a referral guide: one superficial trigger point sends pain to the jaw and lower molars, and masseter points can make teeth oversensitive to pressure, heat and cold.",
  ev={"activities": ["bruxism"], "symptoms": ["tooth-sensitivity", "restricted-mouth-opening"]})
C("head-jaw-masseter-02", "evidence", "head-jaw",
  "Deep ache inside the right ear and in front of it, with a low ringing in that ear; clenches the jaw when concentrating.",
  [("r.deep-ear", 6, "aching"), ("r.tmj", 4, "aching")],
  ["masseter-deep", "lateral-pterygoid", "medial-pterygoid", "sternocleidomastoid-clavicular"], ["masseter-deep"],
  "tpnet_masseter", "The guide's pattern D for the masseter places pain at the cheek and jaw joint and deep in the ear, and notes it can bring on a low ringing (tinnitus).",
  ev={"activities": ["teeth-clenching"], "symptoms": ["tinnitus"]})
C("head-jaw-masseter-03", "single-area", "head-jaw",
  "Pressure-like pain over the right cheekbone and upper jaw that was treated as sinusitis without any change.",
  [("r.maxilla", 5, "aching"), ("r.cheek", 4, "aching")],
  ["masseter-superficial", "lateral-pterygoid", "temporalis", "sternocleidomastoid-sternal"], ["masseter-superficial"],
  "tpnet_masseter", "Pattern A of the masseter in this guide is cheek and upper-jaw pain that people often call sinusitis.")
C("head-jaw-ltpterygoid-01", "evidence", "head-jaw",
  "Sharp pain in front of the left ear when opening wide or pushing the jaw forward, with clicking; chews gum all day.",
  [("l.tmj", 7, "sharp"), ("l.maxilla", 4, "aching")],
  ["lateral-pterygoid", "masseter-deep", "medial-pterygoid", "temporalis"], ["lateral-pterygoid"],
  "webmanmed_lp", "Manual-medicine muscle page: lateral pterygoid pain is felt in the jaw joint region with some maxillary sinus symptoms; the muscle protrudes and opens the jaw.",
  ev={"movements": mv(("jaw.opening", "l"), ("jaw.protrusion", None)), "activities": ["chewing-gum"], "symptoms": ["jaw-clicking"]})
C("head-jaw-ltpterygoid-02", "single-area", "head-jaw",
  "Aching right jaw joint, felt deep in front of the ear, no injury.",
  [("r.tmj", 6, "aching")],
  ["lateral-pterygoid", "masseter-deep", "medial-pterygoid", "sternocleidomastoid-clavicular"], ["lateral-pterygoid"],
  "webmanmed_lp", "The page lists pain in the TMJ region as the main sign of lateral pterygoid trigger points, following the Travell and Simons referral map.")

# ================================================================ NECK
C("neck-scm-01", "chasing-pain", "neck",
  "Left-sided forehead headache with an ache in and around the left ear; the neck itself does not hurt.",
  [("l.forehead", 6, "aching"), ("l.ear", 4, "aching")],
  ["sternocleidomastoid-clavicular", "sternocleidomastoid-sternal", "frontalis", "masseter-deep"], ["sternocleidomastoid-clavicular"],
  "triplerspa_scm", "Spa blog summary of SCM patterns: the deeper (clavicular) division sends pain to the forehead and its upper points into the ear, with postural dizziness.")
C("neck-scm-02", "evidence", "neck",
  "Right cheek and brow ache with a little pain at the back of the head; right eye waters, vision blurs and the room tilts when turning over.",
  [("r.cheek", 4, "aching"), ("r.eyebrow", 5, "aching"), ("r.occiput", 3, "aching")],
  ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular", "upper-trapezius", "splenius-cervicis"],
  ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular"],
  "hohman_scm", "Physical therapy page: SCM dysfunction can bring head and face pain, balance problems, blurred vision, eye irritation and eyelid drooping; both divisions are involved.",
  ev={"symptoms": ["eye-tearing", "blurred-vision", "postural-dizziness"]})
C("neck-scm-03", "bilateral-midline", "neck",
  "Frontal headache across the whole forehead on both sides, called a sinus headache by the client.",
  [("l.forehead", 5, "aching"), ("r.forehead", 5, "aching")],
  ["sternocleidomastoid-clavicular", "frontalis", "sternocleidomastoid-sternal", "semispinalis-capitis"], ["sternocleidomastoid-clavicular"],
  "triplerspa_scm", "States that the deep (clavicular) SCM division refers to the forehead; the summary ties SCM points to forehead headaches.")
C("neck-levator-01", "evidence", "neck",
  "Woke with a stiff left neck at the base, cannot turn the head to the left, ache runs down inside the shoulder blade; sleeps face down and cradles the phone.",
  [("l.neck-angle", 7, "stiffness"), ("l.scapula-medial-border", 4, "aching")],
  ["levator-scapulae", "upper-trapezius", "splenius-cervicis", "rhomboid-minor"], ["levator-scapulae"],
  "poke_levator", "Acupuncture clinic post calling the levator scapulae the stiff-neck muscle: pain at the base of the neck and inner shoulder blade, limited turning, linked to stomach sleeping and phone holding.",
  ev={"movements": mv(("cervical.rotation", "l")), "activities": ["sleeping-on-stomach", "phone-cradling"]})
C("neck-levator-02", "single-area", "neck",
  "Nagging ache where the right side of the neck meets the shoulder.",
  [("r.neck-angle", 6, "stiffness")],
  ["levator-scapulae", "upper-trapezius", "splenius-cervicis", "scalenus-medius"], ["levator-scapulae"],
  "pinnacle_levator", "Chiropractic post: the main levator scapulae trigger points sit at the angle of the neck, and the muscle is a common cause of stiff neck.")
C("neck-scalene-01", "multi-area", "neck",
  "Right upper chest ache, a nagging spot inside the right shoulder blade and an ache down the outside of the upper arm.",
  [("r.pectoral", 5, "aching"), ("r.scapula-medial-border", 5, "aching"), ("r.lateral-upper-arm", 4, "aching")],
  ["scalenus-anterior", "scalenus-medius", "scalenus-posterior", "pectoralis-major-clavicular", "rhomboid-major"],
  ["scalenus-anterior", "scalenus-medius"],
  "pressure_scalene", "Product site page on scalene trigger points: they can cause chest pain resembling angina, upper back pain and pain or numbness down the arm.")
C("neck-scalene-02", "chasing-pain", "neck",
  "Tingling and ache in the left thumb, index finger and back of the hand; tests for carpal tunnel were normal.",
  [("l.thumb", 4, "tingling"), ("l.index-finger", 4, "tingling"), ("l.dorsal-hand", 3, "aching")],
  ["scalenus-anterior", "scalenus-medius", "scalenus-minimus", "first-dorsal-interosseous-hand"],
  ["scalenus-anterior", "scalenus-medius"],
  "tporg_scalene", "Article on scalene differential diagnosis: symptoms blamed on carpal tunnel syndrome are often produced by scalene trigger points.")
C("neck-suboccipital-01", "bilateral-midline", "neck",
  "Band-like headache wrapping around the head from the back of the skull to the temples and over both eyes.",
  [("l.occiput", 5, "aching"), ("r.occiput", 5, "aching"), ("l.temple", 4, "aching"), ("r.temple", 4, "aching"),
   ("l.eye", 3, "aching"), ("r.eye", 3, "aching")],
  ["rectus-capitis-posterior-major", "obliquus-capitis-inferior", "rectus-capitis-posterior-minor",
   "obliquus-capitis-superior", "semispinalis-capitis"],
  ["rectus-capitis-posterior-major", "obliquus-capitis-inferior"],
  "bchead_subocc", "Headache clinic page: the four pairs of suboccipital muscles produce pain felt like a band around the head, sometimes over the eyes.")
C("neck-suboccipital-02", "evidence", "neck",
  "Pressure behind the right eye and at the right base of the skull after long days at the computer with the chin poked forward.",
  [("r.suboccipital", 6, "aching"), ("r.occiput", 5, "aching"), ("r.eye", 4, "aching")],
  ["rectus-capitis-posterior-major", "obliquus-capitis-inferior", "obliquus-capitis-superior", "splenius-cervicis", "semispinalis-capitis"],
  ["rectus-capitis-posterior-major"],
  "activeapproach_subocc", "Chiropractor's article: tension-type headache felt as pressure behind the eyes often comes from suboccipital trigger points, aggravated by poor posture and ergonomics.",
  ev={"activities": ["prolonged-computer-work", "forward-head-posture"]})
C("neck-splenius-01", "bilateral-midline", "neck",
  "Pain on the very top of the head, as if pressing on a bruise, after a cold draught on the neck.",
  [("m.vertex", 6, "aching")],
  ["splenius-capitis", "sternocleidomastoid-sternal", "semispinalis-capitis"], ["splenius-capitis"],
  "dc_headache", "Chiropractic trade article: splenius trigger points are often set off by whiplash or a cold draught and refer to the top of the head, the back of the head and the eye socket.")
C("neck-splenius-02", "chasing-pain", "neck",
  "Throbbing pain inside the left eye socket with some blurring, spreading a little to the temple.",
  [("l.eye", 6, "throbbing"), ("l.temple", 3, "aching")],
  ["splenius-cervicis", "rectus-capitis-posterior-major", "sternocleidomastoid-sternal", "temporalis"], ["splenius-cervicis"],
  "dc_headache", "Same article: trigger points in the splenius muscles send pain to the orbit and through the skull and can come with blurry vision.")

# ================================================================ SHOULDER GIRDLE
C("shoulder-girdle-infraspinatus-01", "chasing-pain", "shoulder-girdle",
  "Deep ache in the front of the right shoulder joint, spreading down the outer upper arm; scans showed nothing torn.",
  [("r.anterior-deltoid", 7, "aching"), ("r.lateral-upper-arm", 4, "aching")],
  ["infraspinatus", "supraspinatus", "levator-scapulae", "deltoid-anterior", "biceps-brachii"], ["infraspinatus"],
  "cyberpt_infra", "Physical therapist article: infraspinatus trigger points project to the front of the shoulder joint and mid deltoid, and down the front-outer arm toward the thumb side of the hand.")
C("shoulder-girdle-infraspinatus-02", "evidence", "shoulder-girdle",
  "Ache over the left shoulder blade and the front-outer shoulder; hurts to reach behind the back for a seat belt and wakes her when lying on that side.",
  [("l.infraspinous", 5, "aching"), ("l.anterior-deltoid", 6, "aching"), ("l.middle-deltoid", 4, "aching")],
  ["infraspinatus", "teres-minor", "supraspinatus", "deltoid-anterior"], ["infraspinatus"],
  "earm_infra", "Retrospective study of 297 patients with infraspinatus trigger points: main complaint over the shoulder blade, and the most common referral was to the front-outer shoulder.",
  ev={"movements": mv(("shoulder.internal_rotation", "l")), "activities": ["reaching-behind"], "symptoms": ["sleep-disturbance"]})
C("shoulder-girdle-infraspinatus-03", "bilateral-midline", "shoulder-girdle",
  "Both shoulder blades ache and the fronts of both shoulders are sore after months of desk work.",
  [("l.infraspinous", 5, "aching"), ("r.infraspinous", 5, "aching"), ("l.anterior-deltoid", 4, "aching"), ("r.anterior-deltoid", 4, "aching")],
  ["infraspinatus", "upper-trapezius", "teres-minor", "supraspinatus"], ["infraspinatus"],
  "earm_infra", "In this cohort a sizeable minority (83 of 297) had infraspinatus trigger points on both sides, with pain over the scapulae and the front-outer shoulders.")
C("shoulder-girdle-subscapularis-01", "multi-area", "shoulder-girdle",
  "Severe ache at the back of the left shoulder and back of the upper arm, plus a band of soreness around the back of the wrist.",
  [("l.posterior-deltoid", 7, "aching"), ("l.posterior-upper-arm", 4, "aching"), ("l.dorsal-wrist", 5, "aching")],
  ["subscapularis", "teres-major", "latissimus-dorsi", "serratus-posterior-superior"], ["subscapularis"],
  "acutake_subscap", "Acupuncturist's article: the subscapularis signature pattern concentrates at the back of the shoulder, may run down the back of the arm, skips the forearm and reappears as a band around the wrist.")
C("shoulder-girdle-subscapularis-02", "evidence", "shoulder-girdle",
  "Right shoulder pain at the back, arm will not lift out to the side or rotate outward fully; told it is early frozen shoulder.",
  [("r.posterior-deltoid", 6, "aching"), ("r.anterior-deltoid", 3, "aching")],
  ["subscapularis", "infraspinatus", "teres-major", "pectoralis-major-clavicular"], ["subscapularis"],
  "jett_subscap", "Correlation study in 50 frozen-shoulder patients: subscapularis trigger-point sensitivity tracked shoulder pain and loss of abduction and external rotation.",
  ev={"movements": mv(("shoulder.abduction", "r"), ("shoulder.external_rotation", "r")), "symptoms": ["sleep-disturbance"]})
C("shoulder-girdle-uppertrap-01", "chasing-pain", "shoulder-girdle",
  "Right temple headache that climbs up the side of the neck and behind the ear.",
  [("r.temple", 6, "aching"), ("r.mastoid", 4, "aching"), ("r.posterolateral-neck", 5, "aching")],
  ["upper-trapezius", "sternocleidomastoid-sternal", "splenius-cervicis", "temporalis"], ["upper-trapezius"],
  "respire_ut", "Physical therapy blog: upper trapezius trigger points refer in a ram's horn shape up the neck and behind the ear to the temple, causing headaches.")
C("shoulder-girdle-uppertrap-02", "evidence", "shoulder-girdle",
  "Left temple headache with a sore side of the neck and an ache at the angle of the jaw; carries a heavy bag on that shoulder and holds the phone with it.",
  [("l.temple", 5, "aching"), ("l.lateral-neck", 5, "aching"), ("l.jaw-angle", 4, "aching")],
  ["upper-trapezius", "sternocleidomastoid-sternal", "masseter-superficial", "temporalis"], ["upper-trapezius"],
  "mcself_ut", "Blog post quoting a headache book: the upper trapezius points refer up the neck to the temple and behind the eye, and sometimes to the angle of the jaw.",
  ev={"activities": ["carrying-shoulder-bag", "phone-cradling", "emotional-stress"]})
C("shoulder-girdle-uppertrap-03", "bilateral-midline", "shoulder-girdle",
  "Both sides of the neck and the tops of both shoulders feel tight and sore by the end of every workday.",
  [("l.posterolateral-neck", 5, "stiffness"), ("r.posterolateral-neck", 5, "stiffness"), ("l.shoulder-top", 6, "aching"), ("r.shoulder-top", 6, "aching")],
  ["upper-trapezius", "levator-scapulae", "splenius-cervicis", "supraspinatus"], ["upper-trapezius"],
  "bron2011", "Observational study of 72 shoulder-pain patients: trigger points were found in many shoulder-girdle muscles, the upper trapezius and infraspinatus being among the most frequently involved.")
C("shoulder-girdle-supraspinatus-01", "multi-area", "shoulder-girdle",
  "Deep ache on the outside of the right shoulder that also shows up at the outer elbow.",
  [("r.middle-deltoid", 6, "aching"), ("r.lateral-epicondyle", 4, "aching")],
  ["supraspinatus", "infraspinatus", "deltoid-middle", "scalenus-anterior", "extensor-carpi-radialis-longus"], ["supraspinatus"],
  "massagelib_supra", "Massage library page: active supraspinatus points send pain down the outer arm toward the thumb, strongest around the shoulder and the elbow.")
C("shoulder-girdle-teresminor-01", "single-area", "shoulder-girdle",
  "Small, deep, sharp-edged ache at the back of the left shoulder, like a bursitis spot.",
  [("l.posterior-deltoid", 6, "aching")],
  ["teres-minor", "deltoid-posterior", "infraspinatus", "subscapularis"], ["teres-minor"],
  "fitnessvip_cuff", "Anatomy reference excerpt: teres minor trigger points on the lateral scapular border refer to the posterior deltoid area a little above the deltoid insertion.")
C("shoulder-girdle-teresmajor-01", "multi-area", "shoulder-girdle",
  "Ache at the back of the right shoulder running down the back of the upper arm and onto the back of the forearm.",
  [("r.posterior-deltoid", 5, "aching"), ("r.posterior-upper-arm", 4, "aching"), ("r.dorsal-forearm-ulnar", 3, "aching")],
  ["teres-major", "teres-minor", "triceps-long-head", "subscapularis", "latissimus-dorsi"], ["teres-major"],
  "fitnessvip_cuff", "Same excerpt: teres major points near the lower scapular angle and the back of the armpit refer to the back of the deltoid, along the long head of triceps and to the back of the forearm.")

# ================================================================ UPPER ARM
C("arm-coracobrachialis-01", "multi-area", "arm",
  "Front of the left shoulder aches, and there is pain down the back of the upper arm and over the back of the hand to the middle finger.",
  [("l.anterior-deltoid", 5, "aching"), ("l.posterior-upper-arm", 4, "aching"), ("l.dorsal-hand", 4, "aching"), ("l.middle-finger", 3, "aching")],
  ["coracobrachialis", "deltoid-anterior", "biceps-brachii", "triceps-long-head", "scalenus-anterior"], ["coracobrachialis"],
  "webmanmed_cb", "Manual-medicine muscle page: coracobrachialis pain covers the front deltoid, the back of the arm and the back of the hand to the middle finger, skipping elbow and wrist.")
C("arm-coracobrachialis-02", "evidence", "arm",
  "Right front-of-shoulder pain that flares when putting the hand behind the back to tuck in a shirt; does a lot of push-ups.",
  [("r.anterior-deltoid", 6, "aching")],
  ["coracobrachialis", "deltoid-anterior", "biceps-brachii", "infraspinatus"], ["coracobrachialis"],
  "webmanmed_cb", "Lists front-shoulder and back-of-arm pain made worse by extending and inwardly rotating the arm, as when placing the back of the hand in the middle of the back.",
  ev={"movements": mv(("shoulder.internal_rotation", "r"), ("shoulder.extension", "r")), "activities": ["push-ups"]})

# ================================================================ FOREARM
C("forearm-extensors-01", "evidence", "forearm",
  "Sharp right outer-elbow pain after taking up tennis again, with ache down the back of the forearm; gripping the racket and cocking the wrist back hurt.",
  [("r.lateral-epicondyle", 7, "sharp"), ("r.dorsal-forearm-radial", 4, "aching")],
  ["extensor-carpi-radialis-brevis", "extensor-carpi-radialis-longus", "extensor-digitorum", "brachioradialis", "supinator"],
  ["extensor-carpi-radialis-brevis", "extensor-carpi-radialis-longus"],
  "physiospot_le", "Summary of a blinded study (20 patients with lateral epicondylalgia): referred pain from trigger points in ECRB, ECRL, extensor digitorum and brachioradialis reproduced their usual elbow and forearm pain.",
  ev={"movements": mv(("grip", "r"), ("wrist.extension", "r")), "activities": ["racquet-sports"]})
C("forearm-extensors-02", "evidence", "forearm",
  "Back of the left hand and wrist ache with some outer-elbow soreness; long days on the mouse, grip feels weak and fingers stiff in the morning.",
  [("l.dorsal-hand", 5, "aching"), ("l.dorsal-wrist", 4, "aching"), ("l.lateral-epicondyle", 4, "aching")],
  ["extensor-carpi-radialis-brevis", "extensor-carpi-radialis-longus", "extensor-digitorum", "supinator"],
  ["extensor-carpi-radialis-brevis"],
  "findhealth_ext", "Massage therapist's post on wrist extensor trigger points: forearm, elbow, wrist and hand pain, finger stiffness and a weak, painful grip, with mouse and keyboard use as causes.",
  ev={"activities": ["mouse-use", "typing"], "symptoms": ["weak-grip", "stiff-fingers"]})
C("forearm-extensors-03", "single-area", "forearm",
  "Aching outer right elbow, sore to touch, no fall or injury.",
  [("r.lateral-epicondyle", 6, "aching")],
  ["extensor-carpi-radialis-longus", "supinator", "brachioradialis", "extensor-carpi-radialis-brevis", "triceps-medial-head"],
  ["extensor-carpi-radialis-longus"],
  "physioforu_ecrl", "Self-help blog quoting the trigger point workbook: a trigger point in the extensor carpi radialis longus is the most common cause of outer-elbow pain.")
C("forearm-extensors-04", "multi-area", "forearm",
  "Left outer-elbow pain plus ache across the back of the wrist and hand; was told it might be carpal tunnel or tendinitis.",
  [("l.lateral-epicondyle", 5, "aching"), ("l.dorsal-wrist", 4, "aching"), ("l.dorsal-hand", 3, "aching")],
  ["extensor-carpi-radialis-brevis", "extensor-digitorum", "extensor-carpi-radialis-longus", "supinator"],
  ["extensor-carpi-radialis-brevis", "extensor-digitorum"],
  "painscience_ext", "Article on the forearm extensor 'perfect spot': a trigger point where wrist and finger extensors converge below the elbow, often mislabelled tennis elbow or carpal tunnel syndrome.")
C("forearm-extensors-05", "bilateral-midline", "forearm",
  "Both outer elbows ache after a long stretch of heavy typing and data entry.",
  [("l.lateral-epicondyle", 5, "aching"), ("r.lateral-epicondyle", 5, "aching")],
  ["extensor-carpi-radialis-brevis", "extensor-carpi-radialis-longus", "extensor-digitorum", "supinator"],
  ["extensor-carpi-radialis-brevis"],
  "findhealth_ext", "Post names extensive keyboard and mouse work as a cause of wrist extensor trigger points that give tennis-elbow pain.")

# ================================================================ HAND
C("hand-first-interosseous-01", "single-area", "hand",
  "Ache along the thumb side of the left index finger and in the web of the thumb.",
  [("l.index-finger", 5, "aching"), ("l.thumb-web", 4, "aching")],
  ["first-dorsal-interosseous-hand", "extensor-carpi-radialis-longus", "brachioradialis", "scalenus-anterior", "adductor-pollicis"],
  ["first-dorsal-interosseous-hand"],
  "sinew_1di", "Acupuncture blog: the first interosseous refers mainly to the radial side of the index finger and deep into the hand; ECRL, brachioradialis and anterior scalene overlap here.")
C("hand-interossei-01", "single-area", "hand",
  "Aching along the sides of the right middle and ring fingers, no swelling.",
  [("r.middle-finger", 4, "aching"), ("r.ring-finger", 4, "aching")],
  ["dorsal-interossei-hand", "palmar-interossei-hand", "extensor-digitorum", "lumbricals-hand"], ["dorsal-interossei-hand"],
  "pmc_interossei", "Letter in an ultrasound journal: trigger points in the dorsal interosseous muscles are an overlooked source of hand and finger pain.")
C("hand-interossei-02", "evidence", "hand",
  "Left back of hand and index and middle fingers ache and feel stiff after long practice sessions on the piano and typing.",
  [("l.dorsal-hand", 4, "aching"), ("l.index-finger", 3, "stiffness"), ("l.middle-finger", 4, "aching")],
  ["dorsal-interossei-hand", "first-dorsal-interosseous-hand", "palmar-interossei-hand", "extensor-digitorum"],
  ["dorsal-interossei-hand", "first-dorsal-interosseous-hand"],
  "pmc_interossei", "Names continuous hand use such as typing or playing instruments as a cause of interosseous trigger points that give local and referred finger pain.",
  ev={"activities": ["typing", "playing-instrument"], "symptoms": ["stiff-fingers"]})
C("hand-heberden-01", "bilateral-midline", "hand",
  "Both index and middle fingers stiff and achy at the end joints, small knobbly bumps forming.",
  [("l.index-finger", 4, "stiffness"), ("r.index-finger", 4, "stiffness"), ("l.middle-finger", 3, "aching"), ("r.middle-finger", 3, "aching")],
  ["first-dorsal-interosseous-hand", "dorsal-interossei-hand", "palmar-interossei-hand"], ["first-dorsal-interosseous-hand"],
  "sinew_1di", "Says Heberden's nodes at the end finger joints may be linked with interosseous trigger points, each dorsal interosseous referring to the side of the finger it attaches to.")

# ================================================================ CHEST
C("chest-pecmajor-01", "multi-area", "chest",
  "Left chest ache with soreness at the front of the shoulder and inside of the upper arm; heart tests were normal.",
  [("l.pectoral", 6, "aching"), ("l.anterior-deltoid", 4, "aching"), ("l.medial-upper-arm", 3, "aching")],
  ["pectoralis-major-sternal", "pectoralis-major-clavicular", "pectoralis-minor", "scalenus-anterior", "sternalis"],
  ["pectoralis-major-sternal"],
  "tporg_pec", "Article on pectoralis major trigger points: they can imitate serious heart problems, so angina must be ruled out; the chest, shoulder and arm pattern is discussed.")
C("chest-pecmajor-02", "evidence", "chest",
  "Sore right chest below the breast with tender nipple; gets runs of skipped beats, and a cardiologist found no heart disease.",
  [("r.breast", 4, "aching"), ("r.pectoral", 4, "aching")],
  ["pectoralis-major-costal", "pectoralis-major-sternal", "pectoralis-minor", "serratus-anterior"], ["pectoralis-major-costal"],
  "painwiki_chest", "Chest decision tree: a right pectoralis major trigger point between the fifth and sixth ribs can set off an irregular supraventricular rhythm, but cardiac work-up comes first.",
  ev={"symptoms": ["irregular-heartbeat", "breast-tenderness"]})
C("chest-pecminor-01", "multi-area", "chest",
  "Front of the right shoulder aches, with pain down the inner arm into the ring and little fingers.",
  [("r.anterior-deltoid", 6, "aching"), ("r.pectoral", 4, "aching"), ("r.medial-upper-arm", 3, "aching"),
   ("r.ring-finger", 3, "aching"), ("r.little-finger", 3, "aching")],
  ["pectoralis-minor", "pectoralis-major-sternal", "scalenus-anterior", "serratus-posterior-superior", "latissimus-dorsi"], ["pectoralis-minor"],
  "bluegrass_pecmin", "Physical therapy blog: pectoralis minor pain starts at the front of the shoulder and can run down the inner arm and forearm into the little, ring and middle fingers.")
C("chest-pecminor-02", "evidence", "chest",
  "Left front-shoulder ache with tingling down the inner forearm to the little finger; slumped, round-shouldered posture at a low desk.",
  [("l.anterior-deltoid", 5, "aching"), ("l.volar-forearm-ulnar", 3, "tingling"), ("l.little-finger", 3, "tingling")],
  ["pectoralis-minor", "scalenus-anterior", "pectoralis-major-sternal", "serratus-posterior-superior"], ["pectoralis-minor"],
  "crossfit_pecmin", "Gym blog reprint: pectoralis minor refers like pectoralis major and, when tight, can entrap armpit nerves causing numbness and tingling down the arm into the hand.",
  ev={"activities": ["rounded-shoulders"], "symptoms": ["tingling"]})
C("chest-serratus-01", "evidence", "chest",
  "Stabbing stitch in the left side of the ribs when running, can't take a full breath, ache near the bottom of the shoulder blade.",
  [("l.lateral-chest", 6, "sharp"), ("l.scapula-inferior-angle", 4, "aching")],
  ["serratus-anterior", "intercostals", "diaphragm", "latissimus-dorsi"], ["serratus-anterior"],
  "coreconcepts_sa", "Physio clinic article: serratus anterior trigger points are the most frequent cause of runners' side stitch, felt in the side and near the lower shoulder blade, limiting a deep breath.",
  ev={"movements": mv(("breathing.deep_inspiration", None)), "activities": ["running"], "symptoms": ["side-stitch"]})
C("chest-serratus-02", "multi-area", "chest",
  "Right side of the ribcage hurts, with a patch of pain at the lower tip of the right shoulder blade.",
  [("r.lateral-chest", 5, "aching"), ("r.scapula-inferior-angle", 5, "aching")],
  ["serratus-anterior", "latissimus-dorsi", "intercostals", "iliocostalis-thoracis"], ["serratus-anterior"],
  "pressure_sa", "Product site page: serratus anterior trigger points refer to the side and the lower part of the shoulder blade, and breathing in gives a sharp pain in the side.")

# ================================================================ ABDOMEN
C("abdomen-rectus-01", "bilateral-midline", "abdomen",
  "Horizontal band of ache across the low back and both sacroiliac areas; back treatment alone has not helped.",
  [("l.lumbar", 5, "aching"), ("r.lumbar", 5, "aching"), ("l.sacroiliac", 4, "aching"), ("r.sacroiliac", 4, "aching")],
  ["rectus-abdominis-lower", "quadratus-lumborum-deep", "psoas-major", "lumbar-multifidi"], ["rectus-abdominis-lower"],
  "idealbalance_ra", "Clinician's blog: rectus abdominis trigger points, often near the navel, refer across the low back in a characteristic pattern.")
C("abdomen-rectus-02", "evidence", "abdomen",
  "Burning ache at the pit of the stomach and under the left ribs, with heartburn and bloating that antacids do not touch; has been doing many crunches.",
  [("m.epigastric", 5, "burning"), ("l.lower-ribs", 3, "aching")],
  ["rectus-abdominis-upper", "external-oblique", "diaphragm", "pectoralis-major-costal"], ["rectus-abdominis-upper"],
  "gastrolondon", "Gastroenterology clinic post: heartburn that ignores acid suppression may come from trigger points in the anterior abdominal wall, mainly the rectus sheath and external obliques.",
  ev={"activities": ["sit-ups"], "symptoms": ["heartburn", "bloating"]})
C("abdomen-oblique-01", "evidence", "abdomen",
  "Right lower abdominal ache that runs into the groin, worse when twisting the trunk and when coughing.",
  [("r.lower-abdomen", 5, "aching"), ("r.groin", 4, "aching")],
  ["external-oblique", "internal-oblique", "rectus-abdominis-lower", "iliacus", "adductor-longus"], ["external-oblique"],
  "raymond_abd", "Massage course notes citing the trigger point manual: lower abdominal trigger points commonly refer to the groin and genitals and mimic visceral problems.",
  ev={"movements": mv(("trunk.rotation", None), ("coughing", None))})

# ================================================================ BACK
C("back-ql-01", "chasing-pain", "back",
  "Right sacroiliac and lower buttock pain; the low back itself hardly hurts.",
  [("r.sacroiliac", 6, "aching"), ("r.lower-buttock", 5, "aching")],
  ["quadratus-lumborum-deep", "quadratus-lumborum-superficial", "gluteus-medius", "piriformis", "gluteus-maximus"],
  ["quadratus-lumborum-deep"],
  "rebalance_ql", "Physical therapy post: deep quadratus lumborum trigger points refer into the sacral and buttock region even though they sit higher, in the low back.")
C("back-ql-02", "evidence", "back",
  "Left low back pain at the waist and along the hip bone, with soreness at the outer hip; rolling over in bed and getting up from a chair are agony after lifting and twisting.",
  [("l.lumbar", 7, "sharp"), ("l.iliac-crest", 5, "aching"), ("l.greater-trochanter", 3, "aching")],
  ["quadratus-lumborum-superficial", "quadratus-lumborum-deep", "iliocostalis-lumborum", "gluteus-medius", "gluteus-minimus-anterior"],
  ["quadratus-lumborum-superficial", "quadratus-lumborum-deep"],
  "nmt_ql", "Neuromuscular therapy studio note: QL tightens with repeated lifting and twisting, and its trigger points refer along the sacrum or to the outer buttock and hip.",
  ev={"movements": mv(("rolling_in_bed", None), ("sit_to_stand", None), ("trunk.lateral_flexion", "l")), "activities": ["lifting-with-twist"]})
C("back-ql-03", "chasing-pain", "back",
  "Ache in the middle and upper part of the left buttock; sitting upright makes it worse.",
  [("l.mid-buttock", 5, "aching"), ("l.upper-buttock", 4, "aching")],
  ["quadratus-lumborum-deep", "gluteus-medius", "gluteus-maximus", "piriformis"], ["quadratus-lumborum-deep"],
  "iwakuni_glut", "Massage clinic article: trigger points in the middle of the quadratus lumborum are the ones most responsible for projecting pain into the buttock.")
C("back-sps-01", "multi-area", "back",
  "Deep, unreachable ache under the upper part of the left shoulder blade, with pain at the back of the shoulder, the elbow point and the little finger.",
  [("l.scapula-medial-border", 6, "aching"), ("l.posterior-deltoid", 4, "aching"), ("l.olecranon", 3, "aching"), ("l.little-finger", 3, "numbness")],
  ["serratus-posterior-superior", "scalenus-medius", "latissimus-dorsi", "triceps-long-head", "pectoralis-minor"],
  ["serratus-posterior-superior"],
  "pressure_sps", "Product site page: serratus posterior superior trigger points give deep aching under the shoulder blade, with pain or numbness at the back of the shoulder, elbow and little finger.")
C("back-sps-02", "evidence", "back",
  "Constant deep ache beside and under the right shoulder blade after weeks of coughing; breathes mainly with the upper chest.",
  [("r.scapula-medial-border", 6, "aching"), ("r.posterior-upper-arm", 3, "aching")],
  ["serratus-posterior-superior", "scalenus-medius", "rhomboid-major", "iliocostalis-thoracis"], ["serratus-posterior-superior"],
  "pressure_sps", "Same page explains the muscle lifts the ribcage during inhalation and refers a deep ache under the scapula and down the back of the arm.",
  ev={"movements": mv(("breathing.deep_inspiration", None)), "activities": ["chronic-cough", "paradoxical-breathing"]})
C("back-multifidi-01", "bilateral-midline", "back",
  "Deep, localized ache over the lower spine and top of the sacrum on both sides of the midline, worse after sitting.",
  [("m.sacrum", 5, "aching"), ("l.lumbar", 4, "aching"), ("r.lumbar", 4, "aching")],
  ["lumbar-multifidi", "rotatores", "longissimus-thoracis", "iliocostalis-lumborum", "quadratus-lumborum-deep"],
  ["lumbar-multifidi"],
  "rapid_deep", "Pain-relief clinic page on back pain: the short deep spinal muscles (multifidi, rotatores, semispinalis) harbour trigger points that refer into the low back and down toward the buttocks.")

# ================================================================ PELVIS
C("pelvis-coccygeus-01", "bilateral-midline", "pelvis",
  "Tailbone pain with a little ache over the sacrum; sitting for long is hard.",
  [("m.coccyx", 6, "aching"), ("m.sacrum", 3, "aching")],
  ["coccygeus", "levator-ani", "gluteus-maximus", "obturator-internus", "external-anal-sphincter"], ["coccygeus"],
  "webmanmed_cocc", "Manual-medicine muscle page: coccygeus trigger points make prolonged sitting hard and give pain around the anus, sacrum, coccyx, hip or low back.")
C("pelvis-levatorani-01", "evidence", "pelvis",
  "Deep tailbone and rectal ache, worse sitting and during bowel movements, also painful intercourse.",
  [("m.coccyx", 5, "aching"), ("m.rectal", 5, "aching")],
  ["levator-ani", "coccygeus", "external-anal-sphincter", "obturator-internus"], ["levator-ani", "coccygeus"],
  "pfs_cocc", "Pelvic floor physical therapist: coccydynia can come from spasm of pelvic floor muscles attached to the coccyx (iliococcygeus, coccygeus), with pain sitting, at intercourse and with bowel movements.",
  ev={"movements": mv(("sitting", None), ("defecation", None)), "symptoms": ["painful-sitting", "painful-bowel-movement", "painful-intercourse"]})
C("pelvis-coccygeus-02", "evidence", "pelvis",
  "Tailbone pain that builds up on long bike rides and rowing sessions and during desk work.",
  [("m.coccyx", 6, "aching")],
  ["coccygeus", "levator-ani", "gluteus-maximus"], ["coccygeus"],
  "abmp_cocc", "Massage journal article: cyclists, rowers and desk workers load the tailbone, and spastic pelvic floor muscles bind down the coccyx, producing coccydynia.",
  ev={"activities": ["cycling", "rowing", "prolonged-sitting"], "symptoms": ["painful-sitting"]})

# ================================================================ HIP AND BUTTOCK
C("hip-buttock-gluteusminimus-01", "chasing-pain", "hip-buttock",
  "Pain down the back of the right thigh into the calf, with some lower buttock ache, after a long drive; no numbness or weakness.",
  [("r.posterior-thigh", 6, "aching"), ("r.upper-calf", 5, "aching"), ("r.lower-buttock", 4, "aching")],
  ["gluteus-minimus-posterior", "piriformis", "gluteus-medius", "biceps-femoris", "semitendinosus"],
  ["gluteus-minimus-posterior"],
  "arthritisallergy_gmin", "Clinic article on pseudo-sciatica: gluteus minimus trigger points, activated by a long drive with the foot fixed on the pedal, sent pain down the back of the thigh into the calf.")
C("hip-buttock-gluteusminimus-02", "evidence", "hip-buttock",
  "Pain on the outside of the left buttock and thigh running down the outside of the lower leg; limps when first getting up and walking.",
  [("l.lateral-buttock", 4, "aching"), ("l.lateral-thigh", 6, "aching"), ("l.lateral-leg", 5, "aching")],
  ["gluteus-minimus-anterior", "tensor-fasciae-latae", "vastus-lateralis", "quadratus-lumborum-superficial", "fibularis-longus"],
  ["gluteus-minimus-anterior"],
  "challrmt_glut", "Massage therapist blog: gluteus minimus trigger points cause local hip pain and trace down the outside of the whole leg.",
  ev={"movements": mv(("sit_to_stand", None), ("walking", None)), "symptoms": ["limping"]})
C("hip-buttock-gluteusmedius-01", "chasing-pain", "hip-buttock",
  "Left low back ache along the top of the hip bone and over the sacroiliac joint.",
  [("l.sacroiliac", 5, "aching"), ("l.iliac-crest", 5, "aching"), ("l.lumbar", 3, "aching")],
  ["gluteus-medius", "quadratus-lumborum-deep", "iliocostalis-lumborum", "gluteus-maximus", "lumbar-multifidi"], ["gluteus-medius"],
  "massagelib_gmed", "Massage library page: gluteus medius trigger points along the iliac crest refer around the low back, sacrum, iliac crest and buttock.")
C("hip-buttock-gluteusmedius-02", "evidence", "hip-buttock",
  "Patch of tingling and numbness high on the right buttock since switching to a new road bike with different gearing.",
  [("r.upper-buttock", 4, "tingling")],
  ["gluteus-medius", "gluteus-minimus-posterior", "piriformis", "quadratus-lumborum-deep"], ["gluteus-medius"],
  "green1999", "Case report: an amateur cyclist with tingling over the upper right buttock had gluteus medius trigger points; changing his gearing technique resolved it.",
  ev={"activities": ["cycling"], "symptoms": ["tingling", "numbness"]})
C("hip-buttock-piriformis-01", "evidence", "hip-buttock",
  "Deep ache in the middle of the left buttock spreading down the back of the thigh; sitting on that side and climbing stairs make it worse.",
  [("l.mid-buttock", 6, "aching"), ("l.posterior-thigh", 4, "aching")],
  ["piriformis", "gluteus-minimus-posterior", "deep-hip-rotators", "gluteus-maximus", "obturator-internus"], ["piriformis"],
  "spire_piri", "Hospital condition page: an irritable piriformis gives buttock pain referring to the thigh, pain sitting on the affected buttock and difficulty on stairs and inclines.",
  ev={"movements": mv(("sitting", None), ("stair_climbing", None)), "activities": ["prolonged-sitting"], "symptoms": ["painful-sitting"]})
C("hip-buttock-iliopsoas-01", "evidence", "hip-buttock",
  "Right low back ache running up and down beside the spine, with front-of-thigh and groin ache; hard to straighten up after sitting, has been doing many sit-ups.",
  [("r.lumbar", 6, "aching"), ("r.anterior-thigh", 4, "aching"), ("r.groin", 3, "aching")],
  ["psoas-major", "iliacus", "quadratus-lumborum-deep", "rectus-femoris", "rectus-abdominis-lower"], ["psoas-major", "iliacus"],
  "learnfeel_psoas", "Physician's educational page: an overworked iliopsoas, for example from many sit-ups, develops trigger points and drives low back pain.",
  ev={"movements": mv(("sit_to_stand", None), ("trunk.extension", None)), "activities": ["prolonged-sitting", "sit-ups"]})
C("hip-buttock-iliopsoas-02", "bilateral-midline", "hip-buttock",
  "Both sides of the low back ache in a vertical strip next to the spine, easing when lying down with the knees bent.",
  [("l.lumbar", 6, "aching"), ("r.lumbar", 6, "aching"), ("l.sacroiliac", 3, "aching"), ("r.sacroiliac", 3, "aching")],
  ["psoas-major", "iliacus", "quadratus-lumborum-deep", "lumbar-multifidi"], ["psoas-major"],
  "aletha_psoas", "Wellness company article: a chronically tight, painful lower back that massage does not fix may be driven by psoas trigger points.")
C("hip-buttock-tfl-01", "single-area", "hip-buttock",
  "Ache at the front-outer left hip, just in front of the bony point of the hip.",
  [("l.greater-trochanter", 5, "aching"), ("l.lateral-hip", 5, "aching")],
  ["tensor-fasciae-latae", "gluteus-minimus-anterior", "gluteus-medius", "vastus-lateralis", "quadratus-lumborum-superficial"],
  ["tensor-fasciae-latae"],
  "veryeffective_tfl", "Blog of book excerpts: tensor fasciae latae trigger points cause pain in the hip joint just in front of the greater trochanter, sometimes down the outer thigh.")
C("hip-buttock-gluteusmaximus-01", "single-area", "hip-buttock",
  "Right lower buttock ache down to the crease of the buttock, no leg symptoms.",
  [("r.lower-buttock", 5, "aching"), ("r.gluteal-fold", 4, "aching")],
  ["gluteus-maximus", "gluteus-medius", "semitendinosus", "piriformis"], ["gluteus-maximus"],
  "iwakuni_glut", "States that gluteus maximus trigger points are the only ones that refer purely within the buttock region.")

# ================================================================ THIGH
C("thigh-vastuslateralis-01", "single-area", "thigh",
  "Ache along the outside and front-outside of the right thigh.",
  [("r.lateral-thigh", 6, "aching"), ("r.anterolateral-thigh", 4, "aching")],
  ["vastus-lateralis", "tensor-fasciae-latae", "gluteus-minimus-anterior", "biceps-femoris"], ["vastus-lateralis"],
  "kneecenters_vl", "Knee clinic article on vastus lateralis trigger points as a source of outer-thigh pain and knee dysfunction.")
C("thigh-vastuslateralis-02", "evidence", "thigh",
  "Outer left thigh and outer knee hurt with every step and on stairs, and lying on that side at night wakes her.",
  [("l.lateral-thigh", 5, "aching"), ("l.lateral-knee", 5, "aching")],
  ["vastus-lateralis", "tensor-fasciae-latae", "gluteus-minimus-anterior", "biceps-femoris"], ["vastus-lateralis"],
  "lifeafter_vl", "Pain clinic article: vastus lateralis trigger points hurt when walking, running and standing, mainly as the foot lands and the muscle stops the knee buckling.",
  ev={"movements": mv(("walking", None), ("stair_climbing", None)), "activities": ["sleeping-on-side"], "symptoms": ["sleep-disturbance"]})
C("thigh-hamstrings-01", "multi-area", "thigh",
  "Pain under the right buttock crease and down the back of the thigh to the back of the knee.",
  [("r.lower-buttock", 4, "aching"), ("r.posterior-thigh", 6, "aching"), ("r.popliteal", 5, "aching")],
  ["semitendinosus", "semimembranosus", "biceps-femoris", "gluteus-minimus-posterior", "piriformis"],
  ["semitendinosus", "semimembranosus"],
  "lifeafter_ham", "Pain clinic article: hamstring trigger points are a major cause of pain in the back of the thigh, knee and buttock.")
C("thigh-hamstrings-02", "multi-area", "thigh",
  "Ache behind the left knee and in the lower back of the thigh, especially after walking.",
  [("l.popliteal", 5, "aching"), ("l.posterior-thigh", 4, "aching")],
  ["biceps-femoris", "semimembranosus", "gastrocnemius-lateral", "popliteus", "semitendinosus"], ["biceps-femoris"],
  "massagelib_ham", "Massage library page: active biceps femoris trigger points refer to the back of the knee and the back of the thigh.")
C("thigh-adductorlongus-01", "multi-area", "thigh",
  "Left groin ache spreading down the inside-front of the thigh toward the inner knee.",
  [("l.groin", 5, "aching"), ("l.anteromedial-thigh", 5, "aching"), ("l.medial-knee", 3, "aching")],
  ["adductor-longus", "adductor-brevis", "pectineus", "gracilis", "vastus-medialis"], ["adductor-longus"],
  "musclepain_groin", "Physiatrist's article: a trigger point in the adductor longus refers to the inner thigh and groin and may extend down toward the knee.")
C("thigh-rectusfemoris-01", "chasing-pain", "thigh",
  "Deep ache in and just above the right kneecap; the knee scan was unremarkable.",
  [("r.patella", 6, "aching"), ("r.suprapatellar", 4, "aching")],
  ["rectus-femoris", "vastus-medialis", "vastus-intermedius", "vastus-lateralis"], ["rectus-femoris"],
  "innerouter_rf", "Clinic page: the commonest rectus femoris trigger point sends pain to the knee, felt under the kneecap, and is easily overlooked.")
C("thigh-rectusfemoris-02", "evidence", "thigh",
  "Left knee-cap ache with soreness at the front of the thigh; going downstairs and standing up from a chair hurt and the hip sometimes gives way.",
  [("l.patella", 5, "aching"), ("l.anterior-thigh", 3, "aching")],
  ["rectus-femoris", "vastus-intermedius", "vastus-medialis", "iliacus"], ["rectus-femoris"],
  "rathmines_rf", "Pain clinic blog: rectus femoris trigger points near the hip cause deep front-of-knee pain, leg weakness and 'buckling hip', aggravated by stairs and sit-to-stand.",
  ev={"movements": mv(("stair_climbing", None), ("sit_to_stand", None)), "symptoms": ["buckling-hip"]})

# ================================================================ LOWER LEG
C("leg-soleus-01", "evidence", "leg",
  "Sharp pain under the right heel and at the back of the heel, worst when running uphill and after standing all day.",
  [("r.plantar-heel", 7, "sharp"), ("r.posterior-heel", 5, "aching")],
  ["soleus", "quadratus-plantae", "abductor-hallucis", "tibialis-posterior", "gastrocnemius-medial"], ["soleus"],
  "kinfolk_soleus", "Clinic blog: following Travell and Simons, soleus trigger points can refer to the heel and arch and mimic plantar fasciitis; uphill running and long standing load the muscle.",
  ev={"movements": mv(("walking", None), ("stair_climbing", None)), "activities": ["running-uphill", "prolonged-standing"]})
C("leg-soleus-02", "chasing-pain", "leg",
  "New runner with pain in the left Achilles and back of the heel; the tendon scan was normal.",
  [("l.achilles", 5, "aching"), ("l.posterior-heel", 5, "aching")],
  ["soleus", "tibialis-posterior", "gastrocnemius-medial", "plantaris"], ["soleus"],
  "kinfolk_achilles", "Clinic blog: in new runners, soleus trigger points refer pain to the Achilles region even when the tendon itself is healthy.")
C("leg-soleus-03", "bilateral-midline", "leg",
  "Both heels ache underneath, first thing in the morning and after long walks.",
  [("l.plantar-heel", 5, "aching"), ("r.plantar-heel", 5, "aching")],
  ["soleus", "quadratus-plantae", "abductor-hallucis", "gastrocnemius-medial"], ["soleus"],
  "kinfolk_soleus", "Describes the soleus as a frequent hidden source of heel pain labelled plantar fasciitis, and recommends slow heel raises.")
C("leg-gastrocnemius-01", "evidence", "leg",
  "Left arch aches, with pain behind the knee and in the upper calf; wakes with calf cramps; cycles with a low saddle.",
  [("l.arch", 5, "aching"), ("l.popliteal", 4, "aching"), ("l.upper-calf", 4, "aching")],
  ["gastrocnemius-medial", "gastrocnemius-lateral", "soleus", "popliteus", "abductor-hallucis"], ["gastrocnemius-medial"],
  "footpain_gastroc", "Foot pain site: gastrocnemius trigger points refer to the arch, ankle, knee and calf, and night cramps are sometimes felt in this muscle.",
  ev={"activities": ["cycling", "running-uphill"], "symptoms": ["night-cramps"]})
C("leg-tibialisanterior-01", "chasing-pain", "leg",
  "Right big toe and front of the ankle ache; gout was suspected but blood tests were normal.",
  [("r.big-toe", 6, "aching"), ("r.anterior-ankle", 5, "aching")],
  ["tibialis-anterior", "extensor-hallucis-longus", "extensor-digitorum-longus", "extensor-hallucis-brevis"], ["tibialis-anterior"],
  "ora_tibant", "Explainer page: tibialis anterior trigger points in the upper third of the muscle refer mainly to the front of the ankle and on to the top of the inner foot and big toe.")
C("leg-tibialisposterior-01", "evidence", "leg",
  "Burning pain at the left Achilles spreading over the sole, worst hiking on rough, uneven ground and running.",
  [("l.achilles", 6, "burning"), ("l.arch", 5, "aching"), ("l.forefoot-sole", 3, "aching")],
  ["tibialis-posterior", "soleus", "flexor-digitorum-longus", "flexor-hallucis-longus", "quadratus-plantae"], ["tibialis-posterior"],
  "phoenix_tibpost", "Acupuncture clinic article: the deep tibialis posterior trigger point gives intense Achilles burning that spreads to the calf, heel and whole sole, common in runners and hikers on rough ground.",
  ev={"movements": mv(("walking", None)), "activities": ["walking-on-sand", "running"]})

# ================================================================ FOOT
C("foot-abductorhallucis-01", "single-area", "foot",
  "Ache on the inner side of the left heel spreading into the arch.",
  [("l.plantar-heel", 5, "aching"), ("l.arch", 4, "aching")],
  ["abductor-hallucis", "quadratus-plantae", "soleus", "flexor-digitorum-brevis"], ["abductor-hallucis"],
  "webmanmed_ah", "Manual-medicine muscle page: abductor hallucis refers mainly to the inner heel with spill into the instep and back of heel, often misread as plantar fasciitis or a spur.")
C("foot-abductorhallucis-02", "evidence", "foot",
  "Right inner heel and arch pain that makes him limp; new shoes are a size too small and he has a long second toe.",
  [("r.plantar-heel", 5, "aching"), ("r.arch", 4, "aching")],
  ["abductor-hallucis", "quadratus-plantae", "flexor-digitorum-brevis", "soleus"], ["abductor-hallucis"],
  "webmanmed_ah", "Lists too-small shoes and Morton's foot among activating factors for abductor hallucis trigger points, with sore feet and a tendency to limp.",
  ev={"activities": ["tight-shoes", "morton-foot"], "symptoms": ["limping"]})
C("foot-abductorhallucis-03", "bilateral-midline", "foot",
  "Both arches and inner heels ache at the end of long shifts on a hard floor.",
  [("l.arch", 4, "aching"), ("r.arch", 4, "aching"), ("l.plantar-heel", 3, "aching"), ("r.plantar-heel", 3, "aching")],
  ["abductor-hallucis", "quadratus-plantae", "flexor-digitorum-brevis", "tibialis-posterior"], ["abductor-hallucis"],
  "webmanmed_ah", "The page's abductor hallucis referral covers the inner heel and instep; flat feet and heel pain syndromes are in its differential list.")

# ================================================================ RED FLAGS
C("chest-redflag-cardiac-01", "red-flag", "chest",
  "Crushing pressure in the centre and left of the chest at rest for twenty minutes, spreading to the left arm and jaw, sweaty and short of breath.",
  [("m.sternum", 8, "aching"), ("l.pectoral", 8, "aching"), ("l.medial-upper-arm", 5, "aching"), ("l.jaw-angle", 4, "aching")],
  [], [], "lifebridge_mi", "Hospital page: chest squeezing with pain in the arms, jaw or back, shortness of breath and cold sweat are heart attack signs - call emergency services.",
  ev={"redFlags": ["pain-at-rest-crushing", "pain-spreading-arm-jaw", "cold-sweat", "breathlessness"]}, tier="emergency")
C("chest-redflag-cardiac-02", "red-flag", "chest",
  "Tightness behind the breastbone and across the left chest that comes on walking uphill and settles with rest; felt sick with the last episode.",
  [("m.sternum", 6, "aching"), ("l.pectoral", 5, "aching")],
  [], [], "carondelet_mi", "Hospital warning-signs page: chest discomfort with nausea, breathlessness or sweating, or new or worsening chest pain, means calling emergency services at once.",
  ev={"redFlags": ["pain-on-exertion", "nausea-with-pain"]}, tier="emergency")
C("chest-redflag-aortic-01", "red-flag", "chest",
  "Sudden, ripping pain through the breastbone into the back between the shoulder blades; nearly fainted.",
  [("m.sternum", 9, "sharp"), ("l.interscapular", 9, "sharp")],
  [], [], "kewal_aortic", "Cardiac surgeon's page: aortic dissection presents as sudden severe tearing chest or upper-back pain, sometimes with fainting - an emergency.",
  ev={"redFlags": ["sudden-tearing-pain", "faint-with-pain"]}, tier="emergency")
C("head-jaw-redflag-stroke-01", "red-flag", "head-jaw",
  "Came in for jaw and neck tension; during the session the right side of the face droops, speech slurs and the right arm feels weak.",
  [("r.cheek", 3, "numbness"), ("r.lateral-neck", 4, "aching")],
  [], [], "roph_stroke", "Emergency department page on FAST: face drooping, arm weakness and speech difficulty mean calling emergency services immediately.",
  ev={"redFlags": ["face-droop", "speech-difficulty", "sudden-arm-weakness"]}, tier="emergency")
C("back-redflag-caudaequina-01", "red-flag", "back",
  "Low back pain with pain down the backs of both thighs, numbness between the legs and new trouble passing urine.",
  [("l.lumbar", 6, "aching"), ("r.lumbar", 6, "aching"), ("m.perineum", 3, "numbness"),
   ("l.posterior-thigh", 4, "aching"), ("r.posterior-thigh", 4, "aching")],
  [], [], "sciaticazone_ces", "Guide to cauda equina syndrome: saddle numbness, new bladder or bowel problems and symptoms in both legs need emergency assessment.",
  ev={"redFlags": ["saddle-numbness", "bladder-bowel-change", "bilateral-leg-symptoms"]}, tier="urgent")
C("neck-redflag-arterial-01", "red-flag", "neck",
  "New sharp pain at the right base of the skull and side of the neck for two days, with episodes of double vision and one sudden fall without blacking out.",
  [("r.suboccipital", 7, "sharp"), ("r.posterolateral-neck", 6, "aching")],
  [], [], "north49_vad", "Physiotherapy education blog: vertebral artery dissection can start as unusual neck pain and headache before brainstem signs, so such patients are sent for medical review before treatment.",
  ev={"symptoms": ["dizziness", "nausea"], "redFlags": ["double-vision", "drop-attacks"]}, tier="urgent")
C("leg-redflag-dvt-01", "red-flag", "leg",
  "Left calf aching and noticeably swollen and warm, two weeks after knee surgery and mostly resting since.",
  [("l.upper-calf", 6, "aching"), ("l.lower-calf", 5, "aching")],
  [], [], "vedprakash_dvt", "Vascular surgeon's page: one-sided calf swelling, tenderness and warmth, especially after surgery or immobility, must be checked urgently for DVT.",
  ev={"redFlags": ["calf-swelling", "recent-surgery", "recent-immobilisation"]}, tier="urgent")
C("leg-redflag-dvt-02", "red-flag", "leg",
  "Right lower calf and back of the knee ache and look puffy since a long-haul flight three days ago.",
  [("r.lower-calf", 5, "aching"), ("r.popliteal", 3, "aching")],
  [], [], "herald_dvt", "Newspaper factfile: DVT usually forms in the calf, shows as swelling, pain and redness, and is linked to long-haul flights and post-surgical bed rest.",
  ev={"redFlags": ["calf-swelling", "recent-travel"]}, tier="urgent")
C("back-redflag-neuro-01", "red-flag", "back",
  "Left low back pain with numbness down the outside of the shin and top of the foot that has spread over a week; the foot now slaps when walking.",
  [("l.lumbar", 5, "aching"), ("l.lateral-leg", 4, "numbness"), ("l.dorsal-foot", 4, "numbness")],
  [], [], "verywell_back", "Health site list of back pain red flags: weak or numb leg muscles alongside back pain call for medical evaluation.",
  ev={"symptoms": ["foot-slap"], "redFlags": ["progressive-weakness"]}, tier="urgent")
C("back-redflag-cancer-01", "red-flag", "back",
  "Right mid-back pain that is there all night whatever position she lies in; treated for breast cancer four years ago and has lost weight without trying.",
  [("r.mid-thoracic", 6, "aching"), ("r.lateral-back", 4, "aching")],
  [], [], "verywell_back", "Lists history of cancer, unexplained weight loss and night or rest pain as back pain red flags suggesting cancer.",
  ev={"redFlags": ["cancer-history", "constant-night-pain", "unexplained-weight-loss"]}, tier="refer")
C("back-redflag-fracture-01", "red-flag", "back",
  "Sudden new pain in the left lower mid-back after lifting a shopping bag; takes long-term steroid tablets and has known osteoporosis.",
  [("l.lower-thoracic", 7, "sharp"), ("l.lateral-back", 5, "aching")],
  [], [], "nursing_back", "Nursing reference on back pain red flags: prolonged steroid use and minor lifting or a fall in someone with possible osteoporosis raise suspicion of fracture.",
  ev={"redFlags": ["long-term-steroids", "osteoporosis"]}, tier="refer")
C("back-redflag-infection-01", "red-flag", "back",
  "Low back pain across both sides for a week with fever and feeling unwell; injects drugs.",
  [("l.lumbar", 6, "aching"), ("r.lumbar", 6, "aching")],
  [], [], "nursing_back", "Same list includes intravenous drug use and fever as history features pointing to spinal infection.",
  ev={"redFlags": ["fever", "iv-drug-use"]}, tier="refer")
C("back-redflag-trauma-01", "red-flag", "back",
  "Pain across the lower mid-back on both sides since falling from a ladder yesterday.",
  [("l.lower-thoracic", 6, "aching"), ("r.lower-thoracic", 6, "aching")],
  [], [], "nursing_back", "Lists significant trauma, such as a fall from a height, as a back pain red flag needing medical assessment.",
  ev={"redFlags": ["recent-trauma"]}, tier="refer")
C("back-redflag-weightloss-01", "red-flag", "back",
  "Ache beside the right shoulder blade and between the shoulder blades for two months; has lost a lot of weight without dieting.",
  [("r.scapula-medial-border", 5, "aching"), ("r.interscapular", 4, "aching")],
  [], [], "rcem_back", "Emergency-medicine learning module: thoracic pain and unexplained weight loss are red flags that raise the possibility of malignancy.",
  ev={"redFlags": ["unexplained-weight-loss"]}, tier="refer")
C("hip-buttock-redflag-pregnancy-01", "red-flag", "hip-buttock",
  "Twenty-six weeks pregnant, aching over the left sacroiliac joint and upper buttock.",
  [("l.sacroiliac", 5, "aching"), ("l.upper-buttock", 4, "aching")],
  ["gluteus-medius", "piriformis", "gluteus-maximus"], ["gluteus-medius"],
  "healingtrain_preg", "Prenatal massage precautions: ask for provider release in high-risk pregnancy, no deep or trigger point work on quadratus lumborum, lower leg or inner thigh.",
  ev={"redFlags": ["pregnancy"]}, tier="caution")
C("shoulder-girdle-redflag-anticoag-01", "red-flag", "shoulder-girdle",
  "Ache on top of the right shoulder and up the side of the neck; takes a blood thinner for atrial fibrillation.",
  [("r.shoulder-top", 5, "aching"), ("r.posterolateral-neck", 4, "aching")],
  ["upper-trapezius", "levator-scapulae"], ["upper-trapezius"],
  "anatomyoverload_ut", "Therapist's article on headaches and trigger points: upper trapezius trigger points are a common cause of neck and head pain (the anticoagulant tier follows clinical-notes section 5).",
  ev={"redFlags": ["anticoagulants"]}, tier="caution")
C("shoulder-girdle-redflag-tia-01", "red-flag", "shoulder-girdle",
  "Deep ache in the front of the left shoulder; had a mini-stroke two years ago with full recovery.",
  [("l.anterior-deltoid", 5, "aching"), ("l.lateral-upper-arm", 3, "aching")],
  ["infraspinatus", "supraspinatus", "deltoid-anterior"], ["infraspinatus"],
  "cyberpt_infra", "Infraspinatus trigger points project to the front of the shoulder and down the arm (tier for a past TIA follows clinical-notes section 5).",
  ev={"redFlags": ["stroke-or-tia"]}, tier="caution")
C("leg-redflag-varicose-01", "red-flag", "leg",
  "Right heel pain underneath on standing; has prominent varicose veins in that calf.",
  [("r.plantar-heel", 6, "aching")],
  ["soleus", "quadratus-plantae", "abductor-hallucis"], ["soleus"],
  "kinfolk_achilles", "Soleus trigger points refer to the heel and Achilles region (varicose-vein caution from clinical-notes section 5: no deep pressure over the veins).",
  ev={"redFlags": ["varicose-veins"]}, tier="caution")
C("forearm-redflag-bleeding-01", "red-flag", "forearm",
  "Aching outer left elbow after a weekend of hammering; has a known bleeding disorder.",
  [("l.lateral-epicondyle", 6, "aching")],
  ["extensor-carpi-radialis-longus", "supinator", "brachioradialis"], ["extensor-carpi-radialis-longus"],
  "physioforu_ecrl", "ECRL trigger point as the commonest cause of outer-elbow pain (bleeding-disorder tier from clinical-notes section 5: no forceful pressure).",
  ev={"activities": ["hand-tools"], "redFlags": ["bleeding-disorder"]}, tier="caution")
C("foot-redflag-pregnancy-01", "red-flag", "foot",
  "Thirty weeks pregnant with aching in the left inner heel and arch by evening.",
  [("l.plantar-heel", 4, "aching"), ("l.arch", 4, "aching")],
  ["abductor-hallucis", "quadratus-plantae"], ["abductor-hallucis"],
  "webmanmed_ah", "Abductor hallucis refers to the inner heel and instep (pregnancy tier from clinical-notes section 5: lighter pressure, provider clearance).",
  ev={"redFlags": ["pregnancy"]}, tier="caution")

if __name__ == "__main__":
    out = os.path.join(HERE, "blind-cases.json")
    with open(out, "w") as f:
        json.dump(CASES, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(CASES)} cases to {out}")
