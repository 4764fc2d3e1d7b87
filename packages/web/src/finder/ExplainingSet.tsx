import { regionById } from '@myomap/atlas/regions';
import type { ExplainingSetEntry } from '@myomap/engine';
import { candidateKey, candidateName, type CandidateRef } from './candidate-key.ts';
import './explaining-set.css';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The smallest set of muscles that together explain the drawing: each with its share and regions. */
export function ExplainingSet({
  entries,
  selected,
  onSelect,
}: {
  entries: readonly ExplainingSetEntry[];
  selected: string | undefined;
  onSelect: (ref: CandidateRef) => void;
}): React.JSX.Element {
  if (entries.length === 0) return <p className="muted">No muscle in the atlas explains this drawing.</p>;
  const total = entries.reduce((s, e) => s + e.share, 0);
  return (
    <div className="explaining-set">
      <p className="set-lead">
        {entries.length === 1 ? 'One muscle explains' : `${entries.length} muscles together explain`}{' '}
        <strong>{percent(Math.min(1, total))}</strong> of the drawing.{' '}
        <span className="no-print">Tap one to see its pattern on the map.</span>
      </p>
      <ol>
        {entries.map((e, i) => {
          const ref: CandidateRef = { muscle: e.muscle.id, side: e.side };
          const title = candidateName(e.muscle.name, e.side);
          const active = selected === candidateKey(ref);
          return (
            <li key={candidateKey(ref)} className={`set-member member-${i % 4} ${active ? 'selected' : ''}`}>
              <button type="button" className="set-main" aria-pressed={active} onClick={() => onSelect(ref)}>
                <span className="set-name">{title}</span>
                <span className="share">
                  <span className="share-bar" aria-hidden="true">
                    <span className="share-fill" style={{ width: percent(e.share) }} />
                  </span>
                  <span>{percent(e.share)} of the drawing</span>
                </span>
              </button>
              <p className="small muted">
                Explains {e.regions.map((id) => regionById(id)?.name ?? id).join(', ')}.
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
