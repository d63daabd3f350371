/**
 * mammoth's HTML → plain text, one paragraph per line, one table row per line with cells
 * separated by TABs. We go through HTML rather than mammoth.extractRawText because the raw
 * text puts every table cell on its own line (so rows can no longer be told apart), drops
 * manual line breaks and loses footnotes; TAB-separated rows are what the evidence ingest
 * recognises as table rows (electron/evidence/ingest/tables.ts).
 *
 * mammoth's HTML is generated, well-formed and escaped (&amp; &lt; &gt;), with a small tag
 * set (p, h1–h6, ul/ol/li, table/tr/td/th, br, a, sup, strong, em, img), so a tokenizer
 * suffices; this is not a general HTML parser and must not be used as one.
 */

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'div']);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|#39);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  let paragraph = '';
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let colspan = 1;
  /** Inside a footnote's "↑" back-link, which is navigation, not text. */
  let skipping = false;
  /** "[N] " for a footnote, put before its first non-empty paragraph. */
  let notePrefix = '';

  const flush = (): void => {
    const text = paragraph.replace(/[ \u00a0]+$/u, '').replace(/^[ \u00a0]+/u, '');
    if (text.trim() !== '') {
      lines.push(notePrefix + text);
      notePrefix = '';
    }
    paragraph = '';
  };
  // Inside a table cell every block boundary becomes a space: a row must stay on one line.
  const cellBreak = (): void => {
    if (cell !== null && cell !== '' && !cell.endsWith(' ')) cell += ' ';
  };

  for (const m of html.matchAll(TOKEN)) {
    const [, slash, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      if (skipping) continue;
      const decoded = decodeEntities(text).replace(/\r?\n/g, ' ');
      if (cell !== null) cell += decoded.replace(/\s+/g, ' ');
      else paragraph += decoded;
      continue;
    }
    const tag = (rawTag as string).toLowerCase();
    const closing = slash === '/';
    if (tag === 'a') {
      const href = attribute(attrs, 'href') ?? '';
      if (!closing && /^#(footnote|endnote)-ref-/.test(href)) skipping = true;
      else if (closing) skipping = false;
    } else if (tag === 'br') {
      if (cell !== null) cellBreak();
      else flush();
    } else if (tag === 'table') {
      if (closing) tableDepth--;
      else if (++tableDepth === 1) flush();
      else cellBreak();
    } else if (tag === 'tr' && tableDepth === 1) {
      if (!closing) row = [];
      else if (row !== null) {
        if (row.some((c) => c !== '')) lines.push(row.join('\t'));
        row = null;
      }
    } else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
      if (!closing) {
        cell = '';
        colspan = Math.min(Math.max(Number(attribute(attrs, 'colspan') ?? 1) || 1, 1), 64);
      } else if (cell !== null) {
        // A merged cell keeps the row's column count, so later cells stay under their headers.
        row?.push(cell.trim(), ...new Array<string>(colspan - 1).fill(''));
        cell = null;
      }
    } else if (tableDepth > 1 && (tag === 'td' || tag === 'th' || tag === 'tr')) {
      cellBreak();
    } else if (BLOCK.has(tag)) {
      if (cell !== null) cellBreak();
      else {
        flush();
        // Footnotes come last as <li id="footnote-N">; number them like their "[N]" markers.
        const note = closing ? null : /^(footnote|endnote)-(\d+)$/.exec(attribute(attrs, 'id') ?? '');
        if (note) notePrefix = `[${note[2]}] `;
      }
    }
  }
  flush();
  return lines.join('\n');
}
