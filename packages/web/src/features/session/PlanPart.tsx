import { useState } from 'react';
import { ADJUNCTS, FACTOR_STATUSES, PERPETUATING_FACTORS, type Plan } from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { GuidedHold } from './GuidedHold.tsx';
import { saveMessage } from './session-errors.ts';
import { SavePartRow } from './SavePartRow.tsx';
import { SelfCareChoices } from './SelfCareChoices.tsx';

const STATUS_LABEL: Record<(typeof FACTOR_STATUSES)[number], string> = {
  'asked-no': 'asked: no',
  suspected: 'suspected',
  advised: 'advised',
  'referred-to-gp': 'referred to GP',
};

/** Plan and treatment: the guided hold, adjunct work, perpetuating factors and the plan for next time. */
export function PlanPart({
  page,
  onSaved,
  draft,
  onDraft,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
  /** Unsaved edits kept by the session screen across part switches. */
  draft?: Plan | undefined;
  onDraft?: (plan: Plan | undefined) => void;
}): React.JSX.Element {
  const [plan, setPlanState] = useState<Plan>(draft ?? page.visit.plan);
  const setPlan = (next: Plan) => {
    setPlanState(next);
    onDraft?.(next);
  };
  const [message, setMessage] = useState<string | undefined>();
  const carried = page.visit.carried;
  const save = async () => {
    try {
      await visitsApi.savePart(page.visit.id, 'plan', page.visit.version, plan);
      onDraft?.(undefined);
      await onSaved();
      setMessage('Saved.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };
  const factor = (id: string) => plan.factors.find((f) => f.id === id);
  const setFactor = (id: string, status: string) =>
    setPlan({
      ...plan,
      factors:
        status === ''
          ? plan.factors.filter((f) => f.id !== id)
          : [
              ...plan.factors.filter((f) => f.id !== id),
              { id, status: status as Plan['factors'][number]['status'], advice: factor(id)?.advice ?? '' },
            ],
    });
  return (
    <section className="session-part" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan and treatment</h2>
      {(carried.recheck !== '' || carried.homeCare !== '' || (carried.selfCare ?? []).length > 0) && (
        <div className="card carried">
          <h3>From last time</h3>
          {carried.recheck !== '' && <p>Re-check: {carried.recheck}</p>}
          {carried.homeCare !== '' && <p>Home care given: {carried.homeCare}</p>}
          {(carried.selfCare ?? []).length > 0 && (
            <p>Self-care given: {(carried.selfCare ?? []).join('; ')}</p>
          )}
        </div>
      )}
      <GuidedHold page={page} onSaved={onSaved} />
      <fieldset className="card">
        <legend>Adjunct work</legend>
        <div className="check-grid">
          {ADJUNCTS.map((a) => (
            <label key={a.id} className="check">
              <input
                type="checkbox"
                checked={plan.adjuncts.includes(a.id)}
                onChange={(e) =>
                  setPlan({
                    ...plan,
                    adjuncts: e.target.checked
                      ? [...plan.adjuncts, a.id]
                      : plan.adjuncts.filter((x) => x !== a.id),
                  })
                }
              />{' '}
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <SelfCareChoices
        muscles={page.holds.map((h) => h.hold.muscle)}
        chosen={plan.selfCare}
        onChange={(selfCare) => setPlan({ ...plan, selfCare })}
      />
      <details className="card">
        <summary>Perpetuating factors ({plan.factors.length} noted)</summary>
        <ul className="factors">
          {PERPETUATING_FACTORS.map((f) => (
            <li key={f.id}>
              <label className="field">
                <span>
                  {f.label}
                  {f.referOnly ? ' (refer for assessment)' : ''}
                </span>
                <select value={factor(f.id)?.status ?? ''} onChange={(e) => setFactor(f.id, e.target.value)}>
                  <option value="">not discussed</option>
                  {FACTOR_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      </details>
      <label className="field">
        <span>Next time, re-check</span>
        <input
          value={plan.nextTime.recheck}
          maxLength={1000}
          onChange={(e) => setPlan({ ...plan, nextTime: { ...plan.nextTime, recheck: e.target.value } })}
        />
      </label>
      <label className="field">
        <span>Home care given</span>
        <input
          value={plan.nextTime.homeCare}
          maxLength={1000}
          onChange={(e) => setPlan({ ...plan, nextTime: { ...plan.nextTime, homeCare: e.target.value } })}
        />
      </label>
      <SavePartRow
        label="Save plan"
        locked={page.note.status === 'signed'}
        message={message}
        onSave={() => void save()}
      />
    </section>
  );
}
