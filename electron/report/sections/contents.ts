import { AlignmentType, Bookmark, HeadingLevel, InternalHyperlink, Paragraph, PageBreak } from 'docx';
import { run } from '../blocks';
import { chineseNumber } from '../labels';
import { BODY_LINE, SIZE } from '../styles';

/**
 * The report's outline and its static contents list. WPS (and Word until someone presses F9)
 * shows a TOC field empty, so the list is plain text; each entry links to a bookmark on its
 * heading, which works in Word, WPS and LibreOffice (and in the PDF LibreOffice exports).
 */

export const SECTIONS = [
  { id: 'basic', title: '基本情况' },
  { id: 'basis', title: '评价依据与方法' },
  { id: 'screening', title: '初筛结果' },
  { id: 'impacts', title: '健康影响因素清单与影响分析' },
  { id: 'panel', title: '专家组意见' },
  { id: 'recommendations', title: '建议与减缓措施' },
  { id: 'indicators', title: '监测指标' },
  { id: 'conclusion', title: '结论' },
  { id: 'signoff', title: '签字与备案' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'] | 'appendix';

export const APPENDIX_TITLE = '附录\u3000引用证据';

/** “四、健康影响因素清单与影响分析”: the number the section has in the outline and the title. */
export function sectionTitle(id: SectionId): string {
  if (id === 'appendix') return APPENDIX_TITLE;
  const i = SECTIONS.findIndex((s) => s.id === id);
  return `${chineseNumber(i + 1)}、${SECTIONS[i]!.title}`;
}

const anchor = (id: SectionId) => `hia_${id}`;

/** A level-1 heading (黑体 三号) with the bookmark the contents list links to. */
export function heading1(id: SectionId, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: options.pageBreakBefore,
    spacing: { ...BODY_LINE, before: 160, after: 80 },
    children: [new Bookmark({ id: anchor(id), children: [run(sectionTitle(id), { font: 'heading1' })] })],
  });
}

/** A level-2 heading “（一）…” in 楷体. Numbers are given by the section, which knows its order. */
export function heading2(n: number, title: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    children: [run(`（${chineseNumber(n)}）${title}`, { font: 'heading2' })],
  });
}

/** 目录: one line per section, title on the left, linked; ends with a page break. */
export function contentsSection(): Paragraph[] {
  const ids: SectionId[] = [...SECTIONS.map((s) => s.id), 'appendix'];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...BODY_LINE, after: 280 },
      children: [run('目\u3000\u3000录', { font: 'heading1', size: SIZE.sanhao })],
    }),
    ...ids.map(
      (id) =>
        new Paragraph({
          spacing: BODY_LINE,
          indent: { left: 640 },
          children: [new InternalHyperlink({ anchor: anchor(id), children: [run(sectionTitle(id))] })],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}
