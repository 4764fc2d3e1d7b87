import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Measures stroke → rendered list: call the returned function when the drawing or evidence changes
 * (marks 'finder:stroke-end'); after the next commit of `result` (the list has rendered) it records
 * the measure 'finder:update', which the browser journey reads.
 */
export function useStrokeTiming(result: unknown): () => void {
  const pending = useRef(false);
  useLayoutEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    performance.measure('finder:update', 'finder:stroke-end');
  }, [result]);
  return useCallback(() => {
    performance.mark('finder:stroke-end');
    pending.current = true;
  }, []);
}
