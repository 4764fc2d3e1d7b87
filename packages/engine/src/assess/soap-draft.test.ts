import { findingLevatorTension, findingTrapActive, holdsTrap, visitZoeNeck } from '@myomap/fixtures';
import { describe, expect, it } from 'vitest';
import { classificationView, classifyFinding } from './classify-finding.ts';
import { compareOutcome } from './outcome-measures.ts';
import { draftSoap, type SoapInput } from './soap-draft.ts';
import {
  AssessmentSchema,
  HoldEntrySchema,
  ObjectiveSchema,
  PlanSchema,
  StoredFindingSchema,
  SubjectiveSchema,
} from './visit-record.ts';

function zoeVisit(): SoapInput {
  const findings = [findingTrapActive, findingLevatorTension].map((raw) => {
    const { override, ...finding } = StoredFindingSchema.parse(raw);
    return { finding, view: classificationView(classifyFinding(finding), override) };
  });
  return {
    subjective: SubjectiveSchema.parse(visitZoeNeck.subjective),
    objective: ObjectiveSchema.parse(visitZoeNeck.objective),
    assessment: AssessmentSchema.parse(visitZoeNeck.assessment),
    plan: PlanSchema.parse(visitZoeNeck.plan),
    rescreen: { changed: false },
    outcomes: [{ measure: 'nprs', score: 6, change: compareOutcome('nprs', 8, 6) }],
    findings,
    holds: holdsTrap.map((h) => HoldEntrySchema.parse(h)),
    away: [],
  };
}

describe('SOAP drafting from the structured visit', () => {
  it('restates every recorded item in plain clinical prose', () => {
    const note = draftSoap(zoeVisit());
    expect(note.subjective).toBe(
      'Red-flag re-screen: nothing new since the last visit. Client reports: “Ache on the right side of my neck up into the temple, worse after long days at the laptop”. Pain drawn at right side of the neck 6/10 aching, right temple 5/10 aching and right top of the shoulder 4/10 aching. Pain now 6/10 (NPRS). Aggravated by laptop work and driving. NPRS 6 on 0–10, change -2 (meaningful).',
    );
    expect(note.objective).toContain(
      'Movement: turning the head (right) 50° by inclinometer, painful; turning the head (left) 70° by inclinometer.',
    );
    expect(note.objective).toContain('Posture: forward head and elevated shoulder (right).');
    expect(note.objective).toContain(
      'Palpation Upper trapezius TrP1 (right): taut band, tender spot in the band, referred deep ache to right temple and right side of the neck, familiar pain recognised, jump sign and painful limit to stretch; examiner confidence 2/3.',
    );
    expect(note.objective).toContain('PPT upper trapezius TrP1 (right) 2.5 kg/cm², mean of 3 trials.');
    expect(note.assessment).toBe(
      'Findings at Upper trapezius TrP1 (right) consistent with an active trigger point (trp-rule-v1). Findings at Levator scapulae TrP1 (right) recorded as general muscle tension by the therapist (trp-rule-v1 gave a possible trigger point); reason: diffuse firmness along the muscle; the spot did not stay put.',
    );
    expect(note.plan).toContain(
      'Sustained pressure to Upper trapezius TrP1 (right): 1 hold of 62 s, peak rating 6/10; referral reduced.',
    );
    expect(note.plan).toContain(
      'Re-test after treatment: turning the head (right) 62° by inclinometer (before: 50°); PPT upper trapezius TrP1 4.1 kg/cm² (before: 2.5).',
    );
    expect(note.plan).toContain(
      'Perpetuating factors: poor workstation or furniture fit (advised: raise the laptop screen to eye level).',
    );
    expect(note.plan).toContain('Self-care: upper trapezius self-pressure with a ball, 60 s.');
    expect(note.plan).toContain('Next time: right rotation and upper trapezius PPT.');
  });

  it('names the clinic’s rating cap a hold was logged under', () => {
    const v = zoeVisit();
    const note = draftSoap({ ...v, holds: v.holds.map((h) => ({ ...h, ratingCap: 5 })) });
    expect(note.plan).toContain('peak rating 6/10 (clinic limit 5/10); referral reduced.');
  });

  it('writes nothing for what was not recorded', () => {
    const v = zoeVisit();
    const empty = draftSoap({
      ...v,
      subjective: { ...v.subjective, complaint: '', drawing: [], painNow: null, aggravating: [] },
      outcomes: [],
      rescreen: null,
      findings: [],
      holds: [],
    });
    expect(empty.subjective).toBe('');
    expect(empty.assessment).toBe('');
  });
});
