import type { ReactNode } from 'react';

/** One titled section of a muscle page, with an anchor id for jump links. */
export function FactSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`fact-section ${className ?? ''}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A list of plain-language terms shown as chips, or a quiet line when there are none. */
export function TermList({ terms, empty }: { terms: readonly string[]; empty: string }): React.JSX.Element {
  if (terms.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="term-list">
      {terms.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

/** Label / text pairs (client position, pressure …). */
export function FactRows({ rows }: { rows: readonly (readonly [string, string])[] }): React.JSX.Element {
  return (
    <dl className="fact-rows">
      {rows.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
