/**
 * Revises a signed assessment (new version), picks the given indicators for the given
 * determinants, and signs again, through the contract: follow-up across versions.
 */
type Call = (channel: string, input: unknown) => Promise<unknown>;

interface ScopingDeterminant {
  id: string;
  indicators: string[];
}

export const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** 人均体育场地面积: 2.46 m² (2020) → 2.6 (2025), for 身体活动; the demo follows it from version 1. */
export const SPORTS_AREA = { determinant: 'physical-activity', indicator: '001-L780', baseline: 2.46, target: 2.6 };

export async function resignWith(call: Call, id: string, picks: Record<string, string[]>): Promise<number> {
  await call('signoff/reopen', { id, reason: '调整监测指标' });
  const wf = (await call('workflow/get', { id })) as { data: { scoping: { determinants: ScopingDeterminant[] } } };
  const scoping = wf.data.scoping;
  const determinants = scoping.determinants.map((d) => ({ ...d, indicators: picks[d.id] ?? d.indicators }));
  await call('workflow/save', { id, stage: 'scoping', data: { ...scoping, determinants } });
  const date = localDate(new Date());
  const signed = (await call('signoff/sign', {
    id,
    leader: { name: '李华', date, comment: '同意。' },
    approver: { name: '王敏', date, comment: '同意备案。' },
  })) as { version: number };
  return signed.version;
}
