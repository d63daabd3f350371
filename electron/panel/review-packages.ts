import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { PACKAGE_SCHEMA_VERSION, RequestPackage, ResponsePackage, type RequestContent } from '../../shared/panel/review-package';
import { ScoreItem } from '../../shared/workflow/stage-data';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { AuditLog } from '../audit/audit-log';
import type { EvidenceEngine } from '../evidence/engine';
import { decodePackage, encodePackage, packageChecksum } from './package-codec';
import type { PanelStore } from './panel-store';

const bad = (zh: string, en: string) => new AppError('BAD_FILE', `${zh} / ${en}`);

/**
 * Expert review packages. Official side: export a request per expert, import responses (all
 * checks before any write, then one transaction). Expert side: open a request, save ratings as
 * they work (kept in their own database), export the response.
 */
export class ReviewPackages {
  constructor(
    private readonly db: Database.Database,
    private readonly workflow: WorkflowStore,
    private readonly panel: PanelStore,
    private readonly evidence: EvidenceEngine,
    private readonly audit: AuditLog,
    private readonly ratingScheme: RequestContent['ratingScheme'],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  exportRequest(assessmentId: string, memberId: string): { fileName: string; content: string } {
    // A response to a signed version could never be imported; say so now, not after the expert's work.
    this.panel.assertEditable(assessmentId);
    const view = this.workflow.view(assessmentId);
    const a = view.assessment;
    const member = this.panel.member(assessmentId, memberId);
    const round = this.panel.state(assessmentId).round;
    const phases = a.kind === 'project' ? view.data.scoping.phases : [];
    const scope = view.data.scoping.determinants;
    if (scope.length === 0) throw new AppError('CONFLICT', '请先完成范围界定 / Finish scoping first');
    const passages = this.evidence.passagesById(scope.flatMap((d) => d.evidence));
    const content: RequestContent = {
      title: a.title,
      kind: a.kind,
      department: a.department,
      draftText: a.draftText,
      phases,
      groups: view.data.scoping.groups.map((id) => ({ id, name: this.evidence.data.taxonomy.groups.find((g) => g.id === id)?.name ?? id })),
      determinants: scope.map((d) => {
        const det = this.evidence.determinant(d.id);
        return {
          id: d.id,
          name: det?.name ?? d.id,
          category: this.evidence.data.taxonomy.categories.find((c) => c.determinants.some((x) => x.id === d.id))?.name ?? '',
          description: det?.description ?? '',
          evidence: passages
            .filter((p) => d.evidence.includes(p.id))
            .map((p) => ({ id: p.id, text: p.text, documentTitle: p.source.documentTitle, section: p.source.section, lineStart: p.source.lineStart, lineEnd: p.source.lineEnd })),
        };
      }),
      ratingScheme: this.ratingScheme,
      sheet: this.sheetFor(assessmentId, memberId, round, scope.map((d) => d.id), phases),
    };
    const pkg = {
      format: 'hia-review-package' as const,
      schemaVersion: PACKAGE_SCHEMA_VERSION,
      type: 'request' as const,
      packageId: randomUUID(),
      assessmentId,
      assessmentNumber: a.number,
      assessmentVersion: a.version,
      round,
      member,
      createdAt: this.clock().toISOString(),
      content,
    };
    this.db.transaction(() => this.audit.append(assessmentId, 'panel.package.export', { memberId, member: member.name, packageId: pkg.packageId, round }))();
    return { fileName: `${a.number}-${member.name}-评审包-第${round}轮.hiapkg`, content: encodePackage(pkg) };
  }

  /**
   * The score sheet: every determinant (and phase) in round 1; in round 2 only the items the
   * panel flagged as divergent, prefilled with this expert's round-1 rating to revise.
   */
  private sheetFor(assessmentId: string, memberId: string, round: number, ids: string[], phases: string[]): ScoreItem[] {
    const all = ids.flatMap((determinantId) => (phases.length ? phases : ['all']).map((phase) => ScoreItem.parse({ determinantId, phase })));
    if (round === 1) return all;
    const flagged = this.panel.aggregation(assessmentId).filter((a) => a.divergent);
    return flagged.map((a) => {
      const mine = a.ratings.find((r) => r.memberId === memberId);
      if (!mine) return ScoreItem.parse({ determinantId: a.determinantId, phase: a.phase });
      const { memberId: _m, round: _r, ...item } = mine;
      return ScoreItem.parse(item);
    });
  }

  importResponse(assessmentId: string, text: string): { memberId: string; member: string; ratings: number } {
    const pkg = decodePackage(text, ResponsePackage, 'response');
    const view = this.workflow.view(assessmentId);
    const a = view.assessment;
    if (pkg.assessmentId !== assessmentId) {
      throw bad(`该结果属于另一项评价（${pkg.assessmentNumber}），不是本评价（${a.number}）`, `This response belongs to another assessment (${pkg.assessmentNumber})`);
    }
    if (pkg.assessmentVersion !== a.version) {
      throw bad(`该结果针对第 ${pkg.assessmentVersion} 版，当前为第 ${a.version} 版`, `This response is for version ${pkg.assessmentVersion}; the assessment is at version ${a.version}`);
    }
    const round = this.panel.state(assessmentId).round;
    if (pkg.round !== round) throw bad(`该结果属于第 ${pkg.round} 轮评分，当前为第 ${round} 轮`, `This response is for round ${pkg.round}; the panel is in round ${round}`);
    const members = this.panel.members(assessmentId);
    if (!members.some((m) => m.id === pkg.member.id)) throw bad(`专家“${pkg.member.name}”不在本评价的专家组中`, `${pkg.member.name} is not on this panel`);
    const sha = packageChecksum(pkg);
    const seen = this.db.prepare('SELECT 1 FROM imported_package WHERE package_id = ? OR sha256 = ?').get(pkg.packageId, sha);
    if (seen) throw bad(`该结果文件已经导入过（${pkg.member.name}）`, `This response was already imported (${pkg.member.name})`);
    const inScope = new Set(view.data.scoping.determinants.map((d) => d.id));
    const outside = pkg.content.ratings.filter((r) => !inScope.has(r.determinantId));
    if (outside.length) throw bad('结果中包含不在评价范围内的健康影响因素', 'The response rates determinants outside the scope');

    this.db.transaction(() => {
      this.panel.saveRatings(assessmentId, pkg.member.id, pkg.content.ratings, 'package', { packageId: pkg.packageId, comment: pkg.content.comment });
      this.db
        .prepare('INSERT INTO imported_package (package_id, sha256, assessment_id, member_id, imported_at) VALUES (?, ?, ?, ?, ?)')
        .run(pkg.packageId, sha, assessmentId, pkg.member.id, this.clock().toISOString());
    })();
    return { memberId: pkg.member.id, member: pkg.member.name, ratings: pkg.content.ratings.length };
  }

  // --- the expert's side -----------------------------------------------------------

  openRequest(text: string): ReviewTask {
    const pkg = decodePackage(text, RequestPackage, 'request');
    const now = this.clock().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO review_task (package_id, request, ratings, opened_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (package_id) DO NOTHING')
        .run(pkg.packageId, JSON.stringify(pkg), JSON.stringify(pkg.content.sheet), now, now);
      this.audit.append(null, 'review.open', { packageId: pkg.packageId, assessment: pkg.assessmentNumber, member: pkg.member.name });
    })();
    return this.task(pkg.packageId);
  }

  tasks(): { packageId: string; title: string; assessmentNumber: string; member: string; round: number; updatedAt: string }[] {
    const rows = this.db.prepare('SELECT package_id, request, updated_at FROM review_task ORDER BY updated_at DESC').all() as { package_id: string; request: string; updated_at: string }[];
    return rows.map((r) => {
      const req = JSON.parse(r.request) as RequestPackage;
      return { packageId: r.package_id, title: req.content.title, assessmentNumber: req.assessmentNumber, member: req.member.name, round: req.round, updatedAt: r.updated_at };
    });
  }

  task(packageId: string): ReviewTask {
    const row = this.db.prepare('SELECT request, ratings, comment FROM review_task WHERE package_id = ?').get(packageId) as
      | { request: string; ratings: string; comment: string }
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', `没有该评审任务 / No such review task: ${packageId}`);
    return {
      request: RequestPackage.parse(JSON.parse(row.request)),
      ratings: (JSON.parse(row.ratings) as unknown[]).map((r) => ScoreItem.parse(r)),
      comment: row.comment,
    };
  }

  /** Saves what the expert changed: scores, the overall comment, or both (one transaction). */
  saveTask(packageId: string, changes: { ratings?: unknown[]; comment?: string }): ReviewTask {
    const parsed = changes.ratings?.map((r) => ScoreItem.parse(r));
    this.db.transaction(() => {
      this.task(packageId);
      const now = this.clock().toISOString();
      if (parsed) this.db.prepare('UPDATE review_task SET ratings = ?, updated_at = ? WHERE package_id = ?').run(JSON.stringify(parsed), now, packageId);
      if (changes.comment !== undefined) this.db.prepare('UPDATE review_task SET comment = ?, updated_at = ? WHERE package_id = ?').run(changes.comment, now, packageId);
    })();
    return this.task(packageId);
  }

  exportResponse(packageId: string, comment: string): { fileName: string; content: string } {
    this.saveTask(packageId, { comment });
    const { request, ratings } = this.task(packageId);
    const unrated = ratings.filter((r) => !r.direction || (r.direction !== 'none' && (!r.likelihood || !r.severity)));
    if (unrated.length) throw new AppError('INVALID_INPUT', `还有 ${unrated.length} 项未完成评分 / ${unrated.length} items are not rated yet`);
    const pkg = {
      format: 'hia-review-package' as const,
      schemaVersion: PACKAGE_SCHEMA_VERSION,
      type: 'response' as const,
      packageId: randomUUID(),
      requestId: request.packageId,
      assessmentId: request.assessmentId,
      assessmentNumber: request.assessmentNumber,
      assessmentVersion: request.assessmentVersion,
      round: request.round,
      member: request.member,
      createdAt: this.clock().toISOString(),
      content: { ratings, comment },
    };
    this.db.transaction(() => this.audit.append(null, 'review.export', { packageId: pkg.packageId, requestId: request.packageId, member: request.member.name }))();
    return { fileName: `${request.assessmentNumber}-${request.member.name}-评审结果-第${request.round}轮.hiapkg`, content: encodePackage(pkg) };
  }
}

export interface ReviewTask {
  request: RequestPackage;
  ratings: ScoreItem[];
  comment: string;
}
