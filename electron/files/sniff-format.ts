/**
 * Decides how to read a file from its content (magic bytes), using the extension only as a
 * hint: users rename files, mail gateways change extensions, and WPS saves DOCX under .wps.
 * A real DOCX or PDF is read whatever its name (with a warning when the name disagrees),
 * except when it is named as text: .txt/.md promise plain text, so a ZIP, PDF or binary file
 * behind that name is refused and the user is told the right extension. Formats we cannot read
 * (legacy .doc/.xls, images, spreadsheets, OFD…) are refused with what to save them as.
 */
import { extensionOf, fileErrors, type KindLabel } from './file-errors';
import { looksLikeZip, readZipDirectory, type ZipEntry } from './zip-directory';

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface ReadPlan {
  format: DocumentFormat;
  warnings: string[];
  /** The ZIP directory of a DOCX, for the size checks in read-docx.ts. */
  zipEntries?: ZipEntry[];
}

const kind = (zh: string, en: string): KindLabel => ({ zh, en });
const DOCX = kind('Word（DOCX）文档', 'a Word (DOCX) document');
const PDF = kind('PDF 文件', 'a PDF file');
const ZIP = kind('压缩包', 'an archive');
const EXCEL = kind('Excel 表格', 'an Excel spreadsheet');
const SLIDES = kind('PowerPoint 演示文稿', 'a PowerPoint presentation');
const OFD = kind('OFD 版式文件（可用 OFD 阅读器导出为 PDF）', 'an OFD layout file (an OFD reader can export it to PDF)');
const ODF = kind('OpenDocument 文档', 'an OpenDocument file');
const RTF = kind('RTF 文档', 'an RTF document');
const OLE = kind(
  '旧版 Office 文档（.doc/.xls/.ppt）或设有打开密码的 Office 文档（请先取消密码）',
  'a legacy Office document (.doc/.xls/.ppt) or a password-protected Office document (remove the password first)',
);

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown']);
const OLE_EXTENSIONS = new Set(['doc', 'dot', 'wps', 'xls', 'et', 'ppt', 'dps']);
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'heic']);
const UNSUPPORTED_EXTENSIONS: Record<string, KindLabel> = {
  doc: kind('旧版 Word 文档（.doc）', 'a legacy Word document (.doc)'),
  dot: kind('旧版 Word 模板（.dot）', 'a legacy Word template (.dot)'),
  wps: kind('WPS 文字文档（.wps）', 'a WPS Writer document (.wps)'),
  xls: EXCEL,
  xlsx: EXCEL,
  xlsm: EXCEL,
  et: EXCEL,
  csv: kind('CSV 表格', 'a CSV spreadsheet'),
  ppt: SLIDES,
  pptx: SLIDES,
  dps: SLIDES,
  odt: ODF,
  ods: ODF,
  odp: ODF,
  rtf: RTF,
  ofd: OFD,
  ceb: kind('CEB 版式文件', 'a CEB layout file'),
  xps: kind('XPS 文件', 'an XPS file'),
  html: kind('网页文件（HTML）', 'a web page (HTML)'),
  htm: kind('网页文件（HTML）', 'a web page (HTML)'),
  zip: ZIP,
  rar: ZIP,
  '7z': ZIP,
  gz: ZIP,
};

type Magic = 'pdf' | 'zip' | 'ole2' | 'image' | 'rtf' | 'archive' | null;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

function sniffMagic(bytes: Uint8Array, textExt: boolean): Magic {
  // The PDF header may follow some junk; readers (and pdfjs) look within the first 1 KB. A
  // file named as text only counts when it starts with the header: prose may quote "%PDF-".
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt === 0) return 'pdf';
  // Signatures at offset 0 first: compressed data inside a ZIP may contain "%PDF-" by chance.
  if (looksLikeZip(bytes)) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (pdfAt > 0 && !textExt) return 'pdf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    startsWith(bytes, ascii('II*\0')) ||
    startsWith(bytes, ascii('MM\0*')) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
  ) {
    return 'image';
  }
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, ascii('7z\xbc\xaf\x27\x1c')) || startsWith(bytes, ascii('Rar!'))) {
    return 'archive';
  }
  return null;
}

function mismatchWarning(ext: string, format: DocumentFormat, actual: KindLabel): string[] {
  if (ext === '' || ext === format) return [];
  return [`文件扩展名为 .${ext}，但内容是${actual.zh}，已按 ${format.toUpperCase()} 读取。 / The file is named .${ext} but contains ${actual.en}; it was read as ${format.toUpperCase()}.`];
}

function planZip(bytes: Uint8Array, name: string, ext: string): ReadPlan {
  const entries = readZipDirectory(bytes);
  const textExt = TEXT_EXTENSIONS.has(ext);
  if (entries === null) {
    // Truncated or damaged: the directory at the end is gone, but a Word document's part
    // names are still visible in the local headers at the front.
    if (textExt) throw fileErrors.binary(name);
    const mentionsWord = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('word/') >= 0;
    if (ext === 'docx' || ext === '' || mentionsWord) throw fileErrors.corruptDocx(name);
    throw fileErrors.unsupported(name, UNSUPPORTED_EXTENSIONS[ext] ?? ZIP);
  }
  const has = (part: string): boolean => entries.some((e) => e.name === part);
  if (has('word/document.xml')) {
    if (textExt) throw fileErrors.wrongExtension(name, DOCX, 'docx');
    return { format: 'docx', warnings: mismatchWarning(ext, 'docx', DOCX), zipEntries: entries };
  }
  if (textExt) throw fileErrors.binary(name);
  if (has('xl/workbook.xml')) throw fileErrors.unsupported(name, EXCEL);
  if (has('ppt/presentation.xml')) throw fileErrors.unsupported(name, SLIDES);
  if (has('OFD.xml')) throw fileErrors.unsupported(name, OFD);
  if (has('mimetype') && has('content.xml')) throw fileErrors.unsupported(name, ODF);
  if (ext === 'docx') throw fileErrors.corruptDocx(name);
  throw fileErrors.unsupported(name, ZIP);
}

/** How to read `bytes` (named `name`, already a display name), or a BAD_FILE error. */
export function planRead(bytes: Uint8Array, name: string): ReadPlan {
  const ext = extensionOf(name);
  const textExt = TEXT_EXTENSIONS.has(ext);
  switch (sniffMagic(bytes, textExt)) {
    case 'pdf':
      if (textExt) throw fileErrors.wrongExtension(name, PDF, 'pdf');
      return { format: 'pdf', warnings: mismatchWarning(ext, 'pdf', PDF) };
    case 'zip':
      return planZip(bytes, name, ext);
    case 'ole2':
      // Same container for legacy .doc/.xls/.ppt and for password-protected DOCX/XLSX/PPTX.
      throw fileErrors.unsupported(name, (OLE_EXTENSIONS.has(ext) && UNSUPPORTED_EXTENSIONS[ext]) || OLE);
    case 'image':
      throw fileErrors.image(name);
    case 'rtf':
      throw fileErrors.unsupported(name, RTF);
    case 'archive':
      throw textExt ? fileErrors.binary(name) : fileErrors.unsupported(name, ZIP);
    case null:
      break;
  }
  if (IMAGE_EXTENSIONS.has(ext)) throw fileErrors.image(name);
  const unsupported = UNSUPPORTED_EXTENSIONS[ext];
  if (unsupported) throw fileErrors.unsupported(name, unsupported);
  if (ext === 'docx') throw fileErrors.corruptDocx(name);
  if (ext === 'pdf') throw fileErrors.corruptPdf(name);
  if (ext === 'md' || ext === 'markdown') return { format: 'md', warnings: [] };
  if (textExt || ext === '') return { format: 'txt', warnings: [] };
  // An unfamiliar extension (.log, .xml, .bak…): plain text is still worth reading; the text
  // decoder refuses it if the content is binary.
  return {
    format: 'txt',
    warnings: [`文件扩展名 .${ext} 不常见，已按纯文本读取。 / The extension .${ext} is unusual; the file was read as plain text.`],
  };
}
