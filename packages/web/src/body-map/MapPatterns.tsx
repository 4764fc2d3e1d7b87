/** SVG pattern definitions shared by every map: the spillover hatch. */
export function MapPatterns(): React.JSX.Element {
  return (
    <defs>
      <pattern
        id="spillover-hatch"
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
      </pattern>
    </defs>
  );
}
