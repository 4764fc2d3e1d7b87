// The three language sets of issue 9 (regions, evidence, red flags): zod formats shared by our sets in
// bench/language/*.json, the retired held-out 1 (bench/language/heldout/), blind 2 (bench/language/blind-2/),
// blind 3 (bench/language/blind-3/), blind 4 (bench/language/blind-4/), all tuning data since 2026-12-03,
// blind 5 to 12 (bench/language/blind-5/ to blind-12/, tuning data since 2026-12-04), the probe sets, and the
// judged blind held-out set in
// bench/language/blind-<BLIND_NUMBER>/ (read only when it has been placed and its files match SHA256SUMS; same formats).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const id = z.string().min(1).max(80);
const ids = z.array(id).max(50);

/** One region phrase: the regions it must resolve to (exactly), or another accepted set. */
export const RegionCaseSchema = z.object({
  id,
  text: z.string().min(1).max(500),
  register: z.enum(['lay', 'clinical']),
  expect: ids,
  alsoAccept: z.array(ids).optional(),
  tags: z.array(z.string()).max(30),
});

/** One evidence phrase: the findings present, the ids it must not report as present, its contexts. */
export const EvidenceCaseSchema = z.object({
  id,
  text: z.string().min(1).max(1000),
  present: z.object({
    movements: z.array(z.object({ id, side: z.enum(['l', 'r']).optional() })).optional(),
    activities: ids.optional(),
    symptoms: ids.optional(),
    redFlags: ids.optional(),
  }),
  notPresent: ids,
  context: z.array(z.enum(['negated', 'hypothetical', 'historical', 'other-person', 'plain'])).min(1),
});

/** One red-flag case: text (and optionally a drawing), the tier expected and the flags behind it. */
export const RedFlagCaseSchema = z.object({
  id,
  text: z.string().min(1).max(1000),
  drawing: ids.optional(),
  /** The client's age as an intake form gives it (a structured answer beside the text). */
  age: z.number().int().min(0).max(130).optional(),
  expectTier: z.enum(['emergency', 'urgent', 'refer', 'caution', 'none']),
  expectFlags: ids.optional(),
  benignLookalike: z.boolean(),
  negated: z.boolean(),
  source: z
    .object({ citation: z.string(), url: z.string().optional(), locator: z.string().optional() })
    .optional(),
});

export type RegionCase = z.infer<typeof RegionCaseSchema>;
export type EvidenceCase = z.infer<typeof EvidenceCaseSchema>;
export type RedFlagCase = z.infer<typeof RedFlagCaseSchema>;

const HERE = new URL('./', import.meta.url);
/** Retired held-out 1: written blind, looked at in aggregate too often, tuning data since 2026-12-03. */
export const RETIRED_HELDOUT_DIR = new URL('./heldout/', import.meta.url);
/** Retired blind 2: written blind, its totals printed once (2026-12-03 15:00 UTC), tuning data since. */
export const RETIRED_BLIND2_DIR = new URL('./blind-2/', import.meta.url);
/** Retired blind 3: written blind, its totals printed once (2026-12-03 17:15 UTC), tuning data since. */
export const RETIRED_BLIND3_DIR = new URL('./blind-3/', import.meta.url);
/** Retired blind 4: written blind, its totals printed once (2026-12-03 17:49 UTC), tuning data since. */
export const RETIRED_BLIND4_DIR = new URL('./blind-4/', import.meta.url);
/** Retired blind 5: written blind, its totals printed once (2026-12-03 18:14 UTC), tuning data since 2026-12-04. */
export const RETIRED_BLIND5_DIR = new URL('./blind-5/', import.meta.url);
/** Retired blind 6: written blind, its totals printed once (2026-12-04 17:30 UTC), tuning data since. */
export const RETIRED_BLIND6_DIR = new URL('./blind-6/', import.meta.url);
/** Retired blind 7: written blind, its totals printed once (2026-12-04 17:41 UTC), tuning data since. */
export const RETIRED_BLIND7_DIR = new URL('./blind-7/', import.meta.url);
/** Retired blind 8: written blind, its totals printed once (2026-12-04 20:23 UTC), tuning data since. */
export const RETIRED_BLIND8_DIR = new URL('./blind-8/', import.meta.url);
/** Retired blind 9: written blind, its totals printed once (2026-12-04 20:28 UTC), tuning data since. */
export const RETIRED_BLIND9_DIR = new URL('./blind-9/', import.meta.url);
/** Retired blind 10: written blind, its totals printed once (2026-12-04 22:11 UTC), tuning data since. */
export const RETIRED_BLIND10_DIR = new URL('./blind-10/', import.meta.url);
/** Retired blind 11: written blind, its totals printed once (2026-12-04 22:49 UTC), tuning data since. */
export const RETIRED_BLIND11_DIR = new URL('./blind-11/', import.meta.url);
/** Retired blind 12: written blind, its totals printed once (2026-12-04 23:35 UTC), tuning data since. */
export const RETIRED_BLIND12_DIR = new URL('./blind-12/', import.meta.url);

/** Probe A: lay phrases written blind on 2026-12-04 as tuning data from the start (never held out). */
export const PROBE_A_DIR = new URL('./probe-a/', import.meta.url);

/** Probe B: clinical phrases written blind on 2026-12-04 as tuning data from the start (never held out). */
export const PROBE_B_DIR = new URL('./probe-b/', import.meta.url);

/** Probe C: lay and clinical phrases written blind on 2026-12-04 as tuning data from the start. */
export const PROBE_C_DIR = new URL('./probe-c/', import.meta.url);
/** Probe E: red-flag cases and evidence sentences written blind on 2026-12-04 as tuning data from the start. */
export const PROBE_E_DIR = new URL('./probe-e/', import.meta.url);

/** A held-out set that has been seen and is tuning data now: its row label and folder. */
export interface RetiredSet {
  readonly label: string;
  readonly dir: URL;
}

/** The retired sets, in the order they were retired; each is scored as a tuning row. */
export const RETIRED_SETS: readonly RetiredSet[] = [
  { label: 'retired held-out 1 (tuning since 2026-12-03)', dir: RETIRED_HELDOUT_DIR },
  { label: 'retired blind 2 (tuning since 2026-12-03)', dir: RETIRED_BLIND2_DIR },
  { label: 'retired blind 3 (tuning since 2026-12-03)', dir: RETIRED_BLIND3_DIR },
  { label: 'retired blind 4 (tuning since 2026-12-03)', dir: RETIRED_BLIND4_DIR },
  { label: 'retired blind 5 (tuning since 2026-12-04)', dir: RETIRED_BLIND5_DIR },
  { label: 'retired blind 6 (tuning since 2026-12-04)', dir: RETIRED_BLIND6_DIR },
  { label: 'retired blind 7 (tuning since 2026-12-04)', dir: RETIRED_BLIND7_DIR },
  { label: 'retired blind 8 (tuning since 2026-12-04)', dir: RETIRED_BLIND8_DIR },
  { label: 'retired blind 9 (tuning since 2026-12-04)', dir: RETIRED_BLIND9_DIR },
  { label: 'retired blind 10 (tuning since 2026-12-04)', dir: RETIRED_BLIND10_DIR },
  { label: 'retired blind 11 (tuning since 2026-12-04)', dir: RETIRED_BLIND11_DIR },
  { label: 'retired blind 12 (tuning since 2026-12-04)', dir: RETIRED_BLIND12_DIR },
  { label: 'probe A, lay voices (tuning, written blind)', dir: PROBE_A_DIR },
  { label: 'probe B, clinical voices (tuning, written blind)', dir: PROBE_B_DIR },
  { label: 'probe C, mixed voices (tuning, written blind)', dir: PROBE_C_DIR },
  { label: 'probe E, red flags and evidence (tuning, written blind)', dir: PROBE_E_DIR },
];

/** Number of the blind held-out set that judges the targets now (earlier ones are in RETIRED_SETS). */
export const BLIND_NUMBER = 13;

/** Folder name of the judged blind set ("blind-6"), as reports name it. */
export const BLIND_NAME = `blind-${BLIND_NUMBER}`;

/** The judged blind set: placed by the coordinator; never tuned on, only its totals are ever printed. */
export const BLIND_DIR = new URL(`./${BLIND_NAME}/`, import.meta.url);

/** The files the judged blind set must hold (all listed in its SHA256SUMS) and the id prefix of each. */
export const BLIND_FILES: Readonly<Record<string, string>> = {
  'regions-heldout.json': `b${BLIND_NUMBER}r-`,
  'evidence-heldout.json': `b${BLIND_NUMBER}e-`,
  'redflags-heldout.json': `b${BLIND_NUMBER}f-`,
};

/** The three sets of one part (ours, a retired set, blind held-out 5). */
export interface LanguageSets {
  regions: RegionCase[];
  evidence: EvidenceCase[];
  redFlags: RedFlagCase[];
}

function parseFile<S extends z.ZodType>(url: URL, schema: S): z.infer<S>[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${url.pathname}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Our own sets (written beside the resolver). A missing file is an empty set. */
export function loadOwnSets(): LanguageSets {
  const own = <S extends z.ZodType>(name: string, schema: S): z.infer<S>[] => {
    const url = new URL(name, HERE);
    return existsSync(url) ? parseFile(url, schema) : [];
  };
  return {
    regions: own('regions.json', RegionCaseSchema),
    evidence: own('evidence.json', EvidenceCaseSchema),
    redFlags: own('redflags.json', RedFlagCaseSchema),
  };
}

/** Whether a held-out folder's files match its frozen SHA256SUMS (absent sums: not frozen). */
export interface Freeze {
  readonly frozen: boolean;
  readonly problems: readonly string[];
}

/**
 * Checks a held-out folder's files against its SHA256SUMS ("<sha256>  <file>" lines): every listed file
 * must exist with that hash, and every .json file in the folder must be listed. Problems name files only.
 */
export function checkFreeze(dir: URL): Freeze {
  const sums = new URL('SHA256SUMS', dir);
  if (!existsSync(sums)) return { frozen: false, problems: ['no SHA256SUMS: held-out part not frozen'] };
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const line of readFileSync(sums, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (m === null) continue;
    const [, hash, file = ''] = m;
    listed.add(file);
    const url = new URL(file, dir);
    if (!existsSync(url)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(url)).digest('hex');
    if (actual !== hash) problems.push(`${file}: sha256 differs from SHA256SUMS`);
  }
  for (const f of readdirSync(dir))
    if (f.endsWith('.json') && !listed.has(f)) problems.push(`${f}: not in SHA256SUMS`);
  return { frozen: problems.length === 0, problems };
}

/** Whether a held-out folder has been placed (the judged blind folder is absent until the coordinator adds it). */
export function folderPlaced(dir: URL): boolean {
  return existsSync(dir);
}

/** The sets of a held-out folder, by file name (regions*, evidence*, redflags* / red-flags*). */
export function loadSetFolder(dir: URL): LanguageSets {
  const out: LanguageSets = { regions: [], evidence: [], redFlags: [] };
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const url = new URL(f, dir);
    if (f.startsWith('region')) out.regions.push(...parseFile(url, RegionCaseSchema));
    else if (f.startsWith('evidence')) out.evidence.push(...parseFile(url, EvidenceCaseSchema));
    else if (f.startsWith('redflag') || f.startsWith('red-flag'))
      out.redFlags.push(...parseFile(url, RedFlagCaseSchema));
  }
  return out;
}

/**
 * Problems of a placed blind folder beyond its hashes: each expected file must be listed in SHA256SUMS
 * (so present and hashed), and every case id of a file must start with that file's prefix. Problems name
 * files and counts only, never a case.
 */
export function blindShapeProblems(
  dir: URL,
  files: Readonly<Record<string, string>> = BLIND_FILES,
): string[] {
  const sums = new URL('SHA256SUMS', dir);
  const listed = existsSync(sums)
    ? new Set(
        readFileSync(sums, 'utf8')
          .split('\n')
          .map((l) => /^[0-9a-f]{64}\s+\*?(.+)$/.exec(l.trim())?.[1])
          .filter((f): f is string => f !== undefined),
      )
    : new Set<string>();
  const problems: string[] = [];
  for (const [file, prefix] of Object.entries(files)) {
    if (!listed.has(file)) {
      problems.push(`${file}: expected, not in SHA256SUMS`);
      continue;
    }
    const url = new URL(file, dir);
    if (!existsSync(url)) continue; // checkFreeze reports it missing
    const items: unknown = JSON.parse(readFileSync(url, 'utf8'));
    const bad = Array.isArray(items)
      ? items.filter((x) => !String((x as { id?: unknown }).id ?? '').startsWith(prefix)).length
      : -1;
    if (bad === -1) problems.push(`${file}: not a JSON array`);
    else if (bad > 0) problems.push(`${file}: ${bad} id(s) without the prefix ${prefix}`);
  }
  return problems;
}
