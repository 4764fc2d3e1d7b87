// Data types of the head view landmark files (face, profile, mouth). Read by scripts/head-generate.ts.
//
// Every shape is a closed curve through landmark points, smoothed with a centripetal Catmull-Rom spline.
// A point [x, y] is passed through smoothly; a point [x, y, 1] is a sharp corner.
// Coordinates are in the view's local frame (see each file); the view's transform maps them to SVG units.

/** A landmark: [x, y] (smooth) or [x, y, 1] (corner). */
export type Pt = readonly [number, number] | readonly [number, number, 1];

/**
 * One region shape. Regions are painted in list order and a later shape wins where shapes overlap; every
 * shape is clipped to the silhouette. So a shape only needs its true border where it meets shapes listed
 * BEFORE it and the silhouette; it may spill freely over shapes listed after it and outside the figure.
 */
export interface RegionSpec {
  /** Region id, e.g. 'r.temple'. With `pair`, the id of the drawn side; the mirror gets the other side. */
  readonly id: string;
  readonly pts: readonly Pt[];
  /** Also paint the mirror image (x -> -x) with the other side's id (views centred on x = 0). */
  readonly pair?: boolean;
  /**
   * A midline shape given by one half only: pts run from a point on x = 0, through x < 0, to another
   * point on x = 0; the x > 0 half is the mirror image.
   */
  readonly half?: boolean;
  /** Several pieces are expected (e.g. the gums of the upper and the lower arch). */
  readonly multi?: boolean;
  /** Clip the shape to this silhouette part only (index into `silhouette`), e.g. face regions to the head. */
  readonly within?: number;
}

/** A decorative line (eyelid, nostril, ear fold). */
export interface DetailSpec {
  readonly pts: readonly Pt[];
  readonly closed?: boolean;
  readonly pair?: boolean;
}

/** One view's landmark data. */
export interface HeadViewSpec {
  /** Local frame to SVG units: (x, y) -> (x * scale + dx, y * scale + dy). */
  readonly transform: { readonly scale: number; readonly dx: number; readonly dy: number };
  readonly width: number;
  readonly height: number;
  /** Closed outlines whose union is the figure (e.g. head, neck and bust, the ears). */
  readonly silhouette: readonly {
    readonly pts: readonly Pt[];
    readonly half?: boolean;
    readonly pair?: boolean;
  }[];
  /** Region shapes in paint order (later wins). */
  readonly regions: readonly RegionSpec[];
  readonly details: readonly DetailSpec[];
}
