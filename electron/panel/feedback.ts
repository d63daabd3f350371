import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { AuditLog } from '../audit/audit-log';
import type { SignOff } from './sign-off';

export const ADOPTIONS = ['adopted', 'partly', 'not-adopted'] as const;
export type Adoption = (typeof ADOPTIONS)[number];

export interface FeedbackEntry {
  recommendationId: string;
  adoption: Adoption;
  reason: string;
  updatedAt: string;
}

/**
 * 反馈: after sign-off the drafting department records, per recommendation of the signed
 * version, whether it was adopted. Feedback is not part of the signed snapshot (it comes
 * later), so it is stored beside it and audited.
 */
export class FeedbackStore {
  constructor(
    private readonly db: Database.Database,
    private readonly signOff: SignOff,
    private readonly audit: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(assessmentId: string, version: number): FeedbackEntry[] {
    return (
      this.db
        .prepare('SELECT recommendation_id, adoption, reason, updated_at FROM recommendation_feedback WHERE assessment_id = ? AND version = ?')
        .all(assessmentId, version) as { recommendation_id: string; adoption: Adoption; reason: string; updated_at: string }[]
    ).map((r) => ({ recommendationId: r.recommendation_id, adoption: r.adoption, reason: r.reason, updatedAt: r.updated_at }));
  }

  record(assessmentId: string, version: number, recommendationId: string, adoption: Adoption, reason: string): FeedbackEntry[] {
    const signed = this.signOff.signed(assessmentId, version);
    if (!signed.snapshot.stages.recommendations.items.some((r) => r.id === recommendationId)) {
      throw new AppError('NOT_FOUND', '签发版本中没有该建议 / No such recommendation in the signed version');
    }
    if (adoption !== 'adopted' && !reason.trim()) {
      throw new AppError('INVALID_INPUT', '未采纳或部分采纳时请说明理由 / Give a reason when not (fully) adopted');
    }
    this.db.transaction(() => {
      const before = this.list(assessmentId, version).find((f) => f.recommendationId === recommendationId) ?? null;
      this.db
        .prepare(
          `INSERT INTO recommendation_feedback (assessment_id, version, recommendation_id, adoption, reason, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (assessment_id, version, recommendation_id) DO UPDATE SET adoption = excluded.adoption,
             reason = excluded.reason, updated_at = excluded.updated_at`,
        )
        .run(assessmentId, version, recommendationId, adoption, reason, this.clock().toISOString());
      this.audit.append(assessmentId, 'feedback', { version, recommendationId, old: before && { adoption: before.adoption, reason: before.reason }, new: { adoption, reason } });
    })();
    return this.list(assessmentId, version);
  }
}
