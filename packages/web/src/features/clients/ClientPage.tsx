import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import {
  clientsApi,
  CONSENT_TEXT_VERSION,
  type Client,
  type Consent,
  type IntakePage,
} from '../../api/clients.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from '../auth/Field.tsx';
import { useSession } from '../auth/session.tsx';
import { useForm } from '../auth/useForm.ts';
import { fullName, today } from './names.ts';
import { ScreenSummary } from './ScreenSummary.tsx';

/** A client's page: details, consent to treatment, the screen at a glance, archive or restore. */
export function ClientPage(): React.JSX.Element {
  const { id = '' } = useParams();
  const { session } = useSession();
  const role = session.state === 'signed-in' ? session.me.user.role : 'student';
  const [client, setClient] = useState<Client | undefined>();
  const [consents, setConsents] = useState<Consent[]>([]);
  const [intake, setIntake] = useState<IntakePage | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  useDocumentTitle(client === undefined ? 'Client' : fullName(client));

  const load = useCallback(async () => {
    try {
      const page = await clientsApi.page(id);
      setClient(page.client);
      setConsents(page.consents);
      if (role !== 'front-desk') setIntake(await clientsApi.intake(id));
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Could not load the client.');
    }
  }, [id, role]);
  useEffect(() => {
    void load();
  }, [load]);

  const consentForm = useForm({ consentedOn: today(), consentTextVersion: CONSENT_TEXT_VERSION });
  const onConsent = consentForm.submit(
    (v) => ({ consentedOn: v.consentedOn === '' ? 'Enter the date consent was given' : undefined }),
    async (v) => {
      await clientsApi.consent(id, v.consentedOn, v.consentTextVersion);
      await load();
    },
  );

  const toggleArchive = async () => {
    if (client === undefined) return;
    setProblem(undefined);
    try {
      setClient(
        client.archived
          ? await clientsApi.restore(client.id, client.version)
          : await clientsApi.archive(client.id, client.version),
      );
    } catch (e) {
      setProblem(
        e instanceof ApiError && e.status === 409
          ? 'Someone else changed this client meanwhile; the page now shows the current record.'
          : e instanceof ApiError
            ? e.message
            : 'The change was not saved.',
      );
      await load();
    }
  };

  if (client === undefined)
    return problem === undefined ? (
      <p className="muted" role="status">
        Loading…
      </p>
    ) : (
      <div className="card empty-state" role="alert">
        <p>{problem}</p>
        <Link to="/clients">Back to clients</Link>
      </div>
    );

  const canWrite = role !== 'student';
  const canArchive = role === 'owner' || role === 'therapist';
  const latest = consents[0];
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={fullName(client)}
        lead={
          <>
            {client.preferredName !== null && <>Goes by {client.preferredName}. </>}
            {client.pronouns !== null && <>Pronouns: {client.pronouns}. </>}
            {client.archived && <strong>Archived.</strong>}
          </>
        }
        actions={
          <>
            {canWrite && (
              <Link className="button" to={`/clients/${encodeURIComponent(client.id)}/edit`}>
                Edit details
              </Link>
            )}
            {role !== 'front-desk' && (
              <Link className="button primary" to={`/clients/${encodeURIComponent(client.id)}/intake`}>
                Intake and screen
              </Link>
            )}
            {canArchive && (
              <Link className="button primary" to={`/visits/client/${encodeURIComponent(client.id)}`}>
                Visits
              </Link>
            )}
          </>
        }
      />
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {intake !== undefined && <ScreenSummary page={intake} clientId={client.id} />}
      <div className="client-columns">
        <div className="card">
          <h2>Details</h2>
          <dl className="facts">
            <dt>Date of birth</dt>
            <dd>{client.dateOfBirth ?? '—'}</dd>
            <dt>Phone</dt>
            <dd>{client.phone ?? '—'}</dd>
            <dt>Email</dt>
            <dd className="wrap">{client.email ?? '—'}</dd>
            <dt>Emergency contact</dt>
            <dd>
              {client.emergencyContact === null
                ? '—'
                : `${client.emergencyContact.name}${client.emergencyContact.relation === null ? '' : ` (${client.emergencyContact.relation})`}, ${client.emergencyContact.phone}`}
            </dd>
          </dl>
        </div>
        <div className="card">
          <h2>Consent to treatment</h2>
          {latest === undefined ? (
            <p className="warning-note">No consent recorded yet.</p>
          ) : (
            <p>
              Consent given on <strong>{latest.consentedOn}</strong> (consent text version{' '}
              {latest.consentTextVersion}).
            </p>
          )}
          {canWrite && (
            <form className="form" onSubmit={onConsent} noValidate>
              <Field label="Date consent was given" type="date" {...consentForm.bind('consentedOn')} />
              <Field
                label="Consent text version shown"
                maxLength={40}
                hint="The version printed at the foot of the consent form"
                {...consentForm.bind('consentTextVersion')}
              />
              {consentForm.message !== undefined && (
                <p className="form-error" role="alert">
                  {consentForm.message}
                </p>
              )}
              <button type="submit" disabled={consentForm.busy}>
                Record consent
              </button>
            </form>
          )}
        </div>
      </div>
      {canArchive && (
        <div className="card">
          <h2>{client.archived ? 'Restore' : 'Archive'}</h2>
          <p className="muted">
            {client.archived
              ? 'Restoring puts the client back in the current list.'
              : 'Archiving hides the client from the current list. Nothing is deleted and it can be undone.'}
          </p>
          <button type="button" onClick={() => void toggleArchive()}>
            {client.archived ? 'Restore client' : 'Archive client'}
          </button>
        </div>
      )}
    </section>
  );
}
