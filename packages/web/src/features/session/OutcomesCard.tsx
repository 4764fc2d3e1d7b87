import { useState } from 'react';
import { OUTCOME_MEASURES, OUTCOME_MEASURE_IDS, scoreOutcome, type OutcomeMeasureId } from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { saveMessage } from './session-errors.ts';

/**
 * Outcome measures: the item answers typed as numbers (blank = unanswered), scored live by the
 * engine's published method, stored with the change from last time and its meaningful-change flag.
 */
export function OutcomesCard({
  page,
  onSaved,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
}): React.JSX.Element {
  const [measure, setMeasure] = useState<OutcomeMeasureId>('nprs');
  const [answers, setAnswers] = useState('');
  const [labels, setLabels] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const parsed = answers
    .split(/[,\s]+/)
    .filter((x) => x !== '')
    .map((x) => (x === '-' ? null : Number(x)));
  const score = parsed.length === 0 ? undefined : scoreOutcome(measure, parsed);
  const record = async () => {
    try {
      await visitsApi.addOutcome(page.visit.id, {
        measure,
        answers: parsed,
        labels:
          measure === 'psfs'
            ? labels
                .split(',')
                .map((l) => l.trim())
                .filter((l) => l !== '')
            : [],
      });
      setAnswers('');
      setLabels('');
      await onSaved();
      setMessage('Recorded.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };
  const m = OUTCOME_MEASURES[measure];
  return (
    <fieldset className="card">
      <legend>Outcome measures</legend>
      <ul className="results">
        {page.outcomes.map((o) => (
          <li key={o.id}>
            {o.measure.toUpperCase()} {o.score}
            {o.change !== null &&
              ` (from ${o.change.from}: ${o.change.change > 0 ? '+' : ''}${o.change.change}, ${o.change.meaningful ? 'meaningful change' : `below ${o.change.threshold}`})`}
          </li>
        ))}
      </ul>
      <div className="inline-fields">
        <label className="field">
          <span>Measure</span>
          <select value={measure} onChange={(e) => setMeasure(e.target.value as OutcomeMeasureId)}>
            {OUTCOME_MEASURE_IDS.map((id) => (
              <option key={id} value={id}>
                {OUTCOME_MEASURES[id].name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>
            Answers, {m.items.min === m.items.max ? m.items.min : `${m.items.min}–${m.items.max}`} ×{' '}
            {m.items.itemMin}–{m.items.itemMax} (“-” = unanswered)
          </span>
          <input value={answers} inputMode="numeric" onChange={(e) => setAnswers(e.target.value)} />
        </label>
        {measure === 'psfs' && (
          <label className="field">
            <span>The client’s activities (comma separated)</span>
            <input value={labels} onChange={(e) => setLabels(e.target.value)} />
          </label>
        )}
      </div>
      {score !== undefined && (
        <p aria-live="polite">
          {score.ok ? `Score ${score.score} on ${m.range[0]}–${m.range[1]}` : score.problem}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={score?.ok !== true || page.note.status === 'signed'}
        onClick={() => void record()}
      >
        Record measure
      </button>
      {message !== undefined && <span role="status">{message}</span>}
    </fieldset>
  );
}
