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

  it('Chinese strings are Chinese', () => {
    const valueAt = (key: string) => key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zhCN);
    expect(keys(zhCN).filter((k) => !/[\u4e00-\u9fff]/.test(String(valueAt(k))))).toEqual([]);
  });
});
