import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the report tests need beyond vitest: a strict XML well-formedness check (so a bad
 * character or escape fails here, not in Word), text and table rows from WordprocessingML, and
 * LibreOffice conversion to PDF with pdftotext.
 */

/** Characters XML 1.0 forbids, and unpaired surrogates (which cannot be encoded). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRS = new RegExp(`^(?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*\\s*$`);
const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Throws with the offset and reason when `xml` is not well-formed: illegal characters, a bad
 * entity, a malformed tag or attribute, or unbalanced elements. Enough for machine-written XML
 * (no DTD); much stricter than the tolerant parsers office suites use.
 */
export function assertWellFormedXml(xml: string, label = 'xml'): void {
  const fail = (at: number, why: string) => {
    throw new Error(`${label}: not well-formed at ${at}: ${why} near ${JSON.stringify(xml.slice(Math.max(0, at - 40), at + 40))}`);
  };
  const illegal = ILLEGAL.exec(xml);
  if (illegal) fail(illegal.index, `illegal character U+${illegal[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
  const stack: string[] = [];
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|</g;
  let last = 0;
  for (const m of xml.matchAll(token)) {
    const text = xml.slice(last, m.index);
    if (BAD_AMP.test(text)) fail(last + text.search(BAD_AMP), 'bad entity in text');
    last = m.index + m[0].length;
    if (m[0] === '<') fail(m.index, 'unescaped <');
    if (m[2] === undefined) continue; // declaration, comment, CDATA
    const [, close, name, attrs, selfClose] = m;
    if (!new RegExp(`^${NAME}$`).test(name!)) fail(m.index, `bad element name ${name}`);
    if (close) {
      if (attrs!.trim() || selfClose) fail(m.index, 'malformed end tag');
      if (stack.pop() !== name) fail(m.index, `unexpected </${name}>`);
      continue;
    }
    if (!ATTRS.test(attrs!)) fail(m.index, `malformed attributes in <${name}>`);
    if (BAD_AMP.test(attrs!)) fail(m.index, `bad entity in attributes of <${name}>`);
    if (!selfClose) stack.push(name!);
  }
  if (BAD_AMP.test(xml.slice(last))) fail(last, 'bad entity in trailing text');
  if (stack.length > 0) fail(xml.length, `unclosed <${stack.at(-1)}>`);
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(Number(e.startsWith('#x') ? `0x${e.slice(2)}` : e.slice(1))),
  );

/** The text of WordprocessingML, paragraphs on separate lines (w:t contents, decoded). */
export function docxText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .join('\n');
}

/** The text of each table row (cells joined with ' | '). */
export function tableRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
    row[0]
      .split(/<\/w:tc>/)
      .map((cell) => docxText(cell).replace(/\n/g, ' ').trim())
      .filter((c) => c.length > 0)
      .join(' | '),
  );
}

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/**
 * Converts DOCX files to PDF with LibreOffice in one run (each start costs seconds). A private
 * profile directory lets it run beside other soffice processes, which otherwise make it exit
 * silently. Returns the PDF paths; throws with LibreOffice's output when one is missing.
 */
export function convertToPdf(docxFiles: string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(outDir, 'lo-profile-'));
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const pdfs = docxFiles.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  const missing = pdfs.filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new Error(`LibreOffice did not produce ${missing.join(', ')} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return pdfs;
}

/** pdftotext output (reading order, not layout), for asserting what a reader sees. */
export function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.stderr}`);
  return r.stdout;
}

export function pdfPages(pdf: string): number {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
}
