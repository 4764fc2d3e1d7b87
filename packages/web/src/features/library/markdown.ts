/** One inline piece of text: plain, bold or italic. */
export interface Inline {
  readonly kind: 'text' | 'strong' | 'em';
  readonly text: string;
}

/** One block of an article: a heading, a paragraph or a list. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly inline: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] };

/** Splits text into plain, **bold** and *italic* pieces (no HTML is ever produced from the text). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push(m[1] !== undefined ? { kind: 'strong', text: m[1] } : { kind: 'em', text: m[2] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The small Markdown subset the library uses: ## and ### headings, paragraphs, - and 1. lists. */
export function parseMarkdown(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    const heading = /^(#{2,3})\s+(.*)$/.exec(first);
    if (heading !== null) {
      blocks.push({ kind: 'heading', level: heading[1] === '##' ? 2 : 3, text: heading[2] ?? '' });
      if (lines.length > 1) blocks.push({ kind: 'paragraph', inline: parseInline(lines.slice(1).join(' ')) });
      continue;
    }
    const bullet = /^(-|\d+\.)\s+/;
    if (bullet.test(first)) {
      const items: string[] = [];
      for (const line of lines)
        if (bullet.test(line)) items.push(line.replace(bullet, ''));
        else items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
      blocks.push({ kind: 'list', ordered: /^\d/.test(first), items: items.map(parseInline) });
      continue;
    }
    blocks.push({ kind: 'paragraph', inline: parseInline(lines.map((l) => l.trim()).join(' ')) });
  }
  return blocks;
}
