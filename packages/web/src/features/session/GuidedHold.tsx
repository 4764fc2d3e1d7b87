import { useEffect, useMemo, useRef, useState } from 'react';
import {
  duePrompts,
  endHold,
  HOLD_RESPONSES,
  holdClock,
  holdPromptText,
  protocolWithCap,
  rateHold,
  startHold,
  type HoldPrompt,
  type HoldResponse,
  type HoldState,
} from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { useFinderKit } from '../../finder/useFinderKit.ts';
import { RatingScale } from './RatingScale.tsx';
import { saveMessage } from './session-errors.ts';

const RESPONSE_LABEL: Record<HoldResponse, string> = {
  gone: 'Referral gone',
  reduced: 'Referral reduced',
  unchanged: 'Unchanged',
  spread: 'Spread',
};

/**
 * The guided hold on a tablet: a large timer, the one-tap 0–10 rating, prompts at set times, and the
 * referral's response to end it, all under the clinic's rating cap (its settings; 7/10 by default).
 * The state machine is the engine's; the clock is the browser's.
 */
export function GuidedHold({
  page,
  onSaved,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
}): React.JSX.Element {
  const kit = useFinderKit();
  const protocol = useMemo(() => protocolWithCap(page.ratingCap), [page.ratingCap]);
  const sites = page.findings.filter(
    (f) => f.effective === 'active' || f.effective === 'latent' || f.effective === 'possible',
  );
  const [siteId, setSiteId] = useState(sites[0]?.id ?? '');
  const [state, setState] = useState<HoldState | undefined>();
  const [now, setNow] = useState(0);
  const [prompts, setPrompts] = useState<HoldPrompt[]>([]);
  const [easeOff, setEaseOff] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const site = sites.find((f) => f.id === siteId) ?? sites[0];
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    if (state === undefined || state.ended !== null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      const s = stateRef.current;
      if (s === undefined) return;
      const due = duePrompts(s, t);
      if (due.prompts.length === 0) return;
      setPrompts((p) => [...p, ...due.prompts]);
      setState(due.state);
    }, 250);
    return () => clearInterval(timer);
  }, [state]);

  const start = () => {
    const t = Date.now();
    setNow(t);
    setPrompts([]);
    setEaseOff(false);
    setMessage(undefined);
    setState(startHold(protocol, t));
  };
  const rate = (n: number) => {
    if (state === undefined || state.ended !== null) return;
    const r = rateHold(state, n, Date.now());
    setState(r.state);
    setEaseOff(r.easeOff);
  };
  const end = async (response: HoldResponse) => {
    if (state === undefined || site === undefined) return;
    const { state: ended, log } = endHold(state, response, Date.now());
    setState(ended);
    const reps = page.holds.filter(
      (h) => h.hold.muscle === site.finding.muscle && h.hold.triggerPoint === site.finding.triggerPoint,
    ).length;
    try {
      await visitsApi.addHold(page.visit.id, {
        muscle: site.finding.muscle,
        triggerPoint: site.finding.triggerPoint,
        side: site.finding.side,
        technique: 'sustained-pressure',
        repetition: Math.min(10, reps + 1),
        seconds: log.seconds,
        ratings: [...log.ratings],
        response,
        ratingCap: protocol.ratingCap,
      });
      await onSaved();
      setMessage(
        `Hold logged: ${log.seconds} s, peak ${log.peakRating ?? '–'}/10, ${RESPONSE_LABEL[response].toLowerCase()}.`,
      );
      setState(undefined);
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };

  const running = state !== undefined && state.ended === null;
  const clock = state === undefined ? undefined : holdClock(state, now);
  const lastRating = state?.ratings.at(-1)?.rating ?? null;
  const siteName = (f: (typeof sites)[number]) =>
    `${kit.atlas.muscleById.get(f.finding.muscle)?.name ?? f.finding.muscle} ${f.finding.triggerPoint === null ? '' : (kit.atlas.triggerPointById.get(f.finding.triggerPoint)?.triggerPoint.label ?? '')}`;

  return (
    <div className="card guided-hold" aria-labelledby="hold-title">
      <h3 id="hold-title">Guided hold</h3>
      {sites.length === 0 ? (
        <p>Record a palpated trigger point first.</p>
      ) : (
        <>
          <p className="muted">
            {protocol.position} {protocol.pressure} Keep the rating at {protocol.ratingCap}/10 or below; hold{' '}
            {protocol.minSeconds}–{protocol.maxSeconds} s, {protocol.repetitions.min}–
            {protocol.repetitions.max} times.
          </p>
          <label className="field">
            <span>Trigger point</span>
            <select value={site?.id} onChange={(e) => setSiteId(e.target.value)} disabled={running}>
              {sites.map((f) => (
                <option key={f.id} value={f.id}>
                  {siteName(f)}
                </option>
              ))}
            </select>
          </label>
          <div className="hold-timer" role="timer" aria-live="off" aria-label="Hold time">
            <span className="seconds">{clock?.elapsed ?? 0}</span>
            <span className="unit">s</span>
            {clock !== undefined && (
              <span className="left">
                {clock.left} s to {protocol.maxSeconds}
              </span>
            )}
          </div>
          {!running ? (
            <button type="button" className="button primary huge" onClick={start}>
              Start hold
            </button>
          ) : (
            <>
              <RatingScale label="Rating now" value={lastRating} onRate={rate} cap={protocol.ratingCap} />
              {easeOff && (
                <p className="ease-off" role="alert">
                  Above {protocol.ratingCap}/10: ease off the pressure.
                </p>
              )}
              <ul className="prompts" aria-live="polite">
                {prompts.map((p) => (
                  <li key={p.atSeconds}>
                    {p.atSeconds} s: {holdPromptText(p, protocol)}
                  </li>
                ))}
              </ul>
              <div className="response-row" role="group" aria-label="End the hold: the referred sensation is">
                {HOLD_RESPONSES.map((r) => (
                  <button key={r} type="button" className="button big" onClick={() => void end(r)}>
                    {RESPONSE_LABEL[r]}
                  </button>
                ))}
              </div>
            </>
          )}
          {message !== undefined && <p role="status">{message}</p>}
        </>
      )}
      <h4>Hold log</h4>
      <ol className="hold-log">
        {page.holds.map((h) => (
          <li key={h.id}>
            {kit.atlas.muscleById.get(h.hold.muscle)?.name ?? h.hold.muscle}: {h.hold.seconds} s, peak{' '}
            {h.peakRating ?? '–'}/10, {RESPONSE_LABEL[h.hold.response].toLowerCase()}
          </li>
        ))}
      </ol>
    </div>
  );
}
