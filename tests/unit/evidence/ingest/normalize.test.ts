import { describe, expect, it } from 'vitest';
import { cleanText, normalizeForSearch, stripLineMarkup } from '../../../../electron/evidence/ingest/normalize';

describe('cleanText', () => {
  it('repairs decimals broken by a space (quirk 3: "91. 3", "PM2. 5", "0. 011", "健康码 2. 0")', () => {
    expect(cleanText('优良率 91. 3%;PM2. 5 平均浓度 29. 8')).toBe('优良率91.3%;PM2.5平均浓度29.8');
    expect(cleanText('细颗粒物(PM2. 5 )浓度')).toBe('细颗粒物(PM2.5)浓度');
    expect(cleanText('率低于 0. 011。')).toBe('率低于0.011。');
    expect(cleanText('健康码 2. 0,提升')).toBe('健康码2.0，提升');
  });

  it('keeps separate table values apart and a leading list number intact (quirk 3)', () => {
    expect(cleanText('76. 7 91. 3')).toBe('76.7 91.3');
    expect(cleanText('1. 2025年前完成')).toBe('1. 2025年前完成');
  });

  it('joins units and ratios split by spaces (quirk 3: "1/ 10 万", "7 / 10 万", "微克 / 立方米", "2016 年 4 月")', () => {
    expect(cleanText('孕产妇死亡率 1/ 10 万')).toBe('孕产妇死亡率1/10万');
    expect(cleanText('维持在 7 / 10 万以内')).toBe('维持在7/10万以内');
    expect(cleanText('29. 8 微克 / 立方米')).toBe('29.8微克/立方米');
    expect(cleanText('ug / m3')).toBe('ug/m3');
    expect(cleanText('2016 年 4 月,杭州市')).toBe('2016年4月，杭州市');
  });

  it('strips <sub>/<sup> and other HTML tags (quirk 5, 000 L51)', () => {
    expect(cleanText('细颗粒物（PM<sub>2.5</sub>）与臭氧（O<sub>3</sub>）“双控双减”')).toBe('细颗粒物(PM2.5)与臭氧(O3)“双控双减”');
    expect(cleanText('m<sup>2</sup><br/>面积')).toBe('m2面积');
  });

  it('strips markdown bold and LaTeX residue (quirk 6, 004 L177, L549, L551)', () => {
    expect(cleanText('——**坚持以人为本，遵循健康优先。**贯彻')).toBe('——坚持以人为本，遵循健康优先。贯彻');
    expect(cleanText('婴儿死亡数 \\div 某年活产数 $\\times 1000\\%$ ，是指')).toBe('婴儿死亡数÷某年活产数×1000%，是指');
    expect(cleanText('死亡人数 \\div 某年活产数 $\\times 10$ 万/10万')).toBe('死亡人数÷某年活产数×10万/10万');
    expect(cleanText('出生体重（ ≥ 1000 克）')).toBe('出生体重(≥1000克)');
  });

  it('folds widths: ASCII forms half-width, Chinese clause marks full-width (quirk 10)', () => {
    expect(cleanText('＜3/10万，ＰＭ２．５')).toBe('<3/10万，PM2.5');
    expect(cleanText('（一）发展现状')).toBe('(一)发展现状');
    expect(cleanText('人群健康,卫生服务;主要:')).toBe('人群健康，卫生服务；主要：');
    expect(cleanText('1,000 and 3:30')).toBe('1,000 and 3:30');
  });

  it('folds Roman numerals, year-range dashes and the ∗ footnote mark (quirk 10, quirk 4)', () => {
    expect(cleanText('市控断面Ⅰ-Ⅲ类水质')).toBe('市控断面I-III类水质');
    expect(cleanText('Ⅲ类')).toBe(cleanText('III 类'));
    expect(cleanText('（2023—2025年）')).toBe('(2023-2025年)');
    expect(cleanText('66. 96∗')).toBe('66.96*');
    expect(cleanText('——人民健康水平')).toBe('——人民健康水平');
  });

  it('removes spaces inside Chinese text but keeps them between Latin words (quirk 10)', () => {
    expect(cleanText('生命健康产业集 群')).toBe('生命健康产业集群');
    expect(cleanText('杭州市卫生科技计划项目管理 办法')).toBe('杭州市卫生科技计划项目管理办法');
    expect(cleanText('前　 　 言')).toBe('前言');
    expect(cleanText('一、“ 十四五”发展')).toBe('一、“十四五”发展');
    expect(cleanText('占 GDP 的 7. 2%')).toBe('占GDP的7.2%');
    expect(cleanText('Times  New\u00a0Roman')).toBe('Times New Roman');
    expect(cleanText('\u00a0根据公共卫生任务书')).toBe('根据公共卫生任务书');
  });

  it('is idempotent', () => {
    const samples = ['优良率 91. 3%;PM2. 5', '——**坚持以人为本。**', '（一）发展现状', '1. 2025年前完成', 'Times New Roman 字体'];
    for (const s of samples) expect(cleanText(cleanText(s))).toBe(cleanText(s));
  });
});

describe('normalizeForSearch', () => {
  it('maps the spellings of one term in different seeds to the same key', () => {
    expect(normalizeForSearch('细颗粒物（PM<sub>2.5</sub>）')).toBe(normalizeForSearch('细颗粒物(PM2. 5 )'));
    expect(normalizeForSearch('pm2.5')).toBe(normalizeForSearch('PM2.5'));
    expect(normalizeForSearch('Ⅲ类水质')).toBe(normalizeForSearch('III类水质'));
    expect(normalizeForSearch('2023—2025年')).toBe(normalizeForSearch('2023-2025年'));
    expect(normalizeForSearch('30~70岁')).toBe(normalizeForSearch('30-70 岁'));
    expect(normalizeForSearch('人群健康,卫生服务')).toBe(normalizeForSearch('人群健康，卫生服务'));
    expect(normalizeForSearch('“健康码”')).toBe(normalizeForSearch('"健康码"'));
  });

  it('is idempotent and agrees with cleanText output', () => {
    const samples = ['细颗粒物（PM<sub>2.5</sub>）', '健康码 2. 0,提升', '〔2023〕72号', '市控断面Ⅰ-Ⅲ类'];
    for (const s of samples) {
      expect(normalizeForSearch(normalizeForSearch(s))).toBe(normalizeForSearch(s));
      expect(normalizeForSearch(cleanText(s))).toBe(normalizeForSearch(s));
    }
  });
});

describe('stripLineMarkup', () => {
  it('records markdown heading levels and bullets, leaving the text', () => {
    expect(stripLineMarkup('#### （四）实行全生命周期健康促进。')).toEqual({ text: '（四）实行全生命周期健康促进。', mdLevel: 4, bullet: false });
    expect(stripLineMarkup('- 1.实施基层中医药服务能力提升工程。')).toMatchObject({ text: '1.实施基层中医药服务能力提升工程。', bullet: true });
    expect(stripLineMarkup('    2.强化医疗机构公共卫生职能。').text).toBe('2.强化医疗机构公共卫生职能。');
    expect(stripLineMarkup('---').bullet).toBe(false);
  });
});
