import { Command } from 'commander';
import { z } from 'zod';
import { loadAtlas } from '@myomap/atlas';
import {
  CLIENT_AGE_MAX,
  FinderQuerySchema,
  prepareFinderQuery,
  rankSources,
  readAgeText,
  TEXT_INTENSITY,
  toFinderJson,
  type FinderJson,
  type FinderQuery,
} from '@myomap/engine';
import { CliError } from '../cli-error.ts';
import { batchLines, readInput, writeJson, writeJsonLine, writeReadings } from '../io.ts';

/** One batch line: the API's query, plus the short form { regions: [ids], evidence: "text" }. */
const BatchLineSchema = FinderQuerySchema.and(
  z.object({ regions: z.array(z.string()).max(300).optional(), evidence: z.string().max(2000).optional() }),
);

function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
}

function toQuery(raw: unknown): FinderQuery {
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const regions = Array.isArray(obj.regions) ? obj.regions : undefined;
  const merged = {
    ...obj,
    ...(regions === undefined
      ? {}
      : {
          drawing: [
            ...((obj.drawing as unknown[]) ?? []),
            ...regions.map((region) => ({ region, intensity: TEXT_INTENSITY })),
          ],
        }),
    ...(typeof obj.evidence === 'string' ? { evidenceText: obj.evidence } : {}),
  };
  delete (merged as Record<string, unknown>).regions;
  delete (merged as Record<string, unknown>).evidence;
  const parsed = BatchLineSchema.safeParse(merged);
  if (!parsed.success) throw new CliError(issuesText(parsed.error));
  return parsed.data;
}

function run(query: FinderQuery): FinderJson {
  const prepared = prepareFinderQuery(query);
  return toFinderJson(rankSources(prepared.input, loadAtlas(), prepared.options), prepared);
}

function printHuman(r: FinderJson): void {
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  if (r.stop !== null)
    out(
      `!! ${r.stop.tier.toUpperCase()}: ${r.stop.message}\n   ${r.redFlags.map((f) => f.label).join('; ')}\n`,
    );
  writeReadings(r.readings);
  out(`Drawing: ${r.drawing.map((d) => `${d.region} ${d.intensity}`).join(', ')}`);
  r.ranked.forEach((c, i) =>
    out(`${String(i + 1).padStart(2)}. ${c.score.toFixed(1).padStart(5)}  ${c.summary}`),
  );
  if (r.explainingSet.length > 0)
    out(
      `Fewest muscles: ${r.explainingSet.map((e) => `${e.muscle.name} (${e.side}, ${Math.round(e.share * 100)}%)`).join(' + ')}`,
    );
  if (r.unexplainedRegions.length > 0)
    out(`No muscle explains: ${r.unexplainedRegions.join(', ')} — consider a non-muscular cause`);
  if (r.unresolved.length > 0) out(`Unresolved: ${r.unresolved.map((u) => `"${u}"`).join(', ')}`);
  const notCounted = r.ruledOut.map(
    (f) => `"${f.cue === undefined ? f.text : `${f.cue.text} … ${f.text}`}" (${f.status})`,
  );
  if (notCounted.length > 0) out(`Not counted: ${notCounted.join(', ')}`);
  for (const n of r.notes) out(`Note: ${n}`);
}

/** `myomap find`: rank trigger point sources from text, region ids and evidence; or a JSON-lines batch. */
export function findCommand(): Command {
  return new Command('find')
    .description('rank the muscles whose trigger points explain a pain description')
    .option('--text <description>', 'where it hurts, e.g. "right temple and back of the neck"')
    .option('--regions <ids>', 'comma-separated region ids, e.g. r.temple,r.posterior-neck')
    .option(
      '--evidence <text>',
      'movement findings, activities, symptoms in words, e.g. "restricted rotation to the left; chews gum"',
    )
    .option('--age <years>', "the client's age in whole years (0–120), for the red-flag screen's age rules")
    .option('--top <n>', 'how many candidates (1–100)', '10')
    .option('--json', 'print JSON')
    .option(
      '--batch <file>',
      'read one JSON query per line from a file or - ; write one JSON result per line',
    )
    .action(
      (opts: {
        text?: string;
        regions?: string;
        evidence?: string;
        age?: string;
        top: string;
        json?: boolean;
        batch?: string;
      }) => {
        const top = Number(opts.top);
        if (!Number.isInteger(top) || top < 1 || top > 100)
          throw new CliError('--top must be a whole number from 1 to 100');
        if (opts.batch !== undefined) {
          const lines = batchLines(readInput(opts.batch));
          let failed = 0;
          for (const line of lines) {
            try {
              const raw: unknown = JSON.parse(line.text);
              const query = toQuery(raw);
              writeJsonLine(run({ ...query, options: { top, ...query.options } }));
            } catch (error) {
              const message =
                error instanceof SyntaxError
                  ? `not JSON: ${error.message}`
                  : error instanceof Error
                    ? error.message
                    : String(error);
              writeJsonLine({ line: line.line, error: message });
              failed++;
            }
          }
          if (failed > 0) throw new CliError(`${failed} of ${lines.length} batch lines failed`, 1);
          return;
        }
        const raw: Record<string, unknown> = { options: { top } };
        if (opts.text !== undefined) raw.text = opts.text;
        if (opts.regions !== undefined)
          raw.regions = opts.regions
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        if (opts.evidence !== undefined) raw.evidence = opts.evidence;
        if (opts.age !== undefined) {
          const age = readAgeText(opts.age);
          if (age === undefined)
            throw new CliError(`--age must be whole years from 0 to ${CLIENT_AGE_MAX}, e.g. 72`);
          raw.age = age;
        }
        if (opts.text === undefined && opts.regions === undefined)
          throw new CliError('give --text "<description>" or --regions id,id (or --batch)');
        const result = run(toQuery(raw));
        if (opts.json === true) writeJson(result);
        else printHuman(result);
      },
    );
}
