import { useId } from 'react';
import './map-key.css';

/** One kind of swatch in a map key, drawn the way the body map draws it. */
export type KeySwatch =
  'essential' | 'painted' | 'spillover' | 'near' | 'unexplained' | 'marker' | 'numbered';

function Swatch({ kind, hatchId }: { kind: KeySwatch; hatchId: string }): React.JSX.Element {
  const box = { x: 1.5, y: 1.5, width: 19, height: 11, rx: 2 };
  return (
    <svg viewBox="0 0 22 14" aria-hidden="true">
      {kind === 'essential' && <rect {...box} className="key-essential" />}
      {kind === 'painted' && <rect {...box} className="key-essential key-painted" />}
      {kind === 'spillover' && (
        <>
          <defs>
            <pattern
              id={hatchId}
              patternUnits="userSpaceOnUse"
              width="4"
              height="4"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="4" className="key-hatch-line" />
            </pattern>
          </defs>
          <rect {...box} className="key-spillover" fill={`url(#${hatchId})`} />
        </>
      )}
      {kind === 'near' && <rect {...box} className="key-essential key-painted key-near" />}
      {kind === 'unexplained' && <rect {...box} className="key-unexplained" />}
      {kind === 'marker' && <path d="M6 2l10 10M16 2L6 12" className="key-marker" />}
      {kind === 'numbered' && (
        <>
          <circle cx="11" cy="7" r="6" className="key-numbered" />
          <text x="11" y="7" className="key-numbered-text" textAnchor="middle" dominantBaseline="central">
            1
          </text>
        </>
      )}
    </svg>
  );
}

/** A key to the body map: one swatch and label per entry, in the order given. */
export function MapKey({
  entries,
}: {
  entries: readonly (readonly [KeySwatch, string])[];
}): React.JSX.Element {
  // one hatch pattern per key, with an id that is valid inside url(#…)
  const hatchId = `key-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <ul className="map-key" aria-label="Map key">
      {entries.map(([kind, label]) => (
        <li key={kind}>
          <Swatch kind={kind} hatchId={hatchId} />
          {label}
        </li>
      ))}
    </ul>
  );
}
