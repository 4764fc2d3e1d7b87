import { use } from 'react';
import type { Atlas } from '@myomap/atlas';

let pending: Promise<Atlas> | undefined;

/** Starts loading the atlas data chunk once; later calls share the same promise. */
export function loadAtlasData(): Promise<Atlas> {
  pending ??= import('./atlas-data.ts').then((m) => m.ATLAS);
  return pending;
}

/** The atlas; suspends (wrap in Suspense) until its data chunk has loaded. */
export function useAtlas(): Atlas {
  return use(loadAtlasData());
}
