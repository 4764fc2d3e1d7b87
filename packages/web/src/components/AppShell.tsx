import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { ThemeToggle } from './ThemeToggle.tsx';
import { useHealth } from '../hooks/useHealth.ts';

const NAV = [
  { to: '/atlas', label: 'Atlas', hint: 'Muscles and their patterns' },
  { to: '/finder', label: 'Finder', hint: 'Find the source of the pain' },
  { to: '/regions', label: 'Regions', hint: 'The body map' },
  { to: '/clients', label: 'Clients', hint: 'Records and sessions' },
  { to: '/practice', label: 'Practice', hint: 'Pattern recognition drills' },
  { to: '/library', label: 'Library', hint: 'Reference articles with sources' },
] as const;

/** The frame of every page: skip link, header with the main navigation, and the page. */
export function AppShell({ children }: { children: ReactNode }): React.JSX.Element {
  const health = useHealth();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <NavLink to="/" className="brand" aria-label="Myomap home">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <circle cx="16" cy="16" r="14" fill="var(--accent)" />
            <path
              d="M10 10l12 12M22 10L10 22"
              stroke="var(--on-accent)"
              strokeWidth="3"
              strokeLinecap="round"
            />
          </svg>
          <span>Myomap</span>
        </NavLink>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} title={item.hint}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <span className={`db-badge ${health.state}`} role="status" aria-live="polite">
            {health.state === 'ok'
              ? `${health.database} · schema ${health.schemaVersion}`
              : health.state === 'error'
                ? 'server unreachable'
                : '…'}
          </span>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="shell-main">
        {children}
      </main>
    </div>
  );
}
