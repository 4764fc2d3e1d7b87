import { describe, expect, it } from 'vitest';
import { REGIONS } from '@myomap/atlas/regions';
import { resolveRegions } from './resolve-regions.ts';

/** [description, exact region ids expected] — one row per phrase pattern a therapist or client writes. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // Head and face, sides in every position
  ['left temple', ['l.temple']],
  ['temple on the left', ['l.temple']],
  ['right temple', ['r.temple']],
  ['temples on both sides', ['l.temple', 'r.temple']],
  ['left and right temple', ['l.temple', 'r.temple']],
  ['pain at the top of the head', ['m.vertex']],
  ['crown', ['m.vertex']],
  ['forehead on both sides', ['l.forehead', 'r.forehead']],
  ['right forehead', ['r.forehead']],
  ['above the left eye', ['l.eyebrow']],
  ['over the right eyebrow', ['r.eyebrow']],
  ['behind the right eye', ['r.eye']],
  ['retro-orbital pain, left', ['l.eye']],
  ['around the left eye', ['l.periorbital']],
  ['under the right eye', ['r.periorbital']],
  ['right cheekbone', ['r.cheek']],
  ['left maxillary sinus', ['l.maxilla']],
  ['side of the nose on the right', ['r.maxilla']],
  ['bridge of the nose', ['m.nose']],
  ['upper lip', ['m.mouth']],
  ['right jaw angle', ['r.jaw-angle']],
  ['angle of the jaw on the left', ['l.jaw-angle']],
  ['left jawline', ['l.mandible']],
  ['chin', ['m.chin']],
  ['right TMJ', ['r.tmj']],
  ['jaw joint left', ['l.tmj']],
  ['in front of the right ear', ['r.tmj']],
  ['left earlobe', ['l.ear']],
  ['deep in the right ear', ['r.deep-ear']],
  ['earache on the left', ['l.deep-ear']],
  ['behind the left ear', ['l.mastoid']],
  ['right mastoid', ['r.mastoid']],
  ['left parietal', ['l.parietal']],
  ['back of the head on the right', ['r.occiput']],
  ['right occipital headache', ['r.occiput']],
  ['base of the skull, left', ['l.suboccipital']],
  ['suboccipital on both sides', ['l.suboccipital', 'r.suboccipital']],
  // Mouth
  ['upper molars on the right', ['r.upper-molars']],
  ['left lower back teeth', ['l.lower-molars']],
  ['upper front teeth', ['m.upper-incisors']],
  ['lower incisors', ['m.lower-incisors']],
  ['right upper premolar', ['r.upper-premolars']],
  ['gums', ['m.gums']],
  ['roof of the mouth', ['m.palate']],
  ['tongue', ['m.tongue']],
  ['back of the throat', ['m.throat']],
  // Neck
  ['front of the neck', ['m.anterior-neck']],
  ['side of the neck on the right', ['r.lateral-neck']],
  ['left posterolateral neck', ['l.posterolateral-neck']],
  ['back of the neck, right', ['r.posterior-neck']],
  ['nape of the neck left', ['l.posterior-neck']],
  ['angle of the neck on the left', ['l.neck-angle']],
  ['right supraclavicular fossa', ['r.supraclavicular']],
  ['above the left collarbone', ['l.supraclavicular']],
  // Shoulder girdle and back
  ['top of the right shoulder', ['r.shoulder-top']],
  ['point of the left shoulder', ['l.acromion']],
  ['front of the right shoulder', ['r.anterior-deltoid']],
  ['anterior deltoid left', ['l.anterior-deltoid']],
  ['outside of the left shoulder', ['l.middle-deltoid']],
  ['back of the right shoulder', ['r.posterior-deltoid']],
  ['left supraspinous fossa', ['l.supraspinous']],
  ['right infraspinous fossa', ['r.infraspinous']],
  ['medial border of the scapula, right', ['r.scapula-medial-border']],
  ['along the inner edge of the left shoulder blade', ['l.scapula-medial-border']],
  ['inferior angle of the right scapula', ['r.scapula-inferior-angle']],
  ['between the shoulder blades', ['l.interscapular', 'r.interscapular']],
  ['left upper thoracic', ['l.upper-thoracic']],
  ['mid thoracic on the right', ['r.mid-thoracic']],
  ['thoracolumbar junction, left', ['l.lower-thoracic', 'l.lumbar']],
  ['right kidney area', ['r.lateral-back']],
  ['left lumbar paraspinal', ['l.lumbar']],
  ['right iliac crest', ['r.iliac-crest']],
  ['left sacroiliac region', ['l.sacroiliac']],
  ['SI joint on the right', ['r.sacroiliac']],
  ['sacrum', ['m.sacrum']],
  ['tailbone', ['m.coccyx']],
  ['coccyx', ['m.coccyx']],
  // Chest and abdomen
  ['below the right collarbone', ['r.infraclavicular']],
  ['left pec', ['l.pectoral']],
  ['breastbone', ['m.sternum']],
  ['centre of the chest', ['m.sternum']],
  ['right nipple', ['r.breast']],
  ['left armpit', ['l.axilla']],
  ['side of the chest on the right', ['r.lateral-chest']],
  ['left costal margin', ['l.lower-ribs']],
  ['pit of the stomach', ['m.epigastric']],
  ['heartburn area', ['m.epigastric']],
  ['right upper quadrant', ['r.upper-abdomen']],
  ['belly button', ['m.umbilical']],
  ['left flank', ['l.lateral-abdomen']],
  ['right lower quadrant', ['r.lower-abdomen']],
  ['above the pubic bone', ['m.suprapubic']],
  ['bladder', ['m.bladder']],
  ['left groin', ['l.groin']],
  ['pubic symphysis', ['m.pubic']],
  // Pelvis
  ['perineum', ['m.perineum']],
  ['rectum', ['m.rectal']],
  ['testicle', ['m.genital']],
  ['vagina', ['m.genital']],
  // Buttock and hip
  ['upper right buttock', ['r.upper-buttock']],
  ['middle of the left buttock', ['l.mid-buttock']],
  ['sit bones', ['l.lower-buttock', 'r.lower-buttock']],
  ['left sit bone', ['l.lower-buttock']],
  ['outer buttock on the right', ['r.lateral-buttock']],
  ['left gluteal fold', ['l.gluteal-fold']],
  ['right greater trochanter', ['r.greater-trochanter']],
  ['point of the left hip', ['l.greater-trochanter']],
  ['side of the right hip', ['r.lateral-hip']],
  // Arm
  ['front of the left upper arm', ['l.anterior-upper-arm']],
  ['back of the right upper arm', ['r.posterior-upper-arm']],
  ['outside of the left upper arm', ['l.lateral-upper-arm']],
  ['inside of the right upper arm', ['r.medial-upper-arm']],
  ['crook of the left elbow', ['l.antecubital']],
  ['lateral epicondyle right', ['r.lateral-epicondyle']],
  ['tennis elbow on the left', ['l.lateral-epicondyle']],
  ['right medial epicondyle', ['r.medial-epicondyle']],
  ['point of the right elbow', ['r.olecranon']],
  ['radial volar forearm, left', ['l.volar-forearm-radial']],
  ['ulnar dorsal forearm right', ['r.dorsal-forearm-ulnar']],
  // Wrist and hand
  ['inside of the left wrist', ['l.volar-wrist']],
  ['back of the right wrist', ['r.dorsal-wrist']],
  ['thumb side of the left wrist', ['l.radial-wrist']],
  ['right ulnar wrist', ['r.ulnar-wrist']],
  ['back of the left hand', ['l.dorsal-hand']],
  ['right palm', ['r.palm']],
  ['thenar eminence on the left', ['l.thenar']],
  // The heel of the hand is the base of the palm: both eminences.
  ['heel of the right hand', ['r.thenar', 'r.hypothenar']],
  ['web of the left thumb', ['l.thumb-web']],
  ['between thumb and index finger on the right', ['r.thumb-web']],
  ['right thumb', ['r.thumb']],
  ['left index finger', ['l.index-finger']],
  ['right middle finger', ['r.middle-finger']],
  ['left ring finger', ['l.ring-finger']],
  ['right pinky', ['r.little-finger']],
  // Thigh and knee
  ['front of the right thigh', ['r.anterior-thigh']],
  ['left anteromedial thigh', ['l.anteromedial-thigh']],
  ['right anterolateral thigh', ['r.anterolateral-thigh']],
  ['inner thigh on the left', ['l.medial-thigh']],
  ['right IT band', ['r.lateral-thigh']],
  ['back of the left thigh', ['l.posterior-thigh']],
  ['left kneecap', ['l.patella']],
  ['above the right kneecap', ['r.suprapatellar']],
  ['below the left kneecap', ['l.infrapatellar']],
  ['inner knee, right', ['r.medial-knee']],
  ['outside of the left knee', ['l.lateral-knee']],
  ['back of the right knee', ['r.popliteal']],
  ['behind the left knee', ['l.popliteal']],
  // Leg and foot
  ['right shin', ['r.shin']],
  ['shins', ['l.shin', 'r.shin']],
  ['outside of the left lower leg', ['l.lateral-leg']],
  ['inner calf on the right', ['r.medial-leg']],
  ['upper left calf', ['l.upper-calf']],
  ['lower right calf', ['r.lower-calf']],
  ['left achilles tendon', ['l.achilles']],
  ['right inner ankle', ['r.medial-ankle']],
  ['left lateral malleolus', ['l.lateral-ankle']],
  ['front of the right ankle', ['r.anterior-ankle']],
  ['left instep', ['l.dorsal-foot']],
  ['arch of the right foot', ['r.arch']],
  ['ball of the left foot', ['l.forefoot-sole']],
  ['plantar heel, right', ['r.plantar-heel']],
  ['back of the left heel', ['l.posterior-heel']],
  ['right big toe', ['r.big-toe']],
  ['left lesser toes', ['l.lesser-toes']],
];

const leaves = (area: string, side?: 'l' | 'r'): string[] =>
  REGIONS.filter((r) => r.parent === area && (side === undefined || r.side === side || r.side === 'm')).map(
    (r) => r.id,
  );

describe('resolveRegions: phrase table', () => {
  it('has at least 150 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES)('%s', (text, expected) => {
    const result = resolveRegions(text);
    expect([...result.regions].sort()).toEqual([...expected].sort());
    expect(result.unresolved).toEqual([]);
  });
});

describe('resolveRegions: sentences', () => {
  it('splits on commas, semicolons and "and" and carries a side through one sentence', () => {
    const r = resolveRegions('right temple and back of the neck, top of the shoulder');
    expect(r.regions).toEqual(['r.temple', 'r.posterior-neck', 'r.shoulder-top']);
    expect(r.notes.some((n) => n.includes('back of the neck'))).toBe(true);
  });

  it('takes a side given at the end of the sentence', () => {
    expect(resolveRegions('temple and jaw angle on the left').regions).toEqual(['l.temple', 'l.jaw-angle']);
  });

  it('does not carry a side past the end of a sentence', () => {
    const r = resolveRegions('left temple. Jaw angle.');
    expect(r.regions).toEqual(['l.temple', 'l.jaw-angle', 'r.jaw-angle']);
  });

  it('gives both sides, and says so, when no side is named for a lateral region', () => {
    const r = resolveRegions('temple');
    expect(r.regions).toEqual(['l.temple', 'r.temple']);
    expect(r.notes).toEqual(['no side given for "temple": both sides included']);
  });

  it('expands broad areas to their leaves', () => {
    expect([...resolveRegions('bilateral low back').regions].sort()).toEqual(leaves('low-back').sort());
    expect([...resolveRegions('left buttock').regions].sort()).toEqual(leaves('buttock', 'l').sort());
    expect([...resolveRegions('upper back on the right').regions].sort()).toEqual(
      leaves('thoracic-back', 'r').sort(),
    );
    expect(resolveRegions('both shoulders').regions).toHaveLength(8);
  });

  it('reports every phrase it could not read, never dropping it silently', () => {
    const r = resolveRegions('left kneecap, purple elephant; zorbs and right heel');
    // Reported as written ("zorbs"), not in the resolver's singular form, so the user recognises it.
    expect(r.unresolved).toEqual(['purple elephant', 'zorbs']);
    expect(r.regions).toEqual(['l.patella', 'r.plantar-heel', 'r.posterior-heel']);
  });

  it('returns nothing for empty text', () => {
    expect(resolveRegions('   ')).toEqual({
      regions: [],
      unresolved: [],
      notes: [],
      mentions: [],
      readings: [],
    });
  });

  it('returns only known region ids', () => {
    const ids = new Set(REGIONS.map((r) => r.id));
    for (const [text] of CASES) for (const id of resolveRegions(text).regions) expect(ids.has(id)).toBe(true);
  });
});
