import { describe, expect, it } from 'vitest';
import {
  categoryShareOption,
  departmentShareOption,
  sortByShare,
  trendOption,
  type ShareRow,
} from '../../../renderer/src/coverage/coverage-chart-options';

const counts = (submitted: number, base: number, total = base) => ({
  total,
  notAssessed: base - submitted,
  inProgress: submitted,
  signed: 0,
  exempt: total - base,
  submitted,
  base,
  share: base === 0 ? null : submitted / base,
});
const text = { axis: '覆盖率（%）', counts: (s: number, b: number) => `（${s}/${b}）`, tooltip: (r: ShareRow) => r.name };
const rows: ShareRow[] = [
  { name: '甲局', counts: counts(1, 4) },
  { name: '乙局', counts: counts(5, 8) },
  { name: '丙局', counts: counts(0, 0, 2) },
];
const targets = [{ label: '目标 ≥40%（全部类别）', minShare: 0.4 }];

describe('coverage chart options', () => {
  it('are plain data (the chart component compares them as JSON)', () => {
    for (const option of [categoryShareOption(rows, targets, text), departmentShareOption(rows, targets, text), trendOption(rows, targets, text)]) {
      expect(JSON.parse(JSON.stringify(option))).toEqual(option);
    }
  });

  it('label each bar with its share and counts, "—" when nothing is counted', () => {
    const option = categoryShareOption(rows, targets, text) as { series: { data: { value: number; label: { formatter: string } }[] }[] };
    expect(option.series[0]!.data.map((d) => d.label.formatter)).toEqual(['25.0%\n1/4', '62.5%\n5/8', '—\n0/0']);
    const dept = departmentShareOption(rows, targets, text) as { series: { data: { label: { formatter: string } }[] }[] };
    expect(dept.series[0]!.data[1]!.label.formatter).toBe('62.5%（5/8）');
  });

  it('draw the targets as lines at their minimum share', () => {
    const option = categoryShareOption(rows, targets, text) as { series: { markLine: { data: { yAxis: number }[] } }[] };
    expect(option.series[0]!.markLine.data[0]!.yAxis).toBe(40);
  });

  it('sort departments by share, those with nothing to count last', () => {
    expect(sortByShare(rows).map((r) => r.name)).toEqual(['乙局', '甲局', '丙局']);
  });

  it('leave a gap in the trend for a year with nothing to count', () => {
    const option = trendOption(rows, [], text) as { series: { data: { value: number | string }[] }[] };
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([25, 62.5, '-']);
  });
});
