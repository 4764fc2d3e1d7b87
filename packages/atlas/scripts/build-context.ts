// Builds src/generated/{context,red-flag-lexicon,red-flag-rules}.json from data/context/triggers.yaml and
// data/red-flags/{signs,rules}.yaml, validated with zod and cross-checked against the red-flag ids,
// symptoms and region kinds. Same pattern as build-lexicon.ts.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/build-context.ts [--check]
// --check exits 1 (writing nothing) when a committed JSON differs from a fresh build.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { parse } from 'yaml';
import type { z } from 'zod';
import { checkScreening } from '../src/screening/check-screening.ts';
import {
  ContextFileSchema,
  EvidenceWordsFileSchema,
  RulesFileSchema,
  SignsFileSchema,
} from '../src/screening/screening-schema.ts';

const data = (path: string): URL => new URL(`../data/${path}`, import.meta.url);
const out = (name: string): string => fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));

function load<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parse(readFileSync(data(path), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Reads, validates and cross-checks the YAML files; returns each generated file's path and JSON text (prettier-formatted). */
export async function buildContextJson(): Promise<{ path: string; text: string }[]> {
  const context = load('context/triggers.yaml', ContextFileSchema);
  const signs = load('red-flags/signs.yaml', SignsFileSchema);
  const rules = load('red-flags/rules.yaml', RulesFileSchema);
  const evidenceWords = load('context/evidence-words.yaml', EvidenceWordsFileSchema);
  const problems = checkScreening(context, signs, rules, evidenceWords);
  if (problems.length > 0) throw new Error(`screening data problems:\n  ${problems.join('\n  ')}`);
  const json = (v: unknown): Promise<string> =>
    format(JSON.stringify(v), { parser: 'json', printWidth: 110 });
  return [
    { path: out('context.json'), text: await json(context) },
    { path: out('red-flag-lexicon.json'), text: await json(signs) },
    { path: out('red-flag-rules.json'), text: await json(rules) },
    { path: out('evidence-words.json'), text: await json(evidenceWords) },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildContextJson();
  if (process.argv.includes('--check')) {
    const stale = files.filter((f) => {
      try {
        return readFileSync(f.path, 'utf8') !== f.text;
      } catch {
        return true;
      }
    });
    for (const f of stale) console.error(`${f.path} is out of date: run this script without --check`);
    if (stale.length > 0) process.exit(1);
    console.log('context and red-flag JSON are up to date');
  } else {
    for (const f of files) {
      writeFileSync(f.path, f.text);
      console.log(`wrote ${f.path} (${f.text.length} bytes)`);
    }
  }
}
