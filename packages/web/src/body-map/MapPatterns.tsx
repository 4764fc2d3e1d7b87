/**
 * SVG pattern definitions of one map: the spillover hatch. Each map passes its own id, so a map never
 * depends on another map's definitions (a hidden map's pattern does not paint).
 */
export function MapPatterns({ hatchId = 'spillover-hatch' }: { hatchId?: string }): React.JSX.Element {
  return (
    <defs>
      <pattern id={hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" className="hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
      </pattern>
    </defs>
  );
}
