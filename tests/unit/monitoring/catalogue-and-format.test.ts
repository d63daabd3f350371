import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { filterCatalogue, type CatalogueFilter } from '../../../shared/monitoring/catalogue-filter';
import { displayUnit, valueWithUnit } from '../../../shared/monitoring/format-value';
import type { CatalogueIndicator } from '../../../shared/monitoring/monitoring-contract';
import { trendBounds, trendOption, trendPoints } from '../../../shared/monitoring/trend-option';

let catalogue: CatalogueIndicator[];

beforeAll(async () => {
  const core = await createCore({ dbPath: ':memory:', host: 'web' });
  const r = await core.dispatch('indicators/catalogue', {});
  core.close();
  if (!r.ok) throw new Error(r.error.message);
  catalogue = r.value as CatalogueIndicator[];
});

const all: CatalogueFilter = { query: '', document: null, kind: null, determinant: null };

describe('filterCatalogue', () => {
  it('keeps everything without a query or filter', () => {
    expect(filterCatalogue(catalogue, all)).toHaveLength(503);
  });

  it('finds a keyword in the name, and ignores width, case and the spaces PDF extraction left', () => {
    const named = filterCatalogue(catalogue, { ...all, query: '饮用水' });
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((i) => `${i.name}${i.category}${i.quote}`.includes('饮用水'))).toBe(true);
    // The quote has “PM2. 5”: typed as ｐｍ２.５ or pm2.5, it is found.
    const pm = filterCatalogue(catalogue, { ...all, query: 'ｐｍ２.５' });
    expect(pm.map((i) => i.id)).toContain('001-L50-2');
    expect(filterCatalogue(catalogue, { ...all, query: 'pm2.5' }).map((i) => i.id)).toEqual(pm.map((i) => i.id));
    expect(filterCatalogue(catalogue, { ...all, query: '91.3' }).map((i) => i.id)).toContain('001-L50-1'); // quote “91. 3%”
  });

  it('needs every word typed, and combines with the filters', () => {
    const both = filterCatalogue(catalogue, { ...all, query: '空气 优良' });
    expect(both.length).toBeGreaterThan(0);
    for (const i of both) expect(`${i.name}${i.category}${i.quote}`).toMatch(/空气[\s\S]*优良|优良[\s\S]*空气/);
    const in001 = filterCatalogue(catalogue, { ...all, query: '空气 优良', document: '001' });
    expect(in001.length).toBeLessThan(both.length + 1);
    expect(in001.every((i) => i.document === '001')).toBe(true);
    const targets = filterCatalogue(catalogue, { ...all, kind: 'target' });
    expect(targets.every((i) => i.kind === 'target')).toBe(true);
    const air = filterCatalogue(catalogue, { ...all, determinant: 'air-quality' });
    expect(air.length).toBeGreaterThan(0);
    expect(air.every((i) => i.determinants.includes('air-quality'))).toBe(true);
  });

  it('searches the unit too', () => {
    expect(filterCatalogue(catalogue, { ...all, query: '1/10万' }).every((i) => `${i.unit}${i.quote}${i.name}${i.category}`.includes('1/10万'))).toBe(true);
  });
});

describe('valueWithUnit', () => {
  it('adds the unit to bare numbers and comparisons, never to words', () => {
    expect(valueWithUnit('91.3', '%')).toBe('91.3%');
    expect(valueWithUnit('≥90', '%')).toBe('≥90%');
    expect(valueWithUnit('90以上', '%')).toBe('90以上');
    expect(valueWithUnit('持续下降', '1/10万')).toBe('持续下降');
    expect(valueWithUnit('12.5', '1/10万')).toBe('12.5/10万');
    expect(valueWithUnit('83.12', '岁（原表误作%）')).toBe('83.12岁');
    expect(valueWithUnit('1.5', '-')).toBe('1.5');
    expect(valueWithUnit('107.5', '（女婴=100）')).toBe('107.5');
    expect(valueWithUnit('92.5%', '%')).toBe('92.5%');
    expect(displayUnit(null)).toBeNull();
  });
});

describe('trend chart option', () => {
  it('plots the numeric values by date with dashed baseline and target lines inside the axis', () => {
    const obs = (observedOn: string, value: string) => ({ id: crypto.randomUUID(), indicatorId: 'x', observedOn, value, note: '', recordedAt: '2025-01-01T00:00:00.000Z' });
    const points = trendPoints([obs('2025-06-01', '93%'), obs('2024-06-01', '92'), obs('2025-01-01', '未统计')], '%');
    expect(points).toEqual([
      { date: '2024-06-01', value: 92 },
      { date: '2025-06-01', value: 93 },
    ]);
    const option = trendOption(points, { baseline: 91.3, target: 95 }, { value: '监测值', baseline: '基线', target: '目标' }) as {
      yAxis: { min: number; max: number };
      series: { data: unknown[]; markLine: { data: { yAxis: number }[] } }[];
    };
    expect(option.series[0]!.data).toEqual([
      ['2024-06-01', 92],
      ['2025-06-01', 93],
    ]);
    expect(option.series[0]!.markLine.data.map((l) => l.yAxis)).toEqual([91.3, 95]);
    expect(option.yAxis.min).toBeLessThanOrEqual(91.3);
    expect(option.yAxis.max).toBeGreaterThanOrEqual(95);
    expect(trendBounds([5, 5])).toEqual({ min: 4, max: 6 });
  });
});
