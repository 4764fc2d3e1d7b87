import { Fragment } from 'react';
import { parseMarkdown, type Inline } from './markdown.ts';

function Text({ inline }: { inline: readonly Inline[] }): React.JSX.Element {
  return (
    <>
      {inline.map((p, i) =>
        p.kind === 'strong' ? (
          <strong key={i}>{p.text}</strong>
        ) : p.kind === 'em' ? (
          <em key={i}>{p.text}</em>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}

/** An article's Markdown body as React elements (text only; no HTML from the file is rendered). */
export function ArticleBody({ body }: { body: string }): React.JSX.Element {
  return (
    <>
      {parseMarkdown(body).map((b, i) => {
        if (b.kind === 'heading')
          return b.level === 2 ? <h2 key={i}>{b.text}</h2> : <h3 key={i}>{b.text}</h3>;
        if (b.kind === 'paragraph')
          return (
            <p key={i}>
              <Text inline={b.inline} />
            </p>
          );
        const items = b.items.map((it, k) => (
          <li key={k}>
            <Text inline={it} />
          </li>
        ));
        return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </>
  );
}
