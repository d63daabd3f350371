import { AlignmentType, BorderStyle, HeadingLevel, Paragraph } from 'docx';
import { run } from '../blocks';
import { L } from '../labels';
import { chineseDate, type ReportModel } from '../model';
import { safeLines } from '../sanitize';
import { COLOR, SIZE } from '../styles';

/**
 * 封面: the number top right, the title in 小标宋 二号, the draft banner when unsigned, and the
 * registration facts. It is its own docx section, so it has no page number.
 */

const redLine = { style: BorderStyle.SINGLE, size: 18, color: COLOR.draft, space: 4 };

/** The red boxed 草稿 banner: visible on screen and in print whatever the viewer does with watermarks. */
export function draftBanner(): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 480, after: 120 },
      indent: { left: 1800, right: 1800 },
      border: { top: redLine, bottom: redLine, left: redLine, right: redLine },
      children: [run(L.draftBanner, { font: 'heading1', size: SIZE.erhao, color: COLOR.draft, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(L.draftNotice, { size: SIZE.xiaosi, color: COLOR.draft })],
    }),
  ];
}

function field(label: string, value: string): Paragraph {
  return new Paragraph({
    indent: { left: 1440 },
    spacing: { line: 600, lineRule: 'exact' },
    children: [run(`${label}：`, { font: 'heading1' }), run(value)],
  });
}

export function coverSection(m: ReportModel): Paragraph[] {
  const a = m.snapshot.assessment;
  const leader = m.snapshot.panel.members.find((p) => p.role === 'leader');
  const titleLines = safeLines(a.title);
  const title = titleLines.length > 0 ? titleLines.join('') : '（未命名）';
  const blank = (n: number) => Array.from({ length: n }, () => new Paragraph({ spacing: { line: 560, lineRule: 'exact' }, children: [] }));
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`编号：${a.number}`, { size: SIZE.sihao })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`版本：第${m.snapshot.version}版`, { size: SIZE.sihao })] }),
    ...blank(3),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(`《${title}》`, { font: 'title', size: SIZE.erhao })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 240 }, children: [run(L.reportTitle, { font: 'title', size: SIZE.erhao })] }),
    ...(m.signed ? blank(4) : draftBanner()),
    ...blank(3),
    field('评价对象类型', L.kind[a.kind]),
    field('起草部门', a.department),
    field('评价组织', leader ? `健康影响评价专家组（组长：${leader.name}）` : '健康影响评价专家组'),
    field('报告日期', chineseDate(m.reportDate)),
    field('报告状态', m.signed ? '已签发' : '草稿（未签发）'),
  ];
}
