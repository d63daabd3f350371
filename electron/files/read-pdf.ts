/**
 * PDF → plain text with pdfjs-dist (Mozilla's PDF.js, pure JavaScript: nothing native to
 * build or download). We use the legacy build, the one meant for Node, and run its parser
 * in-process (globalThis.pdfjsWorker) rather than letting it import its worker file by
 * relative URL, which breaks once the main process is bundled.
 *
 * Chinese PDFs often use non-embedded fonts with predefined CMaps (UniGB-UCS2-H and friends,
 * tests/fixtures/documents/cmap-gb.pdf); without cMapUrl pdfjs extracts no text from them
 * at all. Eval, system fonts and FontFace are off: we only need character codes, and a PDF
 * must not make us compile code or touch the user's font folders.
 */
import { createRequire } from 'node:module';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dirname, join, sep } from 'node:path';
import { AppError } from '../../shared/errors';
import { fileErrors } from './file-errors';
import { itemsToLines, toTextItems } from './pdf-text-lines';
import { reflowPage } from './pdf-reflow';

type Pdfjs = typeof PdfjsModule;

export interface PdfText {
  text: string;
  pages: number;
  warnings: string[];
}

let pdfjsModule: Promise<Pdfjs> | null = null;

/** Loaded on first use: pdf.mjs is large, and most sessions never open a PDF. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler };
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })().catch((error: unknown) => {
    pdfjsModule = null;
    throw error;
  });
  return pdfjsModule;
}

/** pdfjs resolves these by plain file path in Node; they must end with a separator. */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
}

/** Private-use and replacement characters: what fonts without a Unicode mapping turn into. */
const GARBLED = /[\ue000-\uf8ff\ufffd]/g;

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join('、');
  return pages.length > 10 ? `${shown}…` : shown;
}

export async function readPdf(bytes: Uint8Array, name: string, onProgress?: (fraction: number) => void): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  let task: ReturnType<Pdfjs['getDocument']> | undefined;
  try {
    task = pdfjs.getDocument({
      // A plain Uint8Array copy: pdfjs refuses Buffers and transfers (detaches) the buffer it
      // is given, and the caller's may be shared (Node pools small Buffers).
      data: new Uint8Array(bytes),
      ...dataFolders(),
      cMapPacked: true,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      enableXfa: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    const pdf = await task.promise;
    const pageTexts: string[] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const paragraphs = reflowPage(itemsToLines(toTextItems(content.items)));
      page.cleanup();
      if (paragraphs.length === 0) emptyPages.push(n);
      else pageTexts.push(paragraphs.join('\n'));
      onProgress?.(n / pdf.numPages);
    }
    if (pageTexts.length === 0) throw fileErrors.imageOnlyPdf(name);

    const text = pageTexts.join('\n\n');
    const warnings: string[] = [];
    if (emptyPages.length > 0) {
      warnings.push(
        `第 ${pageList(emptyPages)} 页没有可提取的文字（可能是扫描图片），这些页未导入。 / Page(s) ${pageList(emptyPages).replace(/、/g, ', ')} have no extractable text (probably scanned images) and were not imported.`,
      );
    }
    const garbled = text.match(GARBLED)?.length ?? 0;
    if (garbled > 0.05 * text.replace(/\s/g, '').length) {
      warnings.push('部分文字可能无法正确显示（PDF 字体缺少编码信息），请核对导入结果。 / Some text may be garbled (the PDF fonts lack a Unicode mapping); check the result.');
    }
    return { text, pages: pdf.numPages, warnings };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // pdfjs reports a missing password as PasswordException; InvalidPDFException and others
    // mean a damaged or fake file.
    if (error instanceof Error && error.name === 'PasswordException') throw fileErrors.encryptedPdf(name);
    throw fileErrors.corruptPdf(name, error);
  } finally {
    // Frees the document, its pages and the in-process worker's copy of the data.
    await task?.destroy();
  }
}
