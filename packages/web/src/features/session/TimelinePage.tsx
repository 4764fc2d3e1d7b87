import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { visitsApi, type TimelineEntry } from '../../api/visits.ts';
import { BodyMap } from '../../body-map/BodyMap.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { today } from '../clients/names.ts';
import { saveMessage } from './session-errors.ts';

/** A client's visits, newest first, with a drawing thumbnail, muscles treated and the note's first line. */
export function TimelinePage(): React.JSX.Element {
  const { clientId = '' } = useParams();
  const navigate = useNavigate();
  const [visits, setVisits] = useState<TimelineEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [message, setMessage] = useState<string | undefined>();
  useDocumentTitle('Visits');
  const load = useCallback(
    async (before?: string) => {
      try {
        const page = await visitsApi.timeline(clientId, before);
        setVisits((v) => (before === undefined ? page.visits : [...v, ...page.visits]));
        setNext(page.next);
      } catch (e) {
        setMessage(saveMessage(e));
      }
    },
    [clientId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const start = async (fromLast: boolean) => {
    try {
      const v = await visitsApi.start(clientId, today(), fromLast);
      void navigate(`/visits/${encodeURIComponent(v.id)}`);
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };
  return (
    <div className="timeline">
      <Link to={`/clients/${encodeURIComponent(clientId)}`}>Back to the client</Link>
      <h1>Visits</h1>
      <div className="button-row">
        <button type="button" className="button primary big" onClick={() => void start(false)}>
          Start a new visit
        </button>
        {visits.length > 0 && (
          <button type="button" className="button big" onClick={() => void start(true)}>
            Start from the last visit
          </button>
        )}
      </div>
      {message !== undefined && <p role="alert">{message}</p>}
      {visits.length === 0 && <p>No visits yet.</p>}
      <ol className="timeline-list">
        {visits.map((v) => (
          <li key={v.id}>
            <Link className="timeline-row" to={`/visits/${encodeURIComponent(v.id)}`}>
              <BodyMap
                view="anterior"
                label={`Drawing of ${v.visitOn}`}
                thumbnail
                drawing={
                  new Map(
                    v.drawing.map((d) => [d.region, { intensity: d.intensity, quality: 'aching' as const }]),
                  )
                }
              />
              <span className="timeline-text">
                <strong>{v.visitOn}</strong> {v.signed ? '· signed' : '· unsigned'}
                <span>
                  {v.muscleNames.length === 0 ? 'No muscles treated' : `Treated: ${v.muscleNames.join(', ')}`}
                </span>
                <span className="muted">{v.noteFirstLine}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
      {next !== null && (
        <button type="button" className="button" onClick={() => void load(next)}>
          Older visits
        </button>
      )}
    </div>
  );
}
