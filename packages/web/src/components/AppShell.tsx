import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { ThemeToggle } from './ThemeToggle.tsx';
import { AccountMenu, OwnerNav } from '../features/auth/AccountMenu.tsx';
import { useHealth } from '../hooks/useHealth.ts';

// `ready: false` keeps a section out of the navigation until it exists (its route still answers).
const NAV = [
  { to: '/atlas', label: 'Atlas', hint: 'Muscles and their patterns', ready: true },
  { to: '/finder', label: 'Finder', hint: 'Find the source of the pain', ready: true },
  { to: '/regions', label: 'Regions', hint: 'The body map', ready: true },
  { to: '/clients', label: 'Clients', hint: 'Records and sessions', ready: true },
  { to: '/practice', label: 'Practice', hint: 'Pattern recognition drills', ready: true },
  { to: '/library', label: 'Library', hint: 'Reference articles with sources', ready: true },
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
          {/* A body map pin: a rounded figure-of-eight muscle belly with its trigger point. */}
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" className="brand-logo">
            <rect x="2" y="2" width="28" height="28" rx="8" fill="var(--accent)" />
            <path
              d="M9 24c0-6 3-8 7-8s7 2 7 8M11 10c0-3 2-5 5-5s5 2 5 5-2 5-5 5-5-2-5-5z"
              fill="none"
              stroke="var(--on-accent)"
              strokeWidth="2.2"
              strokeLinecap="round"
            />
            <circle cx="16" cy="21" r="2.4" fill="var(--on-accent)" />
          </svg>
          <span>Myomap</span>
        </NavLink>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {NAV.filter((item) => item.ready).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} title={item.hint}>
                  {item.label}
                </NavLink>
              </li>
            ))}
            <OwnerNav />
          </ul>
        </nav>
        <div className="header-tools">
          {health.state === 'error' && (
            <span className="db-badge error" role="status">
              server unreachable
            </span>
          )}
          <NavLink to="/about" className="about-link">
            About
          </NavLink>
          <AccountMenu />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="shell-main">
        {children}
      </main>
    </div>
  );
}
