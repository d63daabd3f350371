import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';
import { body, containing, only, parseExcerpt } from './helpers';

describe('PDF-broken lines (quirk 2, 001)', () => {
  const passages = parseExcerpt('001-L1-95');

  it('joins lines broken mid-word with "" and blank lines in between', () => {
    const p = only(passages, '杭州市第十二次党代会');
    expect(p.lineStart).toBe(3);
    expect(p.headingPath).toEqual(['前言']);
    expect(only(passages, '六项指标全部达标').lineStart).toBe(46);
  });

  it('repairs spaced decimals across the joined paragraph (quirk 3)', () => {
    const p = only(passages, '健康环境不断改善');
    expect(p.text).toContain('PM2.5年均浓度全部达标');
    expect(p.text).toContain('优良率91.3%');
    expect(p.text).toContain('PM2.5平均浓度29.8微克/立方米');
    expect(p.text).toContain('市控断面I-III类水质比例为98.1%');
    expect([p.lineStart, p.lineEnd]).toEqual([46, 58]);
    expect(only(passages, '健康社会加快形成').text).toContain('率低于0.011。');
  });

  it('ignores the stray leading space of a page break (L85 " 配送上门")', () => {
    expect(only(passages, '支持医保在线结算和药品配送上门').text).not.toContain(' ');
  });

  it('starts a new paragraph at a lead sentence after a full line (L46, L60, L74)', () => {
    const leads = passages.filter((p) => /^(健康环境不断改善|健康社会加快形成|健康服务优化提升)。/.test(p.text));
    expect(leads.map((p) => p.lineStart)).toEqual([46, 60, 74]);
  });

  it('recognises headings with full-width or leading spaces ("前　 　 言", " 一、发展背景")', () => {
    const headings = passages.filter((p) => p.kind === 'heading').map((p) => [p.text, p.lineStart]);
    expect(headings).toEqual([['前言', 1], ['一、发展背景', 42], ['(一)发展现状', 44]]);
  });

  it('keeps the heading with a leading space at L1523 and the HIA paragraph under it', () => {
    const ps = parseExcerpt('001-L1464-1530');
    expect(ps.find((p) => p.text === '(八)完善健康治理体系')).toMatchObject({ kind: 'heading', lineStart: 1523 });
    expect(only(ps, '抢抓大健康体制机制改革关键期').headingPath).toEqual(['(八)完善健康治理体系']);
  });
});

describe('page artefacts inside the text (quirk 11)', () => {
  it('removes —43— and joins "促进健康产业智 / —43— / 慧化发展" (001 L1474-1480)', () => {
    const ps = parseExcerpt('001-L1464-1530');
    const p = only(ps, '促进健康产业智慧化发展');
    expect(p.lineStart).toBe(1466);
    expect(p.lineEnd).toBe(1482);
    expect(containing(ps, '43')).toEqual([]);
  });

  it('removes —71— (001 L642) and finds 细颗粒物(PM2.5) in L578-580 (quirk 2, 3)', () => {
    const ps = parseExcerpt('001-L570-700');
    const p = only(ps, '细颗粒物(PM2.5)浓度下降完成省下达目标');
    expect(p.lineStart).toBeLessThanOrEqual(578);
    expect(p.lineEnd).toBeGreaterThanOrEqual(580);
    expect(containing(ps, '—71—')).toEqual([]);
    expect(ps.some((p) => p.lineStart <= 642 && p.lineEnd >= 642 && p.kind !== 'table-row' && p.lineEnd > 641 && p.lineStart < 646)).toBe(false);
  });

  it('joins sentences across blank-line page breaks in 000 (L35-37, L95-99)', () => {
    const a = only(parseExcerpt('000-L1-55'), '持续擦亮金牌健康讲师');
    expect([a.lineStart, a.lineEnd]).toEqual([35, 37]);
    const b = only(parseExcerpt('000-L91-140'), '鼓励引导基层医疗机构');
    expect([b.lineStart, b.lineEnd]).toEqual([95, 99]);
  });

  it('joins page breaks in 002 (L57-59, L67-69, L75-77)', () => {
    const ps = parseExcerpt('002-L55-79');
    expect(only(ps, '2.搭建各类交流平台').lineEnd).toBe(59);
    expect(only(ps, '建立健全学生体质健康监测评价体系').lineStart).toBe(67);
    expect(only(ps, '建立健全学生体质健康监测评价体系').lineEnd).toBe(69);
  });

  it('does not join a finished sentence to the next paragraph', () => {
    const ps = body(parseDocument('t', '第一段文字到此结束。\n\n第二段开始，\n\n继续写完。\n'));
    expect(ps.map((p) => [p.text, p.lineStart, p.lineEnd])).toEqual([
      ['第一段文字到此结束。', 1, 1],
      ['第二段开始，继续写完。', 3, 5],
    ]);
  });
});

describe('numbered items (quirk 9)', () => {
  it('splits two items merged on one line (003 L141 "…审计。3.构建…")', () => {
    const ps = parseExcerpt('003-L35-142');
    const two = only(ps, '2.落实公共卫生事业投入责任');
    const three = only(ps, '3.构建联防联控、群防群治机制');
    expect([two.lineStart, two.lineEnd, three.lineStart, three.lineEnd]).toEqual([141, 141, 141, 141]);
    expect(two.text.endsWith('。')).toBe(true);
    expect(two.text).not.toContain('3.构建');
  });

  it('handles indented items, a leading NBSP and "2. " with a space (003 L187-208)', () => {
    const ps = parseExcerpt('003-L186-228');
    expect(only(ps, '1.优化疾病预防控制体系').lineStart).toBe(187);
    expect(only(ps, '2.强化医疗机构公共卫生职能。医疗机构').lineStart).toBe(189);
    expect(only(ps, '根据公共卫生任务书').text.startsWith('根据公共卫生任务书')).toBe(true);
    expect(only(ps, '2.加强病媒生物相关传染病科学防治制').headingPath).toEqual(['(四)优化重大疾病防治']);
  });

  it('attaches 专栏 sub-headings and closes the box when the section continues (quirk 8)', () => {
    const ps = parseExcerpt('003-L186-228');
    expect(only(ps, '根据公共卫生任务书').headingPath).toEqual([
      '(三)提升公共卫生服务能力',
      '专栏6强化医疗机构公共卫生职能',
      '强化医疗卫生机构公共卫生责任落实',
    ]);
    expect(ps.find((p) => p.text === '深化医联体建设与管理')?.kind).toBe('heading');
    expect(only(ps, '3.加强慢性非传染性疾病综合防治').headingPath).toEqual(['(四)优化重大疾病防治']);
    expect(only(ps, '持续推进病毒性肝炎、地方病等重点项目工作').headingPath).toEqual([
      '(四)优化重大疾病防治',
      '专栏7推进重大传染病综合防治',
    ]);
  });

  it('reads "(三) " and "（一）" as the same level (002 L63, 004 L96/L151)', () => {
    const ps = parseExcerpt('002-L55-79');
    expect(ps.find((p) => p.kind === 'heading')?.text).toBe('(三)落实健康温岭行动重点工作');
    const p004 = parseExcerpt('004-L118-250');
    expect(p004.find((p) => p.text === '(二)面临的发展形势')?.kind).toBe('heading');
  });
});

describe('long paragraphs', () => {
  it('are split at sentence ends with their own line ranges', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `第${i + 1}项措施是加强健康环境建设并落实监测评估工作`);
    const text = sentences.map((s, i) => (i % 3 === 2 ? `${s}。\n` : `${s}；\n`)).join('');
    const ps = body(parseDocument('t', text.replace(/。\n(?!$)/g, '；\n')));
    expect(ps.length).toBeGreaterThan(1);
    expect(ps.every((p) => p.text.length <= 360)).toBe(true);
    expect(ps[0]?.lineStart).toBe(1);
    expect(ps[ps.length - 1]?.lineEnd).toBe(12);
    for (let i = 1; i < ps.length; i++) expect(ps[i]?.lineStart).toBe((ps[i - 1]?.lineEnd ?? 0) + 1);
  });
});
