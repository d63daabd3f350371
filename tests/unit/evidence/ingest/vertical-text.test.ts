import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';
import { body, excerpt, only, parseExcerpt, physicalLines, seedsAvailable, seedText, uncitedChar } from './helpers';

describe('vertical one-character-per-line table (quirk 1, 001 L1736-6888)', () => {
  it('joins an excerpt of the appendix back into the row of item 4 (health impact assessment)', () => {
    const passages = parseExcerpt('001-L2585-2842');
    const row = only(passages, '公共政策健康影响评价人工智能辅助决策系统');
    expect(row.kind).toBe('table-row');
    expect(row.lineStart).toBeGreaterThanOrEqual(2642);
    expect(row.lineStart).toBeLessThanOrEqual(2792);
    expect(row.text.startsWith('4.利用数字赋能技术，')).toBe(true);
    expect(row.text).toContain('从网络数据库检索健康影响因素及循证依据');
    expect(row.text).toContain(' | 2021-2023年 | 市卫生健康委、市发改委');
    expect(row.headingPath.slice(-2)).toEqual(['健康治理项目', '公共政策健康影响评价']);
    // the repeated column header is not text
    expect(passages.some((p) => p.text.includes('项目类别项目名称'))).toBe(false);
    const e = excerpt('001-L2585-2842');
    const lines = physicalLines(e.text);
    for (const p of passages) expect(uncitedChar({ ...p, lineStart: p.lineStart - e.first + 1, lineEnd: p.lineEnd - e.first + 1 }, lines)).toBeNull();
  });

  it('falls back to paragraphs when a vertical run has no item numbers', () => {
    const chars = [...'健康影响评价是评估公共政策对人群健康影响的方法。它帮助决策者在制定政策时考虑健康因素并提出改进建议。'];
    const text = `说明文字如下：\n${chars.join('\n')}\n`;
    const passages = body(parseDocument('v', text));
    const joined = passages.find((p) => p.text.startsWith('健康影响评价是评估'));
    expect(joined?.lineStart).toBe(2);
    expect(joined?.kind).toBe('paragraph');
  });
});

describe.skipIf(!seedsAvailable)('vertical appendix of the full 001', () => {
  const text = seedText('001') ?? '';
  const passages = parseDocument('001', text);
  const rows = passages.filter((p) => p.lineStart >= 1736 && p.lineEnd <= 6888);

  it('yields the 20 project rows, in order, with categories and departments', () => {
    expect(rows.every((p) => p.kind === 'table-row')).toBe(true);
    expect(rows.map((p) => Number(/^(\d+)[.、]/.exec(p.text)?.[1]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(rows.map((p) => p.headingPath[1]))).toEqual(
      new Set(['健康环境项目', '健康治理项目', '健康社会项目', '健康服务项目', '健康人群项目', '健康文化项目', '健康产业项目']),
    );
    expect(rows.every((p) => /\| 20\d\d-20\d\d年 \| 市/.test(p.text))).toBe(true);
    expect(only(rows, '7、积极推动').text).toContain('市对口支援和区域合作局');
    expect(only(rows, '19.建设杭州市健康教育').text.endsWith('杭州社区大学(市民大学)')).toBe(true);
  });

  it('has item 4 (the HIA decision-support system) within L2642-2842', () => {
    const row = only(passages, '健康影响评价人工智能辅助决策系统');
    expect(row.lineStart).toBeGreaterThanOrEqual(2642);
    expect(row.lineStart).toBeLessThanOrEqual(2792);
    expect(row.lineEnd).toBeLessThanOrEqual(2842);
  });

  it('repairs split numbers and punctuation ("2021-2025年", "(AED)")', () => {
    const row = only(passages, '自动体外除颤仪');
    expect(row.text).toContain('自动体外除颤仪(AED)');
    expect(row.text).toContain('2021-2025年');
  });

  it('leaves 附件2 (L6889) outside the run', () => {
    const annex = passages.find((p) => p.text === '附件2');
    expect(annex).toMatchObject({ kind: 'heading', lineStart: 6889 });
    expect(only(passages, '市委办公厅、市政府研究室').headingPath).toEqual(['附件2', '市级有关单位名单']);
  });
});
