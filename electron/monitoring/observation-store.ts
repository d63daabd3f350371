import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Observation } from '../../shared/monitoring/monitoring-contract';
import type { AuditLog } from '../audit/audit-log';

interface Row {
  id: string;
  indicator_id: string;
  observed_on: string;
  value: string;
  note: string;
  recorded_at: string;
}

const toObservation = (r: Row): Observation => ({
  id: r.id,
  indicatorId: r.indicator_id,
  observedOn: r.observed_on,
  value: r.value,
  note: r.note,
  recordedAt: r.recorded_at,
});

/** What the audit entry says about the indicator, besides the values. */
export interface ObservationContext {
  /** The signed version followed up (null only if none is signed). */
  version: number | null;
  indicatorName: string | null;
}

const FIELDS = ['observedOn', 'value', 'note'] as const;

/**
 * Follow-up values of monitoring indicators (indicator_observation). They are recorded after
 * sign-off, beside the signed snapshot and not in it, so each change is written with its audit
 * entry in one transaction (the audit drawer shows the fields old → new).
 */
export class ObservationStore {
  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** An assessment's values, oldest observation first. */
  list(assessmentId: string): Observation[] {
    return (
      this.db
        .prepare(
          `SELECT id, indicator_id, observed_on, value, note, recorded_at FROM indicator_observation
           WHERE assessment_id = ? ORDER BY observed_on, recorded_at`,
        )
        .all(assessmentId) as Row[]
    ).map(toObservation);
  }

  record(assessmentId: string, context: ObservationContext, input: Omit<Observation, 'id' | 'recordedAt'>): Observation {
    const observation: Observation = { ...input, id: randomUUID(), recordedAt: this.clock().toISOString() };
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO indicator_observation (id, assessment_id, indicator_id, observed_on, value, note, recorded_at)
           VALUES (@id, @assessmentId, @indicatorId, @observedOn, @value, @note, @recordedAt)`,
        )
        .run({ ...observation, assessmentId });
      this.audit.append(assessmentId, 'monitoring.record', {
        version: context.version,
        indicatorId: observation.indicatorId,
        indicator: context.indicatorName,
        observationId: observation.id,
        changes: FIELDS.map((f) => ({ path: f, old: null, new: observation[f] })),
      });
    })();
    return observation;
  }

  /** Removes a mistaken value; the audit entry keeps the old value and the reason. */
  remove(assessmentId: string, observationId: string, reason: string, context: ObservationContext): Observation {
    if (!reason.trim()) throw new AppError('INVALID_INPUT', '请说明删除原因 / Give the reason for removing the value');
    return this.db.transaction(() => {
      const row = this.db
        .prepare('SELECT id, indicator_id, observed_on, value, note, recorded_at FROM indicator_observation WHERE id = ? AND assessment_id = ?')
        .get(observationId, assessmentId) as Row | undefined;
      if (!row) throw new AppError('NOT_FOUND', '未找到该监测记录 / No such follow-up value');
      const old = toObservation(row);
      this.db.prepare('DELETE FROM indicator_observation WHERE id = ?').run(observationId);
      this.audit.append(assessmentId, 'monitoring.remove', {
        version: context.version,
        indicatorId: old.indicatorId,
        indicator: context.indicatorName,
        observationId,
        reason: reason.trim(),
        changes: FIELDS.map((f) => ({ path: f, old: old[f], new: null })),
      });
      return old;
    })();
  }

  /** The indicator a stored value belongs to, or null (to name it in the audit entry). */
  indicatorOf(assessmentId: string, observationId: string): string | null {
    const row = this.db.prepare('SELECT indicator_id FROM indicator_observation WHERE id = ? AND assessment_id = ?').get(observationId, assessmentId) as
      | { indicator_id: string }
      | undefined;
    return row?.indicator_id ?? null;
  }
}
