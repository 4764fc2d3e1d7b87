import type { Side } from '@myomap/atlas/regions';

/** Client's right / Client's left switch for a paired muscle's pattern. */
export function SideToggle({
  side,
  onChange,
}: {
  side: Side;
  onChange: (s: Side) => void;
}): React.JSX.Element {
  return (
    <div className="side-toggle" role="group" aria-label="Side of the client">
      {(['r', 'l'] as const).map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={side === s}
          className={side === s ? 'active' : ''}
          onClick={() => onChange(s)}
        >
          Client’s {s === 'r' ? 'right' : 'left'}
        </button>
      ))}
    </div>
  );
}
