import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../../electron/evidence/seed-data';
import { IndicatorsSchema, type Indicator } from '../../../shared/evidence/indicator';
import { Progress } from '../../../shared/monitoring/monitoring-contract';
import { computeProgress, inferDirection, nameDirection, parseQuantity, progressHistory } from '../../../shared/monitoring/progress';

const { indicators } = IndicatorsSchema.parse(JSON.parse(readFileSync(path.join(DEFAULT_SEEDS_DIR, 'indicators.json'), 'utf8')));
const seed = (id: string): Indicator => {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no seed indicator ${id}`);
  return found;
};
const obs = (...values: [string, string][]) => values.map(([observedOn, value]) => ({ observedOn, value }));

describe('parseQuantity: numbers as the sources and people write them', () => {
  it.each([
    ['91.3', 91.3, null, false],
    ['91. 3', 91.3, null, false],
    ['≥90%', 90, 'increase', false],
    ['90%以上', 90, 'increase', false],
    ['>80', 80, 'increase', true],
    ['<5‰', 5, 'decrease', true],
    ['≤ 6.5', 6.5, 'decrease', false],
    ['80.5岁', 80.5, null, false],
    ['6名', 6, null, false],
    ['100%', 100, null, false],
    ['１００％', 100, null, false],
    ['1,200', 1200, null, false],
    ['提高到90%', 90, 'increase', false],
  ] as const)('%s → %s (%s)', (text, value, direction, strict) => {
    expect(parseQuantity(text)).toEqual({ value, direction, strict, relative: false });
  });

  it('reads a value split by PDF extraction in a seed quote (优良率 91. 3%)', () => {
    const quote = seed('001-L50-1').quote;
    expect(quote).toContain('91. 3%');
    expect(parseQuantity(/\d+\. \d+%/.exec(quote)![0], '%').value).toBe(91.3);
  });

  it('takes seed baselines and targets with qualifiers, notes in brackets and units', () => {
    const cases: [string, 'baseline' | 'target', number, string | null][] = [
      ['001-L162', 'target', 92.3, 'increase'], // ≥92.3
      ['001-L787', 'baseline', 0.011, 'decrease'], // <0.011
      ['003-L212-2', 'target', 3, 'decrease'], // ＜3, full-width
      ['000-L77-1', 'target', 90, 'increase'], // 90以上
      ['003-L238-1', 'target', 40, 'increase'], // 不低于40: not read as 低于
      ['004-L236-1', 'target', 107.5, 'decrease'], // 107.5以下
      ['003-L257-3', 'target', 95, 'increase'], // 高于95
      ['002-L39', 'target', 75, 'increase'], // 突破75
      ['003-L211-4', 'target', 2, null], // 维持在2（消除标准）
      ['002-L93-2', 'target', 100, null], // 保持100
      ['004-L127', 'target', 1.6, null], // 1.6左右
      ['004-L381', 'target', 90, null], // 90（预计）
      ['004-L159', 'baseline', 120, null], // 接近120（2017:28；…）
      ['001-L234', 'baseline', 27, null], // 27(2016-2020年)
      ['003-L11-16', 'baseline', 90, 'increase'], // ≥90
    ];
    for (const [id, field, value, direction] of cases) {
      const i = seed(id);
      expect(parseQuantity(i[field], i.unit), `${id} ${field} ${i[field]}`).toMatchObject({ value, direction });
    }
  });

  it('marks < > and 低于/高于/突破 as strict, ≥ ≤ 以上 以下 as inclusive', () => {
    expect(parseQuantity(seed('003-L257-3').target).strict).toBe(true);
    expect(parseQuantity(seed('001-L787').target).strict).toBe(true);
    expect(parseQuantity(seed('001-L162').target).strict).toBe(false);
    expect(parseQuantity(seed('000-L77-1').target).strict).toBe(false);
  });

  it('reads relative changes as a direction without a level (降低5%, 逐年下降1%以上, 年增长21.1%)', () => {
    expect(parseQuantity(seed('001-L5831').target)).toEqual({ value: null, direction: 'decrease', strict: false, relative: true });
    expect(parseQuantity('逐年下降1%以上')).toMatchObject({ value: null, direction: 'decrease', relative: true });
    expect(parseQuantity('年增长21.1%')).toMatchObject({ value: null, direction: 'increase', relative: true });
    expect(parseQuantity('在现有基础上提高30%')).toMatchObject({ value: null, direction: 'increase', relative: true });
  });

  it('reads directional words without numbers, and no direction where words disagree', () => {
    expect(parseQuantity(seed('003-L219-14').target)).toMatchObject({ value: null, direction: 'decrease' }); // 持续下降
    expect(parseQuantity(seed('000-L39-2').target)).toMatchObject({ value: null, direction: 'decrease' }); // 有所降低
    expect(parseQuantity(seed('002-L97-1').target)).toMatchObject({ value: null, direction: 'decrease' }); // 零增加: not read as 增加
    expect(parseQuantity('控制在历史低水平以内')).toMatchObject({ value: null, direction: 'decrease' });
    expect(parseQuantity('稳步提升')).toMatchObject({ value: null, direction: 'increase' });
    expect(parseQuantity(seed('003-L225-2').target)).toMatchObject({ value: null, direction: null }); // 上升趋势减缓
  });

  it('does not read ranges, several numbers, ratios, ranks or phrases as one number', () => {
    for (const text of [seed('002-L51-2').target, seed('004-L134').target, '不低于1：1', '前20强', '15分钟服务圈', '职工84.39%、城乡居民67.99%', '2020—2022年平均水平']) {
      expect(parseQuantity(text).value, String(text)).toBeNull();
    }
  });

  it('treats null, empty and dashes as no value', () => {
    for (const text of [null, undefined, '', ' ', '-', '—', '/']) expect(parseQuantity(text)).toEqual({ value: null, direction: null, strict: false, relative: false });
  });

  it('accepts the indicator’s own unit after a value (12.5/10万, 件/千人·年)', () => {
    expect(parseQuantity('12.51/10万', '1/10万').value).toBe(12.51);
    expect(parseQuantity('1.2件/千人·年', '件/千人·年').value).toBe(1.2);
    expect(parseQuantity('12.5/10万').value).toBeNull();
  });
});

describe('inferDirection', () => {
  it('takes the target’s words, else the numeric target against the baseline', () => {
    const q = (b: string | null, t: string | null) => inferDirection(parseQuantity(b), parseQuantity(t));
    expect(q('98.1', '≥92.3')).toBe('increase'); // words win even though the target is below the baseline
    expect(q('1.5', '1.6左右')).toBe('increase');
    expect(q('27', '26')).toBe('decrease');
    expect(q('100', '100')).toBeNull();
    expect(q(null, '90')).toBeNull();
  });

  it('reads a bare numeric target with nothing to compare it with by the indicator’s name', () => {
    const q = (i: Indicator) => inferDirection(parseQuantity(i.baseline, i.unit), parseQuantity(i.target, i.unit), i.name);
    expect(q(seed('003-L67'))).toBe('increase'); // 居民健康素养水平, target 40, no baseline
    expect(q(seed('003-L49'))).toBe('increase'); // 人均期望寿命 83.88
    expect(q(seed('001-L1578'))).toBe('increase'); // …健康影响评价覆盖率 80
    expect(q(seed('001-L677'))).toBe('increase'); // 生活垃圾资源化利用率 100 against a baseline of 100
    expect(q(seed('001-L802'))).toBe('increase'); // 城乡老年友好型社区数 350, baseline “-”
    expect(q(seed('003-L211-4'))).toBe('decrease'); // 艾滋病母婴传播率 维持在2
    expect(q(seed('002-L77-1'))).toBe('decrease'); // 托育服务圈 15分钟: minutes to reach a service
    expect(q(seed('001-L851'))).toBe('increase'); // 儿童青少年总体近视率降低(五年累计) 5: the fall itself
    // The target's words and a different numeric baseline come first; without a name, no name rule.
    expect(q(seed('004-L236-1'))).toBe('decrease'); // 出生人口性别比 107.5以下
    expect(q(seed('001-L845'))).toBe('decrease'); // 吸烟率 16.54 → 16.2
    expect(q({ ...seed('001-L180'), name: '某死亡率' })).toBe('increase'); // 36.7 → 38: the numbers decide
    expect(q({ ...seed('001-L155'), target: '省下达指标' })).toBeNull(); // no number, no words
    expect(inferDirection(parseQuantity(null), parseQuantity('40'))).toBeNull();
  });

  it('names bad things as ceilings and everything else as levels to reach', () => {
    for (const name of ['婴儿死亡率', '孕产妇死亡率', '法定传染病总发病率(甲乙类)', '成年人高血压患病率', '15岁以上成人吸烟率', '城镇登记失业率', 'PM2.5平均浓度', '城区中小学生超重和肥胖率', '意外伤害死亡率', '亿元GDP安全生产事故死亡率', '严重致残的出生缺陷发生率', '个人卫生支出占卫生总费用的比重', '儿童青少年总体近视率', '5岁以下儿童低体重率', '孕妇贫血率', '12岁儿童龋患率', '家门口中医药服务圈']) {
      expect(nameDirection(name), name).toBe('decrease');
    }
    for (const name of ['居民健康素养水平', '人均期望寿命', '城乡规模化供水工程人口覆盖率', '“20分钟服务圈”行政村覆盖率', '四害（病媒生物）密度控制水平达C级以上街道比例', '食品安全风险监测样本量', '新增报告HIV感染者确诊后30天内接受抗病毒治疗比例', '儿童青少年总体近视率下降幅度', '国家级卫生人才数']) {
      expect(nameDirection(name), name).toBe('increase');
    }
  });

  it('gives every seed with a numeric target a direction; the ceilings by name are these seven', () => {
    const byName: string[] = [];
    for (const i of indicators) {
      const target = parseQuantity(i.target, i.unit);
      if (target.value === null) continue;
      const start = i.kind === 'review' ? null : parseQuantity(i.baseline, i.unit).value;
      const direction = computeProgress(i, []).direction;
      expect(direction, `${i.id} ${i.name} ${i.target}`).not.toBeNull();
      if (!target.direction && (start === null || start === target.value) && direction === 'decrease') byName.push(`${i.id} ${i.name}`);
    }
    expect(byName.sort()).toEqual([
      '001-L206 个人卫生支出占卫生总费用的比重', // review, target 30
      '001-L329 法定传染病总发病率(甲乙类)', // review, target 187.31
      '001-L331 结核病发病率', // review, target 61
      '001-L333 15岁以上成人吸烟率', // review, target 21
      '002-L77-1 托育服务圈', // 15分钟
      '003-L211-4 艾滋病母婴传播率', // 维持在2（消除标准）
      '004-L489 家门口中医药服务圈', // 15分钟
    ]);
  });
});

describe('computeProgress', () => {
  it('has no data without observations, with the parsed baseline and target', () => {
    expect(computeProgress(seed('001-L162'), [])).toEqual({
      kind: 'no-data',
      direction: 'increase',
      baselineValue: 98.1,
      targetValue: 92.3,
      latestValue: null,
      latestOn: null,
      fraction: null,
      status: 'no-data',
    });
  });

  it('computes the fraction (latest − baseline)/(target − baseline), unclamped', () => {
    const ind = { baseline: '80', target: '90以上', unit: '%' };
    expect(computeProgress(ind, obs(['2025-01-01', '85%']))).toMatchObject({ kind: 'numeric', fraction: 0.5, status: 'improving', latestValue: 85 });
    expect(computeProgress(ind, obs(['2025-01-01', '95']))).toMatchObject({ fraction: 1.5, status: 'achieved' });
    expect(computeProgress(ind, obs(['2025-01-01', '75']))).toMatchObject({ fraction: -0.5, status: 'not-improving' });
    expect(computeProgress({ ...ind, baseline: '90' }, obs(['2025-01-01', '95'])).fraction).toBeNull(); // target = baseline
    expect(computeProgress({ ...ind, baseline: null }, obs(['2025-01-01', '95'])).fraction).toBeNull();
  });

  it('has no fraction when the baseline already meets the target (moving toward it is getting worse)', () => {
    const infant = seed('001-L825'); // 婴儿死亡率 1.79, target 5以下
    expect(computeProgress(infant, obs(['2025-01-01', '1.5']))).toMatchObject({ direction: 'decrease', fraction: null, status: 'achieved' });
    expect(computeProgress(infant, obs(['2025-01-01', '4.5']))).toMatchObject({ fraction: null, status: 'achieved' });
    expect(computeProgress(infant, obs(['2025-01-01', '5.2']))).toMatchObject({ fraction: null, status: 'not-improving' });
    const jobless = seed('001-L750'); // 城镇登记失业率 2.42, target ≤3.5
    expect(computeProgress(jobless, obs(['2025-01-01', '3.5']))).toMatchObject({ fraction: null, status: 'achieved' });
    expect(computeProgress(jobless, obs(['2025-01-01', '3.6']))).toMatchObject({ fraction: null, status: 'not-improving' });
    const water = seed('001-L665'); // 市控断面I-III类水质比例 98.1, target ≥96
    expect(computeProgress(water, obs(['2025-01-01', '99']))).toMatchObject({ fraction: null, status: 'achieved' });
    expect(computeProgress(water, obs(['2025-01-01', '95']))).toMatchObject({ fraction: null, status: 'not-improving' });
    // A baseline short of the target still has its fraction: 吸烟率 16.54 → 16.2.
    expect(computeProgress(seed('001-L845'), obs(['2025-01-01', '16.37'])).fraction).toBeCloseTo(0.5);
    // The seeds whose baseline already meets the target.
    const met = indicators.filter((i) => i.baseline !== null && computeProgress(i, obs(['2025-01-01', i.baseline])).status === 'achieved' && parseQuantity(i.target, i.unit).value !== parseQuantity(i.baseline, i.unit).value && i.kind !== 'review');
    expect(met.map((i) => i.id).sort()).toEqual(['001-L665', '001-L693', '001-L740', '001-L743', '001-L750', '001-L825', '001-L827', '001-L829', '001-L831', '001-L836', '001-L840']);
    for (const i of met) expect(computeProgress(i, obs(['2025-01-01', i.baseline!])).fraction, i.id).toBeNull();
  });

  it('reaches a bare numeric target at or beyond it, in the direction the name gives', () => {
    const literacy = seed('003-L67'); // 居民健康素养水平, target 40, no baseline
    expect(computeProgress(literacy, obs(['2024-01-01', '38'], ['2025-01-01', '45']))).toMatchObject({ direction: 'increase', status: 'achieved', fraction: null });
    expect(computeProgress(literacy, obs(['2024-01-01', '38'], ['2025-01-01', '39'])).status).toBe('improving');
    expect(computeProgress(literacy, obs(['2024-01-01', '38'], ['2025-01-01', '37'])).status).toBe('not-improving');
    const life = seed('003-L49'); // 人均期望寿命 83.88
    expect(computeProgress(life, obs(['2024-01-01', '83.5'], ['2025-01-01', '84.2'])).status).toBe('achieved');
    expect(computeProgress(life, obs(['2025-01-01', '83.88'])).status).toBe('achieved');
    expect(computeProgress(seed('001-L1578'), obs(['2025-01-01', '85'])).status).toBe('achieved'); // HIA 覆盖率 80
    const hiv = seed('003-L211-4'); // 艾滋病母婴传播率 维持在2
    expect(computeProgress(hiv, obs(['2025-01-01', '1.5'])).status).toBe('achieved');
    expect(computeProgress(hiv, obs(['2024-01-01', '2.6'], ['2025-01-01', '2.4'])).status).toBe('improving');
    expect(computeProgress(seed('002-L77-1'), obs(['2025-01-01', '12分钟'])).status).toBe('achieved'); // 托育服务圈 15分钟
    expect(computeProgress(seed('001-L851'), obs(['2025-01-01', '5.5'])).status).toBe('achieved'); // 近视率降低(五年累计) 5
    // Callers that give no name keep the old rule: only the exact target is achieved.
    const { name: _name, ...nameless } = literacy;
    expect(computeProgress(nameless, obs(['2024-01-01', '38'], ['2025-01-01', '45']))).toMatchObject({ direction: null, status: 'not-improving' });
  });

  it('uses the latest observation by date, whatever the order recorded', () => {
    const p = computeProgress({ baseline: '80', target: '90', unit: '%' }, obs(['2025-06-01', '88'], ['2024-01-01', '70'], ['2025-01-01', '85']));
    expect(p).toMatchObject({ latestValue: 88, latestOn: '2025-06-01', status: 'improving' });
  });

  it('is achieved when a decrease target is met, strictly for <', () => {
    const tb = seed('003-L212-2'); // 肺结核死亡率 ＜3
    expect(computeProgress(tb, obs(['2025-01-01', '2.9'])).status).toBe('achieved');
    expect(computeProgress(tb, obs(['2025-01-01', '3'])).status).toBe('not-comparable'); // not met, no baseline to compare with
    expect(computeProgress(tb, obs(['2024-01-01', '3.5'], ['2025-01-01', '3'])).status).toBe('improving'); // the first value is the reference
    const sexRatio = seed('004-L236-1'); // 107.5以下: inclusive
    expect(computeProgress(sexRatio, obs(['2025-01-01', '107.5'])).status).toBe('achieved');
  });

  it('is not improving when the value moved away from the target', () => {
    const water = seed('001-L665'); // baseline 98.1 (2020), target ≥96 (2025)
    expect(computeProgress(water, obs(['2025-01-01', '96'])).status).toBe('achieved');
    expect(computeProgress(water, obs(['2025-01-01', '95'])).status).toBe('not-improving');
    const sports = seed('001-L780'); // 2.46 → 2.6
    expect(computeProgress(sports, obs(['2025-01-01', '2.4'])).status).toBe('not-improving');
  });

  it('follows directional targets (持续下降) through the baseline or the first value', () => {
    const copd = seed('003-L219-14'); // no baseline, target 持续下降
    expect(computeProgress(copd, obs(['2024-01-01', '12.1']))).toMatchObject({ kind: 'qualitative', status: 'not-comparable' });
    expect(computeProgress(copd, obs(['2024-01-01', '12.1'], ['2025-01-01', '11.4']))).toMatchObject({ kind: 'qualitative', direction: 'decrease', status: 'improving', fraction: null });
    expect(computeProgress(copd, obs(['2024-01-01', '12.1'], ['2025-01-01', '12.6'])).status).toBe('not-improving');
    expect(computeProgress({ baseline: '20', target: '持续下降', unit: null }, obs(['2025-01-01', '18'])).status).toBe('improving');
    expect(computeProgress(seed('001-L5831'), obs(['2024-01-01', '55'], ['2025-01-01', '53'])).status).toBe('improving'); // 降低5%
  });

  it('compares with a target without direction by distance (保持100, 1.6左右)', () => {
    const source = { baseline: null, target: '保持100', unit: '%' };
    expect(computeProgress(source, obs(['2025-01-01', '100%'])).status).toBe('achieved');
    expect(computeProgress(source, obs(['2025-01-01', '101'])).status).toBe('not-comparable');
    expect(computeProgress(source, obs(['2024-01-01', '98'], ['2025-01-01', '99'])).status).toBe('improving');
    expect(computeProgress(source, obs(['2024-01-01', '99'], ['2025-01-01', '102'])).status).toBe('not-improving');
    const fertility = { baseline: '1.6', target: '1.6左右', unit: null };
    expect(computeProgress(fertility, obs(['2025-01-01', '1.5'])).status).toBe('not-improving');
    // The seed has its name: 县级以上饮用水水源地水质达标率 保持100 is a level to reach.
    const seeded = seed('002-L93-2');
    expect(computeProgress(seeded, obs(['2025-01-01', '100%']))).toMatchObject({ direction: 'increase', status: 'achieved' });
    expect(computeProgress(seeded, obs(['2024-01-01', '98'], ['2025-01-01', '99'])).status).toBe('improving');
  });

  it('does not start from the baseline of a review row (the value achieved against a past goal)', () => {
    const air = seed('001-L155'); // 市区空气质量优良天数比例: 2020 goal 76.7, achieved 91.3
    expect(air.kind).toBe('review');
    const asTarget = computeProgress({ ...air, kind: 'target' }, obs(['2025-01-01', '84']));
    expect(asTarget).toMatchObject({ direction: 'decrease', status: 'improving' }); // what comparing the numbers would claim
    // The review's target is a bare number, so its direction is the name's: a share to raise.
    const asReview = computeProgress(air, obs(['2025-01-01', '84']));
    expect(asReview).toMatchObject({ direction: 'increase', baselineValue: 91.3, targetValue: 76.7, fraction: null, status: 'achieved' });
    expect(computeProgress(air, obs(['2025-01-01', '76.7'])).status).toBe('achieved');
    expect(computeProgress(air, obs(['2025-01-01', '70'])).status).toBe('not-comparable'); // short of the goal, nothing to compare with
    expect(computeProgress(air, obs(['2024-01-01', '72'], ['2025-01-01', '70'])).status).toBe('not-improving');
    expect(computeProgress(seed('001-L331'), obs(['2025-01-01', '45']))).toMatchObject({ direction: 'decrease', status: 'achieved' }); // 结核病发病率 goal 61
    // Words in a review's target still give the direction: <0.047 against an achieved <0.011.
    expect(computeProgress(seed('001-L248'), obs(['2025-01-01', '0.05'], ['2025-06-01', '0.03']))).toMatchObject({ direction: 'decrease', fraction: null, status: 'achieved' });
  });

  it('lists the status each value gave when it was recorded', () => {
    const history = progressHistory({ baseline: '80', target: '90', unit: '%' }, obs(['2025-06-01', '92'], ['2024-06-01', '85'], ['2025-01-01', '79']));
    expect(history.map((h) => [h.observedOn, h.status])).toEqual([
      ['2024-06-01', 'improving'],
      ['2025-01-01', 'not-improving'],
      ['2025-06-01', 'achieved'],
    ]);
  });

  it('cannot compare a value that is not a number, or a target with neither number nor direction', () => {
    expect(computeProgress(seed('001-L162'), obs(['2025-01-01', '基本达标']))).toMatchObject({ kind: 'qualitative', latestValue: null, status: 'not-comparable' });
    expect(computeProgress(seed('003-L225-2'), obs(['2024-01-01', '10'], ['2025-01-01', '9'])).status).toBe('not-comparable'); // 上升趋势减缓
    expect(computeProgress({ baseline: '5', target: null, unit: null }, obs(['2025-01-01', '6'])).status).toBe('not-comparable');
  });

  it('never throws on any seed indicator and gives a valid Progress; most seeds parse as numbers', () => {
    let baseline = 0;
    let target = 0;
    let both = 0;
    let directed = 0;
    for (const i of indicators) {
      for (const values of [[], obs(['2025-01-01', i.baseline ?? '1']), obs(['2024-01-01', '1'], ['2025-01-01', i.target ?? '2'])]) {
        expect(() => Progress.parse(computeProgress(i, values)), i.id).not.toThrow();
      }
      const b = parseQuantity(i.baseline, i.unit).value !== null;
      const t = parseQuantity(i.target, i.unit).value !== null;
      baseline += Number(b);
      target += Number(t);
      both += Number(b && t);
      directed += Number(computeProgress(i, []).direction !== null);
    }
    console.log(`seed indicators: ${indicators.length}; numeric baseline ${baseline}, numeric target ${target}, both ${both}; with a direction ${directed}`);
    expect(indicators).toHaveLength(503);
    // Every value that is one plain number parses; the rest are worded targets (全覆盖, 持续下降…).
    const plain = (v: string | null) => v !== null && /^\d+(\.\d+)?$/.test(v);
    expect(baseline).toBeGreaterThanOrEqual(indicators.filter((i) => plain(i.baseline)).length);
    expect(target).toBeGreaterThanOrEqual(indicators.filter((i) => plain(i.target)).length);
    expect(target).toBeGreaterThan(300);
    expect(directed).toBeGreaterThanOrEqual(386); // 217 before the name rule
  });
});
