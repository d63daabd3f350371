import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AssessmentSummary } from '../../shared/assessment';
import { jsonDiff } from '../../shared/audit/json-diff';
import { AppError } from '../../shared/errors';
import type { CoverageItem } from '../../shared/register/coverage';
import { normalizeAssessmentNumber, registerKey, type AssessmentCandidate, type ImportLookups } from '../../shared/register/import-rows';
import {
  effectiveStatus,
  KIND_OF_CATEGORY,
  type LinkedAssessment,
  type RegisterCategory,
  type RegisterFilter,
  type RegisterItem,
  type RegisterItemFields,
  type RegisterStatus,
} from '../../shared/register/register';
import type { AssessmentRepository } from '../assessment/repository';
import type { AuditLog } from '../audit/audit-log';

interface ItemRow {
  id: string;
  title: string;
  category: RegisterCategory;
  department: string;
  year: number;
  status: RegisterStatus;
  exempt_reason: string;
  note: string;
  assessment_id: string | null;
  created_at: string;
  updated_at: string;
  a_number: string | null;
  a_title: string | null;
  a_status: LinkedAssessment['status'] | null;
  a_version: number | null;
  a_ever_signed: 0 | 1;
}

/**
 * everSigned: some version of the assessment has a row in signed_version (immutable), so an
 * assessment reopened for revision still counts as signed. One expression for every query.
 */
const everSigned = (assessmentId: string) => `EXISTS (SELECT 1 FROM signed_version s WHERE s.assessment_id = ${assessmentId})`;

const SELECT_ITEMS = `
  SELECT r.id, r.title, r.category, r.department, r.year, r.status, r.exempt_reason, r.note, r.assessment_id,
         r.created_at, r.updated_at, a.number AS a_number, a.title AS a_title, a.status AS a_status, a.version AS a_version,
         ${everSigned('r.assessment_id')} AS a_ever_signed
  FROM register_item r LEFT JOIN assessment a ON a.id = r.assessment_id`;

function toItem(r: ItemRow): RegisterItem {
  const assessment: LinkedAssessment | null =
    r.assessment_id === null
      ? null
      : { id: r.assessment_id, number: r.a_number!, title: r.a_title!, status: r.a_status!, version: r.a_version!, everSigned: r.a_ever_signed === 1 };
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    department: r.department,
    year: r.year,
    status: effectiveStatus(r.status, assessment),
    recordedStatus: r.status,
    exemptReason: r.exempt_reason,
    note: r.note,
    assessment,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const fieldsOf = (i: RegisterItem): RegisterItemFields => ({
  title: i.title,
  category: i.category,
  department: i.department,
  year: i.year,
  status: i.recordedStatus,
  exemptReason: i.exemptReason,
  note: i.note,
});

const linkOf = (i: RegisterItem) => (i.assessment ? { assessmentId: i.assessment.id, number: i.assessment.number } : null);

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `未找到台账条目 ${id} / Register item ${id} not found`);
}

/**
 * The register (台账): items stored with their recorded status; the status shown comes from the
 * linked assessment when there is one. Every write is one transaction with its audit entry
 * (old → new). Deleting an item never touches its assessment.
 */
export class RegisterStore {
  constructor(
    private readonly db: Database.Database,
    private readonly assessments: AssessmentRepository,
    private readonly audit: AuditLog,
    private readonly clock: () => Date,
  ) {}

  /**
   * What coverage counts of every item (category, department, year, effective status), read
   * without the display fields: the dashboard recounts the whole register on every view.
   */
  coverageItems(): CoverageItem[] {
    const rows = this.db
      .prepare(
        `SELECT r.category, r.department, r.year, r.status, r.assessment_id IS NOT NULL AS linked,
                ${everSigned('r.assessment_id')} AS ever_signed
         FROM register_item r`,
      )
      .all() as { category: RegisterCategory; department: string; year: number; status: RegisterItem['status']; linked: 0 | 1; ever_signed: 0 | 1 }[];
    return rows.map((r) => ({
      category: r.category,
      department: r.department,
      year: r.year,
      status: effectiveStatus(r.status, r.linked === 1 ? { everSigned: r.ever_signed === 1 } : null),
    }));
  }

  /** Newest year first; within a year, in the order items were recorded (an import keeps file order). */
  list(filter: RegisterFilter = {}): RegisterItem[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const when = (value: unknown, name: string, condition: string) => {
      if (value === undefined || value === '') return;
      where.push(condition);
      params[name] = value;
    };
    when(filter.year, 'year', 'r.year = @year');
    when(filter.category, 'category', 'r.category = @category');
    when(filter.department, 'department', 'r.department = @department');
    when(filter.assessmentId, 'assessmentId', 'r.assessment_id = @assessmentId');
    // instr() matches the text literally (no LIKE wildcards to escape).
    when(
      filter.search,
      'search',
      `(instr(lower(r.title), lower(@search)) OR instr(lower(r.department), lower(@search))
        OR instr(lower(r.note), lower(@search)) OR instr(lower(coalesce(a.number, '')), lower(@search)))`,
    );
    const sql = `${SELECT_ITEMS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.year DESC, r.rowid`;
    const items = (this.db.prepare(sql).all(params) as ItemRow[]).map(toItem);
    return filter.status === undefined ? items : items.filter((i) => i.status === filter.status);
  }

  get(id: string): RegisterItem {
    const row = this.db.prepare(`${SELECT_ITEMS} WHERE r.id = ?`).get(id) as ItemRow | undefined;
    if (!row) throw notFound(id);
    return toItem(row);
  }

  /** Creates or updates an item and, given `linkTo`, links that assessment: all or nothing. */
  save(id: string | undefined, fields: RegisterItemFields, linkTo?: string): RegisterItem {
    return this.db.transaction(() => {
      const saved = this.saveFields(id, fields);
      return linkTo === undefined ? saved : this.link(saved.id, linkTo);
    })();
  }

  private saveFields(id: string | undefined, fields: RegisterItemFields): RegisterItem {
    return this.db.transaction(() => {
      this.refuseDuplicate(fields, id);
      const now = this.clock().toISOString();
      if (id === undefined) {
        const newId = randomUUID();
        this.insert(newId, fields, null, now);
        this.audit.append(null, 'register.create', { itemId: newId, ...fields });
        return this.get(newId);
      }
      const before = this.get(id);
      this.db
        .prepare(
          `UPDATE register_item SET title = @title, category = @category, department = @department, year = @year,
             status = @status, exempt_reason = @exemptReason, note = @note, updated_at = @now WHERE id = @id`,
        )
        .run({ id, now, ...fields });
      const after = this.get(id);
      this.audit.append(before.assessment?.id ?? null, 'register.update', { itemId: id, title: after.title, changes: jsonDiff(fieldsOf(before), fieldsOf(after)) });
      return after;
    })();
  }

  delete(id: string): { id: string } {
    this.db.transaction(() => {
      const item = this.get(id);
      this.db.prepare('DELETE FROM register_item WHERE id = ?').run(id);
      this.audit.append(item.assessment?.id ?? null, 'register.delete', { itemId: id, ...fieldsOf(item), link: linkOf(item) });
    })();
    return { id };
  }

  link(id: string, assessmentId: string | null): RegisterItem {
    return this.db.transaction(() => {
      const before = this.get(id);
      if ((before.assessment?.id ?? null) === assessmentId) return before;
      if (assessmentId !== null) this.refuseLinkedElsewhere(assessmentId, id);
      this.db.prepare('UPDATE register_item SET assessment_id = ?, updated_at = ? WHERE id = ?').run(assessmentId, this.clock().toISOString(), id);
      const after = this.get(id);
      this.audit.append(assessmentId ?? before.assessment?.id ?? null, 'register.link', { itemId: id, title: after.title, old: linkOf(before), new: linkOf(after) });
      return after;
    })();
  }

  /** Registers an assessment from the item (title, kind, department) and links it, atomically. */
  startAssessment(id: string): { item: RegisterItem; assessmentId: string } {
    return this.db.transaction(() => {
      const item = this.get(id);
      if (item.assessment) {
        throw new AppError(
          'CONFLICT',
          `该条目已关联评价 ${item.assessment.number} / This item is already linked to assessment ${item.assessment.number}`,
        );
      }
      // The repository opens its own transaction; better-sqlite3 nests it as a savepoint.
      const created = this.assessments.create({ title: item.title, kind: KIND_OF_CATEGORY[item.category], department: item.department, contact: '', draftText: '' });
      this.db.prepare('UPDATE register_item SET assessment_id = ?, updated_at = ? WHERE id = ?').run(created.id, this.clock().toISOString(), id);
      const after = this.get(id);
      this.audit.append(created.id, 'register.start-assessment', { itemId: id, title: item.title, new: linkOf(after) });
      return { item: after, assessmentId: created.id };
    })();
  }

  /** Assessments that no register item links to. */
  unregistered(): AssessmentSummary[] {
    const linked = new Set(this.db.prepare('SELECT assessment_id FROM register_item WHERE assessment_id IS NOT NULL').pluck().all() as string[]);
    return this.assessments.list().filter((a) => !linked.has(a.id));
  }

  /** What import checks need to know about this database, read once per import. */
  importLookups(): ImportLookups {
    const candidates = new Map<string, AssessmentCandidate>();
    const rows = this.db
      .prepare(
        `SELECT a.id, a.number, r.title AS linked_title,
                ${everSigned('a.id')} AS ever_signed
         FROM assessment a LEFT JOIN register_item r ON r.assessment_id = a.id`,
      )
      .all() as { id: string; number: string | null; linked_title: string | null; ever_signed: 0 | 1 }[];
    for (const r of rows) {
      if (r.number === null) continue;
      candidates.set(normalizeAssessmentNumber(r.number), { id: r.id, number: r.number, everSigned: r.ever_signed === 1, linkedItemTitle: r.linked_title });
    }
    const keys = new Set(
      (this.db.prepare('SELECT title, department, year FROM register_item').all() as { title: string; department: string; year: number }[]).map((r) =>
        registerKey(r.title, r.department, r.year),
      ),
    );
    return { assessment: (n) => candidates.get(n) ?? null, inRegister: (k) => keys.has(k) };
  }

  /**
   * Inserts checked import rows and returns their new ids, in order; the caller holds the
   * transaction and writes the audit entries.
   */
  insertMany(rows: readonly { fields: RegisterItemFields; assessmentId: string | null }[]): string[] {
    if (!this.db.inTransaction) throw new Error('register imports must run in one transaction');
    const now = this.clock().toISOString();
    return rows.map((r) => {
      const id = randomUUID();
      this.insert(id, r.fields, r.assessmentId, now);
      return id;
    });
  }

  // Prepared once: an import inserts up to 10,000 rows.
  private insertStatement: Database.Statement | null = null;

  private insert(id: string, f: RegisterItemFields, assessmentId: string | null, now: string): void {
    this.insertStatement ??= this.db.prepare(
      `INSERT INTO register_item (id, title, category, department, year, status, exempt_reason, note, assessment_id, created_at, updated_at)
       VALUES (@id, @title, @category, @department, @year, @status, @exemptReason, @note, @assessmentId, @now, @now)`,
    );
    this.insertStatement.run({ id, assessmentId, now, ...f });
  }

  /** The same title, department and year twice would be counted twice in coverage. */
  private refuseDuplicate(fields: RegisterItemFields, exceptId: string | undefined): void {
    const key = registerKey(fields.title, fields.department, fields.year);
    const same = (this.db.prepare('SELECT id, title, department, year FROM register_item WHERE year = ?').all(fields.year) as {
      id: string;
      title: string;
      department: string;
      year: number;
    }[]).find((r) => r.id !== exceptId && registerKey(r.title, r.department, r.year) === key);
    if (same) {
      throw new AppError(
        'CONFLICT',
        `台账中已有「${same.title}」（${same.department}，${same.year} 年） / The register already has "${same.title}" (${same.department}, ${same.year})`,
      );
    }
  }

  private refuseLinkedElsewhere(assessmentId: string, itemId: string): void {
    const assessment = this.assessments.get(assessmentId);
    const other = this.db.prepare('SELECT title FROM register_item WHERE assessment_id = ? AND id <> ?').pluck().get(assessmentId, itemId) as string | undefined;
    if (other !== undefined) {
      throw new AppError(
        'CONFLICT',
        `评价 ${assessment.number} 已关联台账条目「${other}」 / Assessment ${assessment.number} is already linked to the register item "${other}"`,
      );
    }
  }
}
