import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';
import type { FindingStatus } from './context.ts';

/** The status of the first finding with this id in the text. */
function statusOf(text: string, id: string): FindingStatus | undefined {
  return resolveEvidence(text).findings.find((f) => f.id === id)?.status;
}

describe('ConText statuses of findings', () => {
  it.each<[string, string, FindingStatus]>([
    // negation before the finding
    ['no fever', 'fever', 'negated'],
    ['denies saddle numbness, no fever', 'saddle-numbness', 'negated'],
    ['denies saddle numbness, no fever', 'fever', 'negated'],
    ['without any chest pain', 'chest', 'negated'],
    ['negative for night pain', 'constant-night-pain', 'negated'],
    ['no history of cancer', 'cancer-history', 'negated'],
    ["doesn't take blood thinners", 'anticoagulants', 'negated'],
    ['nil fever', 'fever', 'negated'],
    // negation after the finding
    ['fever ruled out', 'fever', 'negated'],
    ['saddle numbness: absent', 'saddle-numbness', 'negated'],
    ['DVT excluded by scan', 'calf-swelling', 'negated'],
    // a list keeps the negation across commas; a new clause does not
    ['no fever, chills or night sweats', 'fever', 'negated'],
    ['no tinnitus, crushing chest pain at rest', 'pain-at-rest-crushing', 'present'],
    // terminators end the scope
    ['no fever but her face is drooping', 'face-droop', 'present'],
    ['no numbness, however she is on warfarin', 'anticoagulants', 'present'],
    // pseudo-triggers do not negate
    ['no change in the numbness', 'numbness', 'present'],
    ['not only headache but double vision', 'double-vision', 'present'],
    // a trigger inside the sign's own words does not negate it
    ['lost weight without trying', 'unexplained-weight-loss', 'present'],
    ["I've never had a headache like this", 'thunderclap-headache', 'present'],
    ["can't feel the toilet paper when I wipe", 'saddle-numbness', 'present'],
    ['Denies: saddle numbness or bladder change', 'saddle-numbness', 'negated'],
    ['I used to take warfarin', 'anticoagulants', 'historical'],
    // a past-tense ending reaches back over one comma; a negation does not
    ['had a fever last month, fully recovered', 'fever', 'historical'],
    ['crushing chest pain at rest, none of the usual triggers', 'pain-at-rest-crushing', 'present'],
    ["hasn't got a fever", 'fever', 'negated'],
    // hypothetical
    ['return if numbness in both legs', 'bilateral-leg-symptoms', 'hypothetical'],
    ['call 999 in case of chest pain', 'chest', 'hypothetical'],
    ['should there be numbness in both legs, seek help', 'bilateral-leg-symptoms', 'hypothetical'],
    ['no fever, chills, sweating with the pain', 'cold-sweat', 'present'],
    ['watch for slurred speech', 'speech-difficulty', 'hypothetical'],
    ['worried about cancer', 'cancer-history', 'hypothetical'],
    // historical
    ['history of breast cancer', 'cancer-history', 'historical'],
    ['broke my wrist years ago', 'recent-trauma', 'historical'],
    ['previous DVT', 'prior-dvt', 'present'],
    ['fell off a ladder as a child', 'recent-trauma', 'historical'],
    // experiencer
    ['her mother had a stroke', 'stroke-or-tia', 'other-person'],
    ['family history of cancer', 'cancer-history', 'other-person'],
    ['my dad is on warfarin', 'anticoagulants', 'other-person'],
    ['bowel cancer runs in the family', 'cancer-history', 'other-person'],
    // plain
    ['crushing chest pain', 'pain-at-rest-crushing', 'present'],
  ])('%s -> %s is %s', (text, id, status) => {
    expect(statusOf(text, id)).toBe(status);
  });

  it('lists only present findings (and past signs whose history counts) in the id lists', () => {
    const r = resolveEvidence('no fever; history of cancer; her sister is pregnant; chews gum');
    expect(r.redFlags).toEqual(['cancer-history']);
    expect(r.activities).toEqual(['chewing-gum']);
    expect(r.findings.map((f) => `${f.id}:${f.status}`)).toEqual([
      'fever:negated',
      'cancer-history:historical',
      'pregnancy:other-person',
      'chewing-gum:present',
    ]);
  });

  it('a past trauma does not count, a past cancer does', () => {
    expect(resolveEvidence('car accident ten years ago').redFlags).toEqual([]);
    expect(resolveEvidence('had lymphoma ten years ago').redFlags).toEqual(['cancer-history']);
  });

  it('an episode dated by a calendar year is past; "since" a year is not', () => {
    const r = resolveEvidence('Broke his right ankle in 2015; healed well');
    expect(r.redFlags).toEqual([]);
    expect(r.findings.find((f) => f.id === 'recent-trauma')?.status).toBe('historical');
    expect(resolveEvidence('was on prednisolone back in 2018').redFlags).toEqual([]);
    expect(resolveEvidence('had a fever with covid last month, long gone').redFlags).toEqual([]);
    expect(resolveEvidence('fever since 2019 and now').redFlags).toEqual(['fever']);
  });

  it('a finding said to be fine or normal is ruled out; sleeping well is no finding', () => {
    const r = resolveEvidence('looking down is fine. Grip strength normal. She sleeps fine.');
    expect([...r.movements.map((m) => m.id), ...r.activities, ...r.symptoms]).toEqual([]);
    expect(r.findings.map((f) => `${f.id}:${f.status}`)).toEqual([
      'cervical.flexion:negated',
      'grip:negated',
    ]);
  });

  it('plans and worries are hypothetical; a grandchild is another person', () => {
    expect(resolveEvidence('might try golf again once the elbow settles').activities).toEqual([]);
    expect(resolveEvidence('wants to try skiing this winter').activities).toEqual([]);
    expect(resolveEvidence('ask her to report any numbness in the saddle area').redFlags).toEqual([]);
    expect(resolveEvidence('grandson has a broken arm').redFlags).toEqual([]);
  });

  it('a short negative answer to a question negates the question; a longer reply does not', () => {
    expect(statusOf('Any tingling? Not really.', 'tingling')).toBe('negated');
    expect(statusOf('Night pain? Nope, never.', 'constant-night-pain')).toBe('negated');
    expect(resolveEvidence('Tingling? No, never.').symptoms).toEqual([]);
    expect(resolveEvidence('Expecting a baby? No chance, I am 71.').redFlags).toEqual([]);
    expect(resolveEvidence('Warfarin or similar? No way.').redFlags).toEqual([]);
    expect(resolveEvidence('Warfarin? Yes, no way round it.').redFlags).toEqual(['anticoagulants']);
    // a reply that goes on to say something else is no answer to the question
    expect(statusOf('Chest pain? No idea what sets it off.', 'chest')).toBe('present');
    expect(statusOf('Numbness? Yes, none of the usual ones though.', 'numbness')).toBe('present');
  });

  it('a bare perfect-tense negation negates; "hasn\'t eased" and its kin say the finding goes on', () => {
    expect(statusOf("he hasn't fainted", 'faint-with-pain')).toBe('negated');
    expect(statusOf("she feels queasy but hasn't been sick", 'nausea-with-pain')).toBe('present');
    expect(resolveEvidence("I haven't vomited once").symptoms).toEqual([]);
    expect(resolveEvidence("the tingling hasn't eased at all").symptoms).toEqual(['tingling']);
    expect(resolveEvidence('the ache in his back never lets up').findings.map((f) => f.status)).not.toContain(
      'negated',
    );
  });

  it('a medicine taken "since" a dated event goes on; a habit of the past or of one\'s patients does not', () => {
    expect(resolveEvidence('on apixaban since a heart valve operation in 2017').redFlags).toEqual([
      'anticoagulants',
    ]);
    expect(statusOf('used to be a cyclist and used to prescribe warfarin', 'anticoagulants')).toBe(
      'historical',
    );
    expect(resolveEvidence('rowed at college, gave it up after graduating').activities).toEqual([]);
    expect(resolveEvidence('plays the cello at college').activities).toEqual([]);
  });

  it('a scare, or a test that came back clear, rules a finding out', () => {
    expect(statusOf('a bowel cancer scare in the spring', 'cancer-history')).toBe('negated');
    expect(statusOf('the ultrasound for DVT came back clear', 'calf-swelling')).toBe('negated');
    expect(resolveEvidence('her lymphoma was treated with chemo').redFlags).toEqual(['cancer-history']);
  });

  it('keeps the evidence fields for present findings', () => {
    const r = resolveEvidence('restricted neck rotation to the left; chews gum; tinnitus; frobnicate');
    expect(r.movements).toEqual([{ id: 'cervical.rotation', side: 'l' }]);
    expect(r.activities).toEqual(['chewing-gum']);
    expect(r.symptoms).toEqual(['tinnitus']);
    expect(r.unresolved).toEqual(['frobnicate']);
  });

  it('gives each finding its span in the text', () => {
    const text = 'pain ok; denies saddle numbness';
    const f = resolveEvidence(text).findings.find((x) => x.id === 'saddle-numbness');
    expect(f && text.slice(f.start, f.end)).toBe('saddle numbness');
  });
});
