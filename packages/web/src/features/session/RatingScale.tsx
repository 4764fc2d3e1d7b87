/** A one-tap 0–10 scale: eleven large buttons (44 px+), the current value pressed; above `cap` marked. */
export function RatingScale({
  label,
  value,
  onRate,
  cap,
}: {
  label: string;
  value: number | null;
  onRate: (n: number) => void;
  cap?: number;
}): React.JSX.Element {
  return (
    <div className="rating-scale" role="group" aria-label={label}>
      {Array.from({ length: 11 }, (_, n) => (
        <button
          key={n}
          type="button"
          aria-pressed={value === n}
          className={`${value === n ? 'on' : ''} ${cap !== undefined && n > cap ? 'over' : ''}`}
          onClick={() => onRate(n)}
          aria-label={`${label}: ${n}`}
        >
          {n}
        </button>
      ))}
    </div>
  );
}
