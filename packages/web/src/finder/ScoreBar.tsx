/** A 0–100 score as a bar with its number; the bar is described for screen readers. */
export function ScoreBar({ score, label = 'score' }: { score: number; label?: string }): React.JSX.Element {
  const value = Math.max(0, Math.min(100, score));
  return (
    <span className="score">
      <span className="score-bar" role="img" aria-label={`${label} ${Math.round(value)} of 100`}>
        <span className="score-fill" style={{ width: `${value}%` }} />
      </span>
      <span className="score-num" aria-hidden="true">
        {Math.round(value)}
      </span>
    </span>
  );
}
