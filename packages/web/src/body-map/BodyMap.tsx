import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import { regionById, type ViewId } from '@myomap/atlas/regions';
import { paintRegion, type Drawing, type PainMark } from './drawing.ts';
import { nearestInDirection, type Direction } from './keyboard-nav.ts';
import { MapPatterns } from './MapPatterns.tsx';
import { layoutMarkers, separateMarkers } from './marker-layout.ts';
import { intensityFill } from './paint-colors.ts';
import { RegionShape } from './RegionShape.tsx';
import { labelBand, SideLabels } from './SideLabels.tsx';
import './body-map.css';

/** A referral pattern to overlay: essential zone solid, spillover hatched. */
export interface PatternOverlay {
  readonly essential: ReadonlySet<string>;
  readonly spillover: ReadonlySet<string>;
}

/** A trigger point marker placed in a region: numbered when `number` is given, else an ×. */
export interface MapMarker {
  readonly regionId: string;
  readonly label: string;
  /** The trigger point's number in the muscle's list (1-based); drawn inside the marker. */
  readonly number?: number;
  /** Where the trigger point sits on each view, normalised [x, y]; without it the region's anchor is used. */
  readonly points?: Partial<Readonly<Record<ViewId, readonly [number, number]>>>;
}

/** A muscle drawn faintly under the pattern: belly outline and fibre lines (SVG path data, view units). */
export interface MuscleOutline {
  readonly d: string;
  readonly fibres: string;
  /** Lies under other muscles: drawn dashed. */
  readonly deep?: boolean;
}

/** Props of the body map. Pass `brush` and `onDrawingChange` to make it paintable. */
export interface BodyMapProps {
  readonly view: ViewId;
  /** Accessible name of the map, e.g. "Pain drawing". */
  readonly label: string;
  readonly drawing?: Drawing;
  readonly brush?: PainMark;
  readonly onDrawingChange?: (next: Drawing) => void;
  readonly pattern?: PatternOverlay;
  readonly markers?: readonly MapMarker[];
  /** Muscles to draw faintly over the skin and under the markers (e.g. the muscle whose pattern is shown). */
  readonly outlines?: readonly MuscleOutline[];
  /** Regions to flag with a dashed ring, e.g. painted regions a shown pattern does not explain. */
  readonly highlight?: ReadonlySet<string>;
  /** Regions to mark as next to the shown pattern (near it, partial credit). */
  readonly near?: ReadonlySet<string>;
  readonly selected?: string;
  readonly onSelect?: (regionId: string) => void;
  readonly onHover?: (regionId: string | undefined) => void;
  /**
   * On a hand or foot close-up, whose hand or foot to show large (one at a time, with a switch); by
   * default the side the drawing, pattern or markers are on.
   */
  readonly side?: 'l' | 'r';
  /** Small, non-interactive rendering for thumbnails. */
  readonly thumbnail?: boolean;
  readonly className?: string;
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function describeMark(mark: PainMark | undefined): string {
  return mark === undefined ? '' : `painted ${mark.intensity} of 10, ${mark.quality}`;
}

/** Short names on the teeth view (the side and upper/lower are clear from where they sit). */
function MouthLabels({ geometry }: { geometry: (typeof VIEW_GEOMETRY)[ViewId] }): React.JSX.Element {
  const short = (id: string): string =>
    (regionById(id)?.name ?? id)
      .replace(/^(right|left) /, '')
      .replace(/^(upper|lower) /, '')
      .replace('roof of the mouth', 'palate');
  return (
    <g className="view-labels" aria-hidden="true">
      {geometry.regions.map((r) => (
        <text key={r.id} x={r.anchor[0]} y={r.anchor[1]} textAnchor="middle" dominantBaseline="central">
          {short(r.id)}
        </text>
      ))}
    </g>
  );
}

const CLOSE_UPS: ReadonlySet<ViewId> = new Set(['hand-palmar', 'hand-dorsal', 'foot-dorsal', 'foot-plantar']);

/** The side whose regions the drawing, pattern and markers mostly touch on a view ('r' on a tie). */
function busySide(ids: Iterable<string>): 'l' | 'r' {
  let balance = 0;
  for (const id of ids) balance += id.startsWith('l.') ? 1 : id.startsWith('r.') ? -1 : 0;
  return balance > 0 ? 'l' : 'r';
}

/** Switch between the client's two hands or feet on a close-up (one is drawn large at a time). */
function CloseUpSideSwitch({
  view,
  side,
  onChange,
}: {
  view: ViewId;
  side: 'l' | 'r';
  onChange: (s: 'l' | 'r') => void;
}): React.JSX.Element {
  const part = view.startsWith('hand') ? 'hand' : 'foot';
  return (
    <div className="closeup-side no-print" role="group" aria-label={`Which ${part}`}>
      {(['r', 'l'] as const).map((s) => (
        <button key={s} type="button" aria-pressed={side === s} onClick={() => onChange(s)}>
          Client’s {s === 'r' ? 'right' : 'left'} {part}
        </button>
      ))}
    </div>
  );
}

/** The body map: one view's regions, paintable by click, drag and keyboard, with pattern and marker overlays. */
export function BodyMap(props: BodyMapProps): React.JSX.Element {
  const {
    view,
    drawing,
    brush,
    onDrawingChange,
    pattern,
    markers,
    highlight,
    near,
    selected,
    onSelect,
    onHover,
    thumbnail = false,
  } = props;
  const fullGeometry = VIEW_GEOMETRY[view];
  const closeUp = CLOSE_UPS.has(view) && !thumbnail;
  const [chosenSide, setChosenSide] = useState<'l' | 'r' | undefined>(undefined);
  const shownSide =
    chosenSide ??
    props.side ??
    busySide([
      ...(drawing?.keys() ?? []),
      ...(pattern?.essential ?? []),
      ...(pattern?.spillover ?? []),
      ...(markers ?? []).map((m) => m.regionId),
    ]);
  // A close-up draws one hand or foot at twice the scale: the half of the view holding that side.
  const geometry = useMemo(() => {
    if (!closeUp) return fullGeometry;
    const regions = fullGeometry.regions.filter((r) => r.id.startsWith(`${shownSide}.`));
    const meanX = regions.reduce((n, r) => n + r.anchor[0], 0) / Math.max(1, regions.length);
    return { ...fullGeometry, regions, cropX: meanX < fullGeometry.width / 2 ? 0 : fullGeometry.width / 2 };
  }, [closeUp, fullGeometry, shownSide]);
  const cropX = 'cropX' in geometry ? geometry.cropX : undefined;
  const hatchId = `spillover-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const paintable = brush !== undefined && onDrawingChange !== undefined && !thumbnail;
  const interactive = !thumbnail && (paintable || onSelect !== undefined || onHover !== undefined);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const dragMode = useRef<'paint' | 'erase' | undefined>(undefined);
  const lastDragged = useRef<string | undefined>(undefined);
  const drawingRef = useRef<Drawing>(drawing ?? new Map());
  drawingRef.current = drawing ?? new Map();
  const pendingMeasure = useRef(false);
  const svgRef = useRef<SVGSVGElement>(null);

  useLayoutEffect(() => {
    if (!pendingMeasure.current) return;
    pendingMeasure.current = false;
    performance.measure('bodymap:paint-render', 'bodymap:paint');
  }, [drawing]);

  const apply = useCallback(
    (regionId: string, mode: 'paint' | 'erase', mark?: PainMark) => {
      if (!paintable || brush === undefined || onDrawingChange === undefined) return;
      const m = mode === 'erase' ? { intensity: 0, quality: brush.quality } : (mark ?? brush);
      const next = paintRegion(drawingRef.current, regionId, m);
      if (next === drawingRef.current) return;
      performance.mark('bodymap:paint');
      pendingMeasure.current = true;
      drawingRef.current = next;
      onDrawingChange(next);
    },
    [paintable, brush, onDrawingChange],
  );

  const regionAt = (x: number, y: number): string | undefined => {
    const el = document.elementFromPoint(x, y)?.closest('[data-region]');
    return el?.getAttribute('data-region') ?? undefined;
  };

  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>): void => {
    const id = regionAt(e.clientX, e.clientY);
    if (id === undefined) return;
    setFocusedId(id);
    onSelect?.(id);
    if (!paintable || brush === undefined) return;
    const current = drawingRef.current.get(id);
    const mode =
      current !== undefined && current.intensity === brush.intensity && current.quality === brush.quality
        ? 'erase'
        : 'paint';
    dragMode.current = mode;
    lastDragged.current = id;
    apply(id, mode);
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };

  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>): void => {
    const id = regionAt(e.clientX, e.clientY);
    if (dragMode.current === undefined) {
      onHover?.(id);
      return;
    }
    if (id !== undefined && id !== lastDragged.current) {
      lastDragged.current = id;
      apply(id, dragMode.current);
    }
  };

  const endDrag = (): void => {
    dragMode.current = undefined;
    lastDragged.current = undefined;
  };

  const onKeyDown = (e: React.KeyboardEvent<SVGSVGElement>): void => {
    const current = focusedId ?? geometry.regions[0]?.id;
    if (current === undefined) return;
    const direction = ARROWS[e.key];
    if (direction !== undefined) {
      e.preventDefault();
      const next = nearestInDirection(geometry.regions, current, direction) ?? current;
      setFocusedId(next);
      onHover?.(next);
      svgRef.current?.querySelector<SVGGElement>(`[data-option="${next}"]`)?.focus();
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect?.(current);
      if (paintable) apply(current, drawingRef.current.has(current) ? 'erase' : 'paint');
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && paintable) {
      e.preventDefault();
      apply(current, 'erase');
    } else if (/^[0-9]$/.test(e.key) && paintable && brush !== undefined) {
      e.preventDefault();
      const intensity = e.key === '0' ? 10 : Number(e.key);
      apply(current, 'paint', {
        intensity,
        quality: drawingRef.current.get(current)?.quality ?? brush.quality,
      });
    }
  };

  const outline = pattern !== undefined;
  const markerSize = Math.max(geometry.width, geometry.height) / 70;
  // A band above the figure holds the side labels so they never cover the head.
  const band = thumbnail || cropX !== undefined ? 0 : labelBand(geometry);
  const markerPoints = useMemo(() => {
    const all = markers ?? [];
    const placed = all.flatMap((m) => {
      const point = m.points?.[view];
      return point === undefined
        ? []
        : [{ ...m, x: point[0] * geometry.width, y: point[1] * geometry.height, count: 1 }];
    });
    const rest = all.filter((m) => m.points?.[view] === undefined);
    // Numbered markers keep their stored place unless two would overlap (several points in a thin region).
    const spread = separateMarkers(placed, markerSize * 2.5);
    return [
      ...layoutMarkers(rest, geometry.regions, markerSize * 3, markerSize * 1.8).map((p) => ({
        ...p.marker,
        x: p.x,
        y: p.y,
        count: p.count,
      })),
      ...spread,
    ];
  }, [markers, geometry, markerSize, view]);

  const svg = (
    <svg
      ref={svgRef}
      className={`body-map ${thumbnail ? 'thumbnail' : ''} ${paintable ? 'paintable' : ''} ${props.className ?? ''}`}
      viewBox={
        cropX === undefined
          ? `0 ${-band} ${geometry.width} ${geometry.height + band}`
          : `${cropX} 0 ${geometry.width / 2} ${geometry.height}`
      }
      preserveAspectRatio="xMidYMin meet"
      role={interactive ? 'listbox' : 'img'}
      aria-multiselectable={interactive ? true : undefined}
      aria-label={`${props.label}: ${geometry.title}`}
      data-view={view}
      data-side={cropX === undefined ? undefined : shownSide}
      style={{ '--hatch': `url(#${hatchId})` } as React.CSSProperties}
      onPointerDown={interactive ? onPointerDown : undefined}
      onPointerMove={interactive ? onPointerMove : undefined}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onPointerLeave={() => {
        endDrag();
        onHover?.(undefined);
      }}
      onKeyDown={interactive ? onKeyDown : undefined}
    >
      <MapPatterns hatchId={hatchId} size={Math.max(geometry.width, geometry.height) / 120} />
      {cropX === undefined ? (
        <path d={geometry.silhouette} className="silhouette" aria-hidden="true" />
      ) : (
        <>
          {/* Only the shown hand or foot's outline: the other one's edge would peek in at the side. */}
          <clipPath id={`${hatchId}-side`}>
            <path d={geometry.regions.map((r) => r.d).join('')} />
          </clipPath>
          <path
            d={geometry.silhouette}
            className="silhouette"
            aria-hidden="true"
            clipPath={`url(#${hatchId}-side)`}
          />
        </>
      )}
      {geometry.regions.map((shape) => {
        const region = regionById(shape.id);
        const mark = drawing?.get(shape.id);
        const zone =
          pattern?.essential.has(shape.id) === true
            ? 'essential'
            : pattern?.spillover.has(shape.id) === true
              ? 'spillover'
              : undefined;
        const focused = interactive && focusedId === shape.id;
        const shapeView = (
          <RegionShape
            key={shape.id}
            id={shape.id}
            d={shape.d}
            name={region?.name ?? shape.id}
            fill={mark === undefined || outline ? undefined : intensityFill(mark.intensity)}
            zone={zone}
            outlined={outline && mark !== undefined}
            focused={focused}
            selected={selected === shape.id}
            highlighted={highlight?.has(shape.id) === true}
            near={near?.has(shape.id) === true}
            description={describeMark(mark)}
          />
        );
        if (!interactive) return shapeView;
        return (
          <g
            key={shape.id}
            role="option"
            aria-selected={mark !== undefined}
            tabIndex={focused || (focusedId === undefined && shape === geometry.regions[0]) ? 0 : -1}
            aria-label={region?.name ?? shape.id}
            onFocus={() => setFocusedId(shape.id)}
            data-option={shape.id}
            className="region-option"
          >
            {shapeView}
          </g>
        );
      })}
      {props.outlines !== undefined && props.outlines.length > 0 && (
        <g className="muscle-outline" aria-hidden="true" data-testid="muscle-outline">
          {props.outlines.map((o, i) => (
            <g key={i} className={o.deep === true ? 'deep' : undefined}>
              <path d={o.d} className="belly" />
              <path d={o.fibres} className="fibres" />
            </g>
          ))}
        </g>
      )}
      {geometry.details !== '' && (
        <path
          d={geometry.details}
          className="details"
          aria-hidden="true"
          clipPath={cropX === undefined ? undefined : `url(#${hatchId}-side)`}
        />
      )}
      {markerPoints.map((m) =>
        m.number !== undefined ? (
          <g
            key={`${m.regionId}-${m.label}-${m.number}`}
            className="tp-marker numbered"
            transform={`translate(${m.x} ${m.y})`}
            aria-hidden="true"
            data-tp-number={m.number}
          >
            <circle r={markerSize * 1.15} />
            <text textAnchor="middle" dominantBaseline="central" fontSize={markerSize * 1.45}>
              {m.number}
            </text>
          </g>
        ) : (
          <g
            key={`${m.regionId}-${m.label}`}
            className="tp-marker"
            transform={`translate(${m.x} ${m.y})`}
            aria-hidden="true"
          >
            <path
              d={`M${-markerSize} ${-markerSize}L${markerSize} ${markerSize}M${markerSize} ${-markerSize}L${-markerSize} ${markerSize}`}
            />
            {m.count > 1 && (
              <text x={markerSize * 1.4} y={-markerSize * 0.6} fontSize={markerSize * 1.6}>
                {m.count}
              </text>
            )}
          </g>
        ),
      )}
      {!thumbnail && view === 'mouth' && <MouthLabels geometry={geometry} />}
      {!thumbnail && cropX === undefined && <SideLabels geometry={geometry} />}
    </svg>
  );
  return closeUp ? (
    <>
      <CloseUpSideSwitch view={view} side={shownSide} onChange={setChosenSide} />
      {svg}
    </>
  ) : (
    svg
  );
}
