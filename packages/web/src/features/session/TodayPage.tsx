import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { visitsApi, type TodayEntry } from '../../api/visits.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { saveMessage } from './session-errors.ts';

function Rows({ rows }: { rows: TodayEntry[] }): React.JSX.Element {
  if (rows.length === 0) return <p>None.</p>;
  return (
    <ul className="today-list">
      {rows.map((r) => (
        <li key={r.visitId}>
          <Link to={`/visits/${encodeURIComponent(r.visitId)}`}>
            {r.clientName} · {r.visitOn} · {r.noteStatus === 'signed' ? 'signed' : 'note unsigned'}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The therapist's day: visits started today and notes still awaiting signature. */
export function TodayPage(): React.JSX.Element {
  const [data, setData] = useState<Awaited<ReturnType<typeof visitsApi.today>> | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  useDocumentTitle('Today');
  useEffect(() => {
    visitsApi.today().then(setData, (e: unknown) => setMessage(saveMessage(e)));
  }, []);
  return (
    <div className="today">
      <h1>Today</h1>
      {message !== undefined && <p role="alert">{message}</p>}
      {data !== undefined && (
        <>
          <h2>Visits today ({data.date})</h2>
          <Rows rows={data.today} />
          <h2>Notes awaiting signature</h2>
          <Rows rows={data.awaitingSignature} />
        </>
      )}
    </div>
  );
}
