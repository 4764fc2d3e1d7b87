import { regionById } from '@myomap/atlas/regions';

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** "No muscle in the atlas refers to …": painted regions no trigger point pattern reaches. */
export function UnexplainedNote({ regions }: { regions: readonly string[] }): React.JSX.Element | null {
  if (regions.length === 0) return null;
  return (
    <p className="unexplained-note" role="note">
      No muscle in the atlas refers to{' '}
      <strong>{joinNames(regions.map((id) => regionById(id)?.name ?? id))}</strong> — consider a non-muscular
      cause.
    </p>
  );
}
