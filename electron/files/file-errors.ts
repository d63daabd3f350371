/**
 * Every way a user's file can be refused, as one bilingual BAD_FILE message each
 * ("<中文> / <English>"), so the CLI, logs and the renderer all get a sentence that says what is
 * wrong and what to do. Messages name the file by its base name only (a path such as
 * `../../x.txt` may come from a drag-and-drop or a crafted request and must not be echoed) and
 * never quote file content: parser messages can contain bytes of the file, so they go to
 * `cause` (logs) and never into `message` (which crosses the contract).
 */
import { AppError } from '../../shared/errors';

export type BadFileReason =
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'wrong-extension'
  | 'binary'
  | 'bad-encoding'
  | 'corrupt-docx'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'no-text'
  | 'image-only-pdf';

/** A bilingual label for a kind of file, used inside the messages below. */
export interface KindLabel {
  zh: string;
  en: string;
}

const MAX_NAME = 80;

/**
 * The name to show for a file: last path segment (either separator, since Windows paths reach
 * us too), without control or bidi-override characters (they could disguise the name in the
 * UI), shortened if very long.
 */
export function displayName(fileName: string): string {
  const last = fileName.split(/[\\/]/).filter((s) => s !== '' && s !== '.' && s !== '..').pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (clean === '') return 'untitled';
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean;
}

/** Lower-case extension without the dot ('' when there is none, e.g. "README" or ".bashrc"). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function badFile(reason: BadFileReason, zh: string, en: string, cause?: unknown): AppError {
  const error = new AppError('BAD_FILE', `${zh} / ${en}`, { reason });
  if (cause !== undefined) error.cause = cause;
  return error;
}

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const SAVE_AS_ZH = '请在 Word 或 WPS 中另存为 DOCX、PDF 或 TXT 后再导入。';
const SAVE_AS_EN = 'Save it as DOCX, PDF or TXT (in Word or WPS) and import again.';

export const fileErrors = {
  empty: (name: string) =>
    badFile('empty', `文件「${name}」是空的（0 字节），没有可导入的内容。`, `The file "${name}" is empty (0 bytes); there is nothing to import.`),

  tooLarge: (name: string, size: number, limit: number) =>
    badFile(
      'too-large',
      `文件「${name}」过大（${megabytes(size)}），超过 ${megabytes(limit)} 的上限。请拆分文件或删除其中的图片后再导入。`,
      `The file "${name}" is too large (${megabytes(size)}); the limit is ${megabytes(limit)}. Split it or remove its pictures, then import again.`,
    ),

  unsupported: (name: string, kind: KindLabel) =>
    badFile('unsupported-type', `暂不支持导入「${name}」：这是${kind.zh}。${SAVE_AS_ZH}`, `"${name}" cannot be imported: it is ${kind.en}. ${SAVE_AS_EN}`),

  image: (name: string) =>
    badFile(
      'unsupported-type',
      `暂不支持导入图片「${name}」：本软件不能识别图片中的文字（不支持 OCR）。请导入含文字的 DOCX、PDF 或 TXT 文件。`,
      `The picture "${name}" cannot be imported: text in images cannot be read (OCR is not supported). Import a DOCX, PDF or TXT file that contains the text.`,
    ),

  wrongExtension: (name: string, actual: KindLabel, rightExtension: string) =>
    badFile(
      'wrong-extension',
      `文件「${name}」的扩展名表示文本文件，但内容是${actual.zh}。请把扩展名改为 .${rightExtension} 后再导入。`,
      `"${name}" is named as a text file but contains ${actual.en}. Rename it to .${rightExtension} and import again.`,
    ),

  binary: (name: string) =>
    badFile(
      'binary',
      `文件「${name}」不是文本文件：其中含有二进制数据（可能是程序、压缩包或扩展名被改过的文件）。${SAVE_AS_ZH}`,
      `"${name}" is not a text file: it contains binary data (perhaps a program, an archive or a file with the wrong extension). ${SAVE_AS_EN}`,
    ),

  badEncoding: (name: string) =>
    badFile(
      'bad-encoding',
      `无法识别文件「${name}」的文字编码：它既不是有效的 UTF-8，也不像 GBK/GB18030 编码的中文文本（可能混用了多种编码，或已损坏）。请用记事本等编辑器打开并另存为 UTF-8 后再导入。`,
      `Cannot recognise the text encoding of "${name}": it is neither valid UTF-8 nor plausible GBK/GB18030 Chinese text (it may mix encodings or be damaged). Open it in an editor such as Notepad, save it as UTF-8 and import again.`,
    ),

  corruptDocx: (name: string, cause?: unknown) =>
    badFile(
      'corrupt-docx',
      `无法读取 Word 文档「${name}」：文件已损坏或不完整（可能下载或复制时被中断），或并非真正的 DOCX 文件。请用 Word 或 WPS 打开确认，另存为新的 DOCX 后再导入。`,
      `Cannot read the Word document "${name}": the file is damaged or incomplete (perhaps an interrupted download or copy), or is not really a DOCX file. Open it in Word or WPS, save it as a new DOCX and import again.`,
      cause,
    ),

  docxTooBig: (name: string, expanded: number) =>
    badFile(
      'corrupt-docx',
      `无法读取 Word 文档「${name}」：其内容解压后达 ${megabytes(expanded)}，超出可安全读取的范围（文件可能异常）。请拆分文档后再导入。`,
      `Cannot read the Word document "${name}": its content expands to ${megabytes(expanded)}, more than can be read safely (the file may be malformed). Split the document and import again.`,
    ),

  corruptPdf: (name: string, cause?: unknown) =>
    badFile(
      'corrupt-pdf',
      `无法读取 PDF 文件「${name}」：文件已损坏或不完整，或并非真正的 PDF 文件。请重新下载或重新导出 PDF 后再导入。`,
      `Cannot read the PDF "${name}": the file is damaged or incomplete, or is not really a PDF. Download or export the PDF again and import it.`,
      cause,
    ),

  encryptedPdf: (name: string) =>
    badFile(
      'encrypted-pdf',
      `PDF 文件「${name}」设有打开密码，无法读取。请取消密码（或另存为不加密的 PDF）后再导入。`,
      `The PDF "${name}" is password-protected and cannot be read. Remove the password (or save an unprotected copy) and import again.`,
    ),

  imageOnlyPdf: (name: string) =>
    badFile(
      'image-only-pdf',
      `PDF 文件「${name}」中没有可提取的文字，可能是扫描件或图片。本软件不支持文字识别（OCR），请导入带文字层的 PDF，或原始的 Word/文本文件。`,
      `The PDF "${name}" has no extractable text; it is probably a scan or pictures. OCR is not supported: import a PDF with a text layer, or the original Word or text file.`,
    ),

  noText: (name: string) =>
    badFile('no-text', `文件「${name}」中没有文字内容。`, `"${name}" contains no text.`),
};
