import { Link } from 'react-router-dom';
import {
  LIBRARY_INDEX,
  rankSources,
  screenRedFlags,
  type CardGrade,
  type PracticeCard,
} from '@myomap/engine';
import type { Atlas } from '@myomap/atlas';
import type { Drawing } from '../../body-map/drawing.ts';
import { CARD_ARTICLE, muscleName, regionName } from './card-text.ts';
import { dueText } from './due-text.ts';
import { PatternMap } from './PatternMap.tsx';
import { DECISION_TEXT } from './StopOrGoCardView.tsx';

const RATING_TEXT = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;

const names = (atlas: Atlas, ids: readonly string[], of: (a: Atlas, id: string) => string): string =>
  ids.map((id) => of(atlas, id)).join(', ') || 'none';

function Detail({
  atlas,
  card,
  grade,
}: {
  atlas: Atlas;
  card: PracticeCard;
  grade: CardGrade;
}): React.JSX.Element {
  switch (card.type) {
    case 'which-muscle':
      return <p>This pattern belongs to: {names(atlas, card.accepted, muscleName)}.</p>;
    case 'tell-apart':
      return (
        <p>
          It is the {muscleName(atlas, card.muscleId)}. Its essential zone and that of the{' '}
          {muscleName(atlas, card.otherId)} overlap by {Math.round(card.overlap * 100)}% (shared regions of
          both together).
        </p>
      );
    case 'paint-pattern': {
      const p = grade.paint;
      if (p === undefined) return <></>;
      const drawing: Drawing = new Map(
        [...p.right, ...p.extra].map((id) => [id, { intensity: 6, quality: 'aching' }]),
      );
      return (
        <>
          <p>
            Overlap (Dice) {Math.round(p.dice * 100)}%. On the map: the atlas zone is solid, your painting
            outlined, extra regions ringed.
          </p>
          <PatternMap
            focus={card.essential}
            countLabel="pattern regions"
            label="Your painting against the atlas pattern"
            pattern={{ essential: new Set(card.essential), spillover: new Set() }}
            drawing={drawing}
            highlight={new Set(p.extra)}
          />
          <dl className="practice-diff">
            <dt>Right</dt>
            <dd data-testid="paint-right">{names(atlas, p.right, regionName)}</dd>
            <dt>Missed</dt>
            <dd data-testid="paint-missed">{names(atlas, p.missed, regionName)}</dd>
            <dt>Extra</dt>
            <dd data-testid="paint-extra">{names(atlas, p.extra, regionName)}</dd>
          </dl>
        </>
      );
    }
    case 'find-trigger-point':
      return (
        <>
          <p>Its trigger points lie in: {names(atlas, card.locations, regionName)}.</p>
          <PatternMap
            focus={card.locations}
            countLabel="regions"
            label="Where the trigger points lie"
            markers={card.locations.map((regionId) => ({ regionId, label: '' }))}
          />
        </>
      );
    case 'read-drawing': {
      const ranked = rankSources(
        {
          drawing: [...card.drawing],
          movements: [...card.evidence.movements],
          activities: [...card.evidence.activities],
          symptoms: [...card.evidence.symptoms],
        },
        atlas,
        { top: 10 },
      ).ranked;
      return (
        <>
          <p>Expected, most likely first:</p>
          <ol>
            {card.expected.map((id) => (
              <li key={id}>
                <strong>{muscleName(atlas, id)}</strong>
                {ranked.find((c) => c.muscle.id === id)?.summary !== undefined && (
                  <span className="muted"> — {ranked.find((c) => c.muscle.id === id)?.summary}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      );
    }
    case 'stop-or-go': {
      const notice = screenRedFlags({
        drawing: card.drawing,
        flags: card.redFlags,
        symptoms: card.symptoms,
      }).notice;
      return (
        <p>
          {DECISION_TEXT[card.expected]}. {notice?.message ?? 'No red flag in this intake: treat as planned.'}
        </p>
      );
    }
  }
}

/** What the answer earned: verdict, FSRS rating, when the card returns, the right answer and a library link. */
export function CardFeedback({
  atlas,
  card,
  grade,
  due,
  now,
  onNext,
}: {
  atlas: Atlas;
  card: PracticeCard;
  grade: CardGrade;
  due: number | undefined;
  now: number;
  onNext: () => void;
}): React.JSX.Element {
  const verdict = grade.correct ? 'Right' : grade.score > 0 ? 'Partly right' : 'Not this time';
  return (
    <div className={`practice-feedback ${grade.correct ? 'right' : 'wrong'}`} role="status">
      <p className="practice-verdict">
        <strong>{verdict}</strong> · rated {RATING_TEXT[grade.rating]}
        {due !== undefined && <> · back {dueText(due, now)}</>}
      </p>
      <Detail atlas={atlas} card={card} grade={grade} />
      <p className="small">
        Read more:{' '}
        <Link to={`/library/${CARD_ARTICLE[card.type]}`}>
          {LIBRARY_INDEX.find((a) => a.slug === CARD_ARTICLE[card.type])?.title ?? 'the library'}
        </Link>
      </p>
      <button type="button" className="primary" onClick={onNext} data-autofocus>
        Next card
      </button>
    </div>
  );
}
