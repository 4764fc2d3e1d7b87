import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { clientsApi, type Client, type ClientFields } from '../../api/clients.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from '../auth/Field.tsx';
import { useForm } from '../auth/useForm.ts';
import { fullName } from './names.ts';

const EMPTY = {
  givenName: '',
  familyName: '',
  preferredName: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  pronouns: '',
  emergencyName: '',
  emergencyPhone: '',
  emergencyRelation: '',
};
type FormValues = typeof EMPTY;

function toValues(c: Client): FormValues {
  return {
    givenName: c.givenName,
    familyName: c.familyName,
    preferredName: c.preferredName ?? '',
    dateOfBirth: c.dateOfBirth ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
    pronouns: c.pronouns ?? '',
    emergencyName: c.emergencyContact?.name ?? '',
    emergencyPhone: c.emergencyContact?.phone ?? '',
    emergencyRelation: c.emergencyContact?.relation ?? '',
  };
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function toFields(v: FormValues): ClientFields {
  const hasContact = v.emergencyName.trim() !== '' || v.emergencyPhone.trim() !== '';
  return {
    givenName: v.givenName.trim(),
    familyName: v.familyName.trim(),
    preferredName: orNull(v.preferredName),
    dateOfBirth: orNull(v.dateOfBirth),
    phone: orNull(v.phone),
    email: orNull(v.email),
    pronouns: orNull(v.pronouns),
    emergencyContact: hasContact
      ? {
          name: v.emergencyName.trim(),
          phone: v.emergencyPhone.trim(),
          relation: orNull(v.emergencyRelation),
        }
      : null,
  };
}

/** Page-side checks: the same rules the server applies, so most mistakes show before sending. */
function check(v: FormValues): Partial<Record<keyof FormValues, string>> {
  const out: Partial<Record<keyof FormValues, string>> = {};
  if (v.givenName.trim() === '') out.givenName = 'Enter the client’s first name';
  if (v.familyName.trim() === '') out.familyName = 'Enter the client’s family name';
  if (v.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim()))
    out.email = 'This does not look like an email address';
  if (v.phone.trim() !== '' && !/^\+?[0-9][0-9 ().-]{2,38}$/.test(v.phone.trim()))
    out.phone = 'Use digits, spaces and + ( ) . - only';
  if ((v.emergencyName.trim() === '') !== (v.emergencyPhone.trim() === ''))
    out[v.emergencyName.trim() === '' ? 'emergencyName' : 'emergencyPhone'] =
      'An emergency contact needs both a name and a phone number';
  return out;
}

/** Server field paths → form fields (the emergency contact is nested on the wire). */
const SERVER_FIELD: Record<string, keyof FormValues> = {
  'emergencyContact.name': 'emergencyName',
  'emergencyContact.phone': 'emergencyPhone',
  'emergencyContact.relation': 'emergencyRelation',
};

/** Add a client, or edit one (the edit carries the version it read; a stale edit says so). */
export function ClientFormPage(): React.JSX.Element {
  const { id } = useParams();
  useDocumentTitle(id === undefined ? 'Add client' : 'Edit client');
  const [loaded, setLoaded] = useState<Client | undefined>();
  const [loadProblem, setLoadProblem] = useState<string | undefined>();
  useEffect(() => {
    if (id === undefined) return;
    clientsApi
      .page(id)
      .then((p) => setLoaded(p.client))
      .catch((e: unknown) =>
        setLoadProblem(e instanceof ApiError ? e.message : 'Could not load the client.'),
      );
  }, [id]);
  if (loadProblem !== undefined)
    return (
      <div className="card empty-state" role="alert">
        <p>{loadProblem}</p>
        <Link to="/clients">Back to clients</Link>
      </div>
    );
  if (id !== undefined && loaded === undefined)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  return <ClientForm key={loaded?.id ?? 'new'} client={loaded} />;
}

function ClientForm({ client }: { client: Client | undefined }): React.JSX.Element {
  const navigate = useNavigate();
  const editing = client !== undefined;
  const form = useForm(client === undefined ? EMPTY : toValues(client));

  const onSubmit = form.submit(check, async (v) => {
    try {
      const saved = editing
        ? await clientsApi.update(client.id, toFields(v), client.version)
        : await clientsApi.create(toFields(v));
      void navigate(`/clients/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        throw new ApiError(
          409,
          'conflict',
          'Someone else changed this client while you were editing. Reload the page to see their change, then make yours again.',
        );
      if (error instanceof ApiError && error.code === 'validation-failed') {
        const details = error.details as { issues?: { path: string; message: string }[] } | undefined;
        const issues = (details?.issues ?? []).map((i) => ({ ...i, path: SERVER_FIELD[i.path] ?? i.path }));
        throw new ApiError(400, error.code, error.message, { issues });
      }
      throw error;
    }
  });

  const title = editing ? `Edit ${fullName(client)}` : 'Add client';
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={title} />
      <form className="card form client-form" onSubmit={onSubmit} noValidate>
        {form.message !== undefined && (
          <p className="form-error" role="alert">
            {form.message}
          </p>
        )}
        <fieldset>
          <legend>Name</legend>
          <div className="form-grid">
            <Field
              label="First name"
              autoComplete="off"
              maxLength={100}
              required
              {...form.bind('givenName')}
            />
            <Field
              label="Family name"
              autoComplete="off"
              maxLength={100}
              required
              {...form.bind('familyName')}
            />
            <Field
              label="Preferred name (optional)"
              autoComplete="off"
              maxLength={100}
              {...form.bind('preferredName')}
            />
            <Field
              label="Pronouns (optional)"
              autoComplete="off"
              maxLength={40}
              hint="As the client says them, e.g. she/her, they/them"
              {...form.bind('pronouns')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Contact</legend>
          <div className="form-grid">
            <Field label="Date of birth" type="date" {...form.bind('dateOfBirth')} />
            <Field
              label="Phone"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              maxLength={40}
              {...form.bind('phone')}
            />
            <Field
              label="Email"
              type="email"
              inputMode="email"
              autoComplete="off"
              maxLength={254}
              {...form.bind('email')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Emergency contact</legend>
          <div className="form-grid">
            <Field label="Name" autoComplete="off" maxLength={200} {...form.bind('emergencyName')} />
            <Field
              label="Phone"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              maxLength={40}
              {...form.bind('emergencyPhone')}
            />
            <Field
              label="Relation (optional)"
              autoComplete="off"
              maxLength={60}
              {...form.bind('emergencyRelation')}
            />
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {editing ? 'Save changes' : 'Add client'}
          </button>
          <Link to={editing ? `/clients/${encodeURIComponent(client.id)}` : '/clients'}>Cancel</Link>
        </div>
      </form>
    </section>
  );
}
