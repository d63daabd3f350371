/**
 * DOCX → plain text with mammoth (pure JavaScript, reads the document body, tables, lists,
 * footnotes; no Office installation needed). Its HTML output is turned into lines by
 * docx-html-to-text.ts. Before mammoth inflates anything, the sizes declared in the ZIP
 * directory are checked: mammoth holds every XML part in memory as a string and a DOM, so a
 * small file that expands to gigabytes must be refused up front rather than exhaust memory.
 */
import mammoth from 'mammoth';
import { docxHtmlToText } from './docx-html-to-text';
import { fileErrors } from './file-errors';
import type { ZipEntry } from './zip-directory';

export interface DocxText {
  text: string;
  warnings: string[];
}

/**
 * Limit on the XML parts mammoth parses. A 500-page report's document.xml is 10–20 MB;
 * pictures (not read) do not count.
 */
const MAX_XML_BYTES = 150 * 1024 * 1024;

function checkDirectory(entries: readonly ZipEntry[], name: string): void {
  let xmlBytes = 0;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    if (entry.encrypted && entry.name === 'word/document.xml') throw fileErrors.corruptDocx(name);
    // ZIP64 sizes (NaN) only occur in archives far larger than our file size limit allows.
    xmlBytes += Number.isNaN(entry.uncompressedSize) ? MAX_XML_BYTES : entry.uncompressedSize;
  }
  if (xmlBytes > MAX_XML_BYTES) throw fileErrors.docxTooBig(name, xmlBytes);
}

export async function readDocx(bytes: Uint8Array, name: string, entries?: readonly ZipEntry[]): Promise<DocxText> {
  if (entries) checkDirectory(entries, name);
  let pictures = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Count pictures instead of base64-encoding them into the HTML we throw away.
        convertImage: mammoth.images.imgElement(() => {
          pictures++;
          return Promise.resolve({ src: '' });
        }),
        // A DOCX can link external files by path; never let a document make us read them.
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    // mammoth's messages are about unmapped styles, irrelevant to plain text, and may quote
    // document content, so they are not passed on.
    html = result.value;
  } catch (error) {
    throw fileErrors.corruptDocx(name, error);
  }
  const warnings =
    pictures > 0
      ? [`文档含 ${pictures} 张图片，图片中的文字未导入。 / The document contains ${pictures} picture(s); text inside pictures was not imported.`]
      : [];
  return { text: docxHtmlToText(html), warnings };
}
