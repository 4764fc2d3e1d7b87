import { Navigate } from 'react-router-dom';
import { sendJson } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from './Field.tsx';
import { useSession } from './session.tsx';
import { passwordHint, required, strongEnough, looksLikeEmail } from './checks.ts';
import { useForm } from './useForm.ts';

/** First run: create the clinic and its owner account. */
export function SetupPage(): React.JSX.Element {
  useDocumentTitle('Set up Myomap');
  const { session, refresh } = useSession();
  const form = useForm({ clinicName: '', displayName: '', email: '', password: '' });
  // after setup the owner goes on to invite the team; anyone else here is past first run
  if (session.state === 'signed-in')
    return <Navigate to={session.me.user.role === 'owner' ? '/users' : '/'} replace />;
  if (session.state === 'signed-out') return <Navigate to="/login" replace />;
  const onSubmit = form.submit(
    (v) => ({
      clinicName: required(v.clinicName),
      displayName: required(v.displayName),
      email: looksLikeEmail(v.email),
      password: strongEnough(v.password),
    }),
    async (v) => {
      await sendJson('POST', '/api/setup', v);
      await refresh();
    },
  );
  return (
    <section aria-labelledby="page-title" className="auth-page">
      <PageHeader
        title="Set up Myomap"
        lead="Create your clinic and your own owner account. You can invite your team next."
      />
      <form className="card form" onSubmit={onSubmit} noValidate>
        <Field label="Clinic name" autoComplete="organization" {...form.bind('clinicName')} />
        <Field label="Your name" autoComplete="name" {...form.bind('displayName')} />
        <Field label="Email" type="email" autoComplete="email" inputMode="email" {...form.bind('email')} />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={passwordHint}
          {...form.bind('password')}
        />
        {form.message !== undefined && (
          <p className="form-error" role="alert">
            {form.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Creating…' : 'Create clinic'}
        </button>
      </form>
    </section>
  );
}
