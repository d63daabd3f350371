import { AppError } from '../../shared/errors';
import type { Core } from '../core';
import { buildReport } from './build-report';

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
    return { bytes: await buildReport(s.snapshot, { fingerprint: s.fingerprint }), signed: true, version: wanted, fileName: `${a.number}-第${wanted}版-健康影响评价报告.docx` };
  }
  if (version !== undefined) throw new AppError('NOT_FOUND', `第 ${version} 版尚未签发 / Version ${version} is not signed`);
  const snapshot = core.snapshot(id, [], new Date().toISOString());
  return { bytes: await buildReport(snapshot, { fingerprint: null }), signed: false, version: a.version, fileName: `${a.number}-草稿-健康影响评价报告.docx` };
}
