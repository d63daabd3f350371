import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/files/decode-text';
import { commonShare, scanGb18030 } from '../../../electron/files/gb18030-scan';
import { expectBadFile, reference } from './fixtures';

const decode = async (bytes: Uint8Array) => decodeText(bytes, 'x.txt');

describe('decodeText', () => {
  it('normalises CRLF and lone CR to LF and strips the BOM', () => {
    expect(decodeText(Buffer.from('\ufeffa\r\nb\rc\n'), 'x.txt')).toEqual({ text: 'a\nb\nc\n', encoding: 'utf-8', warnings: [] });
  });

  it('detects short GBK text (a title line is enough), even when it is also valid UTF-8', () => {
    expect(decodeText(iconv.encode('关于施工噪声的通知', 'gbk'), 'x.txt')).toMatchObject({ text: '关于施工噪声的通知', encoding: 'gb18030' });
    // D4 A4 is also UTF-8 for the Cyrillic "Ԥ".
    expect(decodeText(iconv.encode('预', 'gbk'), 'x.txt')).toMatchObject({ text: '预', encoding: 'gb18030' });
    expect(decodeText(iconv.encode('Note: 预', 'gbk'), 'x.txt')).toMatchObject({ text: 'Note: 预', encoding: 'gb18030' });
    // …while short UTF-8 with accented Latin letters stays UTF-8.
    expect(decodeText(Buffer.from('Café'), 'x.txt')).toMatchObject({ text: 'Café', encoding: 'utf-8' });
  });

  it('drops a UTF-8 character cut in half at the end of the file, with a warning', () => {
    const bytes = Buffer.from('施工噪声');
    const result = decodeText(bytes.subarray(0, bytes.length - 1), 'x.txt');
    expect(result).toMatchObject({ text: '施工噪', encoding: 'utf-8' });
    expect(result.warnings).toHaveLength(1);
  });

  it('decodes GB18030 four-byte characters (rare ideographs, e.g. in place names)', () => {
    const text = '浙江省𠮷州市施工噪声管控方案。';
    expect(decodeText(iconv.encode(text, 'gb18030'), 'x.txt')).toMatchObject({ text, encoding: 'gb18030' });
  });

  it('tolerates a damaged byte in a long GBK file, with a warning', () => {
    const bytes = iconv.encode(reference(), 'gb18030');
    bytes[100] = 0xff;
    const result = decodeText(bytes, 'x.txt');
    expect(result.encoding).toBe('gb18030');
    expect(result.warnings).toHaveLength(1);
    expect(result.text).toContain('\ufffd');
  });

  it('refuses mojibake: broken UTF-8, Big5, Latin-1', async () => {
    const utf8 = Buffer.from(reference());
    await expectBadFile(decode(Buffer.concat([utf8.subarray(0, 50), utf8.subarray(51)])), 'bad-encoding');
    await expectBadFile(decode(iconv.encode(reference(), 'big5')), 'bad-encoding');
    await expectBadFile(decode(iconv.encode('Café crème, naïve façade', 'latin1')), 'bad-encoding');
  });

  it('scores real Chinese text far above mojibake', () => {
    expect(commonShare(scanGb18030(iconv.encode(reference(), 'gbk')))).toBeGreaterThan(0.99);
    expect(commonShare(scanGb18030(Buffer.from(reference())))).toBeLessThan(0.3);
  });

  it('refuses NUL bytes and control-character soup as binary, removes a few strays', async () => {
    await expectBadFile(decode(Buffer.from('abc\u0000def')), 'binary');
    await expectBadFile(decode(Buffer.from('ab\u0001\u0002\u0003cd\u0004\u0005\u0006ef')), 'binary');
    const result = decodeText(Buffer.from(`${reference()}\u001a`), 'x.txt');
    expect(result.text).toBe(reference());
    expect(result.warnings).toHaveLength(1);
  });

  it('refuses UTF-16 with a BOM but an odd length or lone surrogate', async () => {
    await expectBadFile(decode(Buffer.from([0xff, 0xfe, 0x2d, 0x4e, 0x41])), 'bad-encoding');
    await expectBadFile(decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])), 'bad-encoding');
  });

  it('round-trips any UTF-8 text and any GBK text of common characters', () => {
    const pool = [...new Set(reference().replace(/[\s\x21-\x7e]/g, ''))];
    // From 8 Chinese characters up, GBK that is also valid UTF-8 is vanishingly rare (measured:
    // 1 in 100 for one character, 5 in a million for six, none in 200,000 for eight).
    const chinese = fc
      .tuple(fc.array(fc.constantFrom(...pool), { minLength: 8, maxLength: 200 }), fc.array(fc.constantFrom(' ', '\n', 'a', '1'), { maxLength: 20 }))
      .chain(([han, ascii]) => fc.shuffledSubarray([...han, ...ascii], { minLength: han.length + ascii.length }))
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(chinese, (text) => {
        expect(decodeText(iconv.encode(text, 'gbk'), 'x.txt').text).toBe(text);
      }),
    );
    // Any printable text with at least one Chinese character. (A few characters of rare
    // two-byte letters alone are read as GBK on purpose: see the tests above.)
    const printable = fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...pool))
      .map(([text, han]) => text + han)
      // eslint-disable-next-line no-control-regex -- control characters are excluded on purpose
      .filter((s) => !/[\u0000-\u001f\u007f-\u009f\ufeff]/.test(s));
    fc.assert(
      fc.property(printable, (text) => {
        expect(decodeText(Buffer.from(text), 'x.txt').text).toBe(text);
      }),
    );
  });
});
