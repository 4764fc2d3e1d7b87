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

/** Times each call on its own with the high-resolution clock (includes ~0.1 µs timer overhead): median and p99 per call. */
export function timeEachCall(
  fn: (i: number) => unknown,
  calls = 50_000,
): { medianUs: number; p99Us: number } {
  for (let i = 0; i < 2_000; i++) fn(i);
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    samples[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  samples.sort();
  return {
    medianUs: Math.round((samples[Math.floor(calls / 2)] ?? 0) * 100) / 100,
    p99Us: Math.round((samples[Math.floor(calls * 0.99)] ?? 0) * 100) / 100,
  };
}
