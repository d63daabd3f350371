import { Paragraph, type FileChild } from 'docx';
import { body, bodyParagraph, caption, dataTable, literalRun, note, run, type Cell } from '../blocks';
import { L } from '../labels';
import { chineseDate, isoDate, type ReportModel } from '../model';
import { COLOR, SIZE } from '../styles';
import { heading1, heading2 } from './contents';

/**
 * 九、签字与备案: the panel list to sign, the two sign-off signatures (group leader, approver)
 * with names, roles and dates, the filing facts, and the report fingerprint: the SHA-256 of the
 * snapshot's canonical JSON, also stored in the document's custom properties so `hia verify`
 * can match a report file to the signed version without trusting the printed text.
 */

export const FINGERPRINT_LABEL = '报告指纹（SHA-256）：';

export function signOffSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const signatureRows: Cell[][] = (['leader', 'approver'] as const).map((role) => {
    const sig = s.signatures.find((x) => x.role === role);
    return sig
      ? [L.signatureRole[role], sig.name, chineseDate(isoDate(sig.date)), sig.comment.trim() || '同意']
      : [L.signatureRole[role], { text: '（未签署）', color: COLOR.draft }, L.none, L.none];
  });
  const memberRows: Cell[][] = s.panel.members.map((p, i) => [String(i + 1), p.name, L.role[p.role], p.organisation || L.none, { text: '', blank: true }]);

  const signTable = m.nextTable();
  const panelTable = m.nextTable();
  const filingDate = s.signatures.find((x) => x.role === 'approver')?.date;

  const fingerprint: FileChild[] = m.fingerprint
    ? [
        bodyParagraph([run(FINGERPRINT_LABEL, { font: 'heading1' })], { indent: { firstLine: 0 }, keepNext: true }),
        new Paragraph({ children: [literalRun(m.fingerprint, { font: 'latin', size: SIZE.xiaosi })] }),
        note('报告指纹为本版本评价快照（规范化 JSON）的 SHA-256 值，同时写入文档自定义属性 HIA-Fingerprint，可用 hia verify 核验报告与签发版本是否一致。'),
      ]
    : [body(`${L.draftNotice}草稿不生成报告指纹。`, { color: COLOR.draft })];

  return [
    heading1('signoff', { pageBreakBefore: true }),
    heading2(1, '签发'),
    caption(`表${signTable}\u3000签字`),
    dataTable(
      [
        { title: '角色', weight: 1.3, align: 'center' },
        { title: '姓名', weight: 1.2, align: 'center' },
        { title: '签署日期', weight: 1.5, align: 'center' },
        { title: '意见', weight: 3 },
      ],
      signatureRows,
    ),
    heading2(2, '专家组成员'),
    caption(`表${panelTable}\u3000专家组成员签字`),
    dataTable(
      [
        { title: '序号', weight: 0.5, align: 'center' },
        { title: '姓名', weight: 1, align: 'center' },
        { title: '职责', weight: 1.1, align: 'center' },
        { title: '单位', weight: 2.6 },
        { title: '签字', weight: 1.4 },
      ],
      memberRows,
    ),
    heading2(3, '备案'),
    body(`评价编号：${s.assessment.number}；报告版本：第${s.version}版；评价快照时间：${chineseDate(isoDate(s.createdAt))}。`),
    body(m.signed && filingDate ? `本报告于${chineseDate(isoDate(filingDate))}签发，报送健康影响评价主管部门备案。` : '本报告尚未签发，不予备案。'),
    ...fingerprint,
  ];
}
