import type { IndicatorOut } from '../../shared/evidence/evidence-contract';
import type { IndicatorKind } from '../../shared/evidence/indicator';
import type { Snapshot } from '../../shared/snapshot/snapshot';
import type { StageDataOf } from '../../shared/workflow/stage-data';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { EvidenceEngine } from '../evidence/engine';
import type { SignOff } from '../panel/sign-off';

export interface FollowedIndicator {
  indicator: IndicatorOut;
  /** Names of the determinants in scope that chose it. */
  determinants: string[];
}

export interface Followed {
  /** The newest signed version, whose indicators are followed up; null before sign-off. */
  signedVersion: number | null;
  indicators: FollowedIndicator[];
}

export interface FollowedDeps {
  evidence: EvidenceEngine;
  workflow: WorkflowStore;
  signOff: SignOff;
}

/** id → kind of every seed indicator. */
export function seedKinds(evidence: EvidenceEngine): Map<string, IndicatorKind> {
  return new Map(evidence.data.indicators.indicators.map((i) => [i.id, i.kind]));
}

/** Names of the determinants that chose each indicator, in scoping order. */
function choosers(scoping: StageDataOf<'scoping'>, nameOf: (determinantId: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of scoping.determinants) for (const id of d.indicators) out.set(id, [...(out.get(id) ?? []), nameOf(d.id)]);
  return out;
}

/**
 * A signed indicator as the contract shows it: the values the snapshot signed (name, baseline,
 * target…) over the seed record, which adds the quote and line range the snapshot leaves out.
 * An indicator no longer in the seeds keeps what the snapshot has.
 */
function signedRecord(signed: Snapshot['indicators'][number], seed: IndicatorOut | undefined): IndicatorOut {
  return {
    document: seed?.document ?? '',
    lineEnd: seed?.lineEnd ?? signed.lineStart,
    quote: seed?.quote ?? '',
    determinants: seed?.determinants ?? [],
    kind: seed?.kind ?? null,
    ...signed,
  } satisfies IndicatorOut;
}

/**
 * The indicators an assessment follows up: those of its newest signed version (what was signed
 * is what is monitored, also while a later version is being revised), or before any sign-off
 * those picked in its current scoping stage.
 */
export function followedIndicators(deps: FollowedDeps, assessmentId: string): Followed {
  const versions = deps.signOff.versions(assessmentId);
  if (versions.length === 0) {
    const scoping = deps.workflow.view(assessmentId).data.scoping;
    const chosen = choosers(scoping, (id) => deps.evidence.determinant(id)?.name ?? id);
    const ids = [...chosen.keys()];
    const records = new Map(deps.evidence.indicatorRecords((i) => chosen.has(i.id)).map((r) => [r.id, r]));
    return {
      signedVersion: null,
      indicators: ids.flatMap((id) => {
        const indicator = records.get(id);
        return indicator ? [{ indicator, determinants: chosen.get(id)! }] : [];
      }),
    };
  }
  const { snapshot, version } = deps.signOff.signed(assessmentId);
  const names = new Map(snapshot.determinants.map((d) => [d.id, d.name]));
  const chosen = choosers(snapshot.stages.scoping, (id) => names.get(id) ?? id);
  const ids = new Set(snapshot.indicators.map((i) => i.id));
  const seeds = new Map(deps.evidence.indicatorRecords((i) => ids.has(i.id)).map((r) => [r.id, r]));
  return {
    signedVersion: version,
    indicators: snapshot.indicators.map((i) => ({ indicator: signedRecord(i, seeds.get(i.id)), determinants: chosen.get(i.id) ?? [] })),
  };
}
