import type { Atlas } from '@myomap/atlas';
import type { CardType, PracticeCard } from '@myomap/engine';

/** Plain names of the card types. */
export const CARD_TYPE_NAMES: Readonly<Record<CardType, string>> = {
  'which-muscle': 'Which muscle?',
  'paint-pattern': 'Paint the pattern',
  'find-trigger-point': 'Find the trigger point',
  'read-drawing': 'Read the drawing',
  'tell-apart': 'Tell them apart',
  'stop-or-go': 'Stop or go',
};

/** The library article each card type leans on. */
export const CARD_ARTICLE: Readonly<Record<CardType, string>> = {
  'which-muscle': 'why-referral-patterns-matter',
  'paint-pattern': 'why-referral-patterns-matter',
  'find-trigger-point': 'palpation-flat-and-pincer',
  'read-drawing': 'orthopedic-assessment',
  'tell-apart': 'why-referral-patterns-matter',
  'stop-or-go': 'red-flags-and-referral',
};

/** A muscle's display name. */
export const muscleName = (atlas: Atlas, id: string): string => atlas.muscleById.get(id)?.name ?? id;

/** A region's display name. */
export const regionName = (atlas: Atlas, id: string): string => atlas.regionById.get(id)?.name ?? id;

/** The side words for a card's muscle: "right" for paired muscles, "" for midline ones. */
export function sideWord(atlas: Atlas, card: PracticeCard): string {
  const id = 'muscleId' in card ? card.muscleId : undefined;
  return id !== undefined && atlas.muscleById.get(id)?.paired === true ? 'right ' : '';
}
