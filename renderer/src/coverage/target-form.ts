import type { CoverageSettings, CoverageTarget } from '../../../shared/register/coverage-contract';

/** A target as the settings form edits it: the minimum share as a percentage (40, not 0.4). */
export type TargetFormValue = Omit<CoverageTarget, 'minShare'> & { minPercent: number };

export function toFormTargets(settings: CoverageSettings): TargetFormValue[] {
  return settings.targets.map(({ minShare, ...rest }) => ({ ...rest, minPercent: Math.round(minShare * 1000) / 10 }));
}

/** Back to shares; rounding to a tenth of a percent keeps 40 → 0.4 exact (no 0.40000000000000002). */
export function fromFormTargets(values: readonly TargetFormValue[]): CoverageTarget[] {
  return values.map(({ minPercent, ...rest }) => ({ ...rest, label: rest.label.trim(), minShare: Math.round(minPercent * 10) / 1000 }));
}

/** An id for a target a person adds; the contract allows [a-z0-9-]{1,40}, unique within the list. */
export function newTargetId(existing: readonly string[], now: Date): string {
  const base = `custom-${now.getTime().toString(36)}`;
  let id = base;
  for (let n = 2; existing.includes(id); n++) id = `${base}-${n}`;
  return id;
}
