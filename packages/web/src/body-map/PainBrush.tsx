import { PAIN_QUALITIES, type PainQuality } from '@myomap/atlas/regions';
import type { PainMark } from './drawing.ts';

/** Controls for what a tap paints: intensity 1–10 and the quality of the pain. */
export function PainBrush({
  brush,
  onChange,
}: {
  brush: PainMark;
  onChange: (b: PainMark) => void;
}): React.JSX.Element {
  return (
    <fieldset className="pain-brush">
      <legend>Brush</legend>
      <label className="brush-intensity">
        <span>
          Intensity <output>{brush.intensity}</output>/10
        </span>
        <input
          type="range"
          min={1}
          max={10}
          value={brush.intensity}
          onChange={(e) => onChange({ ...brush, intensity: Number(e.target.value) })}
          aria-valuetext={`${brush.intensity} of 10`}
        />
      </label>
      <div className="brush-qualities" role="radiogroup" aria-label="Quality">
        {PAIN_QUALITIES.map((q: PainQuality) => (
          <button
            key={q}
            type="button"
            role="radio"
            aria-checked={brush.quality === q}
            className={brush.quality === q ? 'chip active' : 'chip'}
            onClick={() => onChange({ ...brush, quality: q })}
          >
            {q}
          </button>
        ))}
      </div>
      <p className="hint muted">
        Tap or drag to paint; tap a painted region again to clear it. Keyboard: arrows move, Enter paints, 1–9
        and 0 (=10) set intensity, Delete clears.
      </p>
    </fieldset>
  );
}
