import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoCore, type DemoCore } from '../../support/demo-core';
import type { Core } from '../../../electron/core';
import type { DemoResult } from '../../../electron/demo/build-demo';
import { buildReport } from '../../../electron/report/build-report';
import { readDocxParts, readReportProperties } from '../../../electron/report/read-report';
import { reportFor } from '../../../electron/report/report-for';
import type { Channel } from '../../../shared/channels';
import { resignWith, SPORTS_AREA } from '../monitoring/resign';
import { assertWellFormedXml, convertToPdf, docxText, hasCommand, pdfText, tableRows } from './docx-test-kit';
import { fingerprintOf, urbanRail } from './fixtures';

/**
 * Monitoring indicators from end to end: picked in scoping → signed → printed in the report's
 * 监测指标 table; values recorded after sign-off → a 签发后跟踪监测记录 table in the report of
 * the signed version, which `hia verify` still matches (the fingerprint covers the snapshot).
 */

const demoCore = useDemoCore('hia-monitoring-report-');
let dir: string;
let dbPath: string;
let core: Core;
let demo: DemoResult;
let call: DemoCore['call'];

beforeAll(() => {
  ({ dir, dbPath, core, demo, call } = demoCore());
});

function documentXml(docx: Buffer): string {
  const parts = readDocxParts(docx, (n) => n === 'word/document.xml');
  assertWellFormedXml(parts['word/document.xml']!, 'word/document.xml');
  return parts['word/document.xml']!;
}

const CAPTION = '签发后跟踪监测记录';
const today = () => new Date().toLocaleDateString('sv-SE');
const chinese = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

describe('monitoring indicators in the report', () => {
  it('prints the indicators picked in scoping, as signed, in the 监测指标 table', async () => {
    const picked = (await call('workflow/get', { id: demo.assessmentId })).data.scoping.determinants.flatMap((d) => d.indicators);
    expect(picked.length).toBeGreaterThan(0);
    const snapshot = core.signOff.signed(demo.assessmentId).snapshot;
    expect(snapshot.indicators.map((i) => i.id).sort()).toEqual([...new Set(picked)].sort());

    const { bytes, signed } = await reportFor(core, demo.assessmentId);
    expect(signed).toBe(true);
    const xml = documentXml(bytes);
    const rows = tableRows(xml);
    for (const i of snapshot.indicators) {
      const row = rows.find((r) => r.includes(i.name) && r.includes(`第${i.lineStart}行`));
      expect(row, i.name).toBeDefined();
      if (i.baseline) expect(row).toContain(i.baseline);
    }
    // No follow-up values yet: no follow-up table.
    expect(docxText(xml)).not.toContain(CAPTION);
  });

  it('adds the values recorded after sign-off, and hia verify still matches the report', async () => {
    const id = demo.assessmentId;
    // Version 2 keeps the sports area (followed since version 1) and adds an air-quality indicator.
    const v1Before = core.signOff.signed(id, 1).snapshot.indicators.map((i) => i.id);
    expect(v1Before).toContain(SPORTS_AREA.indicator);
    const added = (await call('evidence/indicators', { determinantIds: ['air-quality'] })).find((i) => !v1Before.includes(i.id))!;
    expect(await resignWith((c, i) => call(c as Channel, i as never), id, { [SPORTS_AREA.determinant]: [SPORTS_AREA.indicator], 'air-quality': [added.id] })).toBe(2);
    const { indicators } = await call('monitoring/get', { id });
    const followed = indicators.find((i) => i.indicator.id === SPORTS_AREA.indicator)!;
    const other = indicators.find((i) => i.indicator.id === added.id)!;
    await call('monitoring/record', { id, observation: { indicatorId: followed.indicator.id, observedOn: '2025-06-30', value: '2.53', note: '半年监测' } });
    await call('monitoring/record', { id, observation: { indicatorId: followed.indicator.id, observedOn: today(), value: '2.6' } });
    await call('monitoring/record', { id, observation: { indicatorId: other.indicator.id, observedOn: '2025-01-15', value: '待核实' } });
    const fingerprint = core.signOff.signed(id).fingerprint;

    const { bytes, signed, version } = await reportFor(core, id);
    expect({ signed, version }).toEqual({ signed: true, version: 2 });
    const xml = documentXml(bytes);
    const text = docxText(xml);
    const n = Number(new RegExp(`\n表(\\d+)\u3000${CAPTION}\n`).exec(text)?.[1]);
    expect(n).toBeGreaterThan(1);
    expect(text).toMatch(/不属于签发内容/);
    // Right after the 监测指标 table, before 结论.
    expect(text.indexOf(CAPTION)).toBeGreaterThan(text.indexOf(`\n表${n - 1}\u3000监测指标\n`));
    expect(text.indexOf(CAPTION)).toBeLessThan(text.lastIndexOf('\n八、结论\n'));

    // Rows of the follow-up table: a recorded date and a progress status.
    const followUpRow = (r: string) => /\d{4}年\d{1,2}月\d{1,2}日/.test(r) && /改善中|达标|未改善|无法比较/.test(r);
    const rows = tableRows(xml).filter(followUpRow);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes(chinese('2025-06-30')))).toMatch(new RegExp(`${followed.indicator.name}.*\\| 2\\.53m2 \\| 改善中 \\| 半年监测`));
    expect(rows.find((r) => r.includes(chinese(today())))).toMatch(/\| 达标 \|/);
    expect(rows.find((r) => r.includes('待核实'))).toMatch(/\| 无法比较 \|/);

    // The report's properties carry the signed fingerprint, so hia verify matches it.
    const props = readReportProperties(bytes);
    expect(props).toMatchObject({ fingerprint, version: 2, status: 'signed' });
    expect(core.signOff.findByFingerprint(props.fingerprint!)).toMatchObject({ intact: true, version: 2 });
    const file = path.join(dir, 'report.docx');
    fs.writeFileSync(file, bytes);
    const out = execFileSync(process.execPath, ['bin/hia.js', '--db', dbPath, 'verify', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toMatchObject({ matches: true, fingerprint, version: 2 });

    // The report of version 1 lists only values of version 1's indicators (the air-quality one is new in version 2).
    const v1Rows = tableRows(documentXml((await reportFor(core, id, 1)).bytes)).filter(followUpRow);
    expect(v1Rows).toHaveLength(2);
    expect(v1Rows.join('\n')).not.toContain('待核实');
  }, 60_000);

  it('leaves draft reports without follow-up values', async () => {
    const snapshot = urbanRail();
    const followUp = [
      { id: '00000000-0000-4000-8000-000000000003', indicatorId: snapshot.indicators[0]!.id, observedOn: '2025-01-01', value: '1', note: '', recordedAt: '2025-01-02T00:00:00.000Z', status: 'improving' as const },
    ];
    const signedText = docxText(documentXml(await buildReport(snapshot, { fingerprint: fingerprintOf(snapshot), charts: 'table', followUp })));
    expect(signedText).toContain(CAPTION);
    const draftText = docxText(documentXml(await buildReport(snapshot, { fingerprint: null, charts: 'table', followUp })));
    expect(draftText).not.toContain(CAPTION);
  });

  it.skipIf(process.env.HIA_SKIP_OFFICE === '1')(
    'opens in LibreOffice with the follow-up table',
    async () => {
      for (const cmd of ['soffice', 'pdftotext']) {
        if (!hasCommand(cmd)) throw new Error(`${cmd} is not on PATH (apt-get install -y libreoffice-writer-nogui poppler-utils), or set HIA_SKIP_OFFICE=1`);
      }
      const snapshot = urbanRail();
      const followUp = snapshot.indicators.map((i, k) => ({
        id: `00000000-0000-4000-8000-00000000001${k % 10}`,
        indicatorId: i.id,
        observedOn: '2025-03-01',
        value: i.target ?? '1',
        note: '',
        recordedAt: '2025-03-02T00:00:00.000Z',
        status: 'achieved' as const,
      }));
      const file = path.join(dir, 'follow-up.docx');
      fs.writeFileSync(file, await buildReport(snapshot, { fingerprint: fingerprintOf(snapshot), charts: 'table', followUp }));
      const [pdf] = convertToPdf([file], dir);
      const text = pdfText(pdf!).replace(/\s+/g, '');
      expect(text).toContain(CAPTION);
      expect(text).toContain('2025年3月1日');
    },
    180_000,
  );
});
