import { use, useEffect, useState } from 'react';
import type { ViewGeometry } from '@myomap/atlas/geometry';
import type * as OutlinesEntry from '@myomap/atlas/outlines';
import type { Side, ViewId } from '@myomap/atlas/regions';
import type { MuscleOutline } from '../body-map/BodyMap.tsx';

type OutlinesModule = typeof OutlinesEntry;
let pending: Promise<OutlinesModule> | undefined;

/** Starts loading the muscle outline chunk once (atlas pages call it early); later calls share it. */
export function loadMuscleOutlines(): Promise<OutlinesModule> {
  pending ??= import('@myomap/atlas/outlines');
  return pending;
}

function outlinesOf(
  m: OutlinesModule,
  muscleId: string,
  side: Side | 'both',
  geometry: ViewGeometry,
): MuscleOutline[] {
  const deep = m.MUSCLE_OUTLINES[muscleId]?.deep === true;
  return (side === 'm' || side === 'both' ? (['r', 'l'] as const) : [side]).flatMap((s) => {
    const shape = m.muscleOutline(m.MUSCLE_OUTLINES, muscleId, s, geometry);
    return shape === undefined ? [] : [{ ...shape, deep }];
  });
}

/** A muscle's outlines on a view for a side (a midline muscle draws both halves); suspends until loaded. */
export function useMuscleOutline(muscleId: string, side: Side, geometry: ViewGeometry): MuscleOutline[] {
  return outlinesOf(use(loadMuscleOutlines()), muscleId, side, geometry);
}

const MIRRORS: Partial<Record<ViewId, ViewId>> = {
  'right-lateral': 'left-lateral',
  'head-right': 'head-left',
};

/** The views that draw a muscle's outline (a stored right-facing view also gives its mirror); suspends. */
export function useOutlineViews(muscleId: string): ViewId[] {
  const views = Object.keys(use(loadMuscleOutlines()).MUSCLE_OUTLINES[muscleId]?.views ?? {}) as ViewId[];
  return views.flatMap((v) => [v, ...(MIRRORS[v] === undefined ? [] : [MIRRORS[v]])]);
}

/** Like useMuscleOutline but never suspends: no outline until the chunk has loaded (the finder's map). */
export function useMuscleOutlineSoon(
  muscleId: string | undefined,
  side: Side | 'both',
  geometry: ViewGeometry,
): MuscleOutline[] {
  const [loaded, setLoaded] = useState<OutlinesModule | undefined>(undefined);
  useEffect(() => {
    if (muscleId === undefined || loaded !== undefined) return;
    let live = true;
    void loadMuscleOutlines().then((m) => {
      if (live) setLoaded(m);
    });
    return () => {
      live = false;
    };
  }, [muscleId, loaded]);
  return loaded === undefined || muscleId === undefined ? [] : outlinesOf(loaded, muscleId, side, geometry);
}

const KEY = 'myomap.muscleOutline';

/** The "Show muscle outline" switch, on by default and remembered in localStorage. */
export function useShowOutline(): [boolean, (show: boolean) => void] {
  const [show, setShow] = useState<boolean>(() => localStorage.getItem(KEY) !== 'off');
  useEffect(() => {
    if (show) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  }, [show]);
  return [show, setShow];
}
