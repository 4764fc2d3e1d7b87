// Reads the reference library's Markdown articles and writes the JSON the apps import.
// Run: node scripts/run-ts.mjs scripts/library-generate.ts   (a test checks the JSON is current)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../packages/engine/src/library/article.ts';

const DIR = new URL('../packages/engine/src/library/articles/', import.meta.url);
const OUT = new URL('../packages/engine/src/library/data/articles.json', import.meta.url);
const INDEX = new URL('../packages/engine/src/library/data/articles-index.json', import.meta.url);

/** Every article file, parsed and validated, in file-name order; the slug drops the "NN-" prefix. */
export function readArticles(): ReturnType<typeof parseArticle>[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) =>
      parseArticle(f.replace(/^\d+-/, '').replace(/\.md$/, ''), readFileSync(new URL(f, DIR), 'utf8')),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const articles = readArticles();
  writeFileSync(OUT, `${JSON.stringify(articles, null, 2)}\n`);
  const index = articles.map(({ slug, title, summary, topics, muscles, regions }) => ({
    slug,
    title,
    summary,
    topics,
    muscles,
    regions,
  }));
  writeFileSync(INDEX, `${JSON.stringify(index, null, 2)}\n`);
  console.log(`wrote ${fileURLToPath(OUT)}`);
}
