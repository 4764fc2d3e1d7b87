/** Key to the pattern map: essential zone, spillover zone, trigger point. */
export function MapLegend(): React.JSX.Element {
  return (
    <ul className="map-legend" aria-label="Map key">
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <rect x="1" y="1" width="18" height="12" rx="2" className="legend-essential" />
        </svg>
        Essential zone (where the pain concentrates)
      </li>
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <defs>
            <pattern
              id="legend-hatch"
              patternUnits="userSpaceOnUse"
              width="4"
              height="4"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="4" className="legend-hatch-line" />
            </pattern>
          </defs>
          <rect x="1" y="1" width="18" height="12" rx="2" className="legend-spillover" />
        </svg>
        Spillover zone (sometimes)
      </li>
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <path d="M5 2l10 10M15 2L5 12" className="legend-marker" />
        </svg>
        Trigger point
      </li>
    </ul>
  );
}
