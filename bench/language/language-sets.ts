// The three language sets of issue 9 (regions, evidence, red flags): zod formats shared by our sets in
// bench/language/*.json and the blind held-out third in bench/language/heldout/ (same formats).
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
const HELDOUT = new URL('./heldout/', import.meta.url);

function parseFile<S extends z.ZodType>(url: URL, schema: S): z.infer<S>[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${url.pathname}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Our own sets (written beside the resolver). A missing file is an empty set. */
export function loadOwnSets(): { regions: RegionCase[]; evidence: EvidenceCase[]; redFlags: RedFlagCase[] } {
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

/** Whether the held-out files match the frozen SHA256SUMS (absent sums: not frozen). */
export interface Freeze {
  readonly frozen: boolean;
  readonly problems: readonly string[];
}

/**
 * Checks the held-out files against heldout/SHA256SUMS ("<sha256>  <file>" lines), when present: every
 * listed file must exist with that hash, and every .json file in the folder must be listed.
 */
export function checkHeldoutFreeze(dir: URL = HELDOUT): Freeze {
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

/** The held-out sets, by file name (regions*, evidence*, redflags* / red-flags*). Never printed case by case. */
export function loadHeldoutSets(dir: URL = HELDOUT): {
  regions: RegionCase[];
  evidence: EvidenceCase[];
  redFlags: RedFlagCase[];
} {
  const out = { regions: [] as RegionCase[], evidence: [] as EvidenceCase[], redFlags: [] as RedFlagCase[] };
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
