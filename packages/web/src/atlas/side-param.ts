import type { Side } from '@myomap/atlas/regions';

/** The client's side as written in URLs: ?side=left or ?side=right. */
export type SideParam = 'left' | 'right';

/** The side a muscle page shows: right unless the URL asks for left; unpaired muscles are midline. */
export function sideFromParam(param: string | null, paired: boolean): Side {
  if (!paired) return 'm';
  return param === 'left' ? 'l' : 'r';
}

/** The URL value for a side, or undefined for midline. */
export function sideToParam(side: Side): SideParam | undefined {
  return side === 'l' ? 'left' : side === 'r' ? 'right' : undefined;
}

/** "client's right", "client's left" or "midline". */
export function sideLabel(side: Side): string {
  return side === 'l' ? "client's left" : side === 'r' ? "client's right" : 'midline';
}

/** Link to a muscle page on a side. */
export function muscleHref(muscleId: string, side?: Side): string {
  const param = side === undefined ? undefined : sideToParam(side);
  return `/atlas/muscles/${muscleId}${param === undefined || param === 'right' ? '' : `?side=${param}`}`;
}
