import {
  STOP_OR_GO_DECISIONS,
  type CardAnswer,
  type StopOrGoCard,
  type StopOrGoDecision,
} from '@myomap/engine';

/** What each decision means, as the buttons say it. */
export const DECISION_TEXT: Readonly<Record<StopOrGoDecision, string>> = {
  treat: 'Treat',
  modify: 'Modify (go gently)',
  refer: 'Refer (no trigger point work now)',
};

/** "Stop or go": a short intake; treat, modify, or refer. */
export function StopOrGoCardView({
  card,
  onAnswer,
}: {
  card: StopOrGoCard;
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  return (
    <>
      <p className="practice-prompt">Read the intake. Do you treat today, modify your work, or refer?</p>
      <blockquote className="practice-intake">{card.intake}</blockquote>
      <div className="practice-answer practice-choices" role="group" aria-label="Decision">
        {STOP_OR_GO_DECISIONS.map((d, i) => (
          <button
            key={d}
            type="button"
            data-autofocus={i === 0 ? true : undefined}
            onClick={() => onAnswer({ type: 'stop-or-go', decision: d })}
          >
            {DECISION_TEXT[d]}
          </button>
        ))}
      </div>
    </>
  );
}
