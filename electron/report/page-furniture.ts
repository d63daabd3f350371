import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { literalRun, run } from './blocks';
import { L } from './labels';
import type { ReportModel } from './model';
import { COLOR, FONT, SIZE, TEXT_WIDTH, runFont } from './styles';

/**
 * Headers, footers and the draft watermark. Page numbers follow GB/T 9704: 四号 宋体 Arabic
 * numerals between dashes (“— 1 —”), odd pages on the right and even pages on the left, one
 * character in from the edge. The footer also carries the fingerprint in small type, so a single
 * printed page can be traced to its signed version.
 */

export interface Furniture {
  headers: { default: Header; even: Header };
  footers: { default: Footer; even: Footer };
}

/** A diagonal 草稿 behind the text on every page (Word's own watermark shape, which LibreOffice shows too). */
function watermark(): Paragraph {
  return new Paragraph({
    children: [new TextWatermark({ text: '草稿', font: FONT.heading1, color: 'E6A5A5', opacity: 0.45, width: 420, height: 180 })],
  });
}

function headerParagraph(m: ReportModel): Paragraph {
  const left = m.signed ? [run(L.reportTitle, { size: SIZE.xiaowu })] : [run(L.draftBanner, { size: SIZE.xiaowu, color: COLOR.draft, bold: true })];
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.border, space: 2 } },
    children: [...left, new TextRun({ text: '\t', font: runFont('body') }), run(`编号：${m.snapshot.assessment.number}`, { size: SIZE.xiaowu })],
  });
}

function pageNumber(align: 'odd' | 'even'): Paragraph {
  return new Paragraph({
    alignment: align === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: align === 'odd' ? { right: 280 } : { left: 280 },
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont('song'), size: SIZE.sihao })],
  });
}

function fingerprintLine(m: ReportModel): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: m.fingerprint
      ? [run('报告指纹（SHA-256）：', { size: SIZE.tiny, color: COLOR.muted }), literalRun(m.fingerprint, { font: 'latin', size: SIZE.tiny, color: COLOR.muted })]
      : [run(`${L.draftBanner}，无报告指纹`, { size: SIZE.tiny, color: COLOR.draft })],
  });
}

/** Header and footers of the body pages (contents onwards). */
export function bodyFurniture(m: ReportModel): Furniture {
  const header = () => new Header({ children: [headerParagraph(m), ...(m.signed ? [] : [watermark()])] });
  return {
    headers: { default: header(), even: header() },
    footers: {
      default: new Footer({ children: [pageNumber('odd'), fingerprintLine(m)] }),
      even: new Footer({ children: [pageNumber('even'), fingerprintLine(m)] }),
    },
  };
}

/** The cover has no header text or page number, but a draft cover still gets the watermark. */
export function coverFurniture(m: ReportModel): Furniture {
  const header = () => new Header({ children: m.signed ? [new Paragraph({ children: [] })] : [watermark()] });
  const footer = () => new Footer({ children: [new Paragraph({ children: [] })] });
  return { headers: { default: header(), even: header() }, footers: { default: footer(), even: footer() } };
}
