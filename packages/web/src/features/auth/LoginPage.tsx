import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, sendJson } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from './Field.tsx';
import { looksLikeEmail, required } from './checks.ts';
import { useSession } from './session.tsx';
import { useForm } from './useForm.ts';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/clients';
}

/** Sign in with email and password. */
export function LoginPage(): React.JSX.Element {
  useDocumentTitle('Sign in');
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useForm({ email: '', password: '', code: '' });
  const [needCode, setNeedCode] = useState(false);
  if (session.state === 'setup-needed') return <Navigate to="/setup" replace />;
  const onSubmit = form.submit(
    (v) => ({
      email: looksLikeEmail(v.email),
      password: required(v.password),
      code:
        needCode && !/^\d{6}$/.test(v.code.trim())
          ? 'Enter the 6 digits your authenticator app shows'
          : undefined,
    }),
    async (v) => {
      const body = { email: v.email, password: v.password, ...(needCode ? { code: v.code.trim() } : {}) };
      try {
        await sendJson('POST', '/api/auth/login', body);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'totp-required') setNeedCode(true);
        throw error;
      }
      await refresh();
      void navigate(safeNext(params.get('next')));
    },
  );
  return (
    <section aria-labelledby="page-title" className="auth-page">
      <PageHeader
        title="Sign in"
        lead={
          session.state === 'signed-in'
            ? `You are signed in as ${session.me.user.email}.`
            : 'Client records are for your clinic’s staff.'
        }
      />
      <form className="card form" onSubmit={onSubmit} noValidate>
        <Field label="Email" type="email" autoComplete="username" inputMode="email" {...form.bind('email')} />
        <Field label="Password" type="password" autoComplete="current-password" {...form.bind('password')} />
        {needCode && (
          <Field
            label="Code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            {...form.bind('code')}
          />
        )}
        {form.message !== undefined && (
          <p className="form-error" role="alert">
            {form.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="field-hint">
          Forgot your password? Ask your clinic’s owner, or on a self-hosted install run{' '}
          <code>myomap users reset-password</code>.
        </p>
      </form>
    </section>
  );
}
