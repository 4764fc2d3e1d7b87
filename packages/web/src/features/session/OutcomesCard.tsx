import { useState } from 'react';
import {
  NDI_QUESTIONNAIRE,
  ODI_QUESTIONNAIRE,
  OUTCOME_MEASURES,
  OUTCOME_MEASURE_IDS,
  PSFS_INSTRUCTIONS,
  scoreOutcome,
  type OutcomeMeasureId,
} from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { OutcomeResults } from './OutcomeResults.tsx';
import { PsfsActivities } from './PsfsActivities.tsx';
import { QuestionnaireSections } from './QuestionnaireSections.tsx';
import { RatingScale } from './RatingScale.tsx';
import { saveMessage } from './session-errors.ts';

/** An outcome entry being filled in: the measure, its item answers (null = unanswered), PSFS activities. */
export interface OutcomeDraft {
  readonly measure: OutcomeMeasureId;
  readonly answers: readonly (number | null)[];
  readonly labels: readonly string[];
}

/** A fresh, unanswered entry of a measure. */
function blank(measure: OutcomeMeasureId): OutcomeDraft {
  const n = measure === 'psfs' ? PSFS_INSTRUCTIONS.minActivities : OUTCOME_MEASURES[measure].items.max;
  return {
    measure,
    answers: Array.from({ length: n }, () => null),
    labels: measure === 'psfs' ? ['', '', ''] : [],
  };
}

/**
 * Outcome measures: pain now (NPRS) on a one-tap scale, the client's own activities (PSFS), and the
 * full Neck Disability Index and Oswestry questionnaires section by section, scored live by the
 * engine's validated method; recorded entries show the change since the previous visit beside the
 * measure's minimal clinically important difference.
 */
export function OutcomesCard({
  page,
  onSaved,
  draft,
  onDraft,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
  /** An unfinished entry kept by the session screen across part switches. */
  draft?: OutcomeDraft | undefined;
  onDraft?: (draft: OutcomeDraft | undefined) => void;
}): React.JSX.Element {
  const [entry, setEntryState] = useState<OutcomeDraft>(draft ?? blank('nprs'));
  const [message, setMessage] = useState<string | undefined>();
  const setEntry = (next: OutcomeDraft) => {
    setEntryState(next);
    onDraft?.(next);
  };
  const { measure, answers, labels } = entry;
  const m = OUTCOME_MEASURES[measure];
  const anyAnswered = answers.some((a) => a !== null);
  const score = anyAnswered ? scoreOutcome(measure, answers) : undefined;
  const psfsUnnamed = measure === 'psfs' && labels.some((l) => l.trim() === '');
  const record = async () => {
    try {
      await visitsApi.addOutcome(page.visit.id, {
        measure,
        answers: [...answers],
        labels: measure === 'psfs' ? labels.map((l) => l.trim()) : [],
      });
      setEntryState(blank(measure));
      onDraft?.(undefined);
      await onSaved();
      setMessage('Recorded.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };
  return (
    <fieldset className="card outcomes">
      <legend>Outcome measures</legend>
      <OutcomeResults outcomes={page.outcomes} />
      <label className="field">
        <span>Measure</span>
        <select value={measure} onChange={(e) => setEntry(blank(e.target.value as OutcomeMeasureId))}>
          {OUTCOME_MEASURE_IDS.map((id) => (
            <option key={id} value={id}>
              {OUTCOME_MEASURES[id].name}
            </option>
          ))}
        </select>
      </label>
      {measure === 'nprs' && (
        <RatingScale
          label="NPRS rating"
          value={answers[0] ?? null}
          onRate={(n) => setEntry({ ...entry, answers: [n] })}
        />
      )}
      {measure === 'psfs' && (
        <PsfsActivities
          labels={labels}
          answers={answers}
          onChange={(l, a) => setEntry({ ...entry, labels: l, answers: a })}
        />
      )}
      {(measure === 'ndi' || measure === 'odi') && (
        <QuestionnaireSections
          questionnaire={measure === 'ndi' ? NDI_QUESTIONNAIRE : ODI_QUESTIONNAIRE}
          answers={answers}
          onChange={(a) => setEntry({ ...entry, answers: a })}
        />
      )}
      <p aria-live="polite" className="outcome-score">
        {score === undefined
          ? 'Nothing answered yet.'
          : score.ok
            ? `Score ${score.score} on ${m.range[0]}–${m.range[1]}${score.percent !== null && measure === 'ndi' ? ` (${score.percent} %)` : ''}; ${score.answered} of ${score.items} answered${score.prorated ? ' (scored over the answered items)' : ''}`
            : score.problem}
        {psfsUnnamed && ' · name every activity'}
      </p>
      <button
        type="button"
        className="button"
        disabled={score?.ok !== true || psfsUnnamed || page.note.status === 'signed'}
        onClick={() => void record()}
      >
        Record {measure.toUpperCase()}
      </button>
      {message !== undefined && <span role="status">{message}</span>}
    </fieldset>
  );
}
