import { AppError } from '../../shared/errors';
import type { MonitoringView } from '../../shared/monitoring/monitoring-contract';
import { progressHistory } from '../../shared/monitoring/progress';
import type { Snapshot } from '../../shared/snapshot/snapshot';
import { seedKinds } from '../monitoring/followed-indicators';
import type { Core } from '../core';
import { buildReport } from './build-report';
import type { FollowUpValue } from './sections/follow-up';

/**
 * Values recorded after sign-off for the version's indicators, each with the status it gave.
 * Read through the contract (the monitoring view); the seeds give each indicator's kind.
 */
async function followUpValues(core: Core, id: string, snapshot: Snapshot): Promise<FollowUpValue[]> {
  const r = await core.dispatch('monitoring/get', { id });
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
  const observations = (r.value as MonitoringView).indicators.flatMap((i) => i.observations);
  const kinds = seedKinds(core.evidence);
  return snapshot.indicators.flatMap((i) =>
    progressHistory({ ...i, kind: kinds.get(i.id) ?? null }, observations.filter((o) => o.indicatorId === i.id)),
  );
}

/**
 * The report of an assessment: the latest (or a given) signed version, rebuilt from its stored
 * snapshot and fingerprint; or, for an assessment never signed, a draft of its current state.
 */
export async function reportFor(core: Core, idOrNumber: string, version?: number): Promise<{ bytes: Buffer; signed: boolean; version: number; fileName: string }> {
  const id = /^HIA-/i.test(idOrNumber)
    ? core.assessments.list().find((a) => a.number.toUpperCase() === idOrNumber.toUpperCase())?.id
    : idOrNumber;
  if (!id) throw new AppError('NOT_FOUND', `未找到评价 ${idOrNumber} / Assessment ${idOrNumber} not found`);
  const a = core.assessments.get(id);
  const versions = core.signOff.versions(id);
  const wanted = version ?? (a.status === 'signed' ? a.version : undefined);
  if (wanted !== undefined && versions.some((v) => v.version === wanted)) {
    const s = core.signOff.signed(id, wanted);
    const followUp = await followUpValues(core, id, s.snapshot);
    return { bytes: await buildReport(s.snapshot, { fingerprint: s.fingerprint, followUp }), signed: true, version: wanted, fileName: `${a.number}-第${wanted}版-健康影响评价报告.docx` };
  }
  if (version !== undefined) throw new AppError('NOT_FOUND', `第 ${version} 版尚未签发 / Version ${version} is not signed`);
  const snapshot = core.snapshot(id, [], new Date().toISOString());
  return { bytes: await buildReport(snapshot, { fingerprint: null }), signed: false, version: a.version, fileName: `${a.number}-草稿-健康影响评价报告.docx` };
}
