import { CURRENT_CLASSIFICATION_RULE, type ClassificationRule } from './classification-rules.ts';
import type { Classification, ClassificationOverride, PalpationFinding } from './palpation-finding.ts';

/** The criteria part of a finding the rule reads. */
export type FindingCriteria = Pick<
  PalpationFinding,
  | 'tautBand'
  | 'spotTenderness'
  | 'spotInsideBand'
  | 'familiarPain'
  | 'localTwitch'
  | 'jumpSign'
  | 'painfulStretchLimit'
  | 'weakness'
> & { readonly referred: { readonly present: boolean } };

/** A computed classification with the rule version and the reasons in plain words. */
export interface ComputedClassification {
  readonly classification: Classification;
  readonly ruleVersion: string;
  readonly reasons: readonly string[];
}

/** A classification as shown: the computed one, the override (if any) and the one in effect. */
export interface ClassificationView {
  readonly computed: ComputedClassification;
  readonly override: ClassificationOverride | null;
  readonly effective: Classification;
}

/** Classifies one palpated site by a versioned rule (default: the current rule). Pure. */
export function classifyFinding(
  f: FindingCriteria,
  rule: ClassificationRule = CURRENT_CLASSIFICATION_RULE,
): ComputedClassification {
  const spotInBand = f.tautBand && f.spotTenderness && f.spotInsideBand;
  const signs = rule.complementary.filter((s) => f[s]);
  const core = Number(f.tautBand) + Number(spotInBand) + Number(f.referred.present);
  const reasons: string[] = [];
  reasons.push(f.tautBand ? 'taut band felt' : 'no taut band');
  if (f.spotTenderness)
    reasons.push(spotInBand ? 'tender spot inside the band' : 'tender spot outside a band');
  if (f.referred.present) reasons.push('referred sensation reproduced');
  if (signs.length > 0) reasons.push(`supporting signs: ${signs.join(', ')}`);
  const out = (classification: Classification): ComputedClassification => ({
    classification,
    ruleVersion: rule.version,
    reasons,
  });
  if (spotInBand && (f.referred.present || signs.length > 0)) {
    reasons.push(
      f.familiarPain ? 'client recognised the pain as familiar' : 'pain not recognised as familiar',
    );
    return out(f.familiarPain ? 'active' : 'latent');
  }
  if (core >= rule.possibleMinCore) return out('possible');
  if (f.tautBand) return out('general-tension');
  return out('not-trigger-point');
}

/** The classification in effect: the therapist's override when there is one, else the computed one. */
export function classificationView(
  computed: ComputedClassification,
  override: ClassificationOverride | null,
): ClassificationView {
  return { computed, override, effective: override?.classification ?? computed.classification };
}
