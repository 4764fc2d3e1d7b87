export * from './region-types.ts';
export * from './regions.ts';
export { AREAS } from './areas.ts';
export { REGION_KINDS } from './region-kinds.ts';
export * from '../vocabulary/pain-qualities.ts';
export { resolveRelativeRegion } from '../muscles/relative-region.ts';
