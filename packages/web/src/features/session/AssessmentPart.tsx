import { useMemo, useState } from 'react';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { useFinderKit } from '../../finder/useFinderKit.ts';
import { CLASS_LABEL } from './PalpationForm.tsx';
import { saveMessage } from './session-errors.ts';
import { SavePartRow } from './SavePartRow.tsx';

/** Assessment: the finder's ranked candidates (palpated ones marked), classifications, patterns pointing elsewhere. */
export function AssessmentPart({
  page,
  onSaved,
  draft,
  onDraft,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
  /** The unsaved impression, kept by the session screen across part switches. */
  draft?: string | undefined;
  onDraft?: (impression: string | undefined) => void;
}): React.JSX.Element {
  const kit = useFinderKit();
  const drawing = page.visit.subjective.drawing;
  const ranked = useMemo(() => (drawing.length === 0 ? [] : kit.rank({ drawing }).ranked), [drawing, kit]);
  const [impression, setImpressionState] = useState(draft ?? page.visit.assessment.impression);
  const setImpression = (next: string) => {
    setImpressionState(next);
    onDraft?.(next);
  };
  const [message, setMessage] = useState<string | undefined>();
  const palpated = new Map(page.findings.map((f) => [f.finding.muscle, f]));
  const save = async () => {
    try {
      await visitsApi.savePart(page.visit.id, 'assessment', page.visit.version, { impression });
      onDraft?.(undefined);
      await onSaved();
      setMessage('Saved.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };
  return (
    <section className="session-part" aria-labelledby="assessment-title">
      <h2 id="assessment-title">Assessment</h2>
      <div className="card">
        <h3>Likely sources for this drawing</h3>
        {ranked.length === 0 ? (
          <p>No drawing yet.</p>
        ) : (
          <ol className="candidates">
            {ranked.map((c) => {
              const f = palpated.get(c.muscle.id);
              return (
                <li key={`${c.muscle.id}-${c.side}`}>
                  {c.muscle.name} ({c.side === 'l' ? 'left' : c.side === 'r' ? 'right' : 'both'}) · score{' '}
                  {c.score}
                  {f !== undefined && <span className="badge">palpated: {CLASS_LABEL[f.effective]}</span>}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <div className="card">
        <h3>Palpated sites</h3>
        {page.findings.length === 0 && <p>None yet.</p>}
        <ul className="results">
          {page.findings.map((f) => (
            <li key={f.id}>
              <strong>
                {kit.atlas.muscleById.get(f.finding.muscle)?.name ?? f.finding.muscle}{' '}
                {f.finding.triggerPoint === null
                  ? ''
                  : (kit.atlas.triggerPointById.get(f.finding.triggerPoint)?.triggerPoint.label ?? '')}
              </strong>
              : {CLASS_LABEL[f.effective]}
              {f.override !== null ? (
                <span>
                  {' '}
                  (your override; rule {f.computed.ruleVersion} said {CLASS_LABEL[f.computed.classification]}.
                  Reason: {f.override.reason})
                </span>
              ) : (
                <span className="muted"> (rule {f.computed.ruleVersion})</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      {page.awayPatterns.length > 0 && (
        <div className="card away" role="note">
          <h3>Worth a second look (not a diagnosis)</h3>
          <ul>
            {page.awayPatterns.map((p) => (
              <li key={p.id}>
                <strong>{p.title}</strong>: {p.seen}. {p.referral}
              </li>
            ))}
          </ul>
        </div>
      )}
      <label className="field">
        <span>Your impression</span>
        <textarea
          rows={3}
          value={impression}
          maxLength={4000}
          onChange={(e) => setImpression(e.target.value)}
        />
      </label>
      <SavePartRow
        label="Save assessment"
        locked={page.note.status === 'signed'}
        message={message}
        onSave={() => void save()}
      />
    </section>
  );
}
