/** Which side of the person a region lies on: left, right or midline. */
export type Side = 'l' | 'r' | 'm';

/** The body map views. Lateral views are named for the person's side that faces the viewer. */
export const VIEWS = [
  'anterior',
  'posterior',
  'left-lateral',
  'right-lateral',
  'face',
  'head-left',
  'head-right',
  'mouth',
  'hand-dorsal',
  'hand-palmar',
  'foot-dorsal',
  'foot-plantar',
] as const;

/** One body map view id. */
export type ViewId = (typeof VIEWS)[number];

/** Coarse groups used for summaries ("somewhere in the head"). */
export const REGION_GROUPS = [
  'head',
  'face',
  'mouth',
  'neck',
  'shoulder',
  'upper-back',
  'lower-back',
  'chest',
  'abdomen',
  'pelvis',
  'buttock-hip',
  'upper-arm',
  'elbow',
  'forearm',
  'wrist-hand',
  'thigh',
  'knee',
  'leg',
  'ankle-foot',
] as const;

/** One coarse region group. */
export type RegionGroup = (typeof REGION_GROUPS)[number];

/** A code for a region from a public ontology, with the file it was read from. */
export interface RegionCode {
  readonly uberon?: string;
  readonly fma?: string;
  readonly snomed?: string;
  readonly source: string;
}

/** A side-less kind of region ("temple"), expanded into l/r or m regions. */
export interface RegionKind {
  /** Side-less key, kebab-case: "temple", "jaw-angle". */
  readonly key: string;
  /** Plain name without side: "temple". */
  readonly name: string;
  /** true: exists as l.key and r.key; false: one midline region m.key. */
  readonly lateral: boolean;
  /** Key of the parent area (see areas.ts) used for coarse summaries and broad phrases. */
  readonly parent: string;
  /** Clinical and lay words for the region, without side words. */
  readonly synonyms: readonly string[];
  /** Label of the seed row in region-ids-seed.tsv whose codes fit, if any. */
  readonly seedCode?: string;
}

/** A surface region on one side of the person: "r.temple". */
export interface Region {
  readonly id: string;
  readonly key: string;
  readonly side: Side;
  /** Plain name with side: "right temple". */
  readonly name: string;
  readonly group: RegionGroup;
  /** Parent area key ("low-back"); the same for both sides. */
  readonly parent: string;
  readonly views: readonly ViewId[];
  readonly synonyms: readonly string[];
  readonly codes: readonly RegionCode[];
}

/** A parent area grouping several region kinds ("low back", "shoulder blade"). */
export interface RegionArea {
  readonly key: string;
  readonly name: string;
  readonly group: RegionGroup;
  /** Words that name the whole area: "lower back", "lumbar region". */
  readonly synonyms: readonly string[];
}
