import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { clinicSettingsApi, RATING_CAP_CHOICES, type ClinicSettings } from '../../api/clinic-settings.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import './clinic-settings.css';

/**
 * The owner's clinic settings: today the guided hold's rating cap, the highest pressure rating a
 * client is kept at (clinical-notes §3.1: 7/10 by default). Every therapist's hold screen follows it.
 */
export function ClinicSettingsPage(): React.JSX.Element {
  useDocumentTitle('Clinic settings');
  const [settings, setSettings] = useState<ClinicSettings | undefined>();
  const [cap, setCap] = useState(7);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | undefined>();
  const load = async () => {
    const s = await clinicSettingsApi.get();
    setSettings(s);
    setCap(s.ratingCap);
  };
  useEffect(() => {
    void load().catch(() => setNotice({ text: 'Could not load the clinic’s settings.', error: true }));
  }, []);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (settings === undefined) return;
    setNotice(undefined);
    try {
      const s = await clinicSettingsApi.save(settings.version, cap);
      setSettings(s);
      setNotice({
        text: `Saved: guided holds now keep clients at ${s.ratingCap}/10 or below.`,
        error: false,
      });
    } catch (error) {
      setNotice({
        text: error instanceof ApiError ? error.message : 'The change was not saved.',
        error: true,
      });
      await load().catch(() => undefined);
    }
  };

  return (
    <section aria-labelledby="page-title" className="auth-page">
      <PageHeader title="Clinic settings" lead="Choices that apply to every therapist of this clinic." />
      {notice !== undefined && (
        <p className={notice.error ? 'form-error' : 'card'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <h2>Pressure tolerance limit</h2>
      <form className="card form" onSubmit={(e) => void save(e)}>
        <p>
          During a guided hold the client rates the pressure from 0 (nothing) to 10 (the worst they can
          imagine). The limit is the highest rating you want clients to feel. Above it, the hold screen marks
          the rating in red and asks the therapist to ease off, and the prompts during the hold name the
          limit.
        </p>
        <p className="muted">
          The usual limit is 7/10: strong but tolerable, so the client stays relaxed instead of guarding
          against the pressure. It is a clinical convention rather than a trial result (clinical notes §3.1).
          Whatever the limit, stop if the client tenses, sweats, goes pale or feels faint.
        </p>
        <div className="field">
          <label htmlFor="rating-cap">Highest rating during a hold (out of 10)</label>
          <select
            id="rating-cap"
            value={cap}
            disabled={settings === undefined}
            onChange={(e) => setCap(Number(e.target.value))}
          >
            {RATING_CAP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}/10{n === 7 ? ' (usual)' : ''}
              </option>
            ))}
          </select>
        </div>
        <p className="muted" aria-live="polite">
          {settings === undefined
            ? 'Loading…'
            : settings.isDefault
              ? 'This clinic uses the usual limit; it has not chosen its own.'
              : `Last changed ${settings.updatedAt?.slice(0, 10) ?? ''}.`}
        </p>
        <button type="submit" className="primary" disabled={settings === undefined}>
          Save limit
        </button>
      </form>
    </section>
  );
}
