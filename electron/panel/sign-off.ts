import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { canonicalJson } from '../../shared/snapshot/canonical-json';
import { SnapshotSchema, type Signature, type Snapshot } from '../../shared/snapshot/snapshot';
import { transition } from '../../shared/workflow/state-machine';
import type { AssessmentRepository } from '../assessment/repository';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { AuditLog } from '../audit/audit-log';

export function fingerprintOf(snapshot: Snapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}

export interface SignedVersion {
  assessmentId: string;
  version: number;
  fingerprint: string;
  signedAt: string;
  snapshot: Snapshot;
}

/**
 * Sign-off: the group leader and the approver sign; the assessment's canonical snapshot and
 * its SHA-256 are stored immutably and the assessment is locked (enforced by SQLite triggers).
 * Reopening starts the next version, keeping every signed version as history.
 */
export class SignOff {
  constructor(
    private readonly db: Database.Database,
    private readonly assessments: AssessmentRepository,
    private readonly workflow: WorkflowStore,
    private readonly snapshot: (assessmentId: string, signatures: Signature[], at: string) => Snapshot,
    private readonly audit: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  sign(assessmentId: string, leader: Omit<Signature, 'role'>, approver: Omit<Signature, 'role'>): SignedVersion {
    return this.db.transaction(() => {
      const view = this.workflow.view(assessmentId);
      const a = view.assessment;
      const result = transition({ stage: a.stage, status: a.status }, { type: 'sign', problems: view.problems.conclusion });
      if (!result.ok) throw new AppError(result.code === 'LOCKED' ? 'LOCKED' : 'CONFLICT', result.message, result.problems ? { problems: result.problems } : undefined);
      const signatures: Signature[] = [
        { role: 'leader', ...leader },
        { role: 'approver', ...approver },
      ];
      for (const s of signatures) {
        if (!s.name.trim()) throw new AppError('INVALID_INPUT', '签字人姓名不能为空 / A signer name is missing');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) throw new AppError('INVALID_INPUT', '签字日期格式应为 YYYY-MM-DD / Dates must be YYYY-MM-DD');
      }
      const signedAt = this.clock().toISOString();
      const snapshot = SnapshotSchema.parse(this.snapshot(assessmentId, signatures, signedAt));
      const fingerprint = fingerprintOf(snapshot);
      this.db
        .prepare('INSERT INTO signed_version (assessment_id, version, snapshot, fingerprint, signed_at) VALUES (?, ?, ?, ?, ?)')
        .run(assessmentId, a.version, canonicalJson(snapshot), fingerprint, signedAt);
      this.db.prepare("UPDATE assessment SET status = 'signed', updated_at = ? WHERE id = ?").run(signedAt, assessmentId);
      this.audit.append(assessmentId, 'signoff', { version: a.version, fingerprint, leader: leader.name, approver: approver.name });
      return { assessmentId, version: a.version, fingerprint, signedAt, snapshot };
    })();
  }

  /** Starts version n+1 of a signed assessment; version n stays signed and verifiable. */
  reopen(assessmentId: string, reason: string): number {
    return this.db.transaction(() => {
      const a = this.assessments.get(assessmentId);
      if (a.status !== 'signed') throw new AppError('CONFLICT', '评价尚未签发，无需新建版本 / The assessment is not signed');
      if (!reason.trim()) throw new AppError('INVALID_INPUT', '请说明修订原因 / Give the reason for the new version');
      this.db.prepare("UPDATE assessment SET status = 'active', version = version + 1, stage = 'conclusion' WHERE id = ?").run(assessmentId);
      this.assessments.touch(assessmentId);
      this.audit.append(assessmentId, 'reopen', { fromVersion: a.version, toVersion: a.version + 1, reason });
      return a.version + 1;
    })();
  }

  versions(assessmentId: string): Omit<SignedVersion, 'snapshot'>[] {
    return (
      this.db
        .prepare('SELECT assessment_id, version, fingerprint, signed_at FROM signed_version WHERE assessment_id = ? ORDER BY version')
        .all(assessmentId) as { assessment_id: string; version: number; fingerprint: string; signed_at: string }[]
    ).map((r) => ({ assessmentId: r.assessment_id, version: r.version, fingerprint: r.fingerprint, signedAt: r.signed_at }));
  }

  signed(assessmentId: string, version?: number): SignedVersion {
    const row = (
      version === undefined
        ? this.db.prepare('SELECT * FROM signed_version WHERE assessment_id = ? ORDER BY version DESC LIMIT 1').get(assessmentId)
        : this.db.prepare('SELECT * FROM signed_version WHERE assessment_id = ? AND version = ?').get(assessmentId, version)
    ) as { assessment_id: string; version: number; snapshot: string; fingerprint: string; signed_at: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', '该评价没有已签发的版本 / No signed version');
    return { assessmentId: row.assessment_id, version: row.version, fingerprint: row.fingerprint, signedAt: row.signed_at, snapshot: SnapshotSchema.parse(JSON.parse(row.snapshot)) };
  }

  /** Which signed version (if any) a fingerprint belongs to; also re-checks the stored snapshot. */
  findByFingerprint(fingerprint: string): (Omit<SignedVersion, 'snapshot'> & { intact: boolean; title: string; number: string }) | null {
    const row = this.db.prepare('SELECT * FROM signed_version WHERE fingerprint = ?').get(fingerprint.toLowerCase()) as
      | { assessment_id: string; version: number; snapshot: string; fingerprint: string; signed_at: string }
      | undefined;
    if (!row) return null;
    const snapshot = SnapshotSchema.parse(JSON.parse(row.snapshot));
    return {
      assessmentId: row.assessment_id,
      version: row.version,
      fingerprint: row.fingerprint,
      signedAt: row.signed_at,
      intact: fingerprintOf(snapshot) === row.fingerprint,
      title: snapshot.assessment.title,
      number: snapshot.assessment.number,
    };
  }
}
