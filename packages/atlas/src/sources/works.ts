/** A published work the atlas cites. */
export interface Work {
  readonly id: string;
  /** Full citation in one line. */
  readonly citation: string;
  readonly year: number;
  readonly kind: 'book' | 'paper' | 'website';
}

/**
 * The bibliography. Atlas entries cite a work id plus a locator (chapter, pages).
 * Add papers here with a full citation; never cite a work that is not listed.
 * Websites give the page address in the citation and the year the page states, else the year it was read.
 */
export const WORKS = {
  'simons-1999': {
    id: 'simons-1999',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 1, Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999.',
    year: 1999,
    kind: 'book',
  },
  'travell-simons-1992': {
    id: 'travell-simons-1992',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 2, The Lower Extremities. Baltimore: Williams & Wilkins; 1992.',
    year: 1992,
    kind: 'book',
  },
  'donnelly-2019': {
    id: 'donnelly-2019',
    citation:
      "Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL, eds. Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. 3rd ed. Philadelphia: Wolters Kluwer; 2019.",
    year: 2019,
    kind: 'book',
  },
  'davies-2013': {
    id: 'davies-2013',
    citation:
      'Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief. 3rd ed. Oakland: New Harbinger; 2013.',
    year: 2013,
    kind: 'book',
  },
  'finando-2005': {
    id: 'finando-2005',
    citation:
      'Finando D, Finando S. Trigger Point Therapy for Myofascial Pain: The Practice of Informed Touch. Rochester, VT: Healing Arts Press; 2005.',
    year: 2005,
    kind: 'book',
  },
  'hwang-2005-pronator-quadratus': {
    id: 'hwang-2005-pronator-quadratus',
    citation:
      'Hwang M, Kang YK, Kim DH. Referred pain pattern of the pronator quadratus muscle. Pain. 2005;116(3):238-242.',
    year: 2005,
    kind: 'paper',
  },
  'hwang-2005-abductor-pollicis-longus': {
    id: 'hwang-2005-abductor-pollicis-longus',
    citation:
      'Hwang M, Kang YK, Shin JY, Kim DH. Referred pain pattern of the abductor pollicis longus muscle. Am J Phys Med Rehabil. 2005;84(8):593-597.',
    year: 2005,
    kind: 'paper',
  },
  'kim-2009-abductor-pollicis-brevis': {
    id: 'kim-2009-abductor-pollicis-brevis',
    citation:
      'Kim IJ, Kang YK, Kim DH, Hwang M. Referred pain pattern of the abductor pollicis brevis muscle and its possible mechanism. J Musculoskelet Pain. 2009;17(4):350-357.',
    year: 2009,
    kind: 'paper',
  },
  'choi-2015-dorsal-interossei': {
    id: 'choi-2015-dorsal-interossei',
    citation:
      'Choi TW, Park HJ, Lee AR, Kang YK. Referred pain patterns of the third and fourth dorsal interosseous muscles. Pain Physician. 2015;18(3):299-304.',
    year: 2015,
    kind: 'paper',
  },
  'minerbi-2017': {
    id: 'minerbi-2017',
    citation:
      'Minerbi A, Ratmansky M, Finestone A, Gerwin R, Vulfsons S. The local and referred pain patterns of the longus colli muscle. J Bodyw Mov Ther. 2017;21(2):267-273.',
    year: 2017,
    kind: 'paper',
  },
  'weiss-2001': {
    id: 'weiss-2001',
    citation:
      'Weiss JM. Pelvic floor myofascial trigger points: manual therapy for interstitial cystitis and the urgency-frequency syndrome. J Urol. 2001;166(6):2226-2231.',
    year: 2001,
    kind: 'paper',
  },
  'rask-1984': {
    id: 'rask-1984',
    citation:
      'Rask MR. The omohyoideus myofascial pain syndrome: report of four patients. J Craniomandibular Pract. 1984;2(3):12-17.',
    year: 1984,
    kind: 'paper',
  },
  'fernandez-de-las-penas-2005': {
    id: 'fernandez-de-las-penas-2005',
    citation:
      'Fernández-de-las-Peñas C, Cuadrado ML, Gerwin RD, Pareja JA. Referred pain from the trochlear region in tension-type headache: a myofascial trigger point from the superior oblique muscle. Headache. 2005;45(6):731-737.',
    year: 2005,
    kind: 'paper',
  },
  'fernandez-de-las-penas-2006': {
    id: 'fernandez-de-las-penas-2006',
    citation:
      'Fernández-de-las-Peñas C, Cuadrado ML, Gerwin RD, Pareja JA. Myofascial disorders in the trochlear region in unilateral migraine: a possible initiating or perpetuating factor. Clin J Pain. 2006;22(6):548-553.',
    year: 2006,
    kind: 'paper',
  },
  'leffler-2000': {
    id: 'leffler-2000',
    citation:
      'Leffler AS, Kosek E, Hansson P. Injection of hypertonic saline into musculus infraspinatus resulted in referred pain and sensory disturbances in the ipsilateral upper arm. Eur J Pain. 2000;4(1):73-82.',
    year: 2000,
    kind: 'paper',
  },
  'cornwall-2006': {
    id: 'cornwall-2006',
    citation:
      'Cornwall J, Harris AJ, Mercer SR. The lumbar multifidus muscle and patterns of pain. Man Ther. 2006;11(1):40-45.',
    year: 2006,
    kind: 'paper',
  },
  'svensson-2003': {
    id: 'svensson-2003',
    citation:
      'Svensson P, Bak J, Troest T. Spread and referral of experimental pain in different jaw muscles. J Orofac Pain. 2003;17(3):214-223.',
    year: 2003,
    kind: 'paper',
  },
  'anderson-2009': {
    id: 'anderson-2009',
    citation:
      'Anderson RU, Sawyer T, Wise D, Morey A, Nathanson BH. Painful myofascial trigger points and pain sites in men with chronic prostatitis/chronic pelvic pain syndrome. J Urol. 2009;182(6):2753-2758.',
    year: 2009,
    kind: 'paper',
  },
  'tp-master-course-leg-foot': {
    id: 'tp-master-course-leg-foot',
    citation:
      'Trigger Point Master Course. Chapter 12, Muscles of the leg and foot: "Regional trigger points for lower leg, ankle, and foot pain" (a per-region list of muscles after the trigger point manuals). Course handout reproduced at https://docplayer.net/21500056-Trigger-point-master-course-chapter-12-muscles-of-the-leg-and-foot.html (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'couples-massage-oc-heel': {
    id: 'couples-massage-oc-heel',
    citation:
      'Couples Massage Orange County. Trigger point therapy for heel pain (Massage Monday #384). https://www.couplesmassageorangecounty.com/trigger-point-therapy-heel-pain-massage-monday-384/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'brooklyn-reflexology-heel': {
    id: 'brooklyn-reflexology-heel',
    citation:
      'Brooklyn Reflexology. Heel pain, plantar fasciitis and trigger points (part 2). https://brooklynreflexology.com/blog-1/heel-pain-plantar-fasciitis-amp-trigger-points-ptnbsp2-3paef (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  painwhisperer: {
    id: 'painwhisperer',
    citation:
      'Pain Whisperer. Trigger point pain pages by area ("The muscles and trigger points that cause ankle pain"; "... groin pain"; elbow, foot, shoulder, wrist and hand, knee pain). http://painwhisperer.com/ptpath/ and https://www.painwhisperer.com/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'abbott-center-tennis-elbow-2010': {
    id: 'abbott-center-tennis-elbow-2010',
    citation:
      'Abbott Center, Boston Pain Therapy. Arm and hand pain: tennis elbow. 5 April 2010. https://abbottcenter.com/bostonpaintherapy/2010/04/05/arm-and-hand-pain-tennis-elbow (read 3 December 2026).',
    year: 2010,
    kind: 'website',
  },
  'abbott-center-groin-2009': {
    id: 'abbott-center-groin-2009',
    citation:
      'Abbott Center, Boston Pain Therapy. Groin pain part 4a (causes): trigger point review; part 4 (iliopsoas, sartorius, gracilis, TFL, quadriceps). 30 July 2009. https://abbottcenter.com/bostonpaintherapy/2009/07/30/groin-pain-causes-trigger-points/ (read 3 December 2026).',
    year: 2009,
    kind: 'website',
  },
  'aberdeen-chiropractic-blog': {
    id: 'aberdeen-chiropractic-blog',
    citation:
      'Cobb B. Aberdeen Chiropractic blog: trigger point posts by muscle and by pain area, 2018-2020. https://aberdeenchiropracticblog.com/ (read 3 December 2026).',
    year: 2018,
    kind: 'website',
  },
  'healthwise-chiro-low-back': {
    id: 'healthwise-chiro-low-back',
    citation:
      'Simpson J. Discover the top 3 muscle culprits behind your low back pain. Healthwise Chiropractic. https://www.healthwisechiropractic.com.au/post/discover-the-top-3-muscle-culprits-behind-your-low-back-pain (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'perry-ql-low-back': {
    id: 'perry-ql-low-back',
    citation:
      'Perry L. QL trigger points: bow down to the masters of low back pain. TriggerPointTherapist.com (Institute of Trigger Point Therapy). http://triggerpointtherapist.com/blog/quadratus-lumborum-trigger-points/ql-trigger-points-masters-low-back-pain (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'westsub-low-back': {
    id: 'westsub-low-back',
    citation:
      'West Suburban Pain Relief. Low back pain: deep vs superficial paraspinals. https://westsubpainrelief.com/low-back-pain-paraspinals/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'personal-power-low-back': {
    id: 'personal-power-low-back',
    citation:
      'Personal Power Training. Trigger point therapy for low back pain (lumbar paraspinal region, belt line, sacroiliac joint). https://personalpowertraining.net/trigger-point-therapy-for-low-back-pain (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'winer-low-back': {
    id: 'winer-low-back',
    citation:
      'Winer J. Lower back pain: an overview of the key muscles involved. Niel Asher Education blog. https://www.nielasher.com/blogs/video-blog/lower-back-pain-an-overview-of-the-key-muscles (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'coccyx-org-muscle': {
    id: 'coccyx-org-muscle',
    citation:
      'Coccyx pain: muscle spasm or tightness causing coccyx pain. Coccyx.org. https://www.coccyx.org/whatisit/muscle.htm (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'integrativeworks-patterns': {
    id: 'integrativeworks-patterns',
    citation:
      'Integrative Works. Understanding trigger points: pain patterns by area (e.g. "Headache at your temple"). https://integrativeworks.com/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'east-coast-therapeutics-headache': {
    id: 'east-coast-therapeutics-headache',
    citation:
      'East Coast Therapeutics. Headaches: the muscles whose trigger points cause them. http://eastcoasttherapeutics.com/?page_id=922 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'otani-temple-headache-2014': {
    id: 'otani-temple-headache-2014',
    citation:
      'Otani N. Relieve temple headache (2) with trigger point therapy. November 2014. https://naokootanilmt.blogspot.com/2014/11/relieve-temple-headache2-with-trigger-point.html (read 3 December 2026).',
    year: 2014,
    kind: 'website',
  },
  'skye-chiropractic-headache': {
    id: 'skye-chiropractic-headache',
    citation:
      'Skye Chiropractic. Headache trigger points. https://www.skyechiropractic.net/blog/16019-headache-trigger-points (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'asheville-medical-massage-headache': {
    id: 'asheville-medical-massage-headache',
    citation:
      'Asheville Medical Massage. SCM headache trigger points: tension headaches and self-massage. https://www.ashevillemedicalmassage.com/self-care/tension-headaches-self-massage/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'medlink-infraspinatus-figure': {
    id: 'medlink-infraspinatus-figure',
    citation:
      'MedLink Neurology. Myofascial pain patterns of the infraspinatus muscle (2), figure reproduced from Travell JG, Simons DG, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1, 1983, p. 378. https://www.medlink.com/media/mpssi12b (read 3 December 2026).',
    year: 1983,
    kind: 'website',
  },
  'huhn-anterior-shoulder-2018': {
    id: 'huhn-anterior-shoulder-2018',
    citation:
      'Huhn W. Anterior shoulder pain: the common culprit (with an excerpt of Travell & Simons on the infraspinatus). 16 May 2018. https://triggerpoint.ca/2018/05/16/anterior-shoulder-pain-the-common-culprit/ (read 3 December 2026).',
    year: 2018,
    kind: 'website',
  },
  'rankin-shoulder-pain': {
    id: 'rankin-shoulder-pain',
    citation:
      'Rankin M. Shoulder pain and trigger points. https://www.michellerankin.com/shoulder-pain/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'abbott-center-arm-pain': {
    id: 'abbott-center-arm-pain',
    citation:
      'Abbott Center, Boston Pain Therapy. Arm and hand pain from the shoulder muscles (rotator cuff, pectorals and subclavius, latissimus dorsi, serratus anterior). https://abbottcenter.com/bostonpaintherapy/?p=2868 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'fpnotebook-trigger-points': {
    id: 'fpnotebook-trigger-points',
    citation:
      'Moses S. Trigger point locations. Family Practice Notebook. https://fpnotebook.com/Rheum/Exam/TrgrPntLctn.htm (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'medlink-levator-figure': {
    id: 'medlink-levator-figure',
    citation:
      'MedLink Neurology. Myofascial pain patterns of the levator scapulae muscle, figure reproduced from Travell JG, Simons DG, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1, 1983, p. 335. https://www.medlink.com/media/mpssi10 (read 3 December 2026).',
    year: 1983,
    kind: 'website',
  },
  'triggerpoint-nc-neck': {
    id: 'triggerpoint-nc-neck',
    citation:
      'Trigger Point NC. Conditions: neck pain (trapezius, levator scapula, splenius cervicis). http://triggerpointnc.com/conditions.asp?c=neck (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'sports-injury-clinic-buttock': {
    id: 'sports-injury-clinic-buttock',
    citation:
      'Sports Injury Clinic. Myofascial pain in buttock muscles. https://www.sportsinjuryclinic.net/sport-injuries/hip-groin/buttock-pain/myofascial-pain-buttock (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'anliker-tennis-elbow': {
    id: 'anliker-tennis-elbow',
    citation:
      'Anliker J. Tennis elbow and myofascial trigger points. e-healtharticles. http://www.e-healtharticles.com/Detailed/3393.html (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpoint-ca-tmj': {
    id: 'triggerpoint-ca-tmj',
    citation:
      'Huhn W. TMJD (temporomandibular joint) and trigger points. triggerpoint.ca. http://www.triggerpoint.ca/index.php?p=1_34_tmjd-temporomandibular-joint (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpointsecrets-chest-wall': {
    id: 'triggerpointsecrets-chest-wall',
    citation:
      'Trigger Point Secrets. Chest wall trigger points: causes and treatment options. https://triggerpointsecrets.com/chest-wall-trigger-points/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'abbott-center-knee-2009': {
    id: 'abbott-center-knee-2009',
    citation:
      'Abbott Center, Boston Pain Therapy. Knee pain: understanding the calf muscles. 30 June 2009. https://abbottcenter.com/bostonpaintherapy/2009/06/30/knee-pain-understanding-the-calf-muscles/ (read 3 December 2026).',
    year: 2009,
    kind: 'website',
  },
  'robertson-back-of-knee': {
    id: 'robertson-back-of-knee',
    citation:
      'Robertson Family Chiropractic. Back of knee pain from popliteus trigger points. https://www.robertsonfamilychiro.com/popliteus-trigger-point.htm (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'bodyheal-back-of-knee': {
    id: 'bodyheal-back-of-knee',
    citation:
      'Phillips D. Pain over the back of the knee. Body Heal Therapy. https://www.bodyhealtherapy.com/post/pain-over-the-back-of-the-knee/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'round-earth-knee': {
    id: 'round-earth-knee',
    citation:
      'Round Earth. Muscles and knee pain: the quadriceps (rectus femoris, vastus intermedius, medialis, lateralis). http://round-earth.com/kneepain-quadriceps.html (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'healthathand-knee': {
    id: 'healthathand-knee',
    citation:
      'Health at Hand. Knee pain: problems from the thigh (quadriceps trigger points). https://www.healthathand.us/leg-foot/knee-pain-problems-thigh/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'kent-frontal-headache-2011': {
    id: 'kent-frontal-headache-2011',
    citation:
      'Kent D. Frontal headaches and myofascial trigger points (the five muscles of frontal headache after Travell and Simons). Massage Today, 10 June 2011. https://www.massagetoday.com/articles/14447/Frontal-Headaches-and-Myofascial-Trigger-Points (read 3 December 2026).',
    year: 2011,
    kind: 'website',
  },
  'natural-solutions-frontal-headache': {
    id: 'natural-solutions-frontal-headache',
    citation:
      'Natural Solutions for Muscle Pain. Frontal headaches: muscles listed from most to least common cause. http://natural-solutions-for-muscle-pain.com/frontal-headaches.html (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'mortons-foot-toothache': {
    id: 'mortons-foot-toothache',
    citation:
      "Morton's Foot. That tooth ache may not be the tooth: three muscles that cause tooth pain (masseter, temporalis, digastric). https://www.mortonsfoot.com/That-Tooth-Ache-May-Not-Be-the-Tooth_b_9.html (read 3 December 2026).",
    year: 2026,
    kind: 'website',
  },
  'invest-in-you-toothache': {
    id: 'invest-in-you-toothache',
    citation:
      'Invest in You. Massage for toothache: the two muscles that refer pain into the teeth. https://invest-in-you.co.uk/massage-for-toothache/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'equinox-teeth-pain': {
    id: 'equinox-teeth-pain',
    citation:
      'Equinox Health Clinic. Jaws: teeth pain, the most common muscular culprits. https://www.equinoxhealthclinic.ca/blog/jaws-0 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'oral-medicine-toothache': {
    id: 'oral-medicine-toothache',
    citation:
      'Oral Medicine Specialist. Toothaches of muscular origin. https://www.oralmedicinespecialist.com/post/toothaches-of-muscular-origin (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'westsub-hip-glute': {
    id: 'westsub-hip-glute',
    citation:
      'West Suburban Pain Relief. Hip and glute pain: gluteus minimus and tensor fasciae latae. https://westsubpainrelief.com/hip-glute-pain/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'seo-2004-otalgia': {
    id: 'seo-2004-otalgia',
    citation:
      'Seo YS, Chang SH, Park JY, Lim HJ, Lee HW, Yoon SM. Otalgia caused by a trigger point in the sternocleidomastoid muscle: a case report. Korean J Anesthesiol. 2004;46(4):497-498.',
    year: 2004,
    kind: 'paper',
  },
  'simpson-carpal-tunnel': {
    id: 'simpson-carpal-tunnel',
    citation:
      'Simpson P. Carpal tunnel syndrome: forearm and chest muscles that refer pain into the wrist. http://paulsimpsonlmt.com/NMT/benefits/Carpal%20Tunnel%20Syndrome.html (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'keeplovingmore-tension-headache': {
    id: 'keeplovingmore-tension-headache',
    citation:
      'Keep Loving More. Headaches of muscle tension: occipital headaches from the suboccipital muscles, trapezius and levator scapulae. http://keeplovingmore.com/headaches-of-muscle-tension.html (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpointbook-side-stitch': {
    id: 'triggerpointbook-side-stitch',
    citation:
      'Davies C. Side stitch (after Travell and Simons: serratus anterior trigger points are the most frequent cause). TriggerPointBook.com, companion site of The Trigger Point Therapy Workbook. http://triggerpointbook.com/index.php?option=com_zoo&task=item&item_id=66&Itemid=161 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'massage-therapy-connections-chest': {
    id: 'massage-therapy-connections-chest',
    citation:
      'Massage Therapy Connections. Symptom directory: chest and rib pain (pectoralis major and minor, serratus anterior). http://massagetherapyconnections.com/symptom-directory/chest-rib-pain/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'bliss2massage-front-thigh': {
    id: 'bliss2massage-front-thigh',
    citation:
      'Bliss 2 Massage. Trigger points for front thigh pain: sartorius (Massage Monday #401). https://www.bliss2massage.com/trigger-points-for-front-thigh-pain-sartorius-massage-monday-401/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'sauer-elbow-pain': {
    id: 'sauer-elbow-pain',
    citation:
      'Sauer S. How to fix elbow pain with myofascial trigger point therapy. Massage Magazine. https://www.massagemag.com/how-to-fix-elbow-pain-with-myofascialtrigger-point-therapy-5107/ (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpointbook-lower-leg': {
    id: 'triggerpointbook-lower-leg',
    citation:
      'Davies C. Lower leg, ankle and foot pain: big toe pain from the tibialis anterior (after Travell and Simons). TriggerPointBook.com. http://triggerpointbook.com/index.php?option=com_zoo&task=item&item_id=7&Itemid=161 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpointbook-neck': {
    id: 'triggerpointbook-neck',
    citation:
      'Davies C. Neck pain (after Travell and Simons: trapezius and levator scapulae trigger points the main cause). TriggerPointBook.com. http://triggerpointbook.com/index.php?option=com_zoo&task=item&item_id=47&Itemid=161 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpointbook-headache': {
    id: 'triggerpointbook-headache',
    citation:
      'Davies C. Headaches (after Travell and Simons: the upper trapezius trigger point as the main cause of temple headache and eye pain). TriggerPointBook.com. http://triggerpointbook.com/index.php?option=com_zoo&task=item&item_id=32&Itemid=161 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'triggerpointbook-foot': {
    id: 'triggerpointbook-foot',
    citation:
      'Davies C. Calf cramps; misdiagnosis of plantar fasciitis; heel pain from the soleus. TriggerPointBook.com. http://triggerpointbook.com/index.php?option=com_zoo&task=item&item_id=13&Itemid=161 (read 3 December 2026).',
    year: 2026,
    kind: 'website',
  },
  'asher-golfers-elbow': {
    id: 'asher-golfers-elbow',
    citation:
      "Niel Asher Education. Trigger point therapy for golfer's elbow (video blog). https://nielasher.com/fr-fr/blogs/video-blog/trigger-point-therapy-golfers-elbow (read 3 December 2026).",
    year: 2026,
    kind: 'website',
  },
} as const satisfies Record<string, Work>;

/** One work id from the bibliography. */
export type WorkId = keyof typeof WORKS;
