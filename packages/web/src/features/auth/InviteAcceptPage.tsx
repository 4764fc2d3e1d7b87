import { useNavigate } from 'react-router-dom';
import { sendJson } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Field } from './Field.tsx';
import { passwordHint, required, strongEnough } from './checks.ts';
import { useSession } from './session.tsx';
import { useForm } from './useForm.ts';

/** Accept an invite (the token is in the link's #fragment, never sent as part of a URL). */
export function InviteAcceptPage(): React.JSX.Element {
  useDocumentTitle('Join your clinic');
  const { refresh } = useSession();
  const navigate = useNavigate();
  const token = typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
  const form = useForm({ displayName: '', password: '', confirm: '' });
  const onSubmit = form.submit(
    (v) => ({
      displayName: required(v.displayName),
      password: strongEnough(v.password),
      confirm: v.confirm !== v.password ? 'Does not match the password above' : undefined,
    }),
    async (v) => {
      await sendJson('POST', '/api/invites/accept', {
        token,
        displayName: v.displayName,
        password: v.password,
      });
      window.history.replaceState(null, '', '/invite');
      await refresh();
      void navigate('/clients');
    },
  );
  if (token.length < 16)
    return (
      <section aria-labelledby="page-title" className="auth-page">
        <PageHeader title="Join your clinic" />
        <div className="card" role="alert">
          <p>
            This page needs the whole invite link your clinic’s owner sent you, including the part after “#”.
          </p>
        </div>
      </section>
    );
  return (
    <section aria-labelledby="page-title" className="auth-page">
      <PageHeader title="Join your clinic" lead="Choose the name your colleagues see and your password." />
      <form className="card form" onSubmit={onSubmit} noValidate>
        <Field label="Your name" autoComplete="name" {...form.bind('displayName')} />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={passwordHint}
          {...form.bind('password')}
        />
        <Field label="Password again" type="password" autoComplete="new-password" {...form.bind('confirm')} />
        {form.message !== undefined && (
          <p className="form-error" role="alert">
            {form.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </section>
  );
}
