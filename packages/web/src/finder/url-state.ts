import { PAIN_QUALITIES, regionById, VIEWS, type PainQuality, type ViewId } from '@myomap/atlas/regions';
import type { ActivityId, MovementId, RedFlagId, SymptomId } from '@myomap/atlas';
import type { Drawing, PainMark } from '../body-map/drawing.ts';
import { parseCandidateKey, type CandidateRef } from './candidate-key.ts';
import type { Evidence, FindingSide, MovementFinding, PalpationFinding } from './finder-state.ts';

/** What the finder keeps in its address: drawing, evidence, the candidate shown and the view. */
export interface FinderUrlState {
  readonly drawing: Drawing;
  readonly evidence: Evidence;
  readonly selected: CandidateRef | undefined;
  readonly view: ViewId | undefined;
}

/** The ids a query string may name; anything else in it is dropped. */
export interface KnownIds {
  readonly movements: ReadonlySet<string>;
  readonly activities: ReadonlySet<string>;
  readonly symptoms: ReadonlySet<string>;
  readonly redFlags: ReadonlySet<string>;
  readonly muscles: ReadonlySet<string>;
}

/** One letter per pain quality; "aching" is the default and is left out. */
const QUALITY_CODE: Readonly<Record<PainQuality, string>> = {
  aching: '',
  sharp: 's',
  burning: 'b',
  tingling: 't',
  numbness: 'n',
  stiffness: 'k',
  throbbing: 'h',
};
const CODE_QUALITY = new Map<string, PainQuality>(PAIN_QUALITIES.map((q) => [QUALITY_CODE[q], q]));
const SIDE_CODE: Readonly<Record<FindingSide, string>> = { l: 'l', r: 'r', both: 'b' };
const MAX_ITEMS = 300;
const MAX_QUERY = 12_000;

const enc = (s: string): string => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%3A/g, ':');

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (raw === null || raw === '') return [];
  return raw.split(',').slice(0, MAX_ITEMS);
}

function decodeMark(token: string): [string, PainMark] | undefined {
  const m = /^([lrm]\.[a-z0-9-]+):(10|[1-9])([a-z]?)$/.exec(token);
  if (m === null) return undefined;
  const [, region = '', level = '', code = ''] = m;
  const quality = CODE_QUALITY.get(code);
  if (regionById(region) === undefined || quality === undefined) return undefined;
  return [region, { intensity: Number(level), quality }];
}

function decodeMovement(token: string, known: KnownIds): MovementFinding | undefined {
  const [id = '', side = 'b', finding = 'r'] = token.split(':');
  if (!known.movements.has(id) || !['l', 'r', 'b'].includes(side) || !['r', 'p'].includes(finding))
    return undefined;
  return {
    id: id as MovementId,
    side: side === 'b' ? 'both' : (side as FindingSide),
    finding: finding === 'p' ? 'painful' : 'restricted',
  };
}

function decodePalpation(token: string, known: KnownIds): PalpationFinding | undefined {
  const [muscle = '', side = '', result = ''] = token.split(':');
  if (!known.muscles.has(muscle) || !['l', 'r', 'm', 'both'].includes(side) || !['c', 'x'].includes(result))
    return undefined;
  return { muscle, side: side as PalpationFinding['side'], result: result === 'c' ? 'confirmed' : 'clear' };
}

const unique = <T>(items: readonly (T | undefined)[], keyOf: (t: T) => string): T[] => {
  const seen = new Map<string, T>();
  for (const item of items) if (item !== undefined && !seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
};

/**
 * Reads the finder state from a query string ("?d=r.temple:5,r.jaw-angle:7s&ac=chewing-gum"). Never
 * throws: unknown regions, ids, intensities and malformed parts are dropped one by one.
 */
export function decodeFinderUrl(search: string, known: KnownIds): FinderUrlState {
  const params = new URLSearchParams(search.length > MAX_QUERY ? '' : search);
  const drawing = new Map(unique(list(params, 'd').map(decodeMark), ([id]) => id));
  const ids = <T extends string>(key: string, set: ReadonlySet<string>): T[] =>
    unique(
      list(params, key).map((t) => (set.has(t) ? (t as T) : undefined)),
      (t) => t,
    );
  const evidence: Evidence = {
    movements: unique(
      list(params, 'mv').map((t) => decodeMovement(t, known)),
      (m) => m.id,
    ),
    activities: ids<ActivityId>('ac', known.activities),
    symptoms: ids<SymptomId>('sy', known.symptoms),
    redFlags: ids<RedFlagId>('rf', known.redFlags),
    palpation: unique(
      list(params, 'pa').map((t) => decodePalpation(t, known)),
      (p) => `${p.muscle}|${p.side}`,
    ),
  };
  const sel = parseCandidateKey((params.get('sel') ?? '').replace(':', '|'));
  const view = params.get('v') ?? '';
  return {
    drawing,
    evidence,
    selected: sel !== undefined && known.muscles.has(sel.muscle) ? sel : undefined,
    view: (VIEWS as readonly string[]).includes(view) ? (view as ViewId) : undefined,
  };
}

/** Writes the finder state as a compact query string (without "?"); empty parts are left out. */
export function encodeFinderUrl(state: FinderUrlState): string {
  const parts: string[] = [];
  const put = (key: string, tokens: readonly string[]): void => {
    if (tokens.length > 0) parts.push(`${key}=${tokens.map(enc).join(',')}`);
  };
  put(
    'd',
    [...state.drawing].map(([id, m]) => `${id}:${Math.round(m.intensity)}${QUALITY_CODE[m.quality]}`),
  );
  const e = state.evidence;
  put(
    'mv',
    e.movements.map((m) => `${m.id}:${SIDE_CODE[m.side]}${m.finding === 'painful' ? ':p' : ''}`),
  );
  put('ac', e.activities);
  put('sy', e.symptoms);
  put('rf', e.redFlags);
  put(
    'pa',
    e.palpation.map((p) => `${p.muscle}:${p.side}:${p.result === 'confirmed' ? 'c' : 'x'}`),
  );
  if (state.selected !== undefined) put('sel', [`${state.selected.muscle}:${state.selected.side}`]);
  if (state.view !== undefined) put('v', [state.view]);
  return parts.join('&');
}
