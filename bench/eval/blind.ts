import { loadFrozenSet, type FrozenSet, type FrozenSetPlace } from './frozen-set.ts';

/**
 * Blind set 4: the held-out set the targets are judged on, written by someone who never saw the engine,
 * the weights or the cases. Only bench/eval.ts imports this file: tuning (tune.ts, the weight search)
 * never reads it (weight-search.test.ts checks their imports).
 */
export const BLIND_4: FrozenSetPlace = {
  dir: new URL('../cases/blind-4/', import.meta.url),
  file: 'blind-cases.json',
  idPrefix: 'blind4-',
};

/** Blind set 4 as found: absent until it is placed; scored only when verified against its SHA256SUMS. */
export function loadBlind4(): FrozenSet {
  return loadFrozenSet(BLIND_4);
}
