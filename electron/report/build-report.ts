import { Document, Packer, PageOrientation, type FileChild } from 'docx';
import type { Snapshot } from '../../shared/snapshot/snapshot';
import { loadChartModules } from './charts/render-chart';
import { startReportCharts, type ChartMode, type ReportCharts } from './charts/report-charts';
import { L } from './labels';
import { buildModel, type ReportModel } from './model';
import { PROPERTY } from './properties';
import { bodyFurniture, coverFurniture } from './page-furniture';
import { cleanXmlText } from './sanitize';
import { basicInfoSection } from './sections/basic-info';
import { basisAndMethodSection } from './sections/basis-and-method';
import { conclusionSection } from './sections/conclusion';
import { contentsSection } from './sections/contents';
import { coverSection } from './sections/cover';
import { evidenceAppendixSection } from './sections/evidence-appendix';
import { figuresSection } from './sections/figures';
import { followUpSection, type FollowUpValue } from './sections/follow-up';
import { impactAnalysis, impactTableSection } from './sections/impact-table';
import { indicatorsSection } from './sections/indicators';
import { panelOpinionSection } from './sections/panel-opinion';
import { recommendationsSection } from './sections/recommendations';
import { screeningSection } from './sections/screening';
import { signOffSection } from './sections/sign-off';
import { documentStyles, PAGE } from './styles';

/**
 * The Word report (DOCX) of one assessment, built from its snapshot alone, so a signed version
 * can be rebuilt byte-for-byte in content and checked against its fingerprint.
 *
 * Runs in the core, which lives in a worker thread (electron/core-worker.ts), so the ~0.5 s of
 * document building never blocks the UI; the charts rasterise on libuv's thread pool.
 */

export interface BuildReportOptions {
  /** SHA-256 (hex) of the snapshot's canonical JSON, given when the version is signed. */
  fingerprint: string | null;
  /** 'image' (default): charts as PNG; 'table': skip rasterising and print the matrix as a table. */
  charts?: ChartMode;
  lang?: 'zh-CN';
  /**
   * Follow-up values recorded after sign-off (signed reports only). Printed after 监测指标 as
   * not signed content; the fingerprint and the report's properties do not depend on them.
   */
  followUp?: readonly FollowUpValue[];
}

const FINGERPRINT = /^[0-9a-f]{64}$/;

/** Custom document properties: what `readReportProperties` (and so `hia verify`) reads back. */
function customProperties(m: ReportModel) {
  const a = m.snapshot.assessment;
  return [
    ...(m.fingerprint ? [{ name: PROPERTY.fingerprint, value: m.fingerprint }] : []),
    { name: PROPERTY.assessment, value: cleanXmlText(a.id) },
    { name: PROPERTY.version, value: String(m.snapshot.version) },
    { name: PROPERTY.number, value: cleanXmlText(a.number) },
    { name: PROPERTY.status, value: m.signed ? 'signed' : 'draft' },
  ];
}

/**
 * The body: everything before the figures, the figures, everything after. The figures are
 * inserted last, so the document is built while the charts rasterise on the thread pool;
 * figures.ts uses only figure numbers, so building it last shifts no table number.
 */
async function bodyChildren(m: ReportModel, charts: Promise<ReportCharts>, followUp: readonly FollowUpValue[]): Promise<FileChild[]> {
  const before = [...contentsSection(), ...basicInfoSection(m), ...basisAndMethodSection(m), ...screeningSection(m), ...impactTableSection(m)];
  const after = [
    ...impactAnalysis(m, 4),
    ...panelOpinionSection(m),
    ...recommendationsSection(m),
    ...indicatorsSection(m),
    ...followUpSection(m, followUp),
    ...conclusionSection(m),
    ...signOffSection(m),
    ...evidenceAppendixSection(m),
  ];
  return [...before, ...figuresSection(m, await charts, 2), ...after];
}

export async function buildReport(snapshot: Snapshot, options: BuildReportOptions): Promise<Buffer> {
  const fingerprint = options.fingerprint?.toLowerCase() ?? null;
  if (fingerprint !== null && !FINGERPRINT.test(fingerprint)) throw new Error('fingerprint must be a SHA-256 hex digest');
  const m = buildModel(snapshot, fingerprint);
  const mode = options.charts ?? 'image';
  const charts = startReportCharts(m, mode, mode === 'image' && (await loadChartModules()));
  const children = await bodyChildren(m, charts, options.followUp ?? []);
  const page = { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margin };
  const title = `${cleanXmlText(snapshot.assessment.title)} ${L.reportTitle}`;

  const doc = new Document({
    title,
    subject: L.reportTitle,
    creator: 'HIA Workbench 健康影响评价工作台',
    description: `${cleanXmlText(snapshot.assessment.number)} 第${snapshot.version}版${m.signed ? '' : `（${L.draftBanner}）`}`,
    styles: documentStyles(),
    evenAndOddHeaderAndFooters: true,
    customProperties: customProperties(m),
    sections: [
      { properties: { page }, ...coverFurniture(m), children: coverSection(m) },
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } } },
        ...bodyFurniture(m),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
