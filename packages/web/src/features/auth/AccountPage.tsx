import { useState } from 'react';
import { Link } from 'react-router-dom';
import { sendJson } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from './Field.tsx';
import { passwordHint, required, strongEnough } from './checks.ts';
import { useSession } from './session.tsx';
import { useForm } from './useForm.ts';

/** One's own account: change the password; turn the TOTP second factor on or off. */
export function AccountPage(): React.JSX.Element {
  useDocumentTitle('Your account');
  const { session, refresh } = useSession();
  const [saved, setSaved] = useState<string | undefined>();
  const [pending, setPending] = useState<{ secret: string; uri: string } | undefined>();
  const pw = useForm({ currentPassword: '', newPassword: '' });
  const on = useForm({ code: '' });
  const off = useForm({ password: '' });
  if (session.state !== 'signed-in') return <p className="muted">Sign in first.</p>;
  const me = session.me.user;

  const onPassword = pw.submit(
    (v) => ({ currentPassword: required(v.currentPassword), newPassword: strongEnough(v.newPassword) }),
    async (v) => {
      await sendJson('PUT', '/api/me/password', v);
      setSaved('Password changed. Your other sessions have been signed out.');
    },
  );
  const onEnable = on.submit(
    (v) => ({ code: /^\d{6}$/.test(v.code.trim()) ? undefined : 'Enter the 6 digits the app shows' }),
    async (v) => {
      await sendJson('POST', '/api/me/totp/enable', { code: v.code.trim() });
      setPending(undefined);
      setSaved('Second factor on: sign-in now also asks for a code.');
      await refresh();
    },
  );
  const onDisable = off.submit(
    (v) => ({ password: required(v.password) }),
    async (v) => {
      await sendJson('DELETE', '/api/me/totp', v);
      setSaved('Second factor off.');
      await refresh();
    },
  );

  return (
    <section aria-labelledby="page-title" className="auth-page">
      <PageHeader title="Your account" lead={`${me.displayName} · ${me.email} · ${me.role}`} />
      {saved !== undefined && (
        <p className="card" role="status">
          {saved}
        </p>
      )}
      {me.role === 'owner' && (
        <div className="card form">
          <p>As the clinic’s owner you also set the clinic’s pressure tolerance limit for guided holds.</p>
          <Link className="button" to="/clinic-settings">
            Clinic settings
          </Link>
        </div>
      )}
      <h2>Password</h2>
      <form className="card form" onSubmit={onPassword} noValidate>
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...pw.bind('currentPassword')}
        />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={passwordHint}
          {...pw.bind('newPassword')}
        />
        {pw.message !== undefined && (
          <p className="form-error" role="alert">
            {pw.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={pw.busy}>
          Change password
        </button>
      </form>

      <h2>Second factor</h2>
      {me.totp ? (
        <form className="card form" onSubmit={onDisable} noValidate>
          <p>Sign-in asks for a code from your authenticator app.</p>
          <Field
            label="Your password, to turn it off"
            type="password"
            autoComplete="current-password"
            {...off.bind('password')}
          />
          <button type="submit" disabled={off.busy}>
            Turn off
          </button>
        </form>
      ) : pending === undefined ? (
        <div className="card form">
          <p>Recommended for owners: sign-in will also ask for a 6-digit code from an authenticator app.</p>
          <button
            type="button"
            onClick={() => {
              void sendJson<{ secret: string; uri: string }>('POST', '/api/me/totp/setup').then(setPending);
            }}
          >
            Turn on a second factor
          </button>
        </div>
      ) : (
        <form className="card form" onSubmit={onEnable} noValidate>
          <p>
            Add this key to your authenticator app (choose “enter a setup key”, time-based), then type the
            code it shows.
          </p>
          <p className="totp-secret" aria-label="Setup key">
            {pending.secret.match(/.{1,4}/g)?.join(' ')}
          </p>
          <p className="field-hint">
            Or open on the device with the app: <a href={pending.uri}>authenticator link</a>
          </p>
          <Field
            label="Code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            {...on.bind('code')}
          />
          <button type="submit" className="primary" disabled={on.busy}>
            Confirm and turn on
          </button>
        </form>
      )}
    </section>
  );
}
