import {
  ACTIVITIES,
  BODY_AREA_NAMES,
  CAUTIONS,
  MOVEMENTS,
  SYMPTOMS,
  WORKS,
  type Atlas,
  type Muscle,
  type TriggerPoint,
} from '@myomap/atlas';
import type { Side, ViewId } from '@myomap/atlas/regions';
import { BodyMap } from '../body-map/BodyMap.tsx';
import { bestView, complementaryView, viewCoverage } from './best-view.ts';
import { citationsByWork, locationNames, zoneRegions } from './fact-words.ts';
import { musclePattern } from './muscle-pattern.ts';
import { capitalize, joinWords } from './region-words.ts';
import { sideLabel } from './side-param.ts';

const PRINT_METHOD: Readonly<Record<Muscle['palpation']['method'], string>> = {
  flat: 'flat palpation',
  pincer: 'pincer palpation',
  'flat-or-pincer': 'flat or pincer palpation',
  internal: 'internal palpation (trained, licensed practitioners only)',
};

function Line({ title, items }: { title: string; items: readonly string[] }): React.JSX.Element | null {
  if (items.length === 0) return null;
  return (
    <p>
      <strong>{title}:</strong> {items.join('; ')}
    </p>
  );
}

/** One trigger point's own figure: its best view, and a second one when the pattern wraps round. */
function TriggerPointFigure({
  atlas,
  muscle,
  side,
  tp,
}: {
  atlas: Atlas;
  muscle: Muscle;
  side: Side;
  tp: TriggerPoint;
}): React.JSX.Element | null {
  const pattern = musclePattern(atlas, muscle, side, new Set([tp.id]));
  const view = bestView(pattern);
  if (view === undefined) return null;
  const second = complementaryView(pattern, view);
  const views = [view, second].filter(
    (v): v is ViewId => v !== undefined && viewCoverage(v, pattern).total > 0,
  );
  return (
    <figure className="print-tp-figure">
      <div className="print-tp-maps">
        {views.map((v) => (
          <BodyMap
            key={v}
            view={v}
            label={`${muscle.name} ${tp.label} pattern`}
            pattern={pattern}
            markers={pattern.markers}
          />
        ))}
      </div>
      <figcaption>
        {muscle.triggerPoints.indexOf(tp) + 1}. {tp.label}
      </figcaption>
    </figure>
  );
}

/** The one-page card printed by "Print card": each trigger point's figure and the key facts, hidden on screen. */
export function PrintCard({
  atlas,
  muscle,
  side,
  visible,
}: {
  atlas: Atlas;
  muscle: Muscle;
  side: Side;
  /** The trigger points the page lists (injection-study patterns only when asked for). */
  visible: readonly TriggerPoint[];
}): React.JSX.Element {
  const maps = visible;
  return (
    <div className="print-card">
      <header>
        <h1>{muscle.name}</h1>
        <p>
          {capitalize(sideLabel(side))} · {BODY_AREA_NAMES[muscle.area]} · solid = essential zone, hatched =
          spillover, numbered dot = trigger point
        </p>
      </header>
      <div className={maps.length > 0 ? 'print-grid' : 'print-grid no-map'}>
        {maps.length > 0 && (
          <div className="print-tp-grid">
            {maps.map((tp) => (
              <TriggerPointFigure key={tp.id} atlas={atlas} muscle={muscle} side={side} tp={tp} />
            ))}
          </div>
        )}
        <div className="print-facts">
          <h2>Trigger points</h2>
          <ul>
            {visible.map((tp) => (
              <li key={tp.id}>
                <strong>
                  {muscle.triggerPoints.indexOf(tp) + 1}. {tp.label}
                </strong>{' '}
                {tp.location.description} ({joinWords(locationNames(tp, side))}). Essential:{' '}
                {zoneRegions(tp, side, 'essential')
                  .map((r) => r.name)
                  .join(', ')}
                .
                {zoneRegions(tp, side, 'spillover').length > 0 &&
                  ` Spillover: ${zoneRegions(tp, side, 'spillover')
                    .map((r) => r.name)
                    .join(', ')}.`}
              </li>
            ))}
          </ul>
          <Line title="Symptoms" items={muscle.symptoms.map((k) => SYMPTOMS[k])} />
          <Line title="Restricted movements" items={muscle.restricts.map((k) => MOVEMENTS[k])} />
          <Line title="Perpetuated by" items={muscle.perpetuatedBy.map((k) => ACTIVITIES[k])} />
          <Line title="Nerve entrapments" items={muscle.entrapments} />
          <Line title="⚠ Cautions" items={muscle.cautions.map((k) => CAUTIONS[k])} />
        </div>
      </div>
      <div className="print-columns">
        <p>
          <strong>Palpation:</strong> {muscle.palpation.position}; {PRINT_METHOD[muscle.palpation.method]}.{' '}
          {capitalize(muscle.palpation.howToFind)}.
        </p>
        <p>
          <strong>Treatment:</strong> {muscle.treatment.position}. {capitalize(muscle.treatment.pressure)}.
          Client feels: {muscle.treatment.expect}.
        </p>
        <p>
          <strong>Self-care:</strong> {capitalize(muscle.selfCare.pressure)}. Stretch:{' '}
          {muscle.selfCare.stretch}.
        </p>
      </div>
      <footer>
        Sources:{' '}
        {citationsByWork(muscle)
          .map((c) => `${WORKS[c.work].citation} ${c.locators.join('; ')}`)
          .join(' · ')}{' '}
        — Myomap atlas, CC BY 4.0.
      </footer>
    </div>
  );
}
