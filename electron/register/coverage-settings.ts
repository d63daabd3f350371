import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { CoverageSettings, CoverageTarget } from '../../shared/register/coverage-contract';
import type { AuditLog } from '../audit/audit-log';

const KEY = 'coverage';

/** seeds/coverage-targets.json: the seeds' targets, each citing its source lines. */
export const SeedCoverageTargets = z.strictObject({
  schemaVersion: z.literal(1),
  exemptInDenominator: z.boolean(),
  targets: z.array(CoverageTarget),
});

export function loadDefaultCoverageSettings(seedsDir: string): CoverageSettings {
  const file = path.join(seedsDir, 'coverage-targets.json');
  try {
    const { exemptInDenominator, targets } = SeedCoverageTargets.parse(JSON.parse(readFileSync(file, 'utf8')));
    return CoverageSettings.parse({ exemptInDenominator, targets });
  } catch (err) {
    const error = new AppError('INTERNAL', `默认覆盖率目标文件无效：${file} / The default coverage targets file is invalid: ${file}`);
    error.cause = err;
    throw error;
  }
}

/**
 * The coverage targets and counting rule: the person's own (app_setting 'coverage') or the
 * seeds' defaults. Saving and resetting are audited with the old and new settings.
 */
export class CoverageSettingsStore {
  private defaults: CoverageSettings | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly seedsDir: string,
    private readonly clock: () => Date,
  ) {}

  private seedDefaults(): CoverageSettings {
    this.defaults ??= loadDefaultCoverageSettings(this.seedsDir);
    return this.defaults;
  }

  /** Stored settings that no longer match the schema (an older app wrote them) give way to the defaults. */
  get(): CoverageSettings {
    const stored = this.db.prepare('SELECT value FROM app_setting WHERE key = ?').pluck().get(KEY) as string | undefined;
    if (stored === undefined) return this.seedDefaults();
    const parsed = CoverageSettings.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : this.seedDefaults();
  }

  save(settings: CoverageSettings): CoverageSettings {
    const seen = new Set<string>();
    for (const t of settings.targets) {
      if (seen.has(t.id)) throw new AppError('INVALID_INPUT', `目标编号重复：${t.id} / Duplicate target id: ${t.id}`);
      seen.add(t.id);
    }
    return this.db.transaction(() => {
      const old = this.get();
      this.db
        .prepare('INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
        .run(KEY, JSON.stringify(settings), this.clock().toISOString());
      this.audit.append(null, 'coverage.settings', { old, new: settings });
      return this.get();
    })();
  }

  reset(): CoverageSettings {
    return this.db.transaction(() => {
      const old = this.get();
      const removed = this.db.prepare('DELETE FROM app_setting WHERE key = ?').run(KEY);
      if (removed.changes > 0) this.audit.append(null, 'coverage.reset', { old });
      return this.get();
    })();
  }
}
