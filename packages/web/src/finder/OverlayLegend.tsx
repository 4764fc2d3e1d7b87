/** Key to the finder map: intensity when only the drawing shows; pattern against drawing when a candidate shows. */
export function OverlayLegend({ overlay }: { overlay: boolean }): React.JSX.Element {
  if (!overlay)
    return (
      <div className="finder-legend intensity-legend" aria-label="Map key">
        <span>Intensity</span>
        <span className="intensity-ramp" aria-hidden="true">
          {Array.from({ length: 10 }, (_, i) => (
            <span key={i} style={{ background: `var(--pain-${i + 1})` }} />
          ))}
        </span>
        <span className="muted small">1 → 10</span>
      </div>
    );
  return (
    <ul className="finder-legend" aria-label="Map key">
      <li>
        <svg viewBox="0 0 22 14" aria-hidden="true">
          <rect x="1.5" y="1.5" width="19" height="11" rx="2" className="key-essential key-painted" />
        </svg>
        Painted and in its pattern
      </li>
      <li>
        <svg viewBox="0 0 22 14" aria-hidden="true">
          <rect x="1.5" y="1.5" width="19" height="11" rx="2" className="key-essential" />
        </svg>
        Its essential zone, not painted
      </li>
      <li>
        <svg viewBox="0 0 22 14" aria-hidden="true">
          <defs>
            <pattern
              id="finder-key-hatch"
              patternUnits="userSpaceOnUse"
              width="4"
              height="4"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="4" className="key-hatch-line" />
            </pattern>
          </defs>
          <rect x="1.5" y="1.5" width="19" height="11" rx="2" className="key-spillover" />
        </svg>
        Its spillover zone
      </li>
      <li>
        <svg viewBox="0 0 22 14" aria-hidden="true">
          <rect x="1.5" y="1.5" width="19" height="11" rx="2" className="key-unexplained" />
        </svg>
        Painted, not explained by it
      </li>
      <li>
        <svg viewBox="0 0 22 14" aria-hidden="true">
          <path d="M6 2l10 10M16 2L6 12" className="key-marker" />
        </svg>
        Its trigger points
      </li>
    </ul>
  );
}
