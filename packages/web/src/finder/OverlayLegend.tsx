import { MapKey } from '../body-map/MapKey.tsx';

/** Key to the finder map: intensity when only the drawing shows; pattern against drawing when a candidate shows. */
export function OverlayLegend({ overlay }: { overlay: boolean }): React.JSX.Element {
  if (!overlay)
    return (
      <div className="map-key intensity-legend" aria-label="Map key">
        <span>Intensity</span>
        <span className="intensity-ramp" aria-hidden="true">
          {Array.from({ length: 10 }, (_, i) => (
            <span key={i} style={{ background: `var(--pain-${i + 1})` }} />
          ))}
        </span>
        <span className="small">1 → 10</span>
      </div>
    );
  return (
    <MapKey
      entries={[
        ['painted', 'Painted and in its pattern'],
        ['essential', 'Its essential zone, not painted'],
        ['spillover', 'Its spillover zone'],
        ['near', 'Painted, next to its pattern (partly explained)'],
        ['unexplained', 'Painted, not explained by it'],
        ['marker', 'Its trigger points'],
      ]}
    />
  );
}
