import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { clientsApi, type ClientSummary } from '../../api/clients.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../auth/session.tsx';
import { listName } from './names.ts';

type Status = 'active' | 'archived' | 'all';

/** The client list: search by name, phone, email or date of birth as you type. */
export function ClientListPage(): React.JSX.Element {
  useDocumentTitle('Clients');
  const { session } = useSession();
  const canAdd = session.state === 'signed-in' && session.me.user.role !== 'student';
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status>('active');
  const [rows, setRows] = useState<ClientSummary[] | undefined>();
  const [more, setMore] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      clientsApi
        .search(q, status, abort.signal)
        .then((r) => {
          setRows(r.clients);
          setMore(r.more);
          setProblem(undefined);
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          setProblem(error instanceof ApiError ? error.message : 'The server did not answer; try again.');
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [q, status]);

  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Clients"
        lead="Find a client by name, phone, email or date of birth. Accents and capitals do not matter."
        actions={
          canAdd ? (
            <Link className="button primary" to="/clients/new">
              Add client
            </Link>
          ) : undefined
        }
      />
      <form className="card client-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="client-q">Search clients</label>
          <input
            id="client-q"
            type="search"
            value={q}
            maxLength={200}
            autoComplete="off"
            placeholder="e.g. zoe, 07700 900, 1988-04"
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="client-status">Show</label>
          <select id="client-status" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
            <option value="active">Current clients</option>
            <option value="archived">Archived clients</option>
            <option value="all">All clients</option>
          </select>
        </div>
      </form>
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="card table-wrap" aria-live="polite" aria-busy={rows === undefined}>
        {rows !== undefined && rows.length === 0 ? (
          <p className="empty-state">{q === '' ? 'No clients yet.' : `No client matches “${q}”.`}</p>
        ) : (
          <table className="data-table client-table">
            <caption className="visually-hidden">Clients</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Phone</th>
                <th scope="col">Email</th>
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/clients/${encodeURIComponent(c.id)}`}>{listName(c)}</Link>
                    {c.archived && <span className="badge">archived</span>}
                  </td>
                  <td>{c.dateOfBirth ?? '—'}</td>
                  <td>{c.phone ?? '—'}</td>
                  <td className="wrap">{c.email ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more && (
          <p className="muted table-note">More clients match; type more of the name to narrow the list.</p>
        )}
      </div>
    </section>
  );
}
