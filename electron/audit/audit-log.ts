import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson } from '../../shared/snapshot/canonical-json';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  assessmentId: string | null;
  action: string;
  detail: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditProblem {
  seq: number | null;
  problem: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, e: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, assessmentId: e.assessmentId, action: e.action, detail: e.detail })}`)
    .digest('hex');
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  assessment_id: string | null;
  action: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  assessmentId: r.assessment_id,
  action: r.action,
  detail: JSON.parse(r.detail) as unknown,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/**
 * The audit trail: who changed what, when, old → new. Each entry's hash covers the previous
 * entry's hash, and the newest (seq, hash) is kept in audit_head, so editing, deleting or
 * truncating entries breaks the chain and `verify` names where. Appends must run inside the
 * transaction of the change they record, so a change and its entry commit together.
 */
export class AuditLog {
  constructor(
    private readonly db: Database.Database,
    private readonly actor: () => string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  append(assessmentId: string | null, action: string, detail: unknown): AuditEntry {
    if (!this.db.inTransaction) throw new Error('audit entries must be written in the transaction of their change');
    const head = this.db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
    const base = { seq: (head?.seq ?? 0) + 1, at: this.clock().toISOString(), actor: this.actor(), assessmentId, action, detail };
    const prevHash = head?.hash ?? GENESIS;
    const hash = entryHash(prevHash, base);
    this.db
      .prepare(
        `INSERT INTO audit_log (seq, at, actor, assessment_id, action, detail, prev_hash, hash)
         VALUES (@seq, @at, @actor, @assessmentId, @action, @detail, @prevHash, @hash)`,
      )
      .run({ ...base, detail: canonicalJson(detail), prevHash, hash });
    this.db
      .prepare('INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash')
      .run(base.seq, hash);
    return { ...base, prevHash, hash };
  }

  list(assessmentId?: string, limit = 500): AuditEntry[] {
    const rows = (
      assessmentId
        ? this.db.prepare('SELECT * FROM audit_log WHERE assessment_id = ? ORDER BY seq DESC LIMIT ?').all(assessmentId, limit)
        : this.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)
    ) as Row[];
    return rows.map(toEntry);
  }

  /** Recomputes the whole chain. An empty problem list means the trail is intact. */
  verify(): { ok: boolean; entries: number; problems: AuditProblem[] } {
    const problems: AuditProblem[] = [];
    let prevHash = GENESIS;
    let expectedSeq = 1;
    let count = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<Row>) {
      count += 1;
      let detail: unknown;
      try {
        detail = JSON.parse(row.detail);
      } catch {
        problems.push({ seq: row.seq, problem: '内容无法解析 / entry content is corrupt' });
        detail = row.detail;
      }
      if (row.seq !== expectedSeq) problems.push({ seq: row.seq, problem: `缺少第 ${expectedSeq}–${row.seq - 1} 条记录 / entries ${expectedSeq}–${row.seq - 1} are missing` });
      if (row.prev_hash !== prevHash) problems.push({ seq: row.seq, problem: '与上一条记录的链接断开 / link to the previous entry is broken' });
      const recomputed = entryHash(row.prev_hash, { seq: row.seq, at: row.at, actor: row.actor, assessmentId: row.assessment_id, action: row.action, detail });
      if (recomputed !== row.hash) problems.push({ seq: row.seq, problem: '记录内容被修改 / entry was altered after it was written' });
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
    }
    const head = this.db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
    if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
      problems.push({ seq: head.seq, problem: `最新记录（第 ${head.seq} 条）缺失或被替换 / the newest entries were removed or replaced` });
    }
    if (!head && count > 0) problems.push({ seq: null, problem: '链头缺失 / the chain head is missing' });
    return { ok: problems.length === 0, entries: count, problems };
  }
}
