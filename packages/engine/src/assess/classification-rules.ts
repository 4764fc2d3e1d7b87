/**
 * The classification rules as data, each with a version that is stored beside every computed
 * classification, so a later rule never silently relabels an earlier visit.
 */

/** Signs that count as "complementary" criteria once a tender spot sits in a taut band. */
export type ComplementarySign = 'localTwitch' | 'jumpSign' | 'painfulStretchLimit' | 'weakness';

/** One versioned classification rule. */
export interface ClassificationRule {
  readonly version: string;
  /** Core criteria (Delphi cluster) needed for "possible". */
  readonly possibleMinCore: number;
  /** Signs that, with a spot inside a band and no referral, still make a definite trigger point. */
  readonly complementary: readonly ComplementarySign[];
  /** What the rule says, in one paragraph, for the session screen and the note. */
  readonly summary: string;
  readonly sources: string;
}

/**
 * Rule v1 (clinical-notes §1.2 suggestion). Core criteria: taut band, tender spot inside that band,
 * reproduced referred sensation. Definite = spot inside band AND (referred sensation OR at least one
 * complementary sign); active when the client recognises the pain as familiar, latent otherwise.
 * Possible = at least two core criteria otherwise. A band without a spot in it and without referral is
 * general tension; anything less is not a trigger point. A spot outside any band counts as tenderness,
 * not as the core "spot" criterion.
 */
export const CLASSIFICATION_RULE_V1: ClassificationRule = Object.freeze({
  version: 'trp-rule-v1',
  possibleMinCore: 2,
  complementary: Object.freeze(['localTwitch', 'jumpSign', 'painfulStretchLimit', 'weakness'] as const),
  summary:
    'Definite when a tender spot lies inside a taut band and pressing it reproduces a referred sensation or another supporting sign (twitch, jump sign, painful stretch limit, weakness); active if the client knows the pain as theirs, latent if not. Two of band, spot-in-band and referral without that is possible. A band alone is general tension.',
  sources:
    'S1 Fernández-de-las-Peñas & Dommerholt 2018 (Delphi core cluster, active vs latent); S2 Baeumler, Hupe & Irnich 2023 (spot within band; band alone is not a trigger point); S3 Simons 1999 (confirmatory signs)',
});

/** Every rule by version; the newest is CURRENT_CLASSIFICATION_RULE. */
export const CLASSIFICATION_RULES: Readonly<Record<string, ClassificationRule>> = Object.freeze({
  [CLASSIFICATION_RULE_V1.version]: CLASSIFICATION_RULE_V1,
});

/** The rule new classifications use. */
export const CURRENT_CLASSIFICATION_RULE = CLASSIFICATION_RULE_V1;
