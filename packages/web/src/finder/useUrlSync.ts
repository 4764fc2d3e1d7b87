import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { encodeFinderUrl, type FinderUrlState } from './url-state.ts';

const DELAY_MS = 150;

/**
 * Mirrors the finder state into the address bar (replacing the entry, keeping the router's history
 * state) a moment after it settles, so a result can be bookmarked, shared and reloaded. Also after a
 * navigation that lands on the mounted page (e.g. the Finder link), so the address never loses the state.
 */
export function useUrlSync(state: FinderUrlState): void {
  const { key } = useLocation();
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const query = encodeFinderUrl(state);
      const search = query === '' ? '' : `?${query}`;
      if (window.location.search === search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }, DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, key]);
}
