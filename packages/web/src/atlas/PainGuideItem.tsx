import { Link } from 'react-router-dom';
import type { Atlas } from '@myomap/atlas';
import type { Region } from '@myomap/atlas/regions';
import type { PainGuideEntry } from '@myomap/engine';
import { BodyMap } from '../body-map/BodyMap.tsx';
import { bestView, drawnViews, viewRegionIds } from './best-view.ts';
import { CULPRIT_WORDS } from './fact-words.ts';
import { musclePattern } from './muscle-pattern.ts';
import { muscleHref } from './side-param.ts';

function sideWords(entry: PainGuideEntry, region: Region): string {
  if (entry.side === 'm') return 'midline muscle';
  const word = entry.side === 'l' ? 'left' : 'right';
  return region.side !== 'm' && region.side !== entry.side
    ? `${word}-side muscle, pattern crosses the midline`
    : `${word}-side muscle`;
}

/** One muscle in "what refers here": rank, a mini map of its pattern, and how strongly it refers here. */
export function PainGuideItem({
  atlas,
  entry,
  rank,
  region,
}: {
  atlas: Atlas;
  entry: PainGuideEntry;
  rank: number;
  region: Region;
}): React.JSX.Element | null {
  const muscle = atlas.muscleById.get(entry.muscleId);
  if (muscle === undefined) return null;
  const pattern = musclePattern(atlas, muscle, entry.side, new Set(entry.triggerPointIds));
  const withRegion = drawnViews().filter((v) => viewRegionIds(v).has(region.id));
  const view = bestView(pattern, withRegion) ?? withRegion[0] ?? bestView(pattern);
  const labels = muscle.triggerPoints
    .filter((tp) => entry.triggerPointIds.includes(tp.id))
    .map((tp) => tp.label);
  return (
    <li className="guide-item" data-muscle={muscle.id}>
      <span className="guide-rank" aria-hidden="true">
        {rank}
      </span>
      <div className="guide-thumb">
        {view !== undefined && (
          <BodyMap
            view={view}
            label={`${muscle.name} pattern`}
            pattern={pattern}
            markers={pattern.markers}
            selected={region.id}
            thumbnail
          />
        )}
      </div>
      <div className="guide-body">
        <Link to={muscleHref(muscle.id, entry.side)} className="guide-name">
          {muscle.name}
        </Link>
        <span className="guide-tags">
          <span className={`culprit culprit-${entry.culprit}`}>{CULPRIT_WORDS[entry.culprit]}</span>
          <span className={`zone-tag ${entry.zone}`}>
            <span className={`zone-swatch ${entry.zone}`} aria-hidden="true" />
            {entry.zone} zone
          </span>
        </span>
        <span className="muted small">
          {sideWords(entry, region)} · {labels.join(', ')}
        </span>
      </div>
    </li>
  );
}
