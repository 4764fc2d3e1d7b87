import { measure } from 'mitata';

/** Median and 99th percentile of one call, in microseconds, plus calls per second. */
export interface CallTiming {
  readonly medianUs: number;
  readonly p99Us: number;
  readonly perSecond: number;
}

/** Times a function with mitata (warm-up, many samples); `fn` may cycle through inputs itself. */
export async function timeCalls(fn: () => unknown): Promise<CallTiming> {
  const stats = await measure(fn, { min_cpu_time: 1_000_000_000, min_samples: 2000 });
  return {
    medianUs: Math.round(stats.p50 / 10) / 100,
    p99Us: Math.round(stats.p99 / 10) / 100,
    perSecond: Math.round(1e9 / stats.avg),
  };
}

/** Prints one result line in the format docs/benchmarks.md uses. */
export function report(what: string, figures: Record<string, string | number>): void {
  console.log(
    `${what}: ${Object.entries(figures)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
