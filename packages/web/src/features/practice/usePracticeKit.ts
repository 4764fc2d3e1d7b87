import { use } from 'react';
import type { PracticeKit } from './practice-kit.ts';

let pending: Promise<PracticeKit> | undefined;

/** Starts loading the practice chunk once; later calls share the same promise. */
export function loadPracticeKit(): Promise<PracticeKit> {
  pending ??= import('./practice-kit.ts').then((m) => m.PRACTICE_KIT);
  return pending;
}

/** The atlas and cards for practice; suspends (wrap in Suspense) until the chunk has loaded. */
export function usePracticeKit(): PracticeKit {
  return use(loadPracticeKit());
}
