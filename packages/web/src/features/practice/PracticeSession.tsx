import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_NEW_PER_DAY, deckById, type Deck, type PracticeCard, type CardAnswer } from '@myomap/engine';
import { myAssignments, type Assignment } from '../../api/classes.ts';
import { reviewsAfter, sendReviews } from '../../api/practice.ts';
import { useSession } from '../auth/session.tsx';
import { AssignedDecks } from './AssignedDecks.tsx';
import { CardFeedback } from './CardFeedback.tsx';
import { CARD_TYPE_NAMES } from './card-text.ts';
import { DeckPicker } from './DeckPicker.tsx';
import { dueText } from './due-text.ts';
import { FindCardView } from './FindCardView.tsx';
import { PaintCardView } from './PaintCardView.tsx';
import type { PracticeKit } from './practice-kit.ts';
import { ProgressPanel } from './ProgressPanel.tsx';
import { ReadDrawingCardView } from './ReadDrawingCardView.tsx';
import { StopOrGoCardView } from './StopOrGoCardView.tsx';
import { TellApartCardView } from './TellApartCardView.tsx';
import { usePracticeKit } from './usePracticeKit.ts';
import { usePractice, type PracticeAccount } from './usePractice.ts';
import { WhichMuscleCardView } from './WhichMuscleCardView.tsx';
import './practice.css';

function CardView({
  kit,
  card,
  onAnswer,
}: {
  kit: PracticeKit;
  card: PracticeCard;
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  switch (card.type) {
    case 'which-muscle':
      return <WhichMuscleCardView card={card} names={kit.muscleNames} onAnswer={onAnswer} />;
    case 'paint-pattern':
      return <PaintCardView atlas={kit.atlas} card={card} onAnswer={onAnswer} />;
    case 'find-trigger-point':
      return <FindCardView atlas={kit.atlas} card={card} onAnswer={onAnswer} />;
    case 'read-drawing':
      return (
        <ReadDrawingCardView atlas={kit.atlas} card={card} names={kit.muscleNames} onAnswer={onAnswer} />
      );
    case 'tell-apart':
      return <TellApartCardView atlas={kit.atlas} card={card} onAnswer={onAnswer} />;
    case 'stop-or-go':
      return <StopOrGoCardView card={card} onAnswer={onAnswer} />;
  }
}

/**
 * A practice session: deck choice, the current card or its feedback, and progress beside it. Signed in,
 * reviews sync to the account; signed out, they stay on this device.
 */
export function PracticeSession(): React.JSX.Element {
  const { session } = useSession();
  if (session.state === 'loading')
    return (
      <div className="card empty-state" role="status">
        Loading…
      </div>
    );
  const userId = session.state === 'signed-in' ? session.me.user.id : undefined;
  return <PracticeFor key={userId ?? 'device'} userId={userId} />;
}

function PracticeFor({ userId }: { userId: string | undefined }): React.JSX.Element {
  const kit = usePracticeKit();
  const [deck, setDeck] = useState<Deck>({});
  const account = useMemo<PracticeAccount | undefined>(
    () =>
      userId === undefined
        ? undefined
        : { userId, send: (_learner, reviews) => sendReviews(reviews), pull: reviewsAfter },
    [userId],
  );
  const s = usePractice(kit, deck, DEFAULT_NEW_PER_DAY, account);
  // Decks assigned by an educator come first: the soonest due one is the deck to start with.
  const [assigned, setAssigned] = useState<Assignment[]>([]);
  useEffect(() => {
    if (userId === undefined) return;
    void myAssignments()
      .then((r) => {
        setAssigned(r.assignments);
        const first = r.assignments[0] === undefined ? undefined : deckById(r.assignments[0].deckId);
        if (first !== undefined) setDeck(first.deck);
      })
      .catch(() => undefined);
  }, [userId]);
  const card = s.current;
  const cardRef = useRef<HTMLElement>(null);
  // A new card or its feedback takes the focus (its answer field, else its title) without scrolling.
  useEffect(() => {
    const root = cardRef.current;
    const target =
      root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('h2');
    target?.focus({ preventScroll: true });
  }, [card?.id, s.answered]);
  return (
    <div className="practice-layout">
      <div className="practice-main">
        <AssignedDecks assignments={assigned} deck={deck} onChoose={setDeck} />
        <DeckPicker deck={deck} onChange={setDeck} />
        {card === undefined ? (
          <div className="card empty-state" role="status">
            <p>
              Nothing is due in this deck
              {s.earliest !== undefined && s.earliest > s.now
                ? `; the next review is ${dueText(s.earliest, s.now)}`
                : ''}
              , and today&apos;s new cards are done.
            </p>
            {s.earliest !== undefined && (
              <button type="button" onClick={s.reviewAhead}>
                Review ahead
              </button>
            )}
          </div>
        ) : (
          <article
            ref={cardRef}
            className="card practice-card"
            aria-labelledby="practice-card-title"
            data-card-id={card.id}
            data-card-type={card.type}
          >
            <header className="practice-card-head">
              <h2 id="practice-card-title" tabIndex={-1}>
                {CARD_TYPE_NAMES[card.type]}
              </h2>
              <span className="muted small">
                {[
                  s.reason === 'new' ? 'New card' : s.reason === 'due' ? 'Review' : undefined,
                  `difficulty ${card.difficulty}`,
                ]
                  .filter((x) => x !== undefined)
                  .join(' · ')}
              </span>
            </header>
            {s.answered === undefined ? (
              <CardView key={card.id} kit={kit} card={card} onAnswer={s.answer} />
            ) : (
              <CardFeedback
                atlas={kit.atlas}
                card={card}
                grade={s.answered.grade}
                due={s.due}
                now={s.now}
                onNext={s.advance}
              />
            )}
          </article>
        )}
      </div>
      <ProgressPanel
        progress={s.progress}
        reviewedToday={s.reviewedToday}
        pending={s.pending}
        signedIn={s.signedIn}
      />
    </div>
  );
}
