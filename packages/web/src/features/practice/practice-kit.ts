// The practice data chunk: the atlas and every generated card. Imported dynamically (usePracticeKit.ts)
// so the muscles and the card generation load only when Practice is opened.
import { loadAtlas, type Atlas } from '@myomap/atlas';
import { practiceCards, type PracticeCard } from '@myomap/engine';

/** The atlas with its practice cards and lookups. */
export interface PracticeKit {
  readonly atlas: Atlas;
  readonly cards: readonly PracticeCard[];
  readonly cardById: ReadonlyMap<string, PracticeCard>;
  /** Muscle names and aliases for type-ahead, sorted. */
  readonly muscleNames: readonly string[];
}

function buildKit(): PracticeKit {
  const atlas = loadAtlas();
  const cards = practiceCards(atlas);
  const names = new Set<string>();
  for (const m of atlas.muscles) {
    names.add(m.name);
    for (const a of m.aliases) names.add(a);
  }
  return {
    atlas,
    cards,
    cardById: new Map(cards.map((c) => [c.id, c])),
    muscleNames: [...names].sort((a, b) => a.localeCompare(b)),
  };
}

/** The practice kit, built once when this chunk loads. */
export const PRACTICE_KIT: PracticeKit = buildKit();
