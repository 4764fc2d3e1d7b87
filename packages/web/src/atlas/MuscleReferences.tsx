import { WORKS, type Atlas, type Muscle } from '@myomap/atlas';
import type { Side } from '@myomap/atlas/regions';
import { Link } from 'react-router-dom';
import { FactSection } from './FactSection.tsx';
import { citationsByWork, identifierHref } from './fact-words.ts';
import { muscleHref } from './side-param.ts';

/** The licence each ontology's identifiers come under. */
const IDENTIFIER_LICENCE: Readonly<Record<string, string>> = { UBERON: 'CC BY 3.0', FMA: 'CC BY 3.0' };

function Identifier({ label, id }: { label: string; id: string | undefined }): React.JSX.Element | null {
  if (id === undefined) return null;
  const href = identifierHref(id);
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {href === undefined ? id : <a href={href}>{id}</a>}{' '}
        <span className="muted small">({IDENTIFIER_LICENCE[label] ?? 'see source'})</span>
      </dd>
    </div>
  );
}

/** Related muscles (links), ontology identifiers with their source, and full citations. */
export function MuscleReferences({
  atlas,
  muscle,
  side,
}: {
  atlas: Atlas;
  muscle: Muscle;
  side: Side;
}): React.JSX.Element {
  const ids = muscle.identifiers;
  return (
    <>
      <FactSection id="related" title="Related muscles">
        {muscle.related.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="related-list">
            {muscle.related.map((id) => {
              const other = atlas.muscleById.get(id);
              return (
                <li key={id}>
                  <Link to={muscleHref(id, other?.paired === true ? side : undefined)} className="chip">
                    {other?.name ?? id}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </FactSection>
      <FactSection id="identifiers" title="Identifiers">
        {ids === undefined ? (
          <p className="muted">No ontology identifier recorded for this muscle part.</p>
        ) : (
          <>
            <dl className="fact-rows compact">
              <Identifier label="UBERON" id={ids.uberon} />
              <Identifier label="FMA" id={ids.fma} />
              <div>
                <dt>Term</dt>
                <dd>{ids.tableName}</dd>
              </div>
            </dl>
          </>
        )}
      </FactSection>
      <FactSection id="sources" title="Sources">
        <ol className="source-list">
          {citationsByWork(muscle).map((c) => (
            <li key={c.work}>
              {WORKS[c.work].citation} <span className="locator">{c.locators.join('; ')}</span>
            </li>
          ))}
        </ol>
      </FactSection>
    </>
  );
}
