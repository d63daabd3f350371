import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';
import { body, containing, only, parseExcerpt, physicalLines, SEED_IDS, seedsAvailable, seedText, uncitedChar } from './helpers';

describe('markdown residue and HTML tags (quirk 5, 000)', () => {
  const passages = parseExcerpt('000-L1-55');

  it('strips <sub> tags in L51 and keeps the heading path from the numbering', () => {
    const p = only(passages, '蓝天碧水净土清废行动');
    expect(p.text).toContain('细颗粒物(PM2.5)与臭氧(O3)');
    expect(p.text).not.toContain('<');
    expect([p.lineStart, p.lineEnd]).toEqual([51, 51]);
    expect(p.headingPath).toEqual(['二、主要任务', '(二)改善健康环境']);
  });

  it('ignores the markdown level: "## （二）" and "### （一）" are siblings under "## 二、"', () => {
    const headings = passages.filter((p) => p.kind === 'heading');
    expect(headings.find((h) => h.text === '(一)普及健康生活方式')?.headingPath).toEqual(['二、主要任务']);
    expect(headings.find((h) => h.text === '(二)改善健康环境')?.headingPath).toEqual(['二、主要任务']);
  });

  it('drops rules and heading marks, keeps front matter as titles outside the path', () => {
    expect(passages.some((p) => /^#|---|\*\*/.test(p.text))).toBe(false);
    expect(passages.find((p) => p.text === '杭州市人民政府办公厅文件')).toMatchObject({ kind: 'heading', headingPath: [] });
    expect(only(passages, '已经市政府同意').headingPath).toEqual([]);
    // stray space inside the title (quirk 10, L9)
    expect(passages.some((p) => p.text.includes('印发健康杭州三年行动计划(2023-2025年)的通知'))).toBe(true);
  });

  it('keeps numbered list items as paragraphs with their number', () => {
    expect(only(passages, '健康知识普及行动').text.startsWith('1.健康知识普及行动。')).toBe(true);
  });
});

describe('markdown, bold and LaTeX remnants (quirk 6, 004)', () => {
  it('removes ** around lead sentences (L177-183, L205)', () => {
    const ps = parseExcerpt('004-L170-220');
    expect(containing(ps, '**')).toEqual([]);
    expect(only(ps, '坚持以人为本，遵循健康优先。贯彻').lineStart).toBe(177);
    expect(only(ps, '全力打造健康整体智治示范之城。').lineEnd).toBe(205);
  });

  it('removes list markers and LaTeX, keeps the definitions under 附 (L497-589)', () => {
    const ps = parseExcerpt('004-L495-589');
    expect(only(ps, '1.实施基层中医药服务能力提升工程').headingPath).toEqual(['专栏16中医药传承创新发展举措']);
    expect(only(ps, '1.促进社会办医健康规范发展').headingPath).toEqual(['(八)全面推动健康产业集聚发展']);
    const infant = only(ps, '二、婴儿死亡率');
    expect(infant.text).toContain('婴儿死亡数÷某年活产数×1000%');
    expect(infant.text).not.toMatch(/[$\\]/);
    expect(only(ps, '三、孕产妇死亡率').text).toContain('×10万/10万');
    const weights = containing(ps, '出生体重');
    expect(weights.length).toBeGreaterThan(0);
    for (const w of weights) expect(w.text).toContain('(≥1000克)');
    expect(infant.headingPath).toEqual(['附', '杭州市卫生健康事业发展“十四五”规划重点指标名词解释']);
  });

  it('folds half-width commas and spaces left at old line breaks (quirk 10, L393-425)', () => {
    const ps = parseExcerpt('004-L380-430');
    expect(only(ps, '推动数据集成共享').text).toContain('推动数据集成共享，推进卫生健康新基建，');
    expect(containing(ps, '临床生物样本库')).toHaveLength(1);
    expect(containing(ps, '联合市疾控中心建设生物安全三级(P3)实验室')).toHaveLength(1);
    expect(containing(ps, '《杭州市卫生科技计划项目管理办法》')).toHaveLength(1);
  });
});

describe('users’ documents', () => {
  it('returns nothing for empty or blank text', () => {
    expect(parseDocument('e', '')).toEqual([]);
    expect(parseDocument('e', '\n\n  \n')).toEqual([]);
  });

  it('uses markdown headings when there is no numbering', () => {
    const ps = parseDocument('m', '# 背景\n\n本项目位于城区，涉及道路拓宽工程。\n\n## 现状\n\n- 交通噪声较大，夜间扰民明显。\n');
    expect(only(ps, '交通噪声').headingPath).toEqual(['背景', '现状']);
    expect(only(ps, '交通噪声').lineStart).toBe(7);
  });

  it('handles CRLF, BOM and tags', () => {
    const ps = parseDocument('c', '\ufeff一、总体要求\r\n\r\n实现细颗粒物（PM<sub>2.5</sub>）浓度下降，\r\n\r\n全面构建新格局。\r\n');
    expect(only(ps, 'PM2.5').text).toBe('实现细颗粒物(PM2.5)浓度下降，全面构建新格局。');
    expect(only(ps, 'PM2.5')).toMatchObject({ lineStart: 3, lineEnd: 5, headingPath: ['一、总体要求'] });
  });

  it('drops running page headers and page numbers of a PDF extraction', () => {
    const page = (n: number) => `健康影响评价报告书\n\n第${n}页正文，描述项目对周边居民健康的潜在影响及减缓措施。\n\n— ${n} —\n`;
    const ps = parseDocument('p', [1, 2, 3, 4].map(page).join('\n'));
    expect(containing(ps, '健康影响评价报告书')).toEqual([]);
    expect(body(ps)).toHaveLength(4);
  });

  it('numbers passages from 0 and tags them with the document id', () => {
    const ps = parseDocument('doc-42', '一、背景\n\n这是第一段内容。\n\n这是第二段内容。\n');
    expect(ps.map((p) => p.ordinal)).toEqual([0, 1, 2]);
    expect(new Set(ps.map((p) => p.documentId))).toEqual(new Set(['doc-42']));
  });
});

describe.skipIf(!seedsAvailable)('the five seed documents', () => {
  const docs = SEED_IDS.map((id) => {
    const text = seedText(id) ?? '';
    return { id, lines: physicalLines(text), passages: parseDocument(id, text) };
  });

  it('every passage is citable: line range in the file, ideographs in order in those lines', () => {
    for (const d of docs) {
      for (const p of d.passages) {
        expect(p.lineStart, `${d.id} ${p.text}`).toBeGreaterThanOrEqual(1);
        expect(p.lineEnd, `${d.id} ${p.text}`).toBeLessThanOrEqual(d.lines.length);
        expect(p.lineStart).toBeLessThanOrEqual(p.lineEnd);
        expect(uncitedChar(p, d.lines), `${d.id} L${p.lineStart}-${p.lineEnd} ${p.text}`).toBeNull();
      }
    }
  });

  it('no passage keeps tags, bold marks, page numbers or TABs', () => {
    for (const d of docs) {
      for (const p of d.passages) expect(p.text, `${d.id} L${p.lineStart}`).not.toMatch(/<sub>|<\/?sup>|\*\*|—71—|—43—|\t/);
    }
  });

  it('passages are in document order with consecutive ordinals', () => {
    for (const d of docs) {
      expect(d.passages.map((p) => p.ordinal)).toEqual(d.passages.map((_, i) => i));
      for (let i = 1; i < d.passages.length; i++) {
        expect((d.passages[i]?.lineStart ?? 0) >= (d.passages[i - 1]?.lineStart ?? 0)).toBe(true);
      }
      expect(d.passages.every((p) => p.documentId === d.id)).toBe(true);
    }
  });

  it('search passages have at least 6 meaningful characters and at most ~450', () => {
    for (const d of docs) {
      for (const p of body(d.passages)) {
        expect((p.text.match(/[\p{Script=Han}A-Za-z0-9]/gu) ?? []).length).toBeGreaterThanOrEqual(6);
        if (p.kind === 'paragraph') expect(p.text.length).toBeLessThanOrEqual(450);
      }
    }
  });

  it('finds the expected tables: 001 51+50+20 rows, 003 15, 004 24+20', () => {
    const count = (id: string) => docs.find((d) => d.id === id)?.passages.filter((p) => p.kind === 'table-row').length;
    expect([count('000'), count('001'), count('002'), count('003'), count('004')]).toEqual([0, 121, 0, 15, 44]);
  });

  it('000 L51 holds PM2.5 and O3 without tags, under 二、主要任务 › (二)改善健康环境', () => {
    const p = only(docs[0]?.passages ?? [], '蓝天碧水净土清废行动');
    expect(p.text).toMatch(/PM2\.5.*O3/);
    expect(p.headingPath).toEqual(['二、主要任务', '(二)改善健康环境']);
  });

  it('001: "PM2. 5" in L578-580 becomes 细颗粒物(PM2.5); "健康码 2. 0" becomes 健康码2.0', () => {
    const ps = docs[1]?.passages ?? [];
    const p = only(ps, '细颗粒物(PM2.5)浓度下降完成省下达目标');
    expect(p.lineStart).toBeLessThanOrEqual(578);
    expect(p.lineEnd).toBeGreaterThanOrEqual(580);
    expect(containing(ps, '健康码2.0').length).toBeGreaterThan(0);
    expect(only(ps, '开展公共政策健康影响评价。').headingPath).toEqual(['三、发展任务', '(八)完善健康治理体系']);
  });

  it('004: nothing from the contents (L5-86); 一、规划背景 indexed once', () => {
    const ps = docs[4]?.passages ?? [];
    expect(ps.filter((p) => p.lineEnd >= 5 && p.lineStart <= 86)).toEqual([]);
    expect(ps.filter((p) => p.text === '一、规划背景')).toHaveLength(1);
    expect(ps.filter((p) => p.text.includes('构建整合型连续式医疗健康服务体系'))).toEqual([]);
  });

  it('003: ＜3/10万 folds to <3/10万 (L212)', () => {
    expect(only(docs[3]?.passages ?? [], '结核病防治六大行动。加强健康教育').text).toContain('<3/10万');
  });

  it('002: 组织实施 方案 title is repaired and the last line is kept', () => {
    const ps = docs[2]?.passages ?? [];
    expect(ps.find((p) => p.text === '高水平推进健康温岭行动组织实施方案(2023-2025年)')?.kind).toBe('heading');
    expect(ps[ps.length - 1]?.lineEnd).toBe(113);
  });

  it('is deterministic and fast', () => {
    const start = Date.now();
    for (const id of SEED_IDS) expect(parseDocument(id, seedText(id) ?? '')).toEqual(docs.find((d) => d.id === id)?.passages);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
