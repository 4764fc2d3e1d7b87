import { memo, useId, useState, type FormEvent } from 'react';
import { REGIONS } from '@myomap/atlas/regions';
import type { RegionReading, ResolveResult } from '@myomap/engine';
import { regionName } from '../atlas/region-words.ts';

/** One phrase of the description as the user sees it: what it became, kept or removed, maybe corrected. */
interface PhraseChip {
  readonly key: string;
  readonly text: string;
  readonly status: 'place' | 'negated' | 'activity' | 'landmark';
  /** For a landmark ("under the ear"), the phrase it locates. */
  readonly locates?: string;
  readonly read: readonly string[];
  /** The region the user picked instead of the reading, if any. */
  readonly corrected: string | undefined;
  readonly removed: boolean;
}

interface Reading {
  readonly chips: readonly PhraseChip[];
  readonly unresolved: readonly string[];
  readonly notes: readonly string[];
  readonly painted: number | undefined;
}

function chipOf(r: RegionReading, i: number): PhraseChip {
  const status = r.negated
    ? 'negated'
    : r.activity
      ? 'activity'
      : r.landmarkFor !== undefined
        ? 'landmark'
        : 'place';
  return {
    key: `${i}-${r.start}`,
    text: r.text,
    status,
    ...(r.landmarkFor === undefined ? {} : { locates: r.landmarkFor }),
    read: r.regions,
    corrected: undefined,
    removed: false,
  };
}

/** The regions a chip paints: none when removed, negated or an activity; the correction when there is one. */
export function chipRegions(c: PhraseChip): readonly string[] {
  if (c.removed || c.status !== 'place') return [];
  return c.corrected === undefined ? c.read : [c.corrected];
}

function became(c: PhraseChip): string {
  if (c.status === 'negated') return 'ruled out';
  if (c.status === 'activity') return 'an activity, not painted';
  if (c.status === 'landmark') return `locates "${c.locates ?? ''}", not painted`;
  const ids = chipRegions(c);
  if (ids.length === 0) return 'nothing';
  const names = ids.map(regionName);
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

const REGION_OPTIONS = REGIONS.map((r) => ({ id: r.id, name: r.name }));

/**
 * "Describe where it hurts": the sentence is read into one chip per phrase ("behind the right ear →
 * right behind the ear"); the user removes or corrects chips, and only then paints them with the brush.
 */
export const DescribePain = memo(function DescribePain({
  onRead,
  onDescribe,
}: {
  onRead: (text: string) => ResolveResult;
  onDescribe: (text: string, chosen?: readonly string[]) => ResolveResult;
}): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState('');
  const [reading, setReading] = useState<Reading | undefined>(undefined);

  const submit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    if (text.trim() === '') return;
    const read = onRead(text);
    setReading({
      chips: read.readings.map(chipOf),
      unresolved: read.unresolved,
      notes: read.notes,
      painted: undefined,
    });
  };
  const edit = (key: string, change: Partial<PhraseChip>): void =>
    setReading((r) =>
      r === undefined
        ? r
        : { ...r, painted: undefined, chips: r.chips.map((c) => (c.key === key ? { ...c, ...change } : c)) },
    );
  const paint = (): void => {
    if (reading === undefined) return;
    const chosen = [...new Set(reading.chips.flatMap(chipRegions))];
    onDescribe(text, chosen);
    setReading({ ...reading, painted: chosen.length });
  };
  const toPaint = reading === undefined ? 0 : new Set(reading.chips.flatMap(chipRegions)).size;

  return (
    <form className="describe-pain no-print" onSubmit={submit} aria-label="Start from a description">
      <label htmlFor={`${id}-text`} className="field-label">
        Describe where it hurts
      </label>
      <div className="describe-row">
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setReading(undefined);
          }}
          placeholder="e.g. behind my right ear and the back of my neck"
          autoComplete="off"
        />
        <button type="submit">Read</button>
      </div>
      <div className="describe-feedback" aria-live="polite">
        {reading !== undefined && reading.chips.length === 0 && (
          <p className="small">No body region recognised.</p>
        )}
        {reading !== undefined && reading.chips.length > 0 && (
          <>
            <p className="small muted">Check what each phrase became, then paint:</p>
            <ul className="chip-list phrase-chips" aria-label="How the description was read">
              {reading.chips.map((c) => (
                <li
                  key={c.key}
                  className={`evidence-chip phrase-chip status-${c.status}${c.removed ? ' removed' : ''}`}
                  data-status={c.status}
                >
                  <span className="chip-label">
                    {c.text} <span aria-hidden="true">→</span>{' '}
                    <strong>{c.removed ? 'removed' : became(c)}</strong>
                  </span>
                  {c.status === 'place' && !c.removed && (
                    <select
                      aria-label={`Correct “${c.text}”`}
                      value={c.corrected ?? ''}
                      onChange={(e) =>
                        edit(c.key, { corrected: e.target.value === '' ? undefined : e.target.value })
                      }
                    >
                      <option value="">as read</option>
                      {REGION_OPTIONS.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  )}
                  {c.status === 'place' && (
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={`${c.removed ? 'Keep' : 'Remove'} “${c.text}”`}
                      onClick={() => edit(c.key, { removed: !c.removed })}
                    >
                      {c.removed ? 'Keep' : '×'}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <button type="button" className="primary" onClick={paint} disabled={toPaint === 0}>
              Paint {toPaint} region{toPaint === 1 ? '' : 's'}
            </button>
          </>
        )}
        {reading?.painted !== undefined && (
          <p className="small">
            Painted {reading.painted} region{reading.painted === 1 ? '' : 's'} with the brush.
          </p>
        )}
        {reading !== undefined && reading.unresolved.length > 0 && (
          <p className="small unresolved">
            Not recognised: {reading.unresolved.map((u) => `“${u}”`).join(', ')}
          </p>
        )}
        {reading?.notes.map((note) => (
          <p key={note} className="small muted">
            {note}
          </p>
        ))}
      </div>
    </form>
  );
});
