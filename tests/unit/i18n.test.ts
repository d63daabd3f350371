import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { zhCN } from '../../shared/i18n/zh-CN';
import { ERROR_CODES } from '../../shared/errors';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('i18n resources', () => {
  it('English has exactly the Chinese keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('every error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(zhCN.errors[code], code).toMatch(/\S/);
      expect(en.errors[code], code).toMatch(/\S/);
    }
  });

  it('Chinese strings are Chinese (no untranslated English left in them)', () => {
    const valueAt = (key: string) => key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zhCN);
    // Placeholders ({{x}}) and symbols are fine on their own; Latin words need Chinese beside them.
    const untranslated = keys(zhCN).filter((k) => {
      const text = String(valueAt(k)).replace(/\{\{[^}]*\}\}/g, '');
      return /[A-Za-z]{3,}/.test(text) && !/[\u4e00-\u9fff]/.test(text);
    });
    expect(untranslated).toEqual([]);
  });
});
