import { useEffect, useState } from 'react';
import { getJson } from '../api/client.ts';

/** What the header shows about the server. */
export type HealthState =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'ok'; database: string; schemaVersion: number; version: string };

/** Asks /api/health once on mount. */
export function useHealth(): HealthState {
  const [health, setHealth] = useState<HealthState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    getJson<{ database: string; schemaVersion: number; version: string }>('/api/health')
      .then((h) => live && setHealth({ state: 'ok', ...h }))
      .catch(() => live && setHealth({ state: 'error' }));
    return () => {
      live = false;
    };
  }, []);
  return health;
}
