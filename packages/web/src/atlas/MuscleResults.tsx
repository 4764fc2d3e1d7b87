import { BODY_AREAS, BODY_AREA_NAMES } from '@myomap/atlas';
import type { MuscleHit } from './muscle-search.ts';
import { MuscleResult } from './MuscleResult.tsx';

/** Search results: ranked when there is a query, grouped by body area (head to foot) when there is not. */
export function MuscleResults({
  hits,
  grouped,
}: {
  hits: readonly MuscleHit[];
  grouped: boolean;
}): React.JSX.Element {
  if (!grouped) {
    return (
      <ol className="muscle-results" aria-label="Matching muscles">
        {hits.map((hit) => (
          <MuscleResult key={hit.doc.id} hit={hit} showArea />
        ))}
      </ol>
    );
  }
  return (
    <div className="muscle-groups">
      {BODY_AREAS.map((area) => {
        const inArea = hits.filter((h) => h.doc.areaKey === area);
        if (inArea.length === 0) return null;
        return (
          <section
            key={area}
            className="muscle-group"
            aria-labelledby={`area-${area}`}
            id={`area-section-${area}`}
          >
            <h2 id={`area-${area}`}>
              {BODY_AREA_NAMES[area]} <span className="count">{inArea.length}</span>
            </h2>
            <ul className="muscle-results">
              {inArea.map((hit) => (
                <MuscleResult key={hit.doc.id} hit={hit} showArea={false} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
