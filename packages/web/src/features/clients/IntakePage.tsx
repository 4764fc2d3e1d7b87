import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../../api/client.ts';
import {
  clientsApi,
  type Answer,
  type IntakeFields,
  type IntakePage as IntakePageData,
  type ScreenDefinition,
  type ScreenFinding,
} from '../../api/clients.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../auth/session.tsx';
import { ClearanceDialog } from './ClearanceDialog.tsx';
import { Findings } from './Findings.tsx';
import { RescreenForm } from './RescreenForm.tsx';
import { YesNo } from './YesNo.tsx';

const EMPTY: IntakeFields = {
  conditions: [],
  medications: [],
  surgeries: [],
  pregnancy: 'unknown',
  answers: {},
  notes: '',
};

/** The intake: health history and the red-flag and contraindication screen, with clearances and re-screens. */
export function IntakePage(): React.JSX.Element {
  const { id = '' } = useParams();
  useDocumentTitle('Intake and screen');
  const { session } = useSession();
  const canWrite =
    session.state === 'signed-in' &&
    (session.me.user.role === 'owner' || session.me.user.role === 'therapist');
  const [definition, setDefinition] = useState<ScreenDefinition | undefined>();
  const [page, setPage] = useState<IntakePageData | undefined>();
  const [fields, setFields] = useState<IntakeFields>(EMPTY);
  const [conditionsText, setConditionsText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [clearing, setClearing] = useState<ScreenFinding | undefined>();

  const show = useCallback((p: IntakePageData) => {
    setPage(p);
    const f = p.intake ?? EMPTY;
    setFields({
      conditions: f.conditions,
      medications: f.medications,
      surgeries: f.surgeries,
      pregnancy: f.pregnancy,
      answers: f.answers,
      notes: f.notes,
    });
    setConditionsText(f.conditions.join('\n'));
  }, []);

  useEffect(() => {
    Promise.all([clientsApi.screen(), clientsApi.intake(id)])
      .then(([d, p]) => {
        setDefinition(d);
        show(p);
      })
      .catch((e: unknown) => setMessage(e instanceof ApiError ? e.message : 'Could not load the intake.'));
  }, [id, show]);

  const set = <K extends keyof IntakeFields>(key: K, value: IntakeFields[K]) => {
    setSaved(undefined);
    setFields((f) => ({ ...f, [key]: value }));
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (page === undefined) return;
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    const conditions = conditionsText
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      const next = await clientsApi.saveIntake(id, { ...fields, conditions }, page.intake?.version ?? 0);
      show(next);
      setSaved('Intake saved.');
    } catch (error) {
      const f = fieldErrors(error);
      setErrors(f);
      if (Object.keys(f).length > 0)
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      else if (error instanceof ApiError && error.status === 409)
        setMessage(
          'Someone else saved this intake while you were working. Reload the page to see it, then add your changes.',
        );
      else setMessage(error instanceof ApiError ? error.message : 'The server did not answer; try again.');
    } finally {
      setBusy(false);
    }
  };

  if (definition === undefined || page === undefined)
    return message === undefined ? (
      <p className="muted" role="status">
        Loading…
      </p>
    ) : (
      <div className="card empty-state" role="alert">
        <p>{message}</p>
        <Link to="/clients">Back to clients</Link>
      </div>
    );

  const err = (path: string) => errors[path];
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Intake and screen"
        lead={
          <>
            Health history and the red-flag screen, asked in plain words.{' '}
            <Link to={`/clients/${encodeURIComponent(id)}`}>Back to the client</Link>
          </>
        }
      />
      <Findings page={page} canWrite={canWrite} onClear={setClearing} />

      <form className="intake-form" onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="card" disabled={!canWrite}>
          <legend>Health history</legend>
          <div className={`field${err('conditions') === undefined ? '' : ' has-error'}`}>
            <label htmlFor="conditions">Conditions (one per line)</label>
            <textarea
              id="conditions"
              rows={3}
              value={conditionsText}
              onChange={(e) => {
                setSaved(undefined);
                setConditionsText(e.target.value);
              }}
              aria-invalid={err('conditions') === undefined ? undefined : true}
            />
            {err('conditions') !== undefined && (
              <p className="field-error" role="alert">
                {err('conditions')}
              </p>
            )}
          </div>
          <h3>Medications</h3>
          {fields.medications.map((m, i) => (
            <div className="row-fields" key={i}>
              <div className={`field${err(`medications.${i}.name`) === undefined ? '' : ' has-error'}`}>
                <label htmlFor={`med-${i}`}>Medication {i + 1}</label>
                <input
                  id={`med-${i}`}
                  type="text"
                  maxLength={120}
                  value={m.name}
                  aria-invalid={err(`medications.${i}.name`) === undefined ? undefined : true}
                  onChange={(e) =>
                    set(
                      'medications',
                      fields.medications.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                    )
                  }
                />
                {err(`medications.${i}.name`) !== undefined && (
                  <p className="field-error" role="alert">
                    {err(`medications.${i}.name`)}
                  </p>
                )}
              </div>
              <label className="check">
                <input
                  type="checkbox"
                  checked={m.anticoagulant}
                  onChange={(e) =>
                    set(
                      'medications',
                      fields.medications.map((x, j) =>
                        j === i ? { ...x, anticoagulant: e.target.checked } : x,
                      ),
                    )
                  }
                />
                Blood thinner
              </label>
              <button
                type="button"
                aria-label={`Remove medication ${i + 1}`}
                onClick={() =>
                  set(
                    'medications',
                    fields.medications.filter((_, j) => j !== i),
                  )
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => set('medications', [...fields.medications, { name: '', anticoagulant: false }])}
            disabled={fields.medications.length >= 30}
          >
            Add medication
          </button>
          <h3>Operations</h3>
          {fields.surgeries.map((s, i) => (
            <div className="row-fields" key={i}>
              <div className={`field${err(`surgeries.${i}.what`) === undefined ? '' : ' has-error'}`}>
                <label htmlFor={`surgery-${i}`}>Operation {i + 1}</label>
                <input
                  id={`surgery-${i}`}
                  type="text"
                  maxLength={200}
                  value={s.what}
                  aria-invalid={err(`surgeries.${i}.what`) === undefined ? undefined : true}
                  onChange={(e) =>
                    set(
                      'surgeries',
                      fields.surgeries.map((x, j) => (j === i ? { ...x, what: e.target.value } : x)),
                    )
                  }
                />
                {err(`surgeries.${i}.what`) !== undefined && (
                  <p className="field-error" role="alert">
                    {err(`surgeries.${i}.what`)}
                  </p>
                )}
              </div>
              <div className={`field${err(`surgeries.${i}.date`) === undefined ? '' : ' has-error'}`}>
                <label htmlFor={`surgery-date-${i}`}>When (YYYY-MM or YYYY-MM-DD)</label>
                <input
                  id={`surgery-date-${i}`}
                  type="text"
                  inputMode="numeric"
                  maxLength={10}
                  placeholder="2021-05"
                  value={s.date}
                  aria-invalid={err(`surgeries.${i}.date`) === undefined ? undefined : true}
                  aria-describedby={
                    err(`surgeries.${i}.date`) === undefined ? undefined : `surgery-date-${i}-error`
                  }
                  onChange={(e) =>
                    set(
                      'surgeries',
                      fields.surgeries.map((x, j) => (j === i ? { ...x, date: e.target.value } : x)),
                    )
                  }
                />
                {err(`surgeries.${i}.date`) !== undefined && (
                  <p id={`surgery-date-${i}-error`} className="field-error" role="alert">
                    {err(`surgeries.${i}.date`)}
                  </p>
                )}
              </div>
              <button
                type="button"
                aria-label={`Remove operation ${i + 1}`}
                onClick={() =>
                  set(
                    'surgeries',
                    fields.surgeries.filter((_, j) => j !== i),
                  )
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => set('surgeries', [...fields.surgeries, { what: '', date: '' }])}
            disabled={fields.surgeries.length >= 30}
          >
            Add operation
          </button>
          <div className="field narrow">
            <label htmlFor="pregnancy">Pregnancy</label>
            <select
              id="pregnancy"
              value={fields.pregnancy}
              onChange={(e) => set('pregnancy', e.target.value as IntakeFields['pregnancy'])}
            >
              <option value="unknown">Not asked yet</option>
              <option value="no">Not pregnant</option>
              <option value="yes">Pregnant</option>
              <option value="not-applicable">Does not apply</option>
            </select>
          </div>
        </fieldset>

        {definition.tiers.map((tier) => {
          const questions = definition.questions.filter((q) => q.tier === tier.tier);
          return (
            <fieldset key={tier.tier} className={`card screen-tier tier-${tier.tier}`} disabled={!canWrite}>
              <legend>{tier.title}</legend>
              <p className="tier-action">If yes: {tier.action}</p>
              {questions.map((q) => (
                <YesNo
                  key={q.id}
                  id={`q-${q.id}`}
                  question={q.text}
                  value={fields.answers[q.id]}
                  onChange={(a: Answer) => set('answers', { ...fields.answers, [q.id]: a })}
                />
              ))}
            </fieldset>
          );
        })}

        <fieldset className="card" disabled={!canWrite}>
          <legend>Anything else</legend>
          <div className={`field${err('notes') === undefined ? '' : ' has-error'}`}>
            <label htmlFor="intake-notes">Notes in the client’s words</label>
            <textarea
              id="intake-notes"
              rows={3}
              maxLength={4000}
              value={fields.notes}
              onChange={(e) => set('notes', e.target.value)}
              aria-describedby="intake-notes-hint"
            />
            <p id="intake-notes-hint" className="field-hint">
              Warning signs written here (e.g. “night pain”, “lost weight”) are picked up by the screen too.
            </p>
          </div>
        </fieldset>
        {message !== undefined && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        {saved !== undefined && (
          <p className="saved-note" role="status">
            {saved}
          </p>
        )}
        {canWrite && (
          <div className="form-actions sticky-actions">
            <button type="submit" className="primary" disabled={busy}>
              Save intake
            </button>
          </div>
        )}
      </form>

      {canWrite && page.intake !== null && (
        <RescreenForm clientId={id} definition={definition} onDone={show} />
      )}

      <aside className="card guidance" aria-labelledby="indications-title">
        <h2 id="indications-title">When trigger point therapy is most useful</h2>
        <ul>
          {definition.indications.map((i) => (
            <li key={i.text}>
              {i.text} <span className="muted">({i.source})</span>
            </li>
          ))}
        </ul>
        <p className="muted">Guidance assembled from the cited sources, not a validated decision rule.</p>
      </aside>

      {clearing !== undefined && (
        <ClearanceDialog
          clientId={id}
          finding={clearing}
          onClose={() => setClearing(undefined)}
          onDone={(p) => {
            setClearing(undefined);
            show(p);
          }}
        />
      )}
    </section>
  );
}
