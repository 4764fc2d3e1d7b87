import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_RULES, CLASSIFICATION_RULE_V1 } from './classification-rules.ts';
import { classificationView, classifyFinding, type FindingCriteria } from './classify-finding.ts';

type Spot = 'none' | 'out' | 'in';

const criteria = (
  band: boolean,
  spot: Spot,
  referred: boolean,
  sign: boolean,
  familiar: boolean,
): FindingCriteria => ({
  tautBand: band,
  spotTenderness: spot !== 'none',
  spotInsideBand: spot === 'in',
  referred: { present: referred },
  familiarPain: familiar,
  localTwitch: sign,
  jumpSign: false,
  painfulStretchLimit: false,
  weakness: false,
});

/**
 * Every combination of the rule's criteria: band (0/1) × spot (none / outside a band / inside the
 * band, which needs a band) × referral × a supporting sign × familiar pain = 5 × 2 × 2 × 2 = 40 rows.
 * Columns: band spot referred sign familiar → expected (clinical-notes §1.2 rule v1).
 */
const TABLE: readonly (readonly [0 | 1, Spot, 0 | 1, 0 | 1, 0 | 1, string])[] = [
  [0, 'none', 0, 0, 0, 'not-trigger-point'],
  [0, 'none', 0, 0, 1, 'not-trigger-point'],
  [0, 'none', 0, 1, 0, 'not-trigger-point'],
  [0, 'none', 0, 1, 1, 'not-trigger-point'],
  [0, 'none', 1, 0, 0, 'not-trigger-point'],
  [0, 'none', 1, 0, 1, 'not-trigger-point'],
  [0, 'none', 1, 1, 0, 'not-trigger-point'],
  [0, 'none', 1, 1, 1, 'not-trigger-point'],
  [0, 'out', 0, 0, 0, 'not-trigger-point'],
  [0, 'out', 0, 0, 1, 'not-trigger-point'],
  [0, 'out', 0, 1, 0, 'not-trigger-point'],
  [0, 'out', 0, 1, 1, 'not-trigger-point'],
  [0, 'out', 1, 0, 0, 'not-trigger-point'],
  [0, 'out', 1, 0, 1, 'not-trigger-point'],
  [0, 'out', 1, 1, 0, 'not-trigger-point'],
  [0, 'out', 1, 1, 1, 'not-trigger-point'],
  [1, 'none', 0, 0, 0, 'general-tension'],
  [1, 'none', 0, 0, 1, 'general-tension'],
  [1, 'none', 0, 1, 0, 'general-tension'],
  [1, 'none', 0, 1, 1, 'general-tension'],
  [1, 'none', 1, 0, 0, 'possible'],
  [1, 'none', 1, 0, 1, 'possible'],
  [1, 'none', 1, 1, 0, 'possible'],
  [1, 'none', 1, 1, 1, 'possible'],
  [1, 'out', 0, 0, 0, 'general-tension'],
  [1, 'out', 0, 0, 1, 'general-tension'],
  [1, 'out', 0, 1, 0, 'general-tension'],
  [1, 'out', 0, 1, 1, 'general-tension'],
  [1, 'out', 1, 0, 0, 'possible'],
  [1, 'out', 1, 0, 1, 'possible'],
  [1, 'out', 1, 1, 0, 'possible'],
  [1, 'out', 1, 1, 1, 'possible'],
  [1, 'in', 0, 0, 0, 'possible'],
  [1, 'in', 0, 0, 1, 'possible'],
  [1, 'in', 0, 1, 0, 'latent'],
  [1, 'in', 0, 1, 1, 'active'],
  [1, 'in', 1, 0, 0, 'latent'],
  [1, 'in', 1, 0, 1, 'active'],
  [1, 'in', 1, 1, 0, 'latent'],
  [1, 'in', 1, 1, 1, 'active'],
];

describe('classifyFinding, rule v1: every criterion combination', () => {
  it('the table has every combination once', () => {
    const keys = new Set(TABLE.map((r) => r.slice(0, 5).join()));
    expect(keys.size).toBe(40);
  });

  for (const [band, spot, referred, sign, familiar, expected] of TABLE) {
    it(`band=${band} spot=${spot} referred=${referred} sign=${sign} familiar=${familiar} → ${expected}`, () => {
      const result = classifyFinding(criteria(!!band, spot, !!referred, !!sign, !!familiar));
      expect(result.classification).toBe(expected);
      expect(result.ruleVersion).toBe('trp-rule-v1');
    });
  }

  it('each supporting sign alone counts the same as the twitch', () => {
    for (const sign of CLASSIFICATION_RULE_V1.complementary) {
      const f = { ...criteria(true, 'in', false, false, true), [sign]: true };
      expect(classifyFinding(f).classification).toBe('active');
    }
  });

  it('"spot inside band" is ignored when there is no band or no spot', () => {
    const noBand = {
      ...criteria(false, 'none', true, true, true),
      spotTenderness: true,
      spotInsideBand: true,
    };
    expect(classifyFinding(noBand).classification).toBe('not-trigger-point');
    const noSpot = { ...criteria(true, 'none', false, true, true), spotInsideBand: true };
    expect(classifyFinding(noSpot).classification).toBe('general-tension');
  });

  it('says why, in plain words', () => {
    const r = classifyFinding(criteria(true, 'in', true, false, true));
    expect(r.reasons).toEqual([
      'taut band felt',
      'tender spot inside the band',
      'referred sensation reproduced',
      'client recognised the pain as familiar',
    ]);
  });

  it('keeps the override beside the computed classification', () => {
    const computed = classifyFinding(criteria(true, 'in', true, false, true));
    const view = classificationView(computed, {
      classification: 'general-tension',
      reason: 'diffuse firmness, spot moved with the skin',
    });
    expect(view.computed.classification).toBe('active');
    expect(view.effective).toBe('general-tension');
    expect(classificationView(computed, null).effective).toBe('active');
  });

  it('every rule is registered by its version', () => {
    for (const [version, rule] of Object.entries(CLASSIFICATION_RULES)) expect(rule.version).toBe(version);
  });
});
