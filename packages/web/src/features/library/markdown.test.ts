import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('library markdown', () => {
  it('reads headings, paragraphs, lists and emphasis, never HTML', () => {
    const blocks = parseMarkdown(
      '## Title\n\nA **bold** and *soft*\nline.\n\n- one\n  more\n- two\n\n1. first\n2. <b>x</b>',
    );
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Title' });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      inline: [
        { kind: 'text', text: 'A ' },
        { kind: 'strong', text: 'bold' },
        { kind: 'text', text: ' and ' },
        { kind: 'em', text: 'soft' },
        { kind: 'text', text: ' line.' },
      ],
    });
    expect(blocks[2]).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [[{ text: 'one more' }], [{ text: 'two' }]],
    });
    expect(blocks[3]).toMatchObject({
      kind: 'list',
      ordered: true,
      items: [[{ text: 'first' }], [{ text: '<b>x</b>' }]],
    });
    expect(parseInline('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});
