import { Link } from 'react-router-dom';
import { FIELD_LABELS, type MuscleHit } from './muscle-search.ts';

/** One muscle in the search results: name, area, where it refers, and what matched the query. */
export function MuscleResult({ hit, showArea }: { hit: MuscleHit; showArea: boolean }): React.JSX.Element {
  const { doc, matched } = hit;
  return (
    <li>
      <Link to={`/atlas/muscles/${doc.id}`} className="muscle-result" data-muscle={doc.id}>
        <span className="muscle-result-head">
          <span className="muscle-result-name">{doc.name}</span>
          {showArea && <span className="area-chip">{doc.area}</span>}
        </span>
        <span className="muscle-result-summary">{doc.summary}</span>
        {matched !== undefined && (
          <span className="muscle-result-match">
            {FIELD_LABELS[matched.field]}: <mark>{matched.value}</mark>
          </span>
        )}
      </Link>
    </li>
  );
}
