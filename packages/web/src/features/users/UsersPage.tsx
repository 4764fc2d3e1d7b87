import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, getJson, sendJson } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from '../auth/Field.tsx';
import { looksLikeEmail } from '../auth/checks.ts';
import { useSession, type Role } from '../auth/session.tsx';
import { useForm } from '../auth/useForm.ts';

interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  version: number;
}
interface Invite {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

const ROLE_LABEL: Record<Role, string> = {
  owner: 'Owner',
  therapist: 'Therapist',
  'front-desk': 'Front desk',
  student: 'Student (read-only)',
};
const ROLES = Object.keys(ROLE_LABEL) as Role[];

/** The owner's staff page: accounts (role, disable/enable) and invites. */
export function UsersPage(): React.JSX.Element {
  useDocumentTitle('Staff');
  const { session } = useSession();
  const [users, setUsers] = useState<User[]>([]);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [notice, setNotice] = useState<string | undefined>();
  const [link, setLink] = useState<string | undefined>();
  const form = useForm({ email: '', role: 'therapist' });

  const load = useCallback(async () => {
    const [u, i] = await Promise.all([
      getJson<{ users: User[] }>('/api/users'),
      getJson<{ invites: Invite[] }>('/api/invites'),
    ]);
    setUsers(u.users);
    setInvites(i.invites);
  }, []);
  useEffect(() => {
    void load().catch(() => setNotice('Could not load the staff list.'));
  }, [load]);

  const change = async (user: User, patch: { role?: Role; disabled?: boolean }) => {
    setNotice(undefined);
    try {
      await sendJson('PATCH', `/api/users/${encodeURIComponent(user.id)}`, {
        version: user.version,
        ...patch,
      });
    } catch (error) {
      setNotice(error instanceof ApiError ? error.message : 'The change was not saved.');
    }
    await load();
  };

  const onInvite = form.submit(
    (v) => ({ email: looksLikeEmail(v.email) }),
    async (v) => {
      const reply = await sendJson<{ link: string }>('POST', '/api/invites', v);
      setLink(`${window.location.origin}${reply.link}`);
      await load();
    },
  );

  const me = session.state === 'signed-in' ? session.me.user.id : '';
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Staff"
        lead="Who can open this clinic’s records, and what each role may do."
        actions={
          <Link className="button" to="/clinic-settings">
            Clinic settings
          </Link>
        }
      />
      {notice !== undefined && (
        <p className="form-error" role="alert">
          {notice}
        </p>
      )}
      <div className="card table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Staff accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className={u.disabled ? 'muted' : undefined}>
                <td>
                  {u.displayName}
                  {u.id === me ? ' (you)' : ''}
                </td>
                <td>{u.email}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                    Role of {u.displayName}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    value={u.role}
                    onChange={(e) => void change(u, { role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABEL[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => void change(u, { disabled: !u.disabled })}
                    aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.displayName}`}
                  >
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Invite someone</h2>
      <form className="card form form-inline" onSubmit={onInvite} noValidate>
        <Field
          label="Their email"
          type="email"
          inputMode="email"
          autoComplete="off"
          {...form.bind('email')}
        />
        <Field label="Role" id="invite-role" error={form.bind('role').error}>
          <select id="invite-role" value={form.values.role} onChange={form.bind('role').onChange}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="primary" disabled={form.busy}>
          Create invite link
        </button>
        {form.message !== undefined && (
          <p className="form-error" role="alert">
            {form.message}
          </p>
        )}
      </form>
      {link !== undefined && (
        <div className="card invite-link" role="status">
          <p>Send this link to them yourself (it works once, for 72 hours):</p>
          <input
            type="text"
            readOnly
            value={link}
            aria-label="Invite link"
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      {invites.length > 0 && (
        <>
          <h2>Pending invites</h2>
          <ul className="card plain-list">
            {invites.map((i) => (
              <li key={i.id}>
                {i.email} · {ROLE_LABEL[i.role]} · until {new Date(i.expiresAt).toLocaleString()}{' '}
                <button
                  type="button"
                  className="ghost"
                  onClick={() =>
                    void sendJson('DELETE', `/api/invites/${encodeURIComponent(i.id)}`).then(load)
                  }
                >
                  Withdraw<span className="visually-hidden"> invite for {i.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
