import { z } from 'zod';

/** Where in the app an article's topic comes up; pages link the articles of their topic. */
export const LIBRARY_TOPICS = [
  'trigger-points',
  'referral',
  'palpation',
  'treatment',
  'assessment',
  'red-flags',
  'perpetuating-factors',
  'self-care',
  'evidence',
] as const;

/** One library topic. */
export type LibraryTopic = (typeof LIBRARY_TOPICS)[number];

/** A reference article: front matter plus its Markdown body. */
export const ArticleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(5).max(120),
  summary: z.string().min(20).max(400),
  topics: z.array(z.enum(LIBRARY_TOPICS)).min(1),
  /** Atlas muscle ids this article speaks to (linked from those muscle pages). */
  muscles: z.array(z.string()),
  /** Region keys this article speaks to (side-less, e.g. "sternum"). */
  regions: z.array(z.string()),
  /** Works the article draws on, as citations. */
  sources: z.array(z.string().min(10)).min(1),
  body: z.string().min(200),
});

/** A reference article. */
export type Article = z.infer<typeof ArticleSchema>;

const unquote = (s: string): string => {
  const t = s.trim();
  return (t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))
    ? t.slice(1, -1)
    : t;
};

/**
 * Reads one article file: a front matter block between `---` lines (a small YAML subset: `key: value`,
 * `key: [a, b]` and `key:` followed by `  - item` lines) and a Markdown body; validates it.
 */
export function parseArticle(slug: string, text: string): Article {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (match === null) throw new Error(`${slug}: no front matter`);
  const fields: Record<string, string | string[]> = {};
  let listKey: string | undefined;
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item !== null && listKey !== undefined) {
      (fields[listKey] as string[]).push(unquote(item[1] ?? ''));
      continue;
    }
    const kv = /^([a-z]+):\s*(.*)$/.exec(line);
    if (kv === null) throw new Error(`${slug}: cannot read front matter line "${line}"`);
    const [, key = '', value = ''] = kv;
    if (value === '') {
      fields[key] = [];
      listKey = key;
    } else if (value.startsWith('[')) {
      fields[key] = value
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map(unquote)
        .filter((v) => v !== '');
      listKey = undefined;
    } else {
      fields[key] = unquote(value);
      listKey = undefined;
    }
  }
  return ArticleSchema.parse({ slug, ...fields, body: (match[2] ?? '').trim() });
}

/** What a link to an article needs: everything but the body and sources. */
export type ArticleRef = Pick<Article, 'slug' | 'title' | 'summary' | 'topics' | 'muscles' | 'regions'>;
