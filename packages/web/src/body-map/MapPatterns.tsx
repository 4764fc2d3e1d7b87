/**
 * SVG pattern definitions of one map: the spillover hatch. Each map passes its own id, so a map never
 * depends on another map's definitions (a hidden map's pattern does not paint).
 */
export function MapPatterns({
  hatchId = 'spillover-hatch',
  size = 6,
}: {
  hatchId?: string;
  /** Spacing of the hatch lines in the view's units: scale it with the view so it reads at any size. */
  size?: number;
}): React.JSX.Element {
  return (
    <defs>
      <pattern
        id={hatchId}
        patternUnits="userSpaceOnUse"
        width={size}
        height={size}
        patternTransform="rotate(45)"
      >
        <rect width={size} height={size} className="hatch-bg" />
        <line x1="0" y1="0" x2="0" y2={size} className="hatch-line" strokeWidth={size * 0.42} />
      </pattern>
    </defs>
  );
}
