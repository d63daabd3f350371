/**
 * Register part of `npm run bench` (issue: register and coverage): a 10,000-row CSV imported
 * through the contract, then the coverage dashboard and the register list over it. The baseline
 * is the least work any coverage needs: one SQL GROUP BY over the same rows (no links, no
 * contract), timed in the same run.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../electron/core';
import { CATEGORY_NAMES_ZH, REGISTER_CATEGORIES, STATUS_NAMES_ZH, REGISTER_STATUSES } from '../shared/register/register';
import { makeTempDir } from './corpus';
import { median, ms, timedAsync } from './stats';
import { target, type BenchPart } from './types';

const ROWS = 10_000;
const LIMIT_MS = 200;
const IMPORT_LIMIT_MS = 5_000;

/** A register as a department would keep it: varied categories, departments, years and statuses. */
function registerCsv(rows: number): string {
  const lines = ['标题,类别,起草部门,年度,状态,豁免理由'];
  for (let i = 0; i < rows; i++) {
    const status = REGISTER_STATUSES[(i * 7) % REGISTER_STATUSES.length]!;
    lines.push(
      [
        `关于第${i + 1}项公共政策的实施意见`,
        CATEGORY_NAMES_ZH[REGISTER_CATEGORIES[i % REGISTER_CATEGORIES.length]!],
        `部门${i % 41}`,
        2021 + (i % 5),
        STATUS_NAMES_ZH[status],
        status === 'exempt' ? '程序性文件' : '',
      ].join(','),
    );
  }
  return lines.join('\r\n');
}

async function samples(n: number, call: () => Promise<{ ok: boolean }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await call();
    out.push(performance.now() - t);
    if (!r.ok) throw new Error('call failed');
  }
  return out;
}

export const runRegisterBench: BenchPart = async (ctx) => {
  const rows = ctx.quick ? 1_000 : ROWS;
  const tmp = makeTempDir();
  const dbPath = path.join(tmp.dir, 'register.db');
  try {
    const core = await createCore({ dbPath, host: 'web' });
    const file = { fileName: 'register.csv', dataBase64: Buffer.from(registerCsv(rows), 'utf8').toString('base64') };
    ctx.log(`  register: importing ${rows} rows…`);
    const imported = await timedAsync(() => core.dispatch('register/import', file));
    if (!imported.value.ok) throw new Error('import failed');

    const rounds = ctx.quick ? 5 : 25;
    ctx.log(`  register: timing coverage and list × ${rounds}…`);
    const coverage = await samples(rounds, () => core.dispatch('coverage/get', { year: 2025 }));
    const list = await samples(rounds, () => core.dispatch('register/list', {}));
    core.close();

    const raw = new Database(dbPath, { readonly: true });
    const groupBy = raw.prepare('SELECT category, department, status, count(*) AS n FROM register_item WHERE year = ? GROUP BY category, department, status');
    const baseline = await samples(rounds, async () => {
      groupBy.all(2025);
      return { ok: true };
    });
    raw.close();

    const register = {
      rows,
      importMs: ms(imported.ms),
      importCpuMs: ms(imported.cpuMs),
      coverageMedianMs: ms(median(coverage)),
      listMedianMs: ms(median(list)),
      baselineGroupByMedianMs: ms(median(baseline)),
    };
    return {
      keys: { register },
      targets: {
        registerImport: target(`import ${rows} register rows < ${IMPORT_LIMIT_MS} ms`, register.importMs, '<', IMPORT_LIMIT_MS, 'ms'),
        registerCoverage: target(`coverage dashboard median over ${rows} items < ${LIMIT_MS} ms`, register.coverageMedianMs, '<', LIMIT_MS, 'ms'),
        registerList: target(`register list median over ${rows} items < ${LIMIT_MS} ms`, register.listMedianMs, '<', LIMIT_MS, 'ms'),
      },
      table: [
        `register ${rows} rows: import ${register.importMs} ms (cpu ${register.importCpuMs} ms)`,
        `       coverage ${register.coverageMedianMs} ms · list ${register.listMedianMs} ms (medians) · baseline SQL GROUP BY ${register.baselineGroupByMedianMs} ms`,
      ],
    };
  } finally {
    tmp.remove();
  }
};
