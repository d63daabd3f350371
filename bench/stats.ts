/** Small statistics helpers: nearest-rank percentiles over all measurements, rounded output. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Milliseconds to 3 decimals (µs), enough for sub-millisecond queries. */
export const ms = (n: number): number => Math.round(n * 1000) / 1000;

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/**
 * Wall time and this process's CPU time (user + system). better-sqlite3 runs on this thread, so
 * CPU time is the work itself; when wall time is well above it, other processes on the shared
 * 2-core machine were taking the CPU.
 */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}
