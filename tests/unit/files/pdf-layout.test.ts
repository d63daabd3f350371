import { describe, expect, it } from 'vitest';
import { reflowPage } from '../../../electron/files/pdf-reflow';
import { itemsToLines, type PdfLine, type PdfTextItem } from '../../../electron/files/pdf-text-lines';

const item = (str: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 12,
  size: 12,
  hasEOL: false,
  ...extra,
});

describe('itemsToLines', () => {
  it('joins runs on one baseline and breaks where the baseline moves or hasEOL is set', () => {
    const lines = itemsToLines([
      item('临', 72, 700),
      item('近居民区', 84, 700),
      item('', 72, 683, { hasEOL: true }),
      item('置隔声', 72, 683),
      item('屏障', 108, 683.5, { hasEOL: true }),
      item('下一行', 72, 666),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['临近居民区', '置隔声屏障', '下一行']);
    expect(lines[0]).toMatchObject({ x0: 72, x1: 84 + 48, y: 700 });
  });

  it('adds a space across a visible gap, but not between justified Chinese characters', () => {
    const [latin, cjk, wide] = [
      itemsToLines([item('PM2.5', 72, 700, { width: 30 }), item('AQI', 110, 700)]),
      itemsToLines([item('施工', 72, 700), item('噪声', 100, 700)]),
      itemsToLines([item('类别', 72, 700), item('指标', 140, 700)]),
    ];
    expect(latin[0]?.text).toBe('PM2.5 AQI');
    expect(cjk[0]?.text).toBe('施工噪声');
    expect(wide[0]?.text).toBe('类别 指标');
  });
});

describe('reflowPage', () => {
  const line = (text: string, y: number, x0 = 72, x1?: number, size = 12): PdfLine => ({ text, y, x0, x1: x1 ?? x0 + text.length * size, size });
  const FULL = 516;

  it('joins lines wrapped at the margin and keeps paragraph ends', () => {
    expect(
      reflowPage([
        line('为贯彻落实国家和省关于交通强国建设的决策部署，加快构建安全、便捷、绿色、经', 700, 72, FULL),
        line('济的城市综合交通体系，结合本市实际，提出如下意见。', 683),
        line('一、总体要求', 666),
        line('坚持以人民为中心的发展思想，把人民群众生命安全和身体健康放在首位，统筹轨', 649, 72, FULL - 20),
        line('道交通建设与城市更新。', 632),
      ]),
    ).toEqual([
      '为贯彻落实国家和省关于交通强国建设的决策部署，加快构建安全、便捷、绿色、经济的城市综合交通体系，结合本市实际，提出如下意见。',
      '一、总体要求',
      '坚持以人民为中心的发展思想，把人民群众生命安全和身体健康放在首位，统筹轨道交通建设与城市更新。',
    ]);
  });

  it('keeps breaks before numbered items, indented lines, other font sizes and after a colon', () => {
    const full = (text: string, y: number): PdfLine => line(text, y, 72, FULL);
    const texts = [
      full('各区人民政府，市政府各部门、各直属机构，现就有关事项通知如下，请认真贯彻', 700),
      line('（三）加快线网建设。', 683),
      full('在首位，统筹轨道交通建设与城市更新、生态环境保护和公共服务设施布局，将健', 666),
      line('新的段落缩进两个字符开始。', 649, 96),
      full('在首位，统筹轨道交通建设与城市更新、生态环境保护和公共服务设施布局，将健', 632),
      line('三、保障措施', 612, 72, undefined, 16),
      full('为此，现将有关事项通知如下，请结合实际认真贯彻落实并按时报送有关情况：', 590),
      line('第一条 为了规范管理。', 573),
    ];
    expect(reflowPage(texts)).toHaveLength(texts.length);
  });

  it('joins English wrapped lines with a space', () => {
    const wrapped = reflowPage([
      line('Health impact assessment of the rail transit plan covers noise and', 700, 72, FULL),
      line('dust.', 683),
    ]);
    expect(wrapped).toEqual(['Health impact assessment of the rail transit plan covers noise and dust.']);
  });
});
