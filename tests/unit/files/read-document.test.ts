import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../electron/files/read-document';
import { AppError } from '../../../shared/errors';
import { expectBadFile, fixture, nonEmptyLines, reference, squash } from './fixtures';

describe('readDocument: the same draft in every format gives the same text', () => {
  const cases = [
    { file: 'draft.utf8.txt', format: 'txt', encoding: 'utf-8' },
    { file: 'draft.gbk.txt', format: 'txt', encoding: 'gb18030' },
    { file: 'draft.utf16le.txt', format: 'txt', encoding: 'utf-16le' },
    { file: 'draft.docx', format: 'docx', encoding: undefined },
    { file: 'draft.pdf', format: 'pdf', encoding: undefined },
  ] as const;

  it.each(cases)('$file', async ({ file, format, encoding }) => {
    const bytes = fixture(file);
    const before = Buffer.from(bytes);
    const result = await readDocument(bytes, file);
    expect(result.format).toBe(format);
    expect(result.encoding).toBe(encoding);
    expect(result.warnings).toEqual([]);
    expect(squash(result.text)).toBe(squash(reference()));
    // Line structure survives: PDF wrapping is undone, DOCX paragraphs are one per line.
    const expected = nonEmptyLines(reference());
    expect(nonEmptyLines(result.text)).toBeGreaterThanOrEqual(Math.floor(expected * 0.8));
    expect(nonEmptyLines(result.text)).toBeLessThanOrEqual(Math.ceil(expected * 1.2));
    expect(result.text).not.toMatch(/\r|\ufeff/);
    // The caller's bytes are untouched (pdfjs detaches buffers it is given).
    expect(bytes.equals(before)).toBe(true);
  });

  it('reports the page count of a PDF and reaches progress 1, page by page', async () => {
    const seen: number[] = [];
    const result = await readDocument(fixture('draft.pdf'), 'draft.pdf', { onProgress: (f) => seen.push(f) });
    expect(result.pages).toBe(2);
    expect(seen).toContain(0.5);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('reads Chinese PDF text that needs the predefined CMaps (non-embedded STSong, UniGB-UCS2-H)', async () => {
    const result = await readDocument(fixture('cmap-gb.pdf'), 'cmap-gb.pdf');
    expect(result.text).toBe('关于施工噪声和扬尘的健康影响评价');
  });

  it('reads UTF-16 BE and UTF-8 with BOM, and Markdown as text', async () => {
    const text = reference();
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(await readDocument(be, 'a.txt')).toMatchObject({ text, encoding: 'utf-16be' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(await readDocument(bom, 'a.txt')).toMatchObject({ text, encoding: 'utf-8' });
    const md = await readDocument(iconv.encode('# 标题\r\n\r\n- 施工噪声\r\n', 'gbk'), 'notes.md');
    expect(md).toMatchObject({ format: 'md', encoding: 'gb18030', text: '# 标题\n\n- 施工噪声\n' });
  });
});

describe('readDocument: DOCX structure', () => {
  it('puts table rows on one line with TAB-separated cells, keeps line breaks and footnotes', async () => {
    const cell = (...paragraphs: string[]): TableCell => new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) });
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('数据来源：市统计局 & <年鉴>')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('一、现状'), new FootnoteReferenceRun(1), new TextRun({ text: '第二行', break: 1 })] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('类别'), cell('指标', '（单位）'), cell('目标值')] }),
                new TableRow({ children: [cell('健康环境'), cell('PM2.5 浓度'), cell('35')] }),
                new TableRow({ children: [cell(), cell(), cell()] }),
              ],
            }),
            new Paragraph('二、措施'),
          ],
        },
      ],
    });
    const result = await readDocument(await Packer.toBuffer(doc), 'table.docx');
    expect(result.text.split('\n')).toEqual([
      '一、现状[1]',
      '第二行',
      '类别\t指标 （单位）\t目标值',
      '健康环境\tPM2.5 浓度\t35',
      '二、措施',
      '[1] 数据来源：市统计局 & <年鉴>',
    ]);
  });
});

describe('readDocument: bad files get a clear BAD_FILE error', () => {
  it.each([
    ['empty.txt', 'empty'],
    ['not-really.txt', 'binary'],
    ['mixed-invalid.txt', 'bad-encoding'],
    ['corrupt.docx', 'corrupt-docx'],
    ['image-only.pdf', 'image-only-pdf'],
    ['encrypted.pdf', 'encrypted-pdf'],
  ])('%s → %s', async (file, reason) => {
    const error = await expectBadFile(readDocument(fixture(file), file), reason, file);
    if (reason === 'image-only-pdf') expect(error.message).toMatch(/OCR/);
  });

  it('names only the base name of the file, never its path', async () => {
    for (const path of ['../../x.txt', '..\\..\\secret\\x.txt', '/etc/hia/x.txt', 'C:\\Users\\张三\\Desktop\\x.txt', 'x.txt\u202e']) {
      const error = await expectBadFile(readDocument(fixture('not-really.txt'), path), 'binary', 'x.txt');
      expect(error.message).not.toMatch(/\.\.|secret|etc|Users|张三|Desktop|\u202e/);
    }
    await expectBadFile(readDocument(fixture('empty.txt'), '../..'), 'empty', 'untitled');
  });

  it('enforces maxBytes (default 20 MB) before reading anything', async () => {
    const bytes = fixture('draft.utf8.txt');
    await expectBadFile(readDocument(bytes, 'a.txt', { maxBytes: bytes.length - 1 }), 'too-large', 'a.txt');
    await expect(readDocument(bytes, 'a.txt', { maxBytes: bytes.length })).resolves.toMatchObject({ format: 'txt' });
    const error = await expectBadFile(readDocument(Buffer.alloc(21 * 1024 * 1024, 0x61), 'big.txt'), 'too-large', 'big.txt');
    expect(error.message).toContain('20 MB');
    await expect(readDocument(bytes, 'a.txt', { maxBytes: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('reads a 50 MB GBK text when the limit allows it', async () => {
    const line = iconv.encode('施工噪声、扬尘和交通安全对老年人出行的影响评价。\r\n', 'gb18030');
    const bytes = Buffer.concat(new Array<Buffer>(Math.ceil((50 * 1024 * 1024) / line.length)).fill(line));
    const result = await readDocument(bytes, 'big.txt', { maxBytes: 60 * 1024 * 1024 });
    expect(result.encoding).toBe('gb18030');
    expect(result.text.startsWith('施工噪声、扬尘')).toBe(true);
    expect(result.text).not.toContain('\r');
  });

  it('refuses unsupported types and says what to save them as', async () => {
    const text = fixture('draft.utf8.txt');
    for (const name of ['草案.doc', '数据.xls', '汇报.pptx', '公文.ofd', 'page.html']) {
      const error = await expectBadFile(readDocument(text, name), 'unsupported-type', name);
      expect(error.message).toMatch(/DOCX、PDF 或 TXT[\s\S]*DOCX, PDF or TXT/);
    }
    await expectBadFile(readDocument(text, 'scan.jpg'), 'unsupported-type', 'scan.jpg');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await expectBadFile(readDocument(png, 'scan.txt'), 'unsupported-type')).message).toMatch(/OCR/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect((await expectBadFile(readDocument(ole, 'old.doc'), 'unsupported-type')).message).toContain('旧版 Word');
    expect((await expectBadFile(readDocument(ole, 'locked.docx'), 'unsupported-type')).message).toContain('密码');
  });

  it('reads DOCX and PDF by content, but refuses them behind a text extension', async () => {
    const docx = fixture('draft.docx');
    await expectBadFile(readDocument(docx, 'draft.txt'), 'wrong-extension', 'draft.txt');
    await expectBadFile(readDocument(fixture('draft.pdf'), 'draft.md'), 'wrong-extension', 'draft.md');
    await expect(readDocument(docx, 'draft')).resolves.toMatchObject({ format: 'docx', warnings: [] });
    const renamed = await readDocument(docx, 'draft.wps');
    expect(renamed.format).toBe('docx');
    expect(renamed.warnings[0]).toMatch(/\.wps.*DOCX/);
    await expectBadFile(readDocument(fixture('draft.utf8.txt'), 'draft.docx'), 'corrupt-docx', 'draft.docx');
    await expectBadFile(readDocument(fixture('draft.utf8.txt'), 'draft.pdf'), 'corrupt-pdf', 'draft.pdf');
    // Some generators put bytes before the header; PDF readers look within the first 1 KB.
    const prefixed = Buffer.concat([Buffer.from('\r\n\r\n'), fixture('draft.pdf')]);
    await expect(readDocument(prefixed, 'scan.pdf')).resolves.toMatchObject({ format: 'pdf', pages: 2 });
    const log = await readDocument(fixture('draft.utf8.txt'), 'draft.log');
    expect(log.warnings[0]).toContain('.log');
  });

  it('refuses whitespace-only text as having no text', async () => {
    await expectBadFile(readDocument(Buffer.from(' \r\n\t\n'), 'blank.txt'), 'no-text', 'blank.txt');
  });
});

describe('readDocument: ZIP checks before mammoth', () => {
  /** A ZIP with stored (uncompressed) entries whose central directory may declare other sizes. */
  function zip(entries: { name: string; data?: string; declaredSize?: number }[]): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const e of entries) {
      const name = Buffer.from(e.name);
      const data = Buffer.from(e.data ?? '');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(e.declaredSize ?? data.length, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(local, name, data);
      centrals.push(central, name);
      offset += local.length + name.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }

  it('refuses a DOCX whose XML would expand beyond what can be parsed safely', async () => {
    const bomb = zip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml', data: '<w:document/>', declaredSize: 0xfffffff0 }]);
    const error = await expectBadFile(readDocument(bomb, 'bomb.docx'), 'corrupt-docx', 'bomb.docx');
    expect(error.message).toContain('MB');
  });

  it('tells spreadsheets and plain archives from Word documents', async () => {
    const xlsx = zip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.xml' }]);
    expect((await expectBadFile(readDocument(xlsx, 'a.docx'), 'unsupported-type')).message).toContain('Excel');
    await expectBadFile(readDocument(zip([{ name: 'a.txt', data: 'x' }]), 'a.zip'), 'unsupported-type', 'a.zip');
    await expectBadFile(readDocument(zip([{ name: 'a.txt', data: 'x' }]), 'a.docx'), 'corrupt-docx', 'a.docx');
    await expectBadFile(readDocument(zip([{ name: 'a.txt', data: 'x' }]), 'a.txt'), 'binary', 'a.txt');
  });

  it('reports a damaged DOCX whose directory is intact as corrupt, not as an internal error', async () => {
    const fake = zip([{ name: '[Content_Types].xml', data: 'not xml' }, { name: 'word/document.xml', data: '<<<' }]);
    const error = await expectBadFile(readDocument(fake, 'fake.docx'), 'corrupt-docx', 'fake.docx');
    expect(error).toBeInstanceOf(AppError);
    expect(error.cause).toBeDefined();
  });
});
