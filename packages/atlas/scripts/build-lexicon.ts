// Builds src/generated/lexicon.json from data/region-facets.yaml and data/lexicon/*.yaml, validated with zod
// and cross-checked against the region kinds. Region words only; the muscle data has its own build.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/build-lexicon.ts [--check]
// --check exits 1 (writing nothing) when the committed JSON differs from a fresh build.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  CommonWordsFileSchema,
  DirectionsFileSchema,
  FacetsFileSchema,
  FunctionWordsFileSchema,
  LexiconSchema,
  PartsFileSchema,
  SidesFileSchema,
} from '../src/language/lexicon-schema.ts';
import { checkLexicon } from '../src/language/check-lexicon.ts';

const data = (path: string): URL => new URL(`../data/${path}`, import.meta.url);
/** Where the compiled lexicon is written. */
export const LEXICON_JSON = fileURLToPath(new URL('../src/generated/lexicon.json', import.meta.url));

function load<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parse(readFileSync(data(path), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Reads, validates and cross-checks the YAML files; returns the JSON text to commit (prettier-formatted). */
export async function buildLexiconJson(): Promise<string> {
  const directions = load('lexicon/directions.yaml', DirectionsFileSchema);
  const lexicon = LexiconSchema.parse({
    facets: load('region-facets.yaml', FacetsFileSchema),
    parts: load('lexicon/parts.yaml', PartsFileSchema).entries,
    directions: directions.directions,
    relations: directions.relations,
    sides: load('lexicon/sides.yaml', SidesFileSchema).sides,
    functionWords: load('lexicon/function-words.yaml', FunctionWordsFileSchema),
    commonWords: load('lexicon/common-words.yaml', CommonWordsFileSchema).words,
  });
  const problems = checkLexicon(lexicon);
  if (problems.length > 0) throw new Error(`lexicon problems:\n  ${problems.join('\n  ')}`);
  return format(JSON.stringify(lexicon), { parser: 'json', printWidth: 110 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await buildLexiconJson();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(LEXICON_JSON, 'utf8');
    } catch {
      // missing counts as different
    }
    if (current !== text) {
      console.error(`${LEXICON_JSON} is out of date: run this script without --check`);
      process.exit(1);
    }
    console.log(`${LEXICON_JSON} is up to date`);
  } else {
    writeFileSync(LEXICON_JSON, text);
    console.log(`wrote ${LEXICON_JSON} (${text.length} bytes)`);
  }
}
