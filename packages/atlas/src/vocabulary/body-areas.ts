/** The body areas muscles are filed under in the atlas. */
export const BODY_AREAS = [
  'head-jaw',
  'neck',
  'shoulder-girdle',
  'arm',
  'forearm',
  'hand',
  'chest',
  'abdomen',
  'back',
  'pelvis',
  'hip-buttock',
  'thigh',
  'leg',
  'foot',
] as const;

/** One atlas body area. */
export type BodyArea = (typeof BODY_AREAS)[number];

/** Plain names of the body areas. */
export const BODY_AREA_NAMES: Readonly<Record<BodyArea, string>> = {
  'head-jaw': 'Head and jaw',
  neck: 'Neck',
  'shoulder-girdle': 'Shoulder girdle',
  arm: 'Upper arm',
  forearm: 'Forearm',
  hand: 'Hand',
  chest: 'Chest',
  abdomen: 'Abdomen',
  back: 'Back',
  pelvis: 'Pelvis',
  'hip-buttock': 'Hip and buttock',
  thigh: 'Thigh',
  leg: 'Lower leg',
  foot: 'Foot',
};
