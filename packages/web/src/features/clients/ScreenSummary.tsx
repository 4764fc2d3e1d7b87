import { Link } from 'react-router-dom';
import type { IntakePage } from '../../api/clients.ts';

/** The screen at a glance on the client page: the most serious finding and whether trigger point work may go ahead. */
export function ScreenSummary({ page, clientId }: { page: IntakePage; clientId: string }): React.JSX.Element {
  const { screen } = page;
  const top = screen.findings[0];
  const link = `/clients/${encodeURIComponent(clientId)}/intake`;
  if (page.intake === null)
    return (
      <div className="screen-banner tier-none" role="status">
        <strong>No intake yet.</strong> Complete the <Link to={link}>intake and screen</Link> before the first
        treatment.
      </div>
    );
  if (top === undefined)
    return (
      <div className="screen-banner tier-clear" role="status">
        <strong>Screen clear.</strong> No red flag or caution answered yes.
      </div>
    );
  return (
    <div className={`screen-banner tier-${top.tier}`} role="alert">
      <strong>{top.title}:</strong> {top.action} {top.cleared && <>A clearance is on record. </>}
      {screen.stopTreatmentToday ? (
        <>
          <strong>No hands-on treatment today.</strong>{' '}
        </>
      ) : screen.triggerPointWorkBlocked ? (
        <>
          <strong>Trigger point work is blocked</strong> until a clearance is recorded.{' '}
        </>
      ) : null}
      <Link to={link}>Open the screen</Link>
    </div>
  );
}
