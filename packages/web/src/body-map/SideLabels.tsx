import type { ViewGeometry } from '@myomap/atlas/geometry';

function labelSize(geometry: ViewGeometry): number {
  return Math.max(geometry.width, geometry.height) / 38;
}

/** Height of the band above the figure that holds the side labels, in view units. */
export function labelBand(geometry: ViewGeometry): number {
  return labelSize(geometry) * 1.8;
}

/** "Client's right" / "Client's left" on the sides of the picture where they fall, on every view. */
export function SideLabels({ geometry }: { geometry: ViewGeometry }): React.JSX.Element {
  const size = labelSize(geometry);
  const y = -labelBand(geometry) + size * 1.15;
  const labels: { text: string; x: number; anchor: 'start' | 'end' | 'middle' }[] = [];
  const place = (side: 'left' | 'right'): void => {
    const where = geometry.sideLabels[side];
    const text = `Client's ${side}`;
    if (where === 'viewer-left') labels.push({ text, x: size * 0.4, anchor: 'start' });
    else if (where === 'viewer-right') labels.push({ text, x: geometry.width - size * 0.4, anchor: 'end' });
  };
  place('right');
  place('left');
  const facing = (['left', 'right'] as const).find(
    (s) =>
      geometry.sideLabels[s] !== 'away' && geometry.sideLabels[s === 'left' ? 'right' : 'left'] === 'away',
  );
  if (facing !== undefined && labels.length === 1)
    labels[0] = { text: `Client's ${facing} side`, x: geometry.width / 2, anchor: 'middle' };
  return (
    <g className="side-labels" aria-hidden="true">
      {labels.map((l) => (
        <text key={l.text} x={l.x} y={y} textAnchor={l.anchor} fontSize={size}>
          {l.text}
        </text>
      ))}
    </g>
  );
}
