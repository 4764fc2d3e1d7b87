import { NavLink, useNavigate } from 'react-router-dom';
import { useSession } from './session.tsx';

/** Header links by role: Classes for owners and therapists (educators); Staff and Audit log for the owner. */
export function OwnerNav(): React.JSX.Element | null {
  const { session } = useSession();
  if (session.state !== 'signed-in') return null;
  const role = session.me.user.role;
  const classes =
    role === 'owner' || role === 'therapist' ? (
      <li>
        <NavLink to="/classes" title="Classes, assigned decks and students' progress">
          Classes
        </NavLink>
      </li>
    ) : null;
  if (role !== 'owner') return classes;
  return (
    <>
      {classes}
      <li>
        <NavLink to="/users" title="Accounts and invites">
          Staff
        </NavLink>
      </li>
      <li>
        <NavLink to="/audit" title="Who did what, when">
          Audit
        </NavLink>
      </li>
    </>
  );
}

/** Who is signed in (and sign out), or a sign-in link. */
export function AccountMenu(): React.JSX.Element | null {
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  if (session.state === 'loading') return null;
  if (session.state !== 'signed-in')
    return (
      <NavLink to={session.state === 'setup-needed' ? '/setup' : '/login'} className="account-link">
        {session.state === 'setup-needed' ? 'Set up' : 'Sign in'}
      </NavLink>
    );
  return (
    <div className="account-menu">
      <NavLink to="/account" className="account-name" title={`${session.me.clinic.name}: your account`}>
        <span className="hide-narrow">{session.me.user.displayName}</span>
        <span className="visually-hidden"> (your account)</span>
        <span aria-hidden="true" className="show-narrow">
          Account
        </span>
      </NavLink>
      <button
        type="button"
        className="ghost"
        onClick={() => {
          void signOut().then(() => navigate('/login'));
        }}
      >
        Sign out
      </button>
    </div>
  );
}
