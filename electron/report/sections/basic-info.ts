import type { FileChild } from 'docx';
import { body, caption, fieldTable, labelled, quote } from '../blocks';
import { L } from '../labels';
import { chineseDate, isoDate, type ReportModel } from '../model';
import { excerpt } from '../sanitize';
import { heading1, heading2 } from './contents';

/** 一、基本情况: what is assessed, by whom, and the scope (determinants and groups). */

/** How much of the draft the report quotes: enough to recognise it, never a 1 MB paste. */
const DRAFT_EXCERPT = 300;

export function basicInfoSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const a = s.assessment;
  const phases = s.stages.scoping.phases.map((p) => L.phase[p]).join('、');
  const fields: [string, string][] = [
    ['评价编号', a.number],
    ['评价对象', a.title],
    ['对象类型', L.kind[a.kind]],
    ['起草部门', a.department],
    ['联系人', a.contact || L.none],
    ['登记日期', chineseDate(isoDate(a.createdAt))],
    ...(a.kind === 'project' ? [['评价阶段', phases || L.none] as [string, string]] : []),
    ['报告版本', `第${s.version}版（评价快照生成于${chineseDate(isoDate(s.createdAt))}）`],
  ];

  const draft = excerpt(a.draftText.trim(), DRAFT_EXCERPT);
  const length = Array.from(a.draftText).length;

  // Scope: determinants grouped by category, in scoping order.
  const byCategory = new Map<string, string[]>();
  for (const d of s.stages.scoping.determinants) {
    const cat = m.determinantCategory(d.id);
    byCategory.set(cat, [...(byCategory.get(cat) ?? []), m.determinantName(d.id)]);
  }
  const groups = s.stages.scoping.groups.map((g) => m.groupName(g));

  const n = m.nextTable();
  return [
    heading1('basic'),
    heading2(1, '评价对象'),
    body(
      `${a.department}起草的《${a.title}》（以下简称“草案”）属于${L.kind[a.kind]}类评价对象，` +
        `按照健康影响评价工作要求开展评价${a.kind === 'project' && phases ? `，评价覆盖${phases}` : ''}。基本信息见表${n}。`,
    ),
    caption(`表${n}\u3000评价对象基本信息`),
    fieldTable(fields),
    heading2(2, '草案概要'),
    ...(draft.text
      ? [body(`草案全文共${length}字，${draft.cut ? '开头部分摘录如下' : '全文如下'}：`), ...quote(draft.text)]
      : [body('（登记时未录入草案文本。）')]),
    heading2(3, '评价范围'),
    body(`纳入评价的健康影响因素共${s.stages.scoping.determinants.length}项：`),
    ...[...byCategory.entries()].map(([cat, names]) => labelled(`${cat}：`, names.join('、'))),
    labelled('重点关注人群：', groups.length > 0 ? groups.join('、') : '未单独列出'),
  ];
}
