import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { jsonDiff } from '../../shared/audit/json-diff';
import { AppError } from '../../shared/errors';
import { aggregateItem, differsFromMedian } from '../../shared/panel/aggregate';
import type { AggregatedItem, ExpertRating, PanelMember } from '../../shared/snapshot/snapshot';
import type { RatingScheme } from '../../shared/workflow/rating-scheme';
import { outOfScale } from '../../shared/workflow/scoring';
import { ScoreItem } from '../../shared/workflow/stage-data';
import type { AssessmentRepository } from '../assessment/repository';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { AuditLog } from '../audit/audit-log';

export interface PanelState {
  round: 1 | 2;
  opinion: string;
  finals: { determinantId: string; phase: ScoreItem['phase']; final: ScoreItem; leaderNote: string }[];
}

export interface PanelView {
  members: PanelMember[];
  state: PanelState;
  aggregation: AggregatedItem[];
}

const locked = () => new AppError('LOCKED', '评价已签发锁定，不能修改 / The assessment is signed off and locked');

/**
 * The expert panel of an assessment: members, each expert's independent ratings (entered
 * directly or imported from response packages), rounds, and the group leader's final ratings,
 * which become the assessment's scoring. Every write is one transaction with its audit entry.
 */
export class PanelStore {
  constructor(
    private readonly db: Database.Database,
    private readonly assessments: AssessmentRepository,
    private readonly workflow: WorkflowStore,
    private readonly scheme: RatingScheme,
    private readonly audit: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** An expert's or the leader's rating counts only when complete (direction, and ratings unless 无影响). */
  private assertComplete(items: ScoreItem[]) {
    const incomplete = items.filter((i) => !i.direction || (i.direction !== 'none' && (!i.likelihood || !i.severity)));
    if (incomplete.length) {
      throw new AppError(
        'INVALID_INPUT',
        `有 ${incomplete.length} 项评分不完整（需影响方向、可能性和严重程度） / ${incomplete.length} ratings are incomplete`,
      );
    }
  }

  private assertInScale(items: ScoreItem[]) {
    const bad = outOfScale(this.scheme, items);
    if (bad.length) throw new AppError('INVALID_INPUT', `评分超出量表范围：${bad[0]} / Rating outside the scale`, { problems: bad });
  }

  /** Refuses (LOCKED) while the assessment is signed off. */
  assertEditable(assessmentId: string) {
    if (this.assessments.get(assessmentId).status === 'signed') throw locked();
  }

  members(assessmentId: string): PanelMember[] {
    return this.db
      .prepare('SELECT id, name, organisation, field, role FROM panel_member WHERE assessment_id = ? ORDER BY role, created_at')
      .all(assessmentId) as PanelMember[];
  }

  member(assessmentId: string, memberId: string): PanelMember {
    const m = this.members(assessmentId).find((x) => x.id === memberId);
    if (!m) throw new AppError('NOT_FOUND', `专家组中没有该成员 / No such panel member: ${memberId}`);
    return m;
  }

  saveMember(assessmentId: string, input: Omit<PanelMember, 'id'> & { id?: string }): PanelMember {
    return this.db.transaction(() => {
      this.assertEditable(assessmentId);
      const id = input.id ?? randomUUID();
      const before = input.id ? this.member(assessmentId, input.id) : null;
      if (input.role === 'leader' && this.members(assessmentId).some((m) => m.role === 'leader' && m.id !== id)) {
        throw new AppError('CONFLICT', '专家组只能有一位组长 / The panel can have only one group leader');
      }
      this.db
        .prepare(
          `INSERT INTO panel_member (id, assessment_id, name, organisation, field, role, created_at)
           VALUES (@id, @assessmentId, @name, @organisation, @field, @role, @now)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
             field = excluded.field, role = excluded.role`,
        )
        .run({ ...input, id, assessmentId, now: this.clock().toISOString() });
      const after = this.member(assessmentId, id);
      this.audit.append(assessmentId, before ? 'panel.member.update' : 'panel.member.add', { memberId: id, changes: jsonDiff(before, after) });
      return after;
    })();
  }

  removeMember(assessmentId: string, memberId: string): void {
    this.db.transaction(() => {
      this.assertEditable(assessmentId);
      const m = this.member(assessmentId, memberId);
      this.db.prepare('DELETE FROM panel_member WHERE id = ?').run(memberId);
      this.audit.append(assessmentId, 'panel.member.remove', { memberId, name: m.name });
    })();
  }

  ratings(assessmentId: string): ExpertRating[] {
    const rows = this.db
      .prepare('SELECT member_id, round, data FROM expert_rating WHERE assessment_id = ? ORDER BY member_id, round')
      .all(assessmentId) as { member_id: string; round: number; data: string }[];
    return rows.map((r) => ({ ...ScoreItem.parse(JSON.parse(r.data)), memberId: r.member_id, round: r.round }));
  }

  /** Saves one expert's ratings for the current round (directly or from a package). */
  saveRatings(assessmentId: string, memberId: string, items: ScoreItem[], source: 'direct' | 'package', detail: Record<string, unknown> = {}): void {
    const parsed = items.map((i) => ScoreItem.parse(i));
    this.assertInScale(parsed);
    this.assertComplete(parsed);
    this.db.transaction(() => {
      this.assertEditable(assessmentId);
      const member = this.member(assessmentId, memberId);
      const round = this.state(assessmentId).round;
      const put = this.db.prepare(
        `INSERT INTO expert_rating (assessment_id, member_id, round, determinant_id, phase, data, source, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (member_id, round, determinant_id, phase) DO UPDATE SET data = excluded.data, source = excluded.source, updated_at = excluded.updated_at`,
      );
      const now = this.clock().toISOString();
      for (const item of parsed) put.run(assessmentId, memberId, round, item.determinantId, item.phase, JSON.stringify(item), source, now);
      this.audit.append(assessmentId, 'panel.ratings', { memberId, member: member.name, round, source, items: parsed.length, ...detail });
    })();
  }

  state(assessmentId: string): PanelState {
    const row = this.db.prepare('SELECT round, opinion, finals FROM panel_state WHERE assessment_id = ?').get(assessmentId) as
      | { round: 1 | 2; opinion: string; finals: string }
      | undefined;
    return row ? { round: row.round, opinion: row.opinion, finals: JSON.parse(row.finals) as PanelState['finals'] } : { round: 1, opinion: '', finals: [] };
  }

  private writeState(assessmentId: string, next: PanelState, action: string) {
    const before = this.state(assessmentId);
    this.db
      .prepare(
        `INSERT INTO panel_state (assessment_id, round, opinion, finals, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (assessment_id) DO UPDATE SET round = excluded.round, opinion = excluded.opinion,
           finals = excluded.finals, updated_at = excluded.updated_at`,
      )
      .run(assessmentId, next.round, next.opinion, JSON.stringify(next.finals), this.clock().toISOString());
    this.audit.append(assessmentId, action, { changes: jsonDiff(before, next) });
  }

  /** Per determinant and phase of the scope: every expert's latest rating, summary and flag. */
  aggregation(assessmentId: string): AggregatedItem[] {
    const view = this.workflow.view(assessmentId);
    const phases: ScoreItem['phase'][] = view.assessment.kind === 'project' ? view.data.scoping.phases : ['all'];
    const ratings = this.ratings(assessmentId);
    const finals = this.state(assessmentId).finals;
    return view.data.scoping.determinants.flatMap((d) =>
      phases.map((phase) => {
        const f = finals.find((x) => x.determinantId === d.id && x.phase === phase);
        return aggregateItem(this.scheme, d.id, phase, ratings, f?.final ?? null, f?.leaderNote ?? '');
      }),
    );
  }

  view(assessmentId: string): PanelView {
    return { members: this.members(assessmentId), state: this.state(assessmentId), aggregation: this.aggregation(assessmentId) };
  }

  startSecondRound(assessmentId: string): void {
    this.db.transaction(() => {
      this.assertEditable(assessmentId);
      if (!this.aggregation(assessmentId).some((a) => a.divergent)) {
        throw new AppError('CONFLICT', '没有意见分歧的条目，无需第二轮 / No divergent items: a second round is not needed');
      }
      this.writeState(assessmentId, { ...this.state(assessmentId), round: 2 }, 'panel.round2');
    })();
  }

  saveOpinion(assessmentId: string, opinion: string): void {
    this.db.transaction(() => {
      this.assertEditable(assessmentId);
      this.writeState(assessmentId, { ...this.state(assessmentId), opinion }, 'panel.opinion');
    })();
  }

  /**
   * The group leader's final rating for one item. Where it departs from the panel's median a
   * note is required. The final also becomes the item of the scoring stage, so
   * recommendations, conclusion and report use the consolidated opinion.
   */
  setFinal(assessmentId: string, final: ScoreItem, leaderNote: string): void {
    const item = ScoreItem.parse(final);
    this.assertInScale([item]);
    this.assertComplete([item]);
    this.db.transaction(() => {
      this.assertEditable(assessmentId);
      const agg = this.aggregation(assessmentId).find((a) => a.determinantId === item.determinantId && a.phase === item.phase);
      if (!agg) throw new AppError('NOT_FOUND', '该健康影响因素不在评价范围内 / This determinant is not in scope');
      if (differsFromMedian({ ...agg, final: item }) && !leaderNote.trim()) {
        throw new AppError('INVALID_INPUT', '最终评分与专家中位数不同，请填写说明 / The final rating differs from the median: add a note');
      }
      const state = this.state(assessmentId);
      const finals = [...state.finals.filter((f) => !(f.determinantId === item.determinantId && f.phase === item.phase)), { determinantId: item.determinantId, phase: item.phase, final: item, leaderNote }];
      this.writeState(assessmentId, { ...state, finals }, 'panel.final');
      const scoring = this.workflow.view(assessmentId).data.scoring;
      const items = [...scoring.items.filter((i) => !(i.determinantId === item.determinantId && i.phase === item.phase)), item];
      this.workflow.save(assessmentId, 'scoring', { items });
    })();
  }
}
