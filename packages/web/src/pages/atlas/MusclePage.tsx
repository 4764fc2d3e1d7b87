import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Atlas, Muscle } from '@myomap/atlas';
import type { Side, ViewId } from '@myomap/atlas/regions';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { bestView, drawnViews } from '../../atlas/best-view.ts';
import { musclePattern } from '../../atlas/muscle-pattern.ts';
import { MuscleFindings } from '../../atlas/MuscleFindings.tsx';
import { MuscleHandsOn } from '../../atlas/MuscleHandsOn.tsx';
import { MuscleLead } from '../../atlas/MuscleLead.tsx';
import { MuscleMapPanel } from '../../atlas/MuscleMapPanel.tsx';
import { MuscleReferences } from '../../atlas/MuscleReferences.tsx';
import { PrintCard } from '../../atlas/PrintCard.tsx';
import { sideFromParam } from '../../atlas/side-param.ts';
import { TriggerPointList } from '../../atlas/TriggerPointList.tsx';
import { TriggerPointPicker } from '../../atlas/TriggerPointPicker.tsx';
import { hiddenExperimentalCount, visibleTriggerPoints } from '../../atlas/trigger-point-focus.ts';
import { useAtlas } from '../../atlas/useAtlas.ts';
import { AtlasNotFound } from './AtlasNotFound.tsx';

function MuscleView({ atlas, muscle }: { atlas: Atlas; muscle: Muscle }): React.JSX.Element {
  useDocumentTitle(muscle.name);
  const [params, setParams] = useSearchParams();
  const side = sideFromParam(params.get('side'), muscle.paired);
  const [showExperimental, setShowExperimental] = useState(false);
  const visible = useMemo(() => visibleTriggerPoints(muscle, showExperimental), [muscle, showExperimental]);
  // One trigger point at a time by default (its marker and its own zones); "All" is one tap away.
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const focus =
    chosen === 'all' || visible.some((tp) => tp.id === chosen)
      ? (chosen ?? 'all')
      : (visible[0]?.id ?? 'all');
  const focusId = focus === 'all' ? undefined : focus;
  const visibleIds = useMemo(() => new Set(visible.map((tp) => tp.id)), [visible]);
  const full = useMemo(
    () => musclePattern(atlas, muscle, side, visibleIds),
    [atlas, muscle, side, visibleIds],
  );
  const pattern = useMemo(
    () => (focusId === undefined ? full : musclePattern(atlas, muscle, side, new Set([focusId]))),
    [atlas, muscle, side, focusId, full],
  );
  // The best view follows the side and the trigger point shown, until the therapist picks one.
  const context = `${side}|${focusId ?? ''}`;
  const [picked, setPicked] = useState<{ context: string; view: ViewId } | undefined>(undefined);
  const view = picked?.context === context ? picked.view : (bestView(pattern) ?? drawnViews()[0]);
  const setSide = (s: Side): void => setParams(s === 'l' ? { side: 'left' } : {}, { replace: true });

  return (
    <article className="muscle-page" data-muscle={muscle.id}>
      <div className="screen-only">
        <Link to="/atlas" className="back-link">
          ← All muscles
        </Link>
        <PageHeader
          title={muscle.name}
          lead={<MuscleLead muscle={muscle} />}
          actions={
            <button type="button" onClick={() => window.print()}>
              Print card
            </button>
          }
        />
        <div className="muscle-layout">
          <div className="muscle-map-col">
            <MuscleMapPanel
              muscle={muscle}
              side={side}
              onSideChange={setSide}
              pattern={pattern}
              view={view}
              onViewChange={(v) => setPicked({ context, view: v })}
              picker={
                <TriggerPointPicker muscle={muscle} visible={visible} focus={focus} onFocus={setChosen} />
              }
            />
          </div>
          <div className="muscle-facts">
            <TriggerPointList
              muscle={muscle}
              visible={visible}
              side={side}
              focusId={focusId}
              onFocus={(id) => setChosen(id ?? 'all')}
              hiddenExperimental={showExperimental ? 0 : hiddenExperimentalCount(muscle)}
              showingExperimental={showExperimental && hiddenExperimentalCount(muscle) > 0}
              onShowExperimental={setShowExperimental}
            />
            <MuscleFindings muscle={muscle} />
            <MuscleHandsOn muscle={muscle} />
            <MuscleReferences atlas={atlas} muscle={muscle} side={side} />
          </div>
        </div>
      </div>
      <PrintCard atlas={atlas} muscle={muscle} side={side} visible={visible} />
    </article>
  );
}

/** /atlas/muscles/:id — one muscle: its pattern on the body map and everything a therapist needs. */
export function MusclePage(): React.JSX.Element {
  const atlas = useAtlas();
  const { id = '' } = useParams();
  const muscle = atlas.muscleById.get(id);
  if (muscle === undefined) return <AtlasNotFound what="muscle" id={id} />;
  return <MuscleView key={muscle.id} atlas={atlas} muscle={muscle} />;
}
