import type { IntakePage, ScreenFinding } from '../../api/clients.ts';

const FROM: Record<ScreenFinding['from'], string> = {
  answer: 'answered yes',
  history: 'from the health history',
  text: 'read in the notes',
  rule: 'these answers together',
};

/** What the screen found, most serious first, each with its action in plain words and its clearance state. */
export function Findings({
  page,
  canWrite,
  onClear,
}: {
  page: IntakePage;
  canWrite: boolean;
  onClear: (f: ScreenFinding) => void;
}): React.JSX.Element {
  const { screen } = page;
  if (page.intake === null)
    return (
      <div className="screen-banner tier-none" role="status">
        No intake yet: answer the questions below and save.
      </div>
    );
  return (
    <div className="findings" aria-live="polite">
      {screen.findings.length === 0 ? (
        <div className="screen-banner tier-clear" role="status">
          <strong>Screen clear.</strong> No red flag or caution answered yes.
        </div>
      ) : (
        <div
          className={`screen-banner tier-${screen.tier ?? 'none'}`}
          role={screen.stopTreatmentToday || screen.triggerPointWorkBlocked ? 'alert' : 'status'}
        >
          {screen.stopTreatmentToday ? (
            <strong>Stop: no hands-on treatment today.</strong>
          ) : screen.triggerPointWorkBlocked ? (
            <strong>Trigger point work is blocked until a clearance is recorded.</strong>
          ) : (
            <strong>Trigger point work may go ahead with the cautions below.</strong>
          )}
        </div>
      )}
      <ul className="finding-list">
        {screen.findings.map((f) => (
          <li key={f.questionId} className={`finding tier-${f.tier}`}>
            <p className="finding-title">
              <strong>{f.title}</strong> <span className="muted">({FROM[f.from]})</span>
            </p>
            <p className="finding-question">{f.question}</p>
            <p className="finding-action">{f.action}</p>
            {f.blocksTriggerPointWork &&
              (f.cleared ? (
                <p className="cleared">Cleared: a clearance is on record.</p>
              ) : (
                <p className="blocked">
                  Blocks trigger point work.{' '}
                  {canWrite && (
                    <button type="button" onClick={() => onClear(f)}>
                      Record clearance
                    </button>
                  )}
                </p>
              ))}
          </li>
        ))}
      </ul>
      {page.clearances.length > 0 && (
        <details className="card">
          <summary>Clearances on record ({page.clearances.length})</summary>
          <ul className="plain-list">
            {page.clearances.map((c) => (
              <li key={c.id}>
                {c.clearedOn}: {c.clearedBy}, {c.reason} <span className="muted">({c.questionId})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
