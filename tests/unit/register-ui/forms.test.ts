import { describe, expect, it } from 'vitest';
import { fromFormTargets, newTargetId, toFormTargets } from '../../../renderer/src/coverage/target-form';
import { fieldsOf, formValuesFromAssessment } from '../../../renderer/src/register/register-form';
import { CoverageSettings } from '../../../shared/register/coverage-contract';
import { RegisterItemFields } from '../../../shared/register/register';

describe('register form', () => {
  it('prefills an unregistered assessment: category from its type, year from its creation', () => {
    const base = { title: '轨道交通建设规划', department: '市发改委', createdAt: '2025-03-02T08:00:00.000Z' };
    expect(formValuesFromAssessment({ ...base, kind: 'plan' })).toMatchObject({ category: 'plan', year: 2025, title: '轨道交通建设规划' });
    expect(formValuesFromAssessment({ ...base, kind: 'project' }).category).toBe('major-project');
    expect(formValuesFromAssessment({ ...base, kind: 'policy' }).category).toBe('normative');
  });

  it('keeps a reason only for an exemption, and saves what the contract accepts', () => {
    const values = { title: ' 标题 ', category: 'other' as const, department: '部门', year: 2025, exemptReason: '旧理由', note: '' };
    expect(fieldsOf({ ...values, status: 'signed' }).exemptReason).toBe('');
    const exempt = fieldsOf({ ...values, status: 'exempt' });
    expect(exempt).toMatchObject({ title: '标题', exemptReason: '旧理由' });
    expect(RegisterItemFields.safeParse(exempt).success).toBe(true);
  });
});

describe('target settings form', () => {
  const settings: CoverageSettings = {
    exemptInDenominator: false,
    targets: [
      { id: 'a', label: '总体', categories: [], minShare: 0.4, targetYear: 2025, source: null },
      { id: 'b', label: '规划', categories: ['plan'], minShare: 0.575, targetYear: 2025, source: null },
    ],
  };

  it('edits shares as percentages and gives back the same shares', () => {
    const form = toFormTargets(settings);
    expect(form.map((t) => t.minPercent)).toEqual([40, 57.5]);
    const back = fromFormTargets(form);
    expect(back).toEqual(settings.targets);
    expect(CoverageSettings.safeParse({ ...settings, targets: back }).success).toBe(true);
  });

  it('gives added targets ids the contract accepts, unique in the list', () => {
    const now = new Date(2026, 0, 1);
    const first = newTargetId([], now);
    expect(first).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(newTargetId([first], now)).not.toBe(first);
  });
});
