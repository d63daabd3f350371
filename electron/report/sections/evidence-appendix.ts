import type { FileChild } from 'docx';
import { body, dataTable } from '../blocks';
import { excerpt } from '../sanitize';
import { SIZE } from '../styles';
import type { ReportModel } from '../model';
import { heading1 } from './contents';

/**
 * 附录 引用证据: every cited passage with its source document, section path and line range, so
 * each claim in the report can be checked against the plan documents it rests on.
 */

/** Passages longer than this are cut (a flattened table can be pages long); the lines still locate it. */
const PASSAGE_MAX = 800;

export function evidenceAppendixSection(m: ReportModel): FileChild[] {
  const evidence = m.snapshot.evidence;
  const rows = evidence.map((e, i) => {
    const text = excerpt(e.text.trim(), PASSAGE_MAX);
    const lines = e.lineStart === e.lineEnd ? `第${e.lineStart}行` : `第${e.lineStart}—${e.lineEnd}行`;
    return [
      `[${i + 1}]`,
      `《${e.documentTitle}》`,
      e.section.replace(/\s*›\s*/g, ' › ') || '—',
      lines,
      text.text + (text.cut ? '（节选）' : ''),
    ];
  });
  return [
    heading1('appendix', { pageBreakBefore: true }),
    ...(rows.length === 0
      ? [body('本次评价未引用证据段落。')]
      : [
          body(`本附录列出评价引用的证据段落${rows.length}条，编号与正文中的证据编号对应。`),
          dataTable(
            [
              { title: '编号', weight: 0.6, align: 'center' },
              { title: '来源文件', weight: 1.4 },
              { title: '章节', weight: 1.7 },
              { title: '行号', weight: 0.9, align: 'center' },
              { title: '原文摘录', weight: 4.6 },
            ],
            rows,
            // Long passages must be able to break across pages, or a tall row jumps to the next page.
            { splitRows: true, size: SIZE.xiaowu },
          ),
        ]),
  ];
}
