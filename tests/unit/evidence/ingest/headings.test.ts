import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  HeadingTracker,
  isBareTitle,
  isTitleLike,
  matchNamedHeading,
  matchNumbering,
  numeralValue,
} from '../../../../electron/evidence/ingest/headings';

describe('numbering', () => {
  it('reads Chinese numerals', () => {
    expect([numeralValue('一'), numeralValue('十'), numeralValue('十二'), numeralValue('二十'), numeralValue('二十三')]).toEqual([1, 10, 12, 20, 23]);
    expect(chineseNumeral(12)).toBe('十二');
    expect(chineseNumeral(20)).toBe('二十');
  });

  it('derives levels from the numbering style, both bracket widths (quirk 9)', () => {
    expect(matchNumbering('一、发展背景')).toMatchObject({ style: 'cn-dun', rank: 1, number: 1 });
    expect(matchNumbering('(三) 落实健康温岭行动重点工作。')).toMatchObject({ style: 'cn-paren', rank: 2, number: 3 });
    expect(matchNumbering('（二）面临的发展形势')).toMatchObject({ style: 'cn-paren', rank: 2, number: 2 });
    expect(matchNumbering('2. 加强病媒生物相关传染病科学防治制。')).toMatchObject({ style: 'arabic', rank: 3, number: 2 });
    expect(matchNumbering('7、积极推动')).toMatchObject({ style: 'arabic', number: 7 });
    expect(matchNumbering('(1)项目')).toMatchObject({ style: 'arabic-paren', rank: 4 });
  });

  it('does not read decimals or years as item numbers', () => {
    expect(matchNumbering('38. 54%,省内第一')).toBeNull();
    expect(matchNumbering('2020 年,杭州')).toBeNull();
    expect(matchNumbering('一是数字赋能')).toBeNull();
  });

  it('tells titles from numbered paragraphs', () => {
    expect(isTitleLike('改善健康环境。', 2)).toBe(true);
    expect(isTitleLike('坚持党的领导，强化组织保障', 2)).toBe(true);
    expect(isTitleLike('强化组织领导。健康杭州建设领导小组办公室负责', 2)).toBe(false);
    expect(isTitleLike('区(县、市)级以上卫生健康行政部门单设卫生应急办公室。', 3)).toBe(false);
    expect(isTitleLike('人均预期寿命：一般指当前出生的人口', 1)).toBe(false);
  });

  it('recognises named headings and bare titles', () => {
    expect(matchNamedHeading('前　 　 言')).toBe('special');
    expect(matchNamedHeading('专栏10强化健康教育与健康促进')).toBe('box');
    expect(matchNamedHeading('附件2')).toBe('appendix');
    expect(matchNamedHeading('附表：健康杭州“十四五”规划重点任务表')).toBe('appendix');
    expect(matchNamedHeading('附')).toBe('appendix');
    expect(matchNamedHeading('附近居民')).toBeNull();
    expect(isBareTitle('健全公共卫生服务体系')).toBe(true);
    expect(isBareTitle('2023年10月25日')).toBe(false);
    expect(isBareTitle('持续推进病毒性肝炎、地方病等重点项目工作。')).toBe(false);
  });
});

describe('HeadingTracker', () => {
  const num = (s: string) => matchNumbering(s) ?? (() => { throw new Error(s); })();

  it('ignores markdown levels and keeps the numbered hierarchy (quirk 5)', () => {
    const t = new HeadingTracker(true);
    t.unnumbered('健康杭州三年行动计划(2023-2025年)', 1);
    expect(t.path()).toEqual([]);
    t.numbered(num('二、主要任务'), '二、主要任务');
    t.numbered(num('(一)普及健康生活方式。'), '(一)普及健康生活方式。');
    t.numbered(num('(二)改善健康环境。'), '(二)改善健康环境。');
    expect(t.path()).toEqual(['二、主要任务', '(二)改善健康环境']);
    t.numbered(num('三、保障措施'), '三、保障措施');
    expect(t.path()).toEqual(['三、保障措施']);
  });

  it('opens boxes under the current section and closes them when the section continues (quirk 8)', () => {
    const t = new HeadingTracker(true);
    t.numbered(num('(四)优化重大疾病防治'), '(四)优化重大疾病防治');
    t.numberedParagraph(num('1.推进重大传染病综合防治。'));
    t.numberedParagraph(num('2.加强病媒生物。'));
    t.named('box', '专栏7推进重大传染病综合防治');
    t.unnumbered('环境与健康监测');
    expect(t.path()).toEqual(['(四)优化重大疾病防治', '专栏7推进重大传染病综合防治', '环境与健康监测']);
    expect(t.numberedParagraph(num('3.加强慢性非传染性疾病综合防治。'))).toBe(false);
    expect(t.path()).toEqual(['(四)优化重大疾病防治']);
  });

  it('keeps box items numbered from 1 inside the box', () => {
    const t = new HeadingTracker(true);
    t.numbered(num('(一)构建强大的公共卫生体系'), '(一)构建强大的公共卫生体系');
    t.numberedParagraph(num('1.完善。'));
    t.numberedParagraph(num('2.提升。'));
    t.named('box', '专栏1公共卫生体系建设项目');
    expect(t.numberedParagraph(num('1.推进疾控机构标准化建设。'))).toBe(true);
    expect(t.numberedParagraph(num('2.到2025年。'))).toBe(true);
    expect(t.path()).toEqual(['(一)构建强大的公共卫生体系', '专栏1公共卫生体系建设项目']);
  });

  it('puts a bare title after an appendix marker under it (004 L543-547)', () => {
    const t = new HeadingTracker(true);
    t.numbered(num('四、保障措施'), '四、保障措施');
    t.named('appendix', '附');
    t.unnumbered('重点指标名词解释');
    t.numberedParagraph(num('一、人均预期寿命：一般指'));
    expect(t.path()).toEqual(['附', '重点指标名词解释']);
  });

  it('uses markdown levels when a document has no numbered headings', () => {
    const t = new HeadingTracker(false);
    t.unnumbered('背景', 1);
    t.unnumbered('现状', 2);
    t.unnumbered('影响', 2);
    expect(t.path()).toEqual(['背景', '影响']);
  });
});
