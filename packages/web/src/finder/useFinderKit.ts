import { use } from 'react';
import type { FinderKit } from './finder-kit.ts';

let pending: Promise<FinderKit> | undefined;

/** Starts loading the finder's data chunk once; later calls share the same promise. */
export function loadFinderKit(): Promise<FinderKit> {
  pending ??= import('./finder-kit.ts').then((m) => m.FINDER_KIT);
  return pending;
}

/** The atlas and engine for the finder; suspends (wrap in Suspense) until the chunk has loaded. */
export function useFinderKit(): FinderKit {
  return use(loadFinderKit());
}
