/**
 * Bytes of a plain-text file → string. Chinese government offices still save GBK (Windows'
 * "ANSI" in a Chinese locale), Notepad saves UTF-16 as "Unicode", everything newer saves UTF-8;
 * users cannot tell us which, so it is detected:
 * 1. a byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * 2. NUL bytes mean binary data (no text encoding without a BOM produces them);
 * 3. strict UTF-8 (fatal decoder): valid UTF-8 beyond a few characters is almost never
 *    anything else (see isShortAndOdd for the exception); a character cut at the very end is
 *    dropped with a warning;
 * 4. GB18030 (a superset of GBK and GB2312), only when the bytes look like Chinese text
 *    (gb18030-scan.ts), so mojibake is refused rather than imported;
 * 5. otherwise BAD_FILE with advice to re-save as UTF-8.
 * The result has LF line ends and no BOM; stray control characters are removed with a warning,
 * and a text made largely of them is refused as binary.
 */
import iconv from 'iconv-lite';
import { fileErrors } from './file-errors';
import { commonShare, scanGb18030, type Gb18030Scan } from './gb18030-scan';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

/** Below this share of common GB2312 characters a GB18030 reading is mojibake (see the scan). */
const MIN_COMMON_SHARE = 0.75;
/** A real GBK file with a damaged byte or two is still worth importing; more is not. */
const MAX_INVALID_SHARE = 0.002;
/** Up to this many non-ASCII characters a UTF-8 reading may be GBK in disguise (isShortAndOdd). */
const MAX_AMBIGUOUS = 16;
/** More control characters than this (share of all characters) means binary content. */
const MAX_CONTROL_SHARE = 0.01;

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the caller has already removed it; a second U+FEFF is content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function detect(bytes: Uint8Array, name: string): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return fromStrict('utf-8', bytes.subarray(3), name);
  if (b0 === 0xff && b1 === 0xfe) return fromStrict('utf-16le', bytes.subarray(2), name);
  if (b0 === 0xfe && b1 === 0xff) return fromStrict('utf-16be', bytes.subarray(2), name);

  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0) throw fileErrors.binary(name);

  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null && !(isShortAndOdd(utf8) && looksChinese(scanGb18030(bytes)))) {
    return { text: utf8, encoding: 'utf-8', warnings: [] };
  }
  if (utf8 === null) {
    const cut = utf8CutShort(bytes);
    if (cut !== null) return cut;
  }

  const scan = scanGb18030(bytes);
  if (!looksChinese(scan)) throw fileErrors.badEncoding(name);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  const warnings =
    scan.invalid > 0
      ? [`有 ${scan.invalid} 处无法识别的字节，已替换为“\uFFFD”。 / ${scan.invalid} unrecognised byte(s) were replaced with "\uFFFD".`]
      : [];
  return { text, encoding: 'gb18030', warnings };
}

function looksChinese(scan: Gb18030Scan): boolean {
  const nonAscii = scan.common + scan.rare + scan.fourByte + scan.invalid;
  return commonShare(scan) >= MIN_COMMON_SHARE && scan.invalid <= nonAscii * MAX_INVALID_SHARE;
}

/**
 * A few GBK characters can also be valid UTF-8 ("预" is D4 A4, which UTF-8 reads as the
 * Cyrillic "Ԥ"); in a real document the chance vanishes within a line, but a file holding
 * just a title can hit it. Such a UTF-8 reading has only a handful of non-ASCII characters,
 * all from the two-byte range (U+0080–U+07FF) and none of them the accented letters of
 * European languages or pinyin (Latin-1, Latin Extended-A, ǎǐǒǔ), which is what a short UTF-8
 * file really contains: then GB18030 wins if it reads as Chinese. A single character such as
 * "某" (C4 B3 = "ĳ") stays ambiguous and is read as UTF-8.
 */
function isShortAndOdd(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x800 || (c >= 0xa0 && c <= 0x17f) || (c >= 0x1cd && c <= 0x1dc)) return false;
    if (++odd > MAX_AMBIGUOUS) return false;
  }
  return odd > 0;
}

/** Valid UTF-8 but for a character cut in half at the very end (an interrupted copy). */
function utf8CutShort(bytes: Uint8Array): DecodedText | null {
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    const lead = bytes[bytes.length - k] as number;
    if (lead >= 0x80 && lead < 0xc0) continue; // a continuation byte: the lead is further back
    const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (needs <= k) return null; // ASCII, an invalid lead, or a complete character: not a cut
    const text = strict('utf-8', bytes.subarray(0, bytes.length - k));
    if (text === null) return null;
    return {
      text,
      encoding: 'utf-8',
      warnings: ['文件末尾有一个不完整的字符（文件可能被截断），已删除。 / The file ends in the middle of a character (it may be truncated); that character was removed.'],
    };
  }
  return null;
}

function fromStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', body: Uint8Array, name: string): DecodedText {
  const text = strict(encoding, body);
  if (text === null) throw fileErrors.badEncoding(name);
  return { text, encoding, warnings: [] };
}

// C0 controls except TAB, LF, VT, FF, CR; DEL; C1 controls. VT and FF appear in text exported
// from Word (manual line and page breaks) and are turned into line ends instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** A loop rather than match(): a 50 MB binary file would otherwise build a huge array. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) count++;
  }
  return count;
}

/** LF line ends, VT/FF as line ends, stray controls removed, too many refused as binary. */
function clean(decoded: DecodedText, name: string): DecodedText {
  // eslint-disable-next-line no-control-regex -- VT and FF are the characters being replaced
  let text = decoded.text.replace(/\r\n?|[\u000b\u000c]/g, '\n');
  const controls = countControls(text);
  if (controls === 0) return { ...decoded, text };
  if (controls > text.length * MAX_CONTROL_SHARE || text.includes('\u0000')) throw fileErrors.binary(name);
  text = text.replace(CONTROL, '');
  return {
    ...decoded,
    text,
    warnings: [...decoded.warnings, `已删除 ${controls} 个不可见的控制字符。 / ${controls} invisible control character(s) were removed.`],
  };
}

/** Decodes a text file (see the module comment); throws BAD_FILE naming `name`. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  return clean(detect(bytes, name), name);
}
