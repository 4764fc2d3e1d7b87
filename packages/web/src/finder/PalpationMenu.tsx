import { useRef } from 'react';
import type { PalpationFinding } from './finder-state.ts';

/** A candidate's menu to record a palpation result: confirmed, palpated and clear, or none. */
export function PalpationMenu({
  name,
  current,
  onChoose,
}: {
  name: string;
  current: PalpationFinding['result'] | undefined;
  onChoose: (result: PalpationFinding['result'] | undefined) => void;
}): React.JSX.Element {
  const ref = useRef<HTMLDetailsElement>(null);
  const choose = (result: PalpationFinding['result'] | undefined): void => {
    onChoose(result);
    if (ref.current !== null) ref.current.open = false;
  };
  return (
    <details className="palpation-menu no-print" ref={ref}>
      <summary aria-label={`Palpation result for ${name}`}>
        Palpation{current === undefined ? '' : `: ${current === 'confirmed' ? 'confirmed' : 'clear'}`}
      </summary>
      <div className="menu-items" role="group" aria-label={`Palpation result for ${name}`}>
        <button type="button" aria-pressed={current === 'confirmed'} onClick={() => choose('confirmed')}>
          Confirmed on palpation
        </button>
        <button type="button" aria-pressed={current === 'clear'} onClick={() => choose('clear')}>
          Palpated and clear
        </button>
        {current !== undefined && (
          <button type="button" onClick={() => choose(undefined)}>
            Remove result
          </button>
        )}
      </div>
    </details>
  );
}
