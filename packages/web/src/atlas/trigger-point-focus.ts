import type { Muscle, TriggerPoint } from '@myomap/atlas';

/** Which trigger points the muscle page offers: injection-study patterns only when asked for, or when a muscle has nothing else. */
export function visibleTriggerPoints(muscle: Muscle, showExperimental: boolean): readonly TriggerPoint[] {
  const clinical = muscle.triggerPoints.filter((tp) => tp.experimental !== true);
  return showExperimental || clinical.length === 0 ? muscle.triggerPoints : clinical;
}

/** How many injection-study patterns are hidden while they are not asked for (0 when none can be). */
export function hiddenExperimentalCount(muscle: Muscle): number {
  const experimental = muscle.triggerPoints.filter((tp) => tp.experimental === true).length;
  return experimental === muscle.triggerPoints.length ? 0 : experimental;
}

/** The 1-based number of a trigger point in its muscle's list (what its marker shows). */
export function triggerPointNumber(muscle: Muscle, tpId: string): number {
  return muscle.triggerPoints.findIndex((tp) => tp.id === tpId) + 1;
}
