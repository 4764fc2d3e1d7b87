import { Link } from 'react-router-dom';
import type { RankedCandidate } from '@myomap/engine';
import { candidateName } from './candidate-key.ts';
import type { PalpationFinding } from './finder-state.ts';
import { PalpationMenu } from './PalpationMenu.tsx';
import { ScoreBar } from './ScoreBar.tsx';
import './candidate.css';

/** The summary without the leading "Name (side): " the card already shows as its title. */
function summaryBody(summary: string, title: string): string {
  const body = summary.startsWith(`${title}: `) ? summary.slice(title.length + 2) : summary;
  return body.charAt(0).toUpperCase() + body.slice(1);
}

const signed = (n: number): string => `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(Math.abs(n) < 10 ? 1 : 0)}`;

/** One ranked candidate: rank, name and side, score bar, summary, evidence that moved it, links. */
export function CandidateCard({
  candidate,
  rank,
  selected,
  palpation,
  onSelect,
  onPalpate,
}: {
  candidate: RankedCandidate;
  rank: number;
  selected: boolean;
  palpation: PalpationFinding['result'] | undefined;
  onSelect: () => void;
  onPalpate: (result: PalpationFinding['result'] | undefined) => void;
}): React.JSX.Element {
  const title = candidateName(candidate.muscle.name, candidate.side);
  return (
    <article
      className={`candidate ${selected ? 'selected' : ''}`}
      data-muscle={candidate.muscle.id}
      data-side={candidate.side}
      aria-label={`${rank}. ${title}`}
    >
      <button
        type="button"
        className="candidate-main"
        aria-pressed={selected}
        onClick={onSelect}
        title={selected ? 'Hide its pattern' : 'Show its pattern on the map'}
      >
        <span className="rank" aria-hidden="true">
          {rank}
        </span>
        <span className="candidate-name">{title}</span>
        <ScoreBar score={candidate.score} />
      </button>
      <p className="summary">{summaryBody(candidate.summary, title)}</p>
      {candidate.evidence.length > 0 && (
        <ul className="effects" aria-label="Evidence that moved it">
          {candidate.evidence.map((e) => (
            <li key={`${e.kind}-${e.id}`} className={e.effect >= 0 ? 'effect up' : 'effect down'}>
              <span className="effect-num">{signed(e.effect)}</span> {e.label}
            </li>
          ))}
        </ul>
      )}
      <div className="candidate-actions">
        <Link
          to={`/atlas/muscles/${candidate.muscle.id}`}
          aria-label={`Atlas entry for ${candidate.muscle.name}`}
        >
          Atlas →
        </Link>
        <PalpationMenu name={title} current={palpation} onChoose={onPalpate} />
      </div>
    </article>
  );
}
