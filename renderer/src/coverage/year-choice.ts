/** Which year the dashboard shows: one year, all years together, or the default (not chosen yet). */
export type YearChoice = number | 'all' | 'auto';

/** The default: the latest year that has items, else the current year (an empty register). */
export function defaultYear(years: readonly number[], now: Date): number {
  return years.length > 0 ? Math.max(...years) : now.getFullYear();
}

/** The years offered: those in the register and the current one, newest first. */
export function yearOptions(years: readonly number[], now: Date): number[] {
  return [...new Set([...years, now.getFullYear()])].sort((a, b) => b - a);
}
