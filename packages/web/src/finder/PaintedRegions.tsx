import { regionById } from '@myomap/atlas/regions';
import type { Drawing } from '../body-map/drawing.ts';
import { intensityFill } from '../body-map/paint-colors.ts';

/** The painted regions with intensity and quality, each removable, and "Clear drawing". */
export function PaintedRegions({
  drawing,
  onErase,
  onClear,
}: {
  drawing: Drawing;
  onErase: (id: string) => void;
  onClear: () => void;
}): React.JSX.Element {
  return (
    <section className="painted-regions" aria-labelledby="painted-title">
      <div className="section-head">
        <h2 id="painted-title">
          Painted regions <span className="count">{drawing.size}</span>
        </h2>
        {drawing.size > 0 && (
          <button type="button" className="ghost no-print" onClick={onClear}>
            Clear drawing
          </button>
        )}
      </div>
      {drawing.size === 0 ? (
        <p className="muted small">Nothing painted yet: tap the map, or describe the pain above.</p>
      ) : (
        <ul className="painted-list">
          {[...drawing].map(([id, mark]) => {
            const name = regionById(id)?.name ?? id;
            return (
              <li key={id} data-region-item={id}>
                <span
                  className="swatch"
                  style={{ background: intensityFill(mark.intensity) }}
                  aria-hidden="true"
                />
                <span className="painted-name">{name}</span>
                <span className="painted-mark muted">
                  {mark.intensity}/10 · {mark.quality}
                </span>
                <button
                  type="button"
                  className="icon-button no-print"
                  onClick={() => onErase(id)}
                  aria-label={`Remove ${name}`}
                  title="Remove"
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
