import { describe, expect, it } from 'vitest';
import { splitPhysicalLines } from '../../../../electron/evidence/ingest/lines';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';
import { excerpt, seedsAvailable, seedText } from './helpers';

describe('splitPhysicalLines', () => {
  it('numbers lines from 1 and keeps a final line without newline (quirk 12)', () => {
    expect(splitPhysicalLines('a\nb')).toEqual([{ no: 1, raw: 'a' }, { no: 2, raw: 'b' }]);
    expect(splitPhysicalLines('a\nb\n')).toEqual([{ no: 1, raw: 'a' }, { no: 2, raw: 'b' }]);
    expect(splitPhysicalLines('a\n\n')).toHaveLength(2);
    expect(splitPhysicalLines('')).toEqual([]);
  });

  it('handles CRLF, lone CR and a byte-order mark', () => {
    expect(splitPhysicalLines('\ufeff一\r\n二\r三\n四').map((l) => l.raw)).toEqual(['一', '二', '三', '四']);
  });

  it('keeps the last line of an excerpt without trailing newline (002 L113)', () => {
    const e = excerpt('002-L105-113');
    expect(e.text.endsWith('\n')).toBe(false);
    const lines = splitPhysicalLines(e.text);
    expect(lines).toHaveLength(9);
    expect(lines[8]?.raw.startsWith('3. 加强氛围营造')).toBe(true);
    const passages = parseDocument('002', e.text);
    const last = passages[passages.length - 1];
    expect(last?.lineStart).toBe(9);
    expect(last?.text).toContain('加强氛围营造');
  });
});

describe.skipIf(!seedsAvailable)('line counts of the seed documents (quirk 12)', () => {
  it('matches cat -n: 140 / 6915 / 113 / 321 / 589', () => {
    const counts = ['000', '001', '002', '003', '004'].map((id) => splitPhysicalLines(seedText(id) ?? '').length);
    expect(counts).toEqual([140, 6915, 113, 321, 589]);
  });

  it('turns the last line of 002 and 004 into passages', () => {
    const p002 = parseDocument('002', seedText('002') ?? '');
    expect(p002.some((p) => p.lineEnd === 113 && p.text.includes('加强氛围营造'))).toBe(true);
    const p004 = parseDocument('004', seedText('004') ?? '');
    expect(p004.some((p) => p.lineEnd === 589 && p.text.includes('卫生健康数字化改革综合指数'))).toBe(true);
  });
});
