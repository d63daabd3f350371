import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongRuns, cleanXmlText, excerpt, MAX_UNBROKEN, safeLines, ZWSP } from '../../../electron/report/sanitize';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cleanXmlText', () => {
  it('drops control characters, keeps newlines, turns tabs into spaces', () => {
    expect(cleanXmlText('a\u0000b\u0007c\u001Fd\u007Fe\u009Ff')).toBe('abcdef');
    expect(cleanXmlText('a\r\nb\rc\u2028d\u0085e')).toBe('a\nb\nc\nd\ne');
    expect(cleanXmlText('a\tb')).toBe('a b');
  });

  it('keeps emoji and CJK, and replaces unpaired surrogates', () => {
    expect(cleanXmlText('健康😀👩‍⚕️')).toBe('健康😀👩‍⚕️');
    expect(cleanXmlText('a\uD800b\uDFFFc')).toBe('a\uFFFDb\uFFFDc');
  });

  it('never leaves a character XML 1.0 forbids', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !XML_ILLEGAL.test(cleanXmlText(s))));
  });
});

describe('breakLongRuns', () => {
  it(`puts a zero-width space every ${MAX_UNBROKEN} characters into a long unbroken word`, () => {
    const word = 'x'.repeat(500);
    const out = breakLongRuns(word);
    expect(out.replaceAll(ZWSP, '')).toBe(word);
    expect(out.split(ZWSP).every((part) => part.length <= MAX_UNBROKEN)).toBe(true);
  });

  it('leaves Chinese text, short words and spaced text alone', () => {
    const chinese = '施工期噪声与振动'.repeat(20);
    expect(breakLongRuns(chinese)).toBe(chinese);
    expect(breakLongRuns('GB 12523-2011 https://example.org')).toBe('GB 12523-2011 https://example.org');
  });

  it('never splits an emoji', () => {
    const out = breakLongRuns('😀'.repeat(100));
    expect(out.split(ZWSP).every((p) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });
});

describe('safeLines and excerpt', () => {
  it('splits text into trimmed non-empty lines', () => {
    expect(safeLines(' 一\n\n二 \r\n\u0000')).toEqual(['一', '二']);
  });

  it('cuts by code point with an ellipsis', () => {
    expect(excerpt('😀😀😀', 2)).toEqual({ text: '😀😀……', cut: true });
    expect(excerpt('短', 2)).toEqual({ text: '短', cut: false });
  });
});
