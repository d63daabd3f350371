import { describe, expect, it } from 'vitest';
import { formatMinShare, formatShare, sharePercent, shortfall } from '../../../shared/register/percent';
import { defaultYear, yearOptions } from '../../../renderer/src/coverage/year-choice';
import { inLanguage } from '../../../renderer/src/register/bilingual';

describe('coverage percentages', () => {
  it('shows one decimal, rounded half up from the counts', () => {
    expect(formatShare(50, 80)).toBe('62.5%');
    expect(formatShare(2, 5)).toBe('40.0%');
    expect(formatShare(2, 3)).toBe('66.7%');
    expect(formatShare(1, 16)).toBe('6.3%'); // 6.25 rounds up, as by hand
    expect(formatShare(0, 7)).toBe('0.0%');
    expect(formatShare(7, 7)).toBe('100.0%');
  });

  it('shows "—" when nothing is counted', () => {
    expect(formatShare(0, 0)).toBe('—');
    expect(sharePercent(0, 0)).toBeNull();
    expect(sharePercent(1, 8)).toBe(12.5);
  });

  it('writes targets as the plans do', () => {
    expect(formatMinShare(0.4)).toBe('40%');
    expect(formatMinShare(0.8)).toBe('80%');
    expect(formatMinShare(0.125)).toBe('12.5%');
  });

  it('counts how many more submissions reach a target', () => {
    expect(shortfall(19, 34, 0.8)).toBe(9); // 28/34 = 82.4% ≥ 80%, 27/34 = 79.4% is not
    expect(shortfall(32, 80, 0.4)).toBe(0);
    expect(shortfall(31, 80, 0.4)).toBe(1);
    expect(shortfall(0, 0, 0.5)).toBe(0);
  });
});

describe('year choice', () => {
  const now = new Date(2026, 5, 1);
  it('defaults to the latest year with items, else the current year', () => {
    expect(defaultYear([2024, 2025], now)).toBe(2025);
    expect(defaultYear([], now)).toBe(2026);
  });
  it('offers the register years and the current one, newest first', () => {
    expect(yearOptions([2024, 2025], now)).toEqual([2026, 2025, 2024]);
    expect(yearOptions([2026], now)).toEqual([2026]);
  });
});

describe('bilingual import messages', () => {
  const message = '「标题」为空 / Title (column "标题") is empty';
  it('shows the half for the UI language', () => {
    expect(inLanguage(message, 'zh-CN')).toBe('「标题」为空');
    expect(inLanguage(message, 'en')).toBe('Title (column "标题") is empty');
  });
  it('is not cut by a " / " inside a quoted value', () => {
    const withSlash = '「类别」列的值「规划 / 计划」无法识别 / "规划 / 计划" in column "类别" is not a known category';
    expect(inLanguage(withSlash, 'zh-CN')).toBe('「类别」列的值「规划 / 计划」无法识别');
    expect(inLanguage(withSlash, 'en')).toBe('"规划 / 计划" in column "类别" is not a known category');
  });
  it('shows a message without the separator whole', () => {
    expect(inLanguage('只有中文', 'en')).toBe('只有中文');
  });
});
