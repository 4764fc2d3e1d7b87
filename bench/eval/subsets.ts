import { drawnSymptoms } from '@myomap/engine';
import type { ScoredCase } from '../cases/case-schema.ts';

/**
 * True when ranking can differ from a one-region lookup: more than one drawn region, any evidence,
 * or a drawn symptom (tingling, numbness, burning). The other cases are one region and nothing else.
 */
export function rankingCanDiffer(c: ScoredCase): boolean {
  if (drawnSymptoms(c.drawing).length > 0) return true;
  const evidence = Object.values(c.evidence ?? {}).some((v) =>
    Array.isArray(v) ? v.length > 0 : v !== undefined,
  );
  return new Set(c.drawing.map((d) => d.region)).size > 1 || evidence;
}
