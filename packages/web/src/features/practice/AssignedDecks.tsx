import { deckById, type Deck } from '@myomap/engine';
import type { Assignment } from '../../api/classes.ts';
import { deckLabel } from './deck-label.ts';

/** The decks the learner's educators assigned, soonest due first; choosing one sets the deck. */
export function AssignedDecks({
  assignments,
  deck,
  onChoose,
}: {
  assignments: readonly Assignment[];
  deck: Deck;
  onChoose: (d: Deck) => void;
}): React.JSX.Element | null {
  if (assignments.length === 0) return null;
  return (
    <section className="card practice-assigned" aria-labelledby="assigned-title">
      <h2 id="assigned-title">Assigned to you</h2>
      <ul>
        {assignments.map((a) => {
          const d = deckById(a.deckId)?.deck;
          if (d === undefined) return null;
          const current = JSON.stringify(d) === JSON.stringify(deck);
          return (
            <li key={a.id}>
              <button type="button" aria-pressed={current} onClick={() => onChoose(d)}>
                {deckLabel(a.deckId)}
              </button>
              <span className="muted small">
                {a.className}
                {a.dueOn === null ? '' : ` · due ${a.dueOn}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
