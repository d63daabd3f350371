import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AssessmentFields, type Assessment, type AssessmentSummary } from '../../shared/assessment';
import { jsonDiff } from '../../shared/audit/json-diff';
import { AppError } from '../../shared/errors';
import type { AuditLog } from '../audit/audit-log';

interface AssessmentRow {
  id: string;
  title: string;
  kind: Assessment['kind'];
  department: string;
  contact: string;
  draft_text: string;
  number: string;
  version: number;
  stage: Assessment['stage'];
  status: Assessment['status'];
  created_at: string;
  updated_at: string;
}

type SummaryRow = Omit<AssessmentRow, 'draft_text'> & { draft_length: number };

const toAssessment = (r: AssessmentRow): Assessment => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  department: r.department,
  contact: r.contact,
  draftText: r.draft_text,
  number: r.number,
  version: r.version,
  stage: r.stage,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toSummary = (r: SummaryRow): AssessmentSummary => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  department: r.department,
  contact: r.contact,
  number: r.number,
  version: r.version,
  stage: r.stage,
  status: r.status,
  draftLength: r.draft_length,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function lockedError(): AppError {
  return new AppError('LOCKED', '评价已签发锁定，不能修改 / The assessment is signed off and locked');
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `未找到评价项目 ${id} / Assessment ${id} not found`);
}

/** Escapes LIKE wildcards so a user's search text is matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Stores registered assessments. Every write is a single transaction; timestamps are ISO
 * strings from an injected clock so tests are deterministic and `updatedAt` strictly grows.
 */
export class AssessmentRepository {
  private lastStamp = '';

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A timestamp strictly later than the previous one, so optimistic checks never tie. */
  private stamp(): string {
    let next = this.clock().toISOString();
    if (next <= this.lastStamp) next = new Date(Date.parse(this.lastStamp) + 1).toISOString();
    this.lastStamp = next;
    return next;
  }

  list(search?: string): AssessmentSummary[] {
    const columns = `id, title, kind, department, contact, number, version, stage, status, created_at, updated_at,
                     length(draft_text) AS draft_length`;
    const rows = search
      ? this.db
          .prepare(
            `SELECT ${columns} FROM assessment
             WHERE title LIKE @p ESCAPE '\\' OR department LIKE @p ESCAPE '\\'
             ORDER BY updated_at DESC`,
          )
          .all({ p: likePattern(search) })
      : this.db.prepare(`SELECT ${columns} FROM assessment ORDER BY updated_at DESC`).all();
    return (rows as SummaryRow[]).map(toSummary);
  }

  get(id: string): Assessment {
    const row = this.db.prepare('SELECT * FROM assessment WHERE id = ?').get(id) as AssessmentRow | undefined;
    if (!row) throw notFound(id);
    return toAssessment(row);
  }

  create(fields: AssessmentFields): Assessment {
    const now = this.stamp();
    const id = randomUUID();
    return this.db.transaction(() => {
      // Numbers run per year (HIA-2026-001, …) and are never reused.
      const prefix = `HIA-${now.slice(0, 4)}-`;
      const last = this.db
        .prepare(`SELECT max(CAST(substr(number, ${prefix.length + 1}) AS INTEGER)) FROM assessment WHERE number LIKE ?`)
        .pluck()
        .get(`${prefix}%`) as number | null;
      const number = `${prefix}${String((last ?? 0) + 1).padStart(3, '0')}`;
      this.db
        .prepare(
          `INSERT INTO assessment (id, title, kind, department, contact, draft_text, number, created_at, updated_at)
           VALUES (@id, @title, @kind, @department, @contact, @draftText, @number, @now, @now)`,
        )
        .run({ id, now, number, ...fields });
      const created = this.get(id);
      this.audit.append(id, 'assessment.create', { number, title: fields.title, kind: fields.kind, department: fields.department });
      return created;
    })();
  }

  update(id: string, changes: Partial<AssessmentFields>, expectedUpdatedAt?: string): Assessment {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (current.status === 'signed') throw lockedError();
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) {
        throw new AppError(
          'CONFLICT',
          '该评价已在别处被修改，请刷新后再保存。 / The assessment was changed elsewhere; reload before saving.',
          { updatedAt: current.updatedAt },
        );
      }
      // Re-validate the merged record so a partial update can never store an invalid row.
      const { title, kind, department, contact, draftText } = current;
      const merged = AssessmentFields.parse({ title, kind, department, contact, draftText, ...changes });
      this.db
        .prepare(
          `UPDATE assessment SET title = @title, kind = @kind, department = @department,
             contact = @contact, draft_text = @draftText, updated_at = @now WHERE id = @id`,
        )
        .run({ id, now: this.stamp(), ...merged });
      const updated = this.get(id);
      const { title: t, kind: k, department: d, contact: c, draftText: x } = updated;
      this.audit.append(id, 'assessment.update', { changes: jsonDiff({ title, kind, department, contact, draftText }, { title: t, kind: k, department: d, contact: c, draftText: x }) });
      return updated;
    })();
  }

  /** Marks the assessment changed (a stage was saved); keeps `updatedAt` strictly growing. */
  touch(id: string): void {
    this.db.prepare('UPDATE assessment SET updated_at = ? WHERE id = ?').run(this.stamp(), id);
  }

  delete(id: string): { id: string } {
    this.db.transaction(() => {
      const current = this.get(id);
      if (current.status === 'signed') throw lockedError();
      if (this.db.prepare('SELECT 1 FROM signed_version WHERE assessment_id = ?').get(id)) {
        throw new AppError(
          'LOCKED',
          '该评价已有签发版本，不能删除；如不再需要，可在台账中注明 / An assessment with signed versions cannot be deleted; note it in the register instead',
        );
      }
      this.db.prepare('DELETE FROM assessment WHERE id = ?').run(id);
      this.audit.append(id, 'assessment.delete', { number: current.number, title: current.title });
    })();
    return { id };
  }
}
