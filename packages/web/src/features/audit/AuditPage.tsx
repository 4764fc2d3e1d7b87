import { useEffect, useState } from 'react';
import { getJson } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';

interface Entry {
  seq: number;
  at: string;
  actorName: string | null;
  actorId: string | null;
  action: string;
  outcome: string;
  recordType: string | null;
  recordId: string | null;
  ip: string;
}
interface AuditReply {
  entries: Entry[];
  chain: { ok: boolean; entries: number; brokenAt: number | null; reason: string | null };
}

/** The owner's view of the clinic's audit log, newest first, with the chain check. */
export function AuditPage(): React.JSX.Element {
  useDocumentTitle('Audit log');
  const [data, setData] = useState<AuditReply | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [before, setBefore] = useState<number | undefined>();
  useEffect(() => {
    const q = before === undefined ? '' : `&before=${before}`;
    getJson<AuditReply>(`/api/audit?limit=50${q}`)
      .then(setData)
      .catch(() => setError('Could not load the audit log.'));
  }, [before]);
  const last = data?.entries.at(-1)?.seq;
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Audit log"
        lead="Every sign-in, change and refused access in this clinic. Entries are chained: an edited or removed entry shows here."
      />
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {data !== undefined && (
        <p className={`chain-status ${data.chain.ok ? 'ok' : 'broken'}`} role="status">
          {data.chain.ok
            ? `Chain intact: ${data.chain.entries} entries.`
            : `Chain broken at entry ${data.chain.brokenAt}: ${data.chain.reason}.`}
        </p>
      )}
      <div className="card table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Result</th>
              <th scope="col">Record</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {data?.entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                <td>{e.actorName ?? (e.actorId === null ? '—' : e.actorId)}</td>
                <td>{e.action}</td>
                <td className={`outcome ${e.outcome}`}>{e.outcome}</td>
                <td>{e.recordType === null ? '' : `${e.recordType} ${e.recordId ?? ''}`}</td>
                <td>{e.ip}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pager">
        {before !== undefined && (
          <button type="button" onClick={() => setBefore(undefined)}>
            Newest
          </button>
        )}
        {last !== undefined && last > 1 && (
          <button type="button" onClick={() => setBefore(last)}>
            Older entries
          </button>
        )}
      </div>
    </section>
  );
}
