// The atlas data chunk: imported dynamically (see useAtlas.ts) so the muscles load only on atlas pages.
import { loadAtlas, type Atlas } from '@myomap/atlas';

/** The validated, frozen atlas. */
export const ATLAS: Atlas = loadAtlas();
