import { BODY_AREAS, BODY_AREA_NAMES } from '@myomap/atlas';

/** Chips that jump to each body area's group in the muscle list. */
export function AreaJumpNav(): React.JSX.Element {
  return (
    <nav className="area-jump" aria-label="Body areas">
      {BODY_AREAS.map((area) => (
        <a key={area} href={`#area-section-${area}`} className="chip">
          {BODY_AREA_NAMES[area]}
        </a>
      ))}
    </nav>
  );
}
