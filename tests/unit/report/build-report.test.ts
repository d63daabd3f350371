import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import type { Snapshot } from '../../../shared/snapshot/snapshot';
import { buildReport } from '../../../electron/report/build-report';
import { effectiveItems } from '../../../electron/report/model';
import { readDocxParts, readReportProperties } from '../../../electron/report/read-report';
import { SECTIONS, sectionTitle } from '../../../electron/report/sections/contents';
import { TEXT_WIDTH } from '../../../electron/report/styles';
import { makeLargeSnapshot } from '../../fixtures/snapshots/make-large';
import { assertWellFormedXml, convertToPdf, docxText, hasCommand, pdfPages, pdfText, tableRows } from './docx-test-kit';
import { EMOJI, fingerprintOf, tricky, unsigned, urbanRail } from './fixtures';

/** The parts a test reads, all XML parts checked for well-formedness on the way. */
function unpack(docx: Buffer) {
  const parts = readDocxParts(docx, (name) => name.endsWith('.xml') || name.endsWith('.rels') || name.startsWith('word/media/'));
  for (const [name, xml] of Object.entries(parts)) if (!name.startsWith('word/media/')) assertWellFormedXml(xml, name);
  const of = (re: RegExp) => Object.keys(parts).filter((n) => re.test(n)).map((n) => parts[n]!);
  return {
    document: parts['word/document.xml']!,
    headers: of(/^word\/header\d*\.xml$/).join('\n'),
    footers: of(/^word\/footer\d*\.xml$/).join('\n'),
    custom: parts['docProps/custom.xml'] ?? '',
    media: Object.keys(parts).filter((n) => n.startsWith('word/media/')),
  };
}

/** Presence of a string or pattern in a large XML part, reported by name rather than by dumping the part. */
function expectIn(haystack: string, needle: string | RegExp, present = true): void {
  const found = typeof needle === 'string' ? haystack.includes(needle) : needle.test(haystack);
  expect(found, `${present ? 'expected' : 'did not expect'} ${String(needle)}`).toBe(present);
}

const HEADINGS = ['目\u3000\u3000录', ...SECTIONS.map((s) => sectionTitle(s.id)), sectionTitle('appendix')];
const names = (s: Snapshot) => (id: string) => s.determinants.find((d) => d.id === id)?.name ?? id;

describe('buildReport: signed report from the urban-rail fixture', () => {
  const snapshot = urbanRail();
  const fingerprint = fingerprintOf(snapshot);
  let docx: Buffer;
  let parts: ReturnType<typeof unpack>;
  beforeAll(async () => {
    docx = await buildReport(snapshot, { fingerprint });
    parts = unpack(docx);
  });

  it('is a DOCX with every section heading, in order', () => {
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const text = docxText(parts.document);
    let from = text.indexOf('目\u3000\u3000录') + 1; // the contents list names each heading once before it appears
    for (const h of HEADINGS.slice(1)) {
      const at = text.indexOf(`\n${h}\n`, from);
      expect(at, `heading ${h}`).toBeGreaterThan(0);
      from = at;
    }
    expectIn(parts.document, 'w:val="Heading1"');
    // The static contents list links to a bookmark on each heading (works where TOC fields stay empty).
    for (const id of [...SECTIONS.map((s) => s.id), 'appendix']) {
      expect(new RegExp(`<w:hyperlink [^>]*w:anchor="hia_${id}"`).test(parts.document), `link to ${id}`).toBe(true);
      expect(new RegExp(`<w:bookmarkStart [^>]*w:name="hia_${id}"`).test(parts.document), `bookmark ${id}`).toBe(true);
    }
  });

  it('lists every rated impact as a row of the impact table, with direction, ratings and risk', () => {
    const rows = tableRows(parts.document);
    for (const item of effectiveItems(snapshot)) {
      const label = itemLabel(item, names(snapshot), 'zh-CN');
      expect(rows.some((r) => r.includes(label)), label).toBe(true);
    }
    const noise = rows.find((r) => r.startsWith('1 | 噪声与振动（施工阶段）'));
    // The panel leader raised severity to 4 (严重): the final rating, not the median, is reported.
    expect(noise).toMatch(/负面 \| 4 很可能 \| 4 严重 \| 高 \| 17/);
    expect(rows.some((r) => r.includes('空气质量（运营阶段） | 正面') && r.includes('| — |'))).toBe(true);
  });

  it('sets East-Asian and Latin fonts on every run, with the GB/T 9704 families', () => {
    const runs = [...parts.document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!).filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(500);
    for (const r of runs) {
      expect(r).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
      expect(r).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    }
    for (const font of ['仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体']) expectIn(parts.document, `w:eastAsia="${font}"`);
    expectIn(parts.document, /<w:sz w:val="44"\/>/); // 二号 title
    expectIn(parts.document, /<w:sz w:val="32"\/>/); // 三号 body
  });

  it('uses A4 with GB/T 9704 margins, fixed-width tables and repeated header rows', () => {
    expectIn(parts.document, /<w:pgSz w:w="11906" w:h="16838"/);
    expectIn(parts.document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const tables = [...parts.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tblGrid>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const t of tables) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(grid).toBe(TEXT_WIDTH);
    }
    expect(parts.document.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('prints the assessment number in the header and page numbers and the fingerprint in the footer', () => {
    expectIn(parts.headers, '编号：HIA-2026-003');
    expectIn(parts.footers, /PAGE/);
    expectIn(parts.footers, fingerprint);
    expectIn(parts.headers, '草稿', false);
  });

  it('prints the fingerprint on the sign-off page and stores it in the custom properties', () => {
    const text = docxText(parts.document);
    expect(text).toContain('报告指纹（SHA-256）：');
    expect(text).toContain(fingerprint);
    expectIn(parts.custom, fingerprint);
    expect(readReportProperties(docx)).toEqual({
      fingerprint,
      assessmentId: snapshot.assessment.id,
      version: 1,
      number: 'HIA-2026-003',
      status: 'signed',
    });
    for (const s of snapshot.signatures) expect(text).toContain(s.name);
  });

  it('shows the panel divergence with each expert’s rating and the leader’s resolution', () => {
    const text = docxText(parts.document);
    expect(text).toContain('分歧情况：严重程度评分相差2级及以上');
    expect(text).toContain('陈静负面 5×5');
    expect(text).toContain('组长最终评定：负面，可能性4、严重程度4（高）');
  });

  it('embeds both charts as PNG images', () => {
    expect(parts.media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
    expectIn(parts.document, '图1\u3000风险矩阵');
    expectIn(parts.document, '图2\u3000健康影响因素优先级');
  });

  it('has no draft banner or watermark', () => {
    expectIn(parts.document, '草稿 · 未签发', false);
    expectIn(parts.headers, 'v:textpath', false);
  });
});

describe('buildReport: drafts and fallbacks', () => {
  it('marks an unsigned report as a draft: banner, header, watermark, no fingerprint', async () => {
    const snapshot = unsigned(urbanRail());
    // A fingerprint alone does not make a report signed: both signatures are needed.
    const docx = await buildReport(snapshot, { fingerprint: fingerprintOf(snapshot) });
    const parts = unpack(docx);
    expectIn(parts.document, '草稿 · 未签发');
    expectIn(parts.headers, '草稿 · 未签发');
    expectIn(parts.headers, /<v:textpath [^>]*string="草稿"/);
    expectIn(parts.document, fingerprintOf(snapshot), false);
    expect(readReportProperties(docx)).toMatchObject({ fingerprint: null, status: 'draft', assessmentId: snapshot.assessment.id });
  });

  it('is a draft when signed by both but no fingerprint is given', async () => {
    const parts = unpack(await buildReport(urbanRail(), { fingerprint: null }));
    expectIn(parts.document, '草稿 · 未签发');
  });

  it('rejects a fingerprint that is not a SHA-256 digest', async () => {
    await expect(buildReport(urbanRail(), { fingerprint: 'abc' })).rejects.toThrow(/SHA-256/);
  });

  it('prints the risk matrix as a table when charts are not drawn', async () => {
    const parts = unpack(await buildReport(urbanRail(), { fingerprint: null, charts: 'table' }));
    expect(parts.media).toHaveLength(0);
    expect(tableRows(parts.document).some((r) => r.startsWith('4 严重 |') && r.includes('噪声与振动（施工阶段）'))).toBe(true);
  });

  it('reads no properties from a file that is not a DOCX', () => {
    expect(() => readReportProperties(Buffer.from('not a zip'))).toThrow(/not a DOCX/);
  });
});

describe('buildReport: hostile user text', () => {
  it('escapes XML specials, keeps emoji, breaks long words and drops control characters', async () => {
    const snapshot = tricky(urbanRail());
    const fingerprint = fingerprintOf(snapshot);
    const parts = unpack(await buildReport(snapshot, { fingerprint }));
    expectIn(parts.document, '&lt;script&gt;alert(&quot;x&quot;) &amp; ');
    expectIn(parts.document, '<script>', false);
    expectIn(parts.document, EMOJI);
    expect(docxText(parts.document)).toContain('&amp;'); // the literal text "&amp;" survives as text
    // No run of more than 40 unbreakable characters is left for a table cell to overflow on.
    // (The fingerprint alone is kept whole, so it can be copied and compared.)
    for (const m of parts.document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
      if (m[1] !== fingerprint) expect(m[1]).not.toMatch(/[A-Za-z0-9:/.]{41,}/);
    }
    expect([...parts.custom].some((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c))).toBe(false);
  });
});

describe('buildReport: speed', () => {
  it('builds a report of 60 determinants, 5 experts and 100 passages in well under 5 s', async () => {
    const snapshot = makeLargeSnapshot();
    expect(snapshot.stages.scoring.items).toHaveLength(60);
    expect(snapshot.panel.members).toHaveLength(5);
    expect(snapshot.evidence).toHaveLength(100);
    const cold = performance.now();
    await buildReport(snapshot, { fingerprint: fingerprintOf(snapshot) });
    const coldMs = performance.now() - cold;
    const start = performance.now();
    const docx = await buildReport(snapshot, { fingerprint: fingerprintOf(snapshot) });
    const ms = performance.now() - start;
    console.log(`large report: ${Math.round(ms)} ms (first build in this process ${Math.round(coldMs)} ms), ${docx.byteLength} bytes`);
    expect(tableRows(unpack(docx).document).length).toBeGreaterThan(60 + 60 + 100);
    expect(ms).toBeLessThan(5000);
  });
});

/**
 * LibreOffice opens the reports: a real office suite, not only our XML check. Missing soffice is
 * a failure (CI must install it), unless HIA_SKIP_OFFICE=1 says this machine cannot.
 */
const SKIP_OFFICE = process.env.HIA_SKIP_OFFICE === '1';

describe('LibreOffice opens the reports', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-report-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.skipIf(SKIP_OFFICE)(
    'converts signed, draft and hostile-text reports to PDF with the headings and determinant names',
    async () => {
      for (const cmd of ['soffice', 'pdftotext']) {
        if (!hasCommand(cmd)) {
          throw new Error(
            `${cmd} is not on PATH. Install LibreOffice and poppler (Debian: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils), or set HIA_SKIP_OFFICE=1 to skip this test.`,
          );
        }
      }
      const snapshot = urbanRail();
      const hostile = tricky(snapshot);
      const files = {
        signed: await buildReport(snapshot, { fingerprint: fingerprintOf(snapshot) }),
        draft: await buildReport(unsigned(snapshot), { fingerprint: null }),
        hostile: await buildReport(hostile, { fingerprint: fingerprintOf(hostile) }),
      };
      const docxPaths = Object.entries(files).map(([name, bytes]) => {
        const p = path.join(dir, `${name}.docx`);
        fs.writeFileSync(p, bytes);
        return p;
      });
      const [signedPdf, draftPdf, hostilePdf] = convertToPdf(docxPaths, dir);

      const flat = (pdf: string) => pdfText(pdf).replace(/\s+/g, '');
      const signed = flat(signedPdf!);
      for (const h of HEADINGS) expect(signed, h).toContain(h.replace(/\s+/g, ''));
      for (const d of snapshot.determinants) expect(signed, d.name).toContain(d.name);
      expect(signed).toContain(fingerprintOf(snapshot));
      expect(signed).not.toContain('草稿·未签发');
      expect(pdfPages(signedPdf!)).toBeGreaterThan(15);

      expect(flat(draftPdf!)).toContain('草稿·未签发');
      const hostileText = flat(hostilePdf!);
      expect(hostileText).toContain('<script>alert("x")');
      expect(hostileText).toContain('关于加快推进城市轨道交通四期建设的实施方案');
    },
    240_000,
  );
});
