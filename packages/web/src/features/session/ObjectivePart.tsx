import { useState } from 'react';
import { MOVEMENTS } from '@myomap/atlas';
import {
  movementContext,
  POSTURE_OBSERVATIONS,
  pptMean,
  type MovementResult,
  type MovementValue,
  type Objective,
  type PptReading,
} from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { PalpationForm } from './PalpationForm.tsx';
import { PostureFigure } from './PostureFigure.tsx';
import { saveMessage } from './session-errors.ts';
import { SavePartRow } from './SavePartRow.tsx';

type MovementId = keyof typeof MOVEMENTS;
const SIDE_WORD = { l: 'left', r: 'right', m: 'midline', both: 'both' } as const;
const show = (v: MovementValue) => (typeof v === 'number' ? `${v}°` : v);

/** The objective part's unsaved lists, kept by the session screen across part switches. */
export interface ObjectiveDraft {
  readonly movements: MovementResult[];
  readonly posture: Objective['posture'];
  readonly ppt: PptReading[];
}

/** Objective: movement tests in context, posture, palpation per trigger point and PPT; re-tests use phase "after". */
export function ObjectivePart({
  page,
  onSaved,
  draft,
  onDraft,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
  /** Unsaved edits kept by the session screen across part switches. */
  draft?: ObjectiveDraft | undefined;
  onDraft?: (draft: ObjectiveDraft | undefined) => void;
}): React.JSX.Element {
  const o = page.visit.objective;
  const [edits, setEdits] = useState<ObjectiveDraft>(
    () => draft ?? { movements: o.movements, posture: o.posture, ppt: o.ppt },
  );
  const edit = (patch: Partial<ObjectiveDraft>) => {
    const next = { ...edits, ...patch };
    setEdits(next);
    onDraft?.(next);
  };
  const { movements, posture, ppt } = edits;
  const setMovements = (movements: MovementResult[]) => edit({ movements });
  const setPosture = (posture: Objective['posture']) => edit({ posture });
  const setPpt = (ppt: PptReading[]) => edit({ ppt });
  const [m, setM] = useState<{
    movement: MovementId;
    side: 'l' | 'r';
    value: string;
    painful: boolean;
    phase: 'pre' | 'post';
  }>({
    movement: 'cervical.rotation',
    side: 'r',
    value: '',
    painful: false,
    phase: page.holds.length > 0 ? 'post' : 'pre',
  });
  const [p, setP] = useState({
    site: '',
    side: 'r' as 'l' | 'r',
    trials: ['', '', ''],
    phase: 'pre' as 'pre' | 'post',
  });
  const [message, setMessage] = useState<string | undefined>();

  const addMovement = () => {
    const n = Number(m.value);
    const value: MovementValue =
      m.value === 'full' || m.value === 'limited' || m.value === 'painful' ? m.value : n;
    if (typeof value === 'number' && (!Number.isFinite(n) || m.value.trim() === '')) {
      setMessage('Enter degrees, or choose full, limited or painful.');
      return;
    }
    setMovements([
      ...movements,
      {
        movement: m.movement,
        side: m.side,
        value,
        painful: m.painful,
        method: 'inclinometer',
        phase: m.phase,
      },
    ]);
    setM({ ...m, value: '', painful: false });
    setMessage(undefined);
  };
  const togglePosture = (id: string, side: 'l' | 'r' | null) => {
    const has = posture.some((x) => x.id === id && x.side === side);
    setPosture(has ? posture.filter((x) => !(x.id === id && x.side === side)) : [...posture, { id, side }]);
  };
  const addPpt = () => {
    const trials = p.trials.map(Number);
    if (p.site.trim() === '' || trials.some((t, i) => p.trials[i] === '' || !Number.isFinite(t))) {
      setMessage('A PPT reading needs a site and three trials.');
      return;
    }
    setPpt([...ppt, { site: p.site.trim(), side: p.side, trials, phase: p.phase }]);
    setP({ ...p, trials: ['', '', ''] });
  };
  const save = async () => {
    try {
      await visitsApi.savePart(page.visit.id, 'objective', page.visit.version, {
        ...o,
        movements,
        posture,
        ppt,
      });
      onDraft?.(undefined);
      await onSaved();
      setMessage('Saved.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };

  const last = (r: MovementResult) =>
    page.previous?.objective.movements.find(
      (x) => x.movement === r.movement && x.side === r.side && x.phase === 'pre',
    )?.value;
  const before = (r: MovementResult) =>
    r.phase === 'post'
      ? movements.find((x) => x.phase === 'pre' && x.movement === r.movement && x.side === r.side)?.value
      : undefined;
  const other = (r: MovementResult) =>
    movements.find((x) => x.phase === r.phase && x.movement === r.movement && x.side !== r.side)?.value;

  return (
    <section className="session-part" aria-labelledby="objective-title">
      <h2 id="objective-title">Objective</h2>
      <fieldset className="card">
        <legend>Movement tests</legend>
        <div className="inline-fields">
          <label className="field">
            <span>Movement</span>
            <select
              value={m.movement}
              onChange={(e) => setM({ ...m, movement: e.target.value as MovementId })}
            >
              {Object.entries(MOVEMENTS).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Side</span>
            <select value={m.side} onChange={(e) => setM({ ...m, side: e.target.value as 'l' | 'r' })}>
              <option value="r">right</option>
              <option value="l">left</option>
            </select>
          </label>
          <label className="field">
            <span>Degrees or full / limited / painful</span>
            <input
              value={m.value}
              inputMode="decimal"
              onChange={(e) => setM({ ...m, value: e.target.value })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={m.painful}
              onChange={(e) => setM({ ...m, painful: e.target.checked })}
            />{' '}
            painful
          </label>
          <label className="field">
            <span>When</span>
            <select value={m.phase} onChange={(e) => setM({ ...m, phase: e.target.value as 'pre' | 'post' })}>
              <option value="pre">before treatment</option>
              <option value="post">re-test after treatment</option>
            </select>
          </label>
          <button type="button" className="button" onClick={addMovement}>
            Add movement
          </button>
        </div>
        <ul className="results">
          {movements.map((r, i) => {
            const c = movementContext(r.movement, r.value, {
              ...(last(r) === undefined ? {} : { last: last(r) as MovementValue }),
              ...(other(r) === undefined ? {} : { otherSide: other(r) as MovementValue }),
              age: page.clientAge,
            });
            const b = before(r);
            return (
              <li key={i}>
                <strong>
                  {c.label} ({SIDE_WORD[r.side]}) {show(r.value)}
                  {r.painful ? ', painful' : ''}
                </strong>{' '}
                {r.phase === 'post' ? 'after treatment' : ''}
                {b !== undefined && <span> · before {show(b)}</span>}
                {c.vsOtherSide !== null && <span> · other side {show(c.vsOtherSide.other)}</span>}
                {c.vsLast !== null && (
                  <span>
                    {' '}
                    · last visit {show(c.vsLast.last)}
                    {c.vsLast.beyondError === true ? ' (change beyond measurement error)' : ''}
                  </span>
                )}
                {c.reference !== null && (
                  <span className="muted"> · typical {c.reference.degrees} (context only)</span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="card">
        <legend>Posture</legend>
        <p className="muted">Tap a circle on the figure where you see it, or tick the list below.</p>
        <PostureFigure posture={posture} onToggle={togglePosture} />
        <div className="check-grid">
          {POSTURE_OBSERVATIONS.map((x) =>
            x.sided ? (
              (['l', 'r'] as const).map((side) => (
                <label key={`${x.id}-${side}`} className="check">
                  <input
                    type="checkbox"
                    checked={posture.some((y) => y.id === x.id && y.side === side)}
                    onChange={() => togglePosture(x.id, side)}
                  />{' '}
                  {x.label} ({SIDE_WORD[side]})
                </label>
              ))
            ) : (
              <label key={x.id} className="check">
                <input
                  type="checkbox"
                  checked={posture.some((y) => y.id === x.id)}
                  onChange={() => togglePosture(x.id, null)}
                />{' '}
                {x.label}
              </label>
            ),
          )}
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>Pressure pain threshold (kg/cm², three trials)</legend>
        <div className="inline-fields">
          <label className="field">
            <span>Site</span>
            <input value={p.site} onChange={(e) => setP({ ...p, site: e.target.value })} />
          </label>
          {p.trials.map((t, i) => (
            <label key={i} className="field narrow">
              <span>Trial {i + 1}</span>
              <input
                value={t}
                inputMode="decimal"
                onChange={(e) =>
                  setP({ ...p, trials: p.trials.map((x, j) => (j === i ? e.target.value : x)) })
                }
              />
            </label>
          ))}
          <label className="field">
            <span>When</span>
            <select value={p.phase} onChange={(e) => setP({ ...p, phase: e.target.value as 'pre' | 'post' })}>
              <option value="pre">before</option>
              <option value="post">after</option>
            </select>
          </label>
          <button type="button" className="button" onClick={addPpt}>
            Add reading
          </button>
        </div>
        <ul className="results">
          {ppt.map((r, i) => (
            <li key={i}>
              {r.site} ({SIDE_WORD[r.side]}) {r.phase === 'post' ? 'after' : 'before'}: mean{' '}
              {pptMean(r.trials)} kg/cm²
            </li>
          ))}
        </ul>
      </fieldset>
      <SavePartRow
        label="Save objective"
        locked={page.note.status === 'signed'}
        message={message}
        onSave={() => void save()}
      />
      <PalpationForm page={page} onSaved={onSaved} />
    </section>
  );
}
