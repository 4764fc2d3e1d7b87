import type { TriggerPoint } from '@myomap/atlas';
import type { Side } from '@myomap/atlas/regions';
import {
  CULPRIT_WORDS,
  LATERALITY_WORDS,
  locationNames,
  zoneRegions,
  type ZoneRegion,
} from './fact-words.ts';
import { Link } from 'react-router-dom';
import { capitalize, regionPlaces, regionTo } from './region-words.ts';

function ZoneList({
  zone,
  regions,
}: {
  zone: 'essential' | 'spillover';
  regions: ZoneRegion[];
}): React.JSX.Element | null {
  if (regions.length === 0) return null;
  return (
    <div className="tp-zone">
      <span className={`zone-swatch ${zone}`} aria-hidden="true" />
      <span className="tp-zone-title">{zone === 'essential' ? 'Essential zone' : 'Spillover zone'}</span>
      <ul>
        {regions.map((r) => (
          <li key={r.regionId}>
            <Link to={`/atlas/regions/${r.regionId}`} title={`What refers ${regionTo(r.name)}`}>
              {r.name}
            </Link>{' '}
            <span className={`culprit culprit-${r.culprit}`}>{CULPRIT_WORDS[r.culprit]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One trigger point: where it lies, where it refers (essential, spillover), laterality and a note. */
export function TriggerPointCard({
  tp,
  number,
  side,
  shown,
  onToggle,
}: {
  tp: TriggerPoint;
  /** Its number in the muscle's list, as drawn in its map marker. */
  number: number;
  side: Side;
  /** true when the map shows only this trigger point's pattern. */
  shown: boolean;
  onToggle: () => void;
}): React.JSX.Element {
  return (
    <li className={`tp-card ${shown ? 'shown' : ''}`}>
      <div className="tp-head">
        <span className="tp-label" aria-hidden="true">
          <span className="tp-number">{number}</span>
          {tp.label}
        </span>
        <div className="tp-where">
          <h3>
            <span className="visually-hidden">
              {number}. {tp.label}:{' '}
            </span>
            {capitalize(tp.location.description)}
          </h3>
          <p className="muted small">
            {capitalize(regionPlaces(locationNames(tp, side)))}
            {tp.experimental === true && <span className="tag-experimental"> · injection study</span>}
          </p>
        </div>
        <button type="button" className="chip tp-show" aria-pressed={shown} onClick={onToggle}>
          {shown ? 'Showing on map' : 'Show on map'}
        </button>
      </div>
      <div className="tp-zones">
        <ZoneList zone="essential" regions={zoneRegions(tp, side, 'essential')} />
        <ZoneList zone="spillover" regions={zoneRegions(tp, side, 'spillover')} />
      </div>
      <p className="tp-laterality small">
        {LATERALITY_WORDS[tp.laterality]}
        {tp.note !== undefined && <> · {tp.note}</>}
      </p>
    </li>
  );
}
