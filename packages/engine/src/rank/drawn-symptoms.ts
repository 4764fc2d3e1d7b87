import { SYMPTOMS, type PainQuality, type SymptomId } from '@myomap/atlas';

/**
 * The symptoms a pain drawing reports by its qualities (a region drawn as tingling, numbness or
 * burning), each once, in drawing order.
 */
export function drawnSymptoms(
  drawing: Iterable<{ readonly quality?: PainQuality | undefined }>,
): SymptomId[] {
  const found = new Set<SymptomId>();
  for (const { quality } of drawing)
    if (quality !== undefined && quality in SYMPTOMS) found.add(quality as SymptomId);
  return [...found];
}
