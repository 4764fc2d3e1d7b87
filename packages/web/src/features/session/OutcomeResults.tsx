import { OUTCOME_MEASURES } from '@myomap/engine';
import type { VisitPage } from '../../api/visits.ts';

const SHORT = { nprs: 'NPRS', psfs: 'PSFS', ndi: 'NDI', odi: 'ODI' } as const;

/**
 * The outcome entries of the visit: the score (NDI also as a percentage), how many items were
 * answered, and the change since the previous visit beside the measure's minimal clinically
 * important difference (clinical-notes §4) with its source.
 */
export function OutcomeResults({ outcomes }: { outcomes: VisitPage['outcomes'] }): React.JSX.Element | null {
  if (outcomes.length === 0) return null;
  return (
    <ul className="results outcome-results">
      {outcomes.map((o) => {
        const m = OUTCOME_MEASURES[o.measure];
        const answered = o.answers.filter((a) => a !== null).length;
        const scale =
          o.measure === 'ndi'
            ? `of 50 (${Math.round(o.score * 20) / 10} %)`
            : o.measure === 'odi'
              ? '% (0–100)'
              : 'on 0–10';
        return (
          <li key={o.id}>
            <strong>
              {SHORT[o.measure]} {o.score}
            </strong>{' '}
            {scale}
            {o.answers.length > 1 && ` · ${answered} of ${o.answers.length} answered`}
            {o.measure === 'psfs' &&
              o.labels.length > 0 &&
              ` · ${o.labels.map((l, i) => `${l} ${o.answers[i] ?? '–'}`).join(', ')}`}
            <br />
            <span className="muted">
              {o.change === null
                ? 'No earlier entry of this measure to compare with.'
                : `Since the previous visit: ${o.change.change > 0 ? '+' : ''}${o.change.change} (from ${o.change.from}), ${o.change.meaningful ? 'a meaningful change' : 'less than a meaningful change'}.`}{' '}
              Meaningful change (MCID) {o.change?.threshold ?? thresholdOf(o.measure)}: {m.source}.
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function thresholdOf(id: keyof typeof OUTCOME_MEASURES): string {
  const { points, percent } = OUTCOME_MEASURES[id].mcid;
  return percent === null ? `≥ ${points} points` : `≥ ${points} points or ≥ ${percent} %`;
}
