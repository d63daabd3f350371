/**
 * Percentages as a person checking by hand would write them, the same in the UI and the CLI: one decimal, rounded half up,
 * computed from the integer counts (not from a float share, which can round the other way).
 */
export const NO_SHARE = '—';

/** "62.5%", or "—" when nothing is counted (base 0). */
export function formatShare(submitted: number, base: number): string {
  if (base <= 0) return NO_SHARE;
  return `${(Math.round((submitted * 1000) / base) / 10).toFixed(1)}%`;
}

/** The share as a chart value (percent, one decimal), or null when base is 0. */
export function sharePercent(submitted: number, base: number): number | null {
  return base <= 0 ? null : Math.round((submitted * 1000) / base) / 10;
}

/** A target's minimum share (0–1) as written in the plans: "40%", "12.5%". */
export function formatMinShare(minShare: number): string {
  const percent = Math.round(minShare * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/**
 * How many more submissions reach the target: the smallest n with (submitted + n) / base ≥ min.
 * Integer arithmetic in tenths of a percent, so 40% of 80 needs exactly 32.
 */
export function shortfall(submitted: number, base: number, minShare: number): number {
  if (base <= 0) return 0;
  const needed = Math.ceil((Math.round(minShare * 1000) * base) / 1000);
  return Math.max(0, needed - submitted);
}
