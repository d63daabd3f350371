import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';
import { containing, excerpt, only, parseExcerpt, physicalLines, uncitedChar } from './helpers';
import type { ParsedPassage } from '../../../../shared/evidence/passage';

const rows = (ps: ParsedPassage[]) => ps.filter((p) => p.kind === 'table-row');
const rowNo = (p: ParsedPassage) => Number(/^(\d+)\./.exec(p.text)?.[1]);

function citedInExcerpt(name: string, ps: ParsedPassage[]): void {
  const e = excerpt(name);
  const lines = physicalLines(e.text);
  for (const p of ps) expect(uncitedChar({ ...p, lineStart: p.lineStart - e.first + 1, lineEnd: p.lineEnd - e.first + 1 }, lines), p.text).toBeNull();
}

describe('space-flattened tables (quirk 4, 001 表1 L142-363)', () => {
  const passages = parseExcerpt('001-L142-370');
  const table = rows(passages);

  it('gives one row passage per indicator, numbered 1-51 in order', () => {
    expect(table.map(rowNo)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(passages.find((p) => p.kind === 'heading')?.text).toBe('表1“十三五”时期健康杭州建设主要指标完成情况');
  });

  it('puts the split category label ("健康 / 环境") into the heading path', () => {
    expect(table[0]?.headingPath.slice(-2)).toEqual(['表1“十三五”时期健康杭州建设主要指标完成情况', '健康环境']);
    expect(new Set(table.map((p) => p.headingPath[p.headingPath.length - 1]))).toEqual(
      new Set(['健康环境', '健康社会', '健康服务', '健康人群', '健康产业', '健康文化']),
    );
  });

  it('rebuilds letter-spaced and wrapped names with repaired decimals', () => {
    const pm = only(table, '颗粒物浓度');
    expect(pm.text).toBe('2.市区环境空气颗粒物浓度(PM2.5) | ug/m3 | 市区 | 省下达指标 | 29.8');
    expect([pm.lineStart, pm.lineEnd]).toEqual([157, 160]);
    expect(only(table, '个人卫生支出').text).toBe('13.个人卫生支出占卫生总费用的比重 | % | 市域 | 30 | -');
    expect(only(table, '1.市区空气质量').text).toBe('1.市区空气质量优良天数比例 | % | 市区 | 76.7 | 91.3');
  });

  it('keeps two 口径 of one indicator in one row (L164-167)', () => {
    const r = only(table, '生活污水集中处理率');
    expect(r.text).toBe('4.生活污水集中处理率 | % | 建成区 | 95以上 | 98.53 | % | 市域 | 95以上 | 98.41');
    expect([r.lineStart, r.lineEnd]).toEqual([164, 167]);
  });

  it('does not mistake row numbers for decimals ("36. 5 岁以下", "26. 15 分钟", "45. 15 岁以上")', () => {
    expect(only(table, '岁以下儿童死亡率').text.startsWith('36.5岁以下儿童死亡率 | ‰')).toBe(true);
    expect(only(table, '分钟卫生服务').text.startsWith('26.15分钟卫生服务行政村覆盖率 | %')).toBe(true);
    expect(only(table, '成人吸烟率').text.startsWith('45.15岁以上成人吸烟率 | %')).toBe(true);
  });

  it('skips the header repeated on every page and keeps wrapped narrative cells (L183-189, L215-226)', () => {
    expect(containing(passages, '完成情况').filter((p) => p.kind === 'table-row')).toEqual([]);
    const r = only(table, '住院补偿率');
    expect(r.text).toContain('职工、城乡居民医保基金支付的住院费用实际报销比例');
    expect(r.text).toContain('84.39%、67.99%');
    expect([r.lineStart, r.lineEnd]).toEqual([215, 226]);
    expect(only(table, '棚户区改造').text).toContain('26(2016-2020年) | 27(2016-2020年)');
  });

  it('folds the ∗ footnote mark and ends the table at the note (L363)', () => {
    expect(only(table, '国家卫生乡镇创建率').text.endsWith('66.96*')).toBe(true);
    const note = only(passages, '标*的采用2019年数据');
    expect(note).toMatchObject({ kind: 'paragraph', lineStart: 363 });
    expect(only(passages, '随着健康中国行动').kind).toBe('paragraph');
  });

  it('keeps every row citable', () => citedInExcerpt('001-L142-370', passages));
});

describe('TSV tables (quirk 7, 004 L122-147 and L221-244)', () => {
  const passages = parseExcerpt('004-L118-250');
  const table = rows(passages);

  it('makes one passage per row, skipping the header and the separator row', () => {
    expect(table).toHaveLength(44);
    expect(table.some((p) => p.text.startsWith('类别'))).toBe(false);
    expect(passages.some((p) => p.lineStart === 245)).toBe(false);
  });

  it('inherits the category of continuation rows and cleans spaced categories', () => {
    const r = only(table, '5岁以下儿童死亡率');
    expect(r.text).toBe('2 | 5岁以下儿童死亡率 | % | 5以下 | 2.78 | 完成');
    expect(r.headingPath.slice(-2)).toEqual(['“十三五”规划主要指标完成情况', '健康水平']);
    expect(only(table, '高血压规范管理率').text.startsWith('公共卫生 | 20 |')).toBe(true);
    expect(only(table, '人均期望寿命').headingPath[only(table, '人均期望寿命').headingPath.length - 1]).toBe('健康水平指标');
  });

  it('joins the name split over two rows (L242 + L244 = 卫生健康数字化改革综合指数)', () => {
    const r = only(table, '数字化改革综合指数');
    expect(r.text).toBe('20 | 卫生健康数字化改革综合指数 | - | 90 | 90');
    expect([r.lineStart, r.lineEnd]).toEqual([242, 244]);
  });

  it('keeps long narrative cells', () => {
    expect(only(table, '签约居民基层就诊率').text).toContain('2020年1-12月区县平均：72.03%，淳安66.35%，达到考核要求。');
  });

  it('keeps every row citable', () => citedInExcerpt('004-L118-250', passages));
});

describe('TAB-cell-per-line table and 专栏 boxes (quirk 8, 003 L40-135)', () => {
  const passages = parseExcerpt('003-L35-142');
  const table = rows(passages);

  it('makes one passage per 5-line row, with the category inherited', () => {
    expect(table).toHaveLength(15);
    const r = only(table, '5岁以下儿童死亡率');
    expect(r.text).toBe('2 | 5岁以下儿童死亡率 | ‰ | 5以下');
    expect([r.lineStart, r.lineEnd]).toEqual([53, 57]);
    expect(r.headingPath.slice(-3)).toEqual(['2.主要指标', '“十四五”时期公共卫生事业发展主要指标', '健康水平指标']);
    expect(only(table, '急救站点标准化率').text).toBe('7. | 急救站点标准化率 | % | 90以上');
  });

  it('keeps every row citable', () => citedInExcerpt('003-L35-142', passages));
});

describe('generic tables in users’ documents', () => {
  it('reads markdown pipe tables, header row excluded', () => {
    const text = '## 影响\n\n| 因素 | 方向 | 说明 |\n|---|---|---|\n| 噪声 | 负面 | 施工期噪声增加 |\n| 空气 | 负面 | 扬尘和尾气 |\n';
    const t = rows(parseDocument('u', text));
    expect(t.map((p) => p.text)).toEqual(['噪声 | 负面 | 施工期噪声增加', '空气 | 负面 | 扬尘和尾气']);
    expect(t[0]?.lineStart).toBe(5);
  });

  it('reads two-column TAB tables', () => {
    const t = rows(parseDocument('u', '项目名称\t城西道路拓宽工程\n建设单位\t市城投集团\n投资规模\t12亿元\n'));
    expect(t.map((p) => p.text)).toEqual(['项目名称 | 城西道路拓宽工程', '建设单位 | 市城投集团', '投资规模 | 12亿元']);
  });
});
