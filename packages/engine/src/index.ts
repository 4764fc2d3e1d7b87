export { resolveRegions, type ResolveResult, type ResolvedMention } from './resolve/resolve-regions.ts';
export type { SideHint } from './resolve/side-words.ts';
export {
  referralIndex,
  muscleSides,
  muscleSideKey,
  type Referral,
  type ReferralIndex,
} from './patterns/referral-index.ts';
export { painGuide, type PainGuideEntry } from './patterns/pain-guide.ts';
