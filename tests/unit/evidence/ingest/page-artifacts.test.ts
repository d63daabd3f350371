import { describe, expect, it } from 'vitest';
import {
  findRunningLines,
  findTocLines,
  isPageNumberLine,
  isRuleLine,
  isTableSeparator,
} from '../../../../electron/evidence/ingest/page-artifacts';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';
import { excerpt, parseExcerpt } from './helpers';

describe('page artefacts', () => {
  it('recognises page numbers such as —71— (quirk 11)', () => {
    for (const s of ['—71—', '—43—', '- 12 -', '－3－', '第 3 页', '第3页 共45页', 'Page 2 of 9']) expect(isPageNumberLine(s)).toBe(true);
    for (const s of ['2020 年', '——人民健康水平持续提升。', '71', '-']) expect(isPageNumberLine(s)).toBe(false);
  });

  it('recognises markdown rules and table separator rows (quirk 5, quirk 6)', () => {
    expect(isRuleLine('---')).toBe(true);
    expect(isRuleLine('--')).toBe(false);
    expect(isTableSeparator('--\t--\t-----------\t--\t--\t--')).toBe(true);
    expect(isTableSeparator('|---|:---:|')).toBe(true);
    expect(isTableSeparator('⇥2⇥婴儿死亡率')).toBe(false);
  });

  it('finds running headers repeated on several pages', () => {
    const lines = ['某某报告书', '正文一', '', '正文二', '某某报告书', '正文三', '', '某某报告书', '短'];
    expect([...findRunningLines(lines.map((l) => (l === '某某报告书' ? '环境影响报告书' : l)), () => true)]).toEqual([0, 4, 7]);
  });
});

describe('table of contents (quirk 6, 004 L5-86)', () => {
  it('marks the contents block, the 专栏目录 and the 目录 title', () => {
    const e = excerpt('004-L1-100');
    const lines = e.text.split('\n');
    const toc = findTocLines(lines);
    const docLines = [...toc].map((i) => i + e.first).sort((a, b) => a - b);
    expect(docLines[0]).toBe(5);
    expect(docLines[docLines.length - 1]).toBe(86);
    expect(toc.has(2)).toBe(false); // L3 title
    expect(toc.has(67)).toBe(true); // L68 专栏目录
  });

  it('indexes no passage from the contents and the heading 一、规划背景 once', () => {
    const passages = parseExcerpt('004-L1-100');
    expect(passages.filter((p) => p.lineStart >= 5 && p.lineEnd <= 86)).toEqual([]);
    const headings = passages.filter((p) => p.text === '一、规划背景');
    expect(headings).toHaveLength(1);
    expect(headings[0]).toMatchObject({ kind: 'heading', lineStart: 94 });
  });

  it('does not take a TSV table ending in numbers for a contents list', () => {
    const text = '类别\t序号\t指标\t目标\n健康水平\t1\t人均期望寿命\t83\n\t2\t婴儿死亡率\t5\n\t3\t孕产妇死亡率\t7\n';
    expect(parseDocument('t', text).filter((p) => p.kind === 'table-row')).toHaveLength(3);
  });
});
