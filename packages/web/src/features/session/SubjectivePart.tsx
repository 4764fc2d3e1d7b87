import { useState } from 'react';
import type { ViewId } from '@myomap/atlas/regions';
import { clientsApi } from '../../api/clients.ts';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { BodyMap } from '../../body-map/BodyMap.tsx';
import type { Drawing } from '../../body-map/drawing.ts';
import { ViewTabs } from '../../body-map/ViewTabs.tsx';
import { useFinderKit } from '../../finder/useFinderKit.ts';
import { OutcomesCard, type OutcomeDraft } from './OutcomesCard.tsx';
import { RatingScale } from './RatingScale.tsx';
import { saveMessage } from './session-errors.ts';
import { SavePartRow } from './SavePartRow.tsx';

const toDrawing = (d: VisitPage['visit']['subjective']['drawing']): Drawing =>
  new Map(d.map((r) => [r.region, { intensity: r.intensity, quality: r.quality ?? 'aching' }]));

/** The subjective part's unsaved edits, kept by the session screen across part switches. */
export interface SubjectiveDraft {
  readonly complaint: string;
  readonly drawing: Drawing;
  readonly painNow: number | null;
  /** As typed: comma separated. */
  readonly aggravating: string;
}

/** Subjective: the re-screen first, then the complaint read into a drawing the therapist confirms, pain now. */
export function SubjectivePart({
  page,
  onSaved,
  draft,
  onDraft,
  outcomeDraft,
  onOutcomeDraft,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
  /** Unsaved edits kept by the session screen across part switches. */
  draft?: SubjectiveDraft | undefined;
  onDraft?: (draft: SubjectiveDraft | undefined) => void;
  /** An unfinished outcome entry, kept the same way. */
  outcomeDraft?: OutcomeDraft | undefined;
  onOutcomeDraft?: (draft: OutcomeDraft | undefined) => void;
}): React.JSX.Element {
  const kit = useFinderKit();
  const s = page.visit.subjective;
  const [rescreen, setRescreen] = useState<'nothing-new' | undefined>();
  const [edits, setEdits] = useState<SubjectiveDraft>(
    () =>
      draft ?? {
        complaint: s.complaint,
        drawing: toDrawing(s.drawing),
        painNow: s.painNow,
        aggravating: s.aggravating.join(', '),
      },
  );
  const edit = (patch: Partial<SubjectiveDraft>) => {
    const next = { ...edits, ...patch };
    setEdits(next);
    onDraft?.(next);
  };
  const { complaint, drawing, painNow, aggravating } = edits;
  const setComplaint = (complaint: string) => edit({ complaint });
  const setDrawing = (drawing: Drawing) => edit({ drawing });
  const setPainNow = (painNow: number | null) => edit({ painNow });
  const setAggravating = (aggravating: string) => edit({ aggravating });
  const [view, setView] = useState<ViewId>('anterior');
  const [notes, setNotes] = useState<string[]>([]);
  const [message, setMessage] = useState<string | undefined>();

  const nothingNew = async () => {
    try {
      await clientsApi.rescreen(page.visit.clientId, {
        visitOn: page.visit.visitOn,
        changed: false,
        answers: {},
        note: '',
      });
      setRescreen('nothing-new');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };

  const read = () => {
    const result = kit.resolve(complaint);
    let next = drawing;
    for (const region of result.regions)
      if (!next.has(region)) next = new Map(next).set(region, { intensity: painNow ?? 5, quality: 'aching' });
    setDrawing(next);
    setNotes([
      `${result.regions.length} region${result.regions.length === 1 ? '' : 's'} read from the description; check them on the map.`,
      ...result.notes,
      ...result.unresolved.map((u) => `Not placed: “${u}”`),
    ]);
  };

  const save = async () => {
    setMessage(undefined);
    try {
      await visitsApi.savePart(page.visit.id, 'subjective', page.visit.version, {
        ...s,
        complaint,
        drawing: [...drawing].map(([region, m]) => ({ region, intensity: m.intensity, quality: m.quality })),
        painNow,
        aggravating: aggravating
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      });
      onDraft?.(undefined);
      await onSaved();
      setMessage('Saved.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };

  return (
    <section className="session-part" aria-labelledby="subjective-title">
      <h2 id="subjective-title">Subjective</h2>
      <div className="card rescreen-first">
        <h3>Red-flag re-screen</h3>
        {rescreen === 'nothing-new' ? (
          <p role="status">Re-screen recorded: nothing new since last time.</p>
        ) : (
          <>
            <p>Ask first: has anything changed in your health since last time?</p>
            <div className="button-row">
              <button type="button" className="button big" onClick={() => void nothingNew()}>
                Nothing new
              </button>
              <a className="button big" href={`/clients/${encodeURIComponent(page.visit.clientId)}/intake`}>
                Something changed: full screen
              </a>
            </div>
          </>
        )}
      </div>
      <label className="field">
        <span>In the client’s words</span>
        <textarea
          value={complaint}
          rows={3}
          maxLength={4000}
          onChange={(e) => setComplaint(e.target.value)}
        />
      </label>
      <button type="button" className="button" onClick={read} disabled={complaint.trim() === ''}>
        Read into the drawing
      </button>
      {notes.length > 0 && (
        <ul className="read-notes" aria-live="polite">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <ViewTabs view={view} onChange={setView} />
      <BodyMap
        view={view}
        label="Pain drawing"
        drawing={drawing}
        brush={{ intensity: painNow ?? 5, quality: 'aching' }}
        onDrawingChange={setDrawing}
        className="session-map"
      />
      <p className="muted">{drawing.size} regions drawn.</p>
      <RatingScale label="Pain now" value={painNow} onRate={setPainNow} />
      <label className="field">
        <span>Aggravated by (comma separated)</span>
        <input value={aggravating} maxLength={500} onChange={(e) => setAggravating(e.target.value)} />
      </label>
      <SavePartRow
        label="Save subjective"
        locked={page.note.status === 'signed'}
        message={message}
        onSave={() => void save()}
      />
      <OutcomesCard page={page} onSaved={onSaved} draft={outcomeDraft} onDraft={onOutcomeDraft} />
    </section>
  );
}
