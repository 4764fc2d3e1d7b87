import { BODY_AREA_NAMES, type BodyArea } from '@myomap/atlas';
import type { CardType, PracticeProgress, ProgressTally } from '@myomap/engine';
import { CARD_TYPE_NAMES } from './card-text.ts';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function Tallies({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: readonly [string, ProgressTally | undefined][];
}): React.JSX.Element | null {
  const shown = rows.filter((r): r is [string, ProgressTally] => r[1] !== undefined && r[1].reviews > 0);
  if (shown.length === 0) return null;
  return (
    <table className="practice-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">Reviews</th>
          <th scope="col" title="Answers right">
            Right
          </th>
          <th scope="col" title="Retention: remembered on later reviews">
            Kept
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map(([name, t]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{t.reviews}</td>
            <td>{pct(t.accuracy)}</td>
            <td>{t.repeats === 0 ? '–' : pct(t.retention)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the reviews are kept, in words: on the account (with any still waiting), or on this device. */
export function syncText(signedIn: boolean, pending: number): string {
  const waiting = `${pending} ${pending === 1 ? 'review' : 'reviews'}`;
  if (!signedIn)
    return pending === 0
      ? 'Saved on this device. Sign in to keep your reviews with your account.'
      : `Saved on this device; ${waiting} not on a server yet. Sign in to keep them with your account.`;
  return pending === 0
    ? 'Saved to your account.'
    : `Saved on this device; ${waiting} waiting to reach your account (sent when back online).`;
}

/** Progress from the review log: totals, per area and type, the calendar and confusions. */
export function ProgressPanel({
  progress,
  reviewedToday,
  pending,
  signedIn,
}: {
  progress: PracticeProgress;
  reviewedToday: number;
  pending: number;
  signedIn: boolean;
}): React.JSX.Element {
  const upcoming = progress.calendar.filter((d) => d.due > 0).slice(0, 7);
  const past = progress.calendar.filter((d) => d.reviews > 0).slice(-7);
  return (
    <aside className="card practice-progress" aria-label="Progress">
      <h2>Progress</h2>
      <ul className="practice-stats">
        <li>
          <strong data-testid="reviewed-today">{reviewedToday}</strong> reviewed today
        </li>
        <li>
          <strong data-testid="due-now">{progress.dueNow}</strong> due now
        </li>
        <li>
          <strong>{pct(progress.total.accuracy)}</strong> accuracy
        </li>
      </ul>
      <p className="muted small" data-testid="sync-status">
        {syncText(signedIn, pending)}
      </p>
      {progress.confusions.length > 0 && (
        <>
          <h3>Often mixed up</h3>
          <ul className="practice-confusions">
            {progress.confusions.map((c) => (
              <li key={`${c.a}|${c.b}`}>
                {c.message[0]?.toUpperCase()}
                {c.message.slice(1)} ({c.count}×)
              </li>
            ))}
          </ul>
        </>
      )}
      {upcoming.length > 0 && (
        <>
          <h3>Coming up</h3>
          <ul className="practice-calendar" data-testid="calendar">
            {upcoming.map((d) => (
              <li key={d.day}>
                <span>{d.day}</span> <strong>{d.due}</strong> due
              </li>
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <>
          <h3>Recent days</h3>
          <ul className="practice-calendar">
            {past.map((d) => (
              <li key={d.day}>
                <span>{d.day}</span> {d.correct}/{d.reviews} right
              </li>
            ))}
          </ul>
        </>
      )}
      {progress.total.reviews > 0 && (
        <p className="muted small">Right: answers right. Kept: remembered on later reviews (retention).</p>
      )}
      <Tallies
        caption="By body area"
        head="Area"
        rows={Object.entries(progress.byArea).map(([a, t]) => [BODY_AREA_NAMES[a as BodyArea], t])}
      />
      <Tallies
        caption="By card type"
        head="Card"
        rows={Object.entries(progress.byType).map(([k, t]) => [CARD_TYPE_NAMES[k as CardType], t])}
      />
    </aside>
  );
}
