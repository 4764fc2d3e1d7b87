import type { ViewId } from '../regions/region-types.ts';

/** One region's drawn shape in one view, in that view's SVG user units. */
export interface ViewRegionShape {
  /** Region id, e.g. "r.temple". */
  readonly id: string;
  /** SVG path data (absolute M/L/Z commands, coordinates rounded to 0.1). */
  readonly d: string;
  /** A point inside the shape, good for a label or a trigger point marker. */
  readonly anchor: readonly [number, number];
}

/** One body map view: its canvas, outline and the region shapes that tile the outline. */
export interface ViewGeometry {
  readonly view: ViewId;
  /** Human title, e.g. "Front (anterior)". */
  readonly title: string;
  readonly width: number;
  readonly height: number;
  /** Outline of the whole figure as SVG path data; the union of all region shapes. */
  readonly silhouette: string;
  /** Decorative detail lines (eyes, navel, nails …) drawn over regions; never hit targets. */
  readonly details: string;
  /** Where the person's left and right fall in the picture, for the side labels. */
  readonly sideLabels: {
    readonly left: 'viewer-left' | 'viewer-right' | 'away';
    readonly right: 'viewer-left' | 'viewer-right' | 'away';
  };
  readonly regions: readonly ViewRegionShape[];
}
