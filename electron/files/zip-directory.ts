/**
 * The list of entries of a ZIP file, read from its central directory without decompressing
 * anything. Used before handing a DOCX to mammoth (which inflates whole parts in memory):
 * - to tell a Word document from other ZIP-based files (XLSX, PPTX, OFD, ODT, plain archives);
 * - to recognise a truncated download (the central directory sits at the very end, so a cut
 *   file has none) without waiting for a parser error;
 * - to refuse a "zip bomb" from the sizes it declares.
 * ZIP64 archives (over 4 GB or 65,535 entries) are never real DOCX files under our size limit;
 * their entries are still listed, with sizes marked unknown.
 */

export interface ZipEntry {
  name: string;
  /** Declared uncompressed size in bytes; NaN when the archive stores it in a ZIP64 field. */
  uncompressedSize: number;
  /** General-purpose flag bit 0: the entry is encrypted (legacy ZIP encryption). */
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/** True when the bytes start like a ZIP archive (local file header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The entries, or null when there is no readable central directory (truncated or damaged). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < EOCD_MIN) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return null;

  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const flags = view.getUint16(p + 8, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) return null;
    entries.push({
      // OOXML part names are ASCII, so the UTF-8 flag (bit 11) does not matter for what we look up.
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      uncompressedSize: uncompressed === 0xffffffff ? Number.NaN : uncompressed,
      encrypted: (flags & 1) === 1,
    });
    p = end;
  }
  return entries;
}

/** Offset of the end-of-central-directory record, searched backwards past a possible comment. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE && p + EOCD_MIN + view.getUint16(p + 20, true) <= view.byteLength) {
      return p;
    }
  }
  return -1;
}
