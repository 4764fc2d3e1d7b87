import {
  RED_FLAG_LEXICON,
  RED_FLAG_RULES,
  RED_FLAGS,
  regionIdParts,
  regionKindByKey,
  type RedFlagId,
  type RedFlagTier,
  type SymptomId,
} from '@myomap/atlas';
import { resolveEvidence, type EvidenceResult, type TextFinding } from '../resolve/resolve-evidence.ts';

/** One warning sign found in the input, with what to do. */
export interface RedFlagFinding {
  readonly id: RedFlagId | 'saddle-numbness-drawn';
  readonly label: string;
  readonly tier: RedFlagTier;
  /** The combination rules (data/red-flags/rules.yaml) that raised it, if any. */
  readonly rules?: readonly string[];
}

/** The notice shown above the ranked list when any red flag is present. */
export interface StopNotice {
  readonly tier: RedFlagTier;
  readonly message: string;
}

/** What the screen reads: structured answers (intake, finder chips) and/or free text. */
export interface ScreenInput {
  /** Red flags answered "yes". */
  readonly flags?: readonly RedFlagId[];
  readonly symptoms?: readonly SymptomId[];
  /** The pain drawing: region ids with, optionally, intensity (0 = not painted) and quality. */
  readonly drawing?: readonly { region: string; intensity?: number; quality?: string | undefined }[];
  readonly age?: number;
  /** Free text (intake notes, a pain description): read with ConText, so "no fever" raises nothing. */
  readonly text?: string;
}

/** A combination rule that fired. */
export interface FiredRule {
  readonly id: string;
  readonly tier: RedFlagTier;
  readonly label: string;
}

/** The screen's answer: findings most serious first, the notice, fired rules and what the text ruled out. */
export interface ScreenResult {
  readonly findings: RedFlagFinding[];
  readonly notice: StopNotice | undefined;
  readonly rules: FiredRule[];
  /** Red-flag signs the text mentions but that do not count: negated, hypothetical, another person's, or past. */
  readonly ruledOut: TextFinding[];
  readonly age?: number;
}

/** The last text read and its reading: the Finder re-ranks on every brush stroke with the same words. */
let lastRead: { readonly text: string; readonly result: EvidenceResult } | undefined;

/** Reads free text once per distinct text in a row (pure: the same text always reads the same). */
function readText(text: string): EvidenceResult {
  if (lastRead?.text !== text) lastRead = { text, result: resolveEvidence(text) };
  return lastRead.result;
}

const TIER_ORDER: readonly RedFlagTier[] = ['emergency', 'urgent', 'refer', 'caution'];
const rank = (t: RedFlagTier): number => TIER_ORDER.indexOf(t);

const MESSAGES: Record<RedFlagTier, string> = {
  emergency:
    'Stop. Call emergency services now: these signs may mean a heart attack, stroke or another emergency. Do not treat.',
  urgent:
    'Stop. Same-day medical assessment is needed before any hands-on work (possible nerve compression, vascular problem or clot).',
  refer: 'No trigger point work yet: refer to a doctor to rule out a serious cause first.',
  caution: 'Go gently: adapt pressure and positioning and check clearance with the client’s clinician.',
};

/** The rule sites a drawn region belongs to (by its kind's parent area or its key). */
function sitesOfRegion(region: string): string[] {
  const { key } = regionIdParts(region);
  const parent = regionKindByKey(key)?.parent ?? '';
  return Object.entries(RED_FLAG_RULES.sites)
    .filter(([, s]) => s.parents.includes(parent) || s.keys.includes(key))
    .map(([id]) => id);
}

/**
 * Screens for red flags with one rule set (clinical-notes §5; data/red-flags/rules.yaml): each sign
 * alone by its own tier, and combinations by the rules (chest-pain companions with chest, arm, jaw,
 * neck or upper-back pain drawn or named; stroke signs; cauda equina; suspected DVT; giant cell
 * arteritis over 50; cancer history with pain; fever, osteoporosis or steroids with spinal pain...).
 * Takes structured answers and/or free text, so the intake screen and the finder share it. Numbness
 * drawn in the saddle area counts as saddle numbness. Negated, hypothetical and other people's signs
 * in the text never raise a flag.
 * @example screenRedFlags({ flags: ['cold-sweat'], drawing: [{ region: 'l.medial-upper-arm' }] }).notice?.tier // 'emergency'
 */
export function screenRedFlags(input: ScreenInput): ScreenResult {
  const read = input.text === undefined || input.text.trim() === '' ? undefined : readText(input.text);
  const age = input.age ?? read?.age;
  const flags = new Set<RedFlagId>([...(input.flags ?? []), ...(read?.redFlags ?? [])]);
  const sites = new Set<string>(read?.sites ?? []);
  const drawing = (input.drawing ?? []).filter((d) => (d.intensity ?? 1) > 0);
  for (const d of drawing) for (const s of sitesOfRegion(d.region)) sites.add(s);
  for (const id of flags) {
    const site = RED_FLAG_LEXICON.signs[id]?.site;
    if (site !== undefined) sites.add(site);
  }
  const symptoms = new Set<string>([...(input.symptoms ?? []), ...(read?.symptoms ?? [])]);
  const pain = drawing.length > 0 || sites.size > 0;

  const companions = RED_FLAG_RULES.symptomFlags;
  if (companions.sites.some((s) => sites.has(s)))
    for (const s of symptoms) {
      const flag = companions.map[s];
      if (flag !== undefined) flags.add(flag as RedFlagId);
    }

  const tiers = new Map<RedFlagId, { tier: RedFlagTier | undefined; rules: string[] }>();
  for (const id of flags) {
    const alone = RED_FLAG_LEXICON.signs[id]?.alone ?? 'none';
    tiers.set(id, { tier: alone === 'none' ? undefined : alone, rules: [] });
  }
  const fired: FiredRule[] = [];
  for (const rule of RED_FLAG_RULES.rules) {
    const w = rule.when;
    if (w.allFlags !== undefined && !w.allFlags.every((f) => flags.has(f as RedFlagId))) continue;
    const anyHits = (w.anyFlag ?? []).filter((f) => flags.has(f as RedFlagId)) as RedFlagId[];
    if (w.anyFlag !== undefined && anyHits.length === 0) continue;
    if (w.anySymptom !== undefined && !w.anySymptom.some((s) => symptoms.has(s))) continue;
    if (w.anySite !== undefined && !w.anySite.some((s) => sites.has(s))) continue;
    if (w.pain === true && !pain) continue;
    if (w.ageOver !== undefined && (age === undefined || age <= w.ageOver)) continue;
    if (w.ageUnknown === true && age !== undefined) continue;
    fired.push({ id: rule.id, tier: rule.tier, label: rule.label });
    for (const id of [...((w.allFlags ?? []) as RedFlagId[]), ...anyHits]) {
      const t = tiers.get(id);
      if (t === undefined) continue;
      if (t.tier === undefined || rank(rule.tier) < rank(t.tier)) t.tier = rule.tier;
      t.rules.push(rule.id);
    }
  }

  const findings: RedFlagFinding[] = [];
  for (const [id, t] of tiers)
    if (t.tier !== undefined)
      findings.push({
        id,
        label: RED_FLAGS[id].label,
        tier: t.tier,
        ...(t.rules.length === 0 ? {} : { rules: t.rules }),
      });
  const saddle = RED_FLAG_RULES.sites.saddle;
  const saddleNumb = drawing.some(
    (d) => d.quality === 'numbness' && saddle !== undefined && sitesOfRegion(d.region).includes('saddle'),
  );
  if (saddleNumb && !flags.has('saddle-numbness'))
    findings.push({
      id: 'saddle-numbness-drawn',
      label: 'numbness drawn in the saddle area',
      tier: 'urgent',
    });
  findings.sort((a, b) => rank(a.tier) - rank(b.tier));
  const top = findings[0];
  const ruledOut = (read?.findings ?? []).filter(
    (f) => f.kind === 'redFlag' && !(read?.redFlags ?? []).includes(f.id as RedFlagId),
  );
  const result: ScreenResult = {
    findings,
    notice: top === undefined ? undefined : { tier: top.tier, message: MESSAGES[top.tier] },
    rules: fired,
    ruledOut,
  };
  return age === undefined ? result : { ...result, age };
}
