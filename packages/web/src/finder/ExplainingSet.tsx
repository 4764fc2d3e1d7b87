import { regionById } from '@myomap/atlas/regions';
import type { ExplainingSetEntry } from '@myomap/engine';
import { candidateKey, candidateName, type CandidateRef } from './candidate-key.ts';
import './explaining-set.css';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

const HOW = {
  essential: 'its essential zone',
  spillover: 'its spillover zone',
  local: 'over its own trigger point',
  nearby: 'next to its pattern (partly)',
} as const;

/** Why a member covers what it covers: its regions grouped by how its pattern reaches them. */
function why(e: ExplainingSetEntry): string {
  const parts: string[] = [];
  for (const how of ['essential', 'spillover', 'local', 'nearby'] as const) {
    const names = e.reasons.filter((m) => m.how === how).map((m) => regionById(m.region)?.name ?? m.region);
    if (names.length > 0) parts.push(`${names.join(', ')}: ${HOW[how]}`);
  }
  const experimental = e.reasons.some((m) => m.experimental === true);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${experimental ? ' Partly an experimental pattern (study on volunteers).' : ''}`;
}

/**
 * The smallest set of muscles that together explain the drawing, from the same scores as the ranked
 * list: each with its place in that list, its share (weighted by how well it explains) and why.
 */
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
                {e.rank === 1 ? 'Top of the ranked list' : `#${e.rank} in the ranked order`}. {why(e)}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
