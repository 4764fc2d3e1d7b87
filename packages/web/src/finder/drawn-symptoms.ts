import { SYMPTOMS } from '@myomap/atlas';
import type { Drawing } from '../body-map/drawing.ts';

/** The painted qualities that are also symptoms (tingling, numbness, burning), each once, in a fixed order. */
export function drawnSymptomQualities(drawing: Drawing): string[] {
  const found = new Set<string>();
  for (const mark of drawing.values()) if (mark.quality in SYMPTOMS) found.add(mark.quality);
  return [...found].sort();
}
