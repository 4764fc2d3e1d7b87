import { useEffect, useState } from 'react';
import type { Atlas } from '@myomap/atlas';
import { loadAtlasData } from '../../atlas/useAtlas.ts';

/** The atlas self-care lines offered for one treated muscle (stored as plain text in the plan). */
export function selfCareLines(atlas: Atlas, muscleId: string): string[] {
  const m = atlas.muscleById.get(muscleId);
  if (m === undefined) return [];
  return [`${m.name} self-pressure: ${m.selfCare.pressure}`, `${m.name} stretch: ${m.selfCare.stretch}`];
}

/** Self-care chosen from the atlas for the treated muscles, as checkboxes; the atlas loads lazily. */
export function SelfCareChoices({
  muscles,
  chosen,
  onChange,
}: {
  muscles: readonly string[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}): React.JSX.Element {
  const [atlas, setAtlas] = useState<Atlas | undefined>();
  useEffect(() => {
    let live = true;
    void loadAtlasData().then((a) => {
      if (live) setAtlas(a);
    });
    return () => {
      live = false;
    };
  }, []);
  const offered = atlas === undefined ? [] : [...new Set(muscles)].flatMap((id) => selfCareLines(atlas, id));
  const extra = chosen.filter((c) => !offered.includes(c));
  return (
    <fieldset className="card">
      <legend>Self-care from the atlas</legend>
      {muscles.length === 0 && extra.length === 0 ? (
        <p>Log a hold to offer self-care for the treated muscles.</p>
      ) : atlas === undefined ? (
        <p>Loading the atlas…</p>
      ) : (
        <div className="check-list">
          {[...offered, ...extra].map((line) => (
            <label key={line} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(line)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...chosen, line] : chosen.filter((x) => x !== line))
                }
              />{' '}
              {line}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
