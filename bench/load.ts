/**
 * Load part of `npm run bench` (issue: hardening): the core with 1,000 assessments and 100k
 * evidence passages answers list, open and search within 200 ms at the median. Measured through
 * core.dispatch, the same path the UI takes (contract validation included).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../electron/core';
import { makeTempDir, readSeedPassages, syntheticDocuments, PASSAGES_PER_DOCUMENT } from './corpus';
import { QUERIES } from './queries';
import { median, ms, percentile } from './stats';
import type { BenchPart, TargetResult } from './types';

const LIMIT_MS = 200;

async function timeCalls(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = (await call(i)) as { ok: boolean; error?: { message: string } };
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error?.message ?? 'call failed');
  }
  return samples;
}

export const runLoadBench: BenchPart = async (ctx) => {
  const assessments = ctx.quick ? 100 : 1000;
  const passages = ctx.quick ? 10_000 : 100_000;
  const tmp = makeTempDir();
  const dbPath = path.join(tmp.dir, 'load.db');
  try {
    const core = await createCore({ dbPath, host: 'web' });
    const raw = new Database(dbPath, { readonly: true });
    const seeds = readSeedPassages(raw);
    raw.close();
    const have = core.evidence.store.passageCount();
    const docs = syntheticDocuments(seeds, Math.ceil((passages - have) / PASSAGES_PER_DOCUMENT), { idPrefix: 'load' });
    ctx.log(`  load: indexing ${docs.length} documents…`);
    for (const d of docs) core.evidence.store.addDocument(d.doc, d.passages);

    ctx.log(`  load: registering ${assessments} assessments…`);
    const ids: string[] = [];
    for (let i = 0; i < assessments; i++) {
      const body = seeds
        .slice((i * 7) % Math.max(1, seeds.length - 12), ((i * 7) % Math.max(1, seeds.length - 12)) + 12)
        .map((s) => s.text)
        .join('\n');
      const r = await core.dispatch('assessment/create', {
        title: `第${i + 1}号草案：关于推进城市建设与公共服务的实施意见`,
        kind: (['policy', 'plan', 'project'] as const)[i % 3],
        department: `部门${i % 37}`,
        draftText: body,
      });
      if (!r.ok) throw new Error(r.error.message);
      ids.push((r.value as { id: string }).id);
    }

    const rounds = ctx.quick ? 10 : 40;
    ctx.log(`  load: timing list, open and search × ${rounds}…`);
    const list = await timeCalls(rounds, () => core.dispatch('assessment/list', {}));
    const open = await timeCalls(rounds, (i) => core.dispatch('workflow/get', { id: ids[(i * 37) % ids.length]! }));
    const search = await timeCalls(rounds, (i) => core.dispatch('evidence/search', { query: QUERIES[i % QUERIES.length]!, limit: 10 }));
    const total = core.evidence.store.passageCount();
    core.close();

    const summary = (s: number[]) => ({ medianMs: ms(median(s)), p95Ms: ms(percentile(s, 95)) });
    const load = { assessments, passages: total, list: summary(list), open: summary(open), search: summary(search) };
    const target = (name: string, value: number): TargetResult => ({
      description: `${name} median with ${assessments} assessments and ${total} passages < ${LIMIT_MS} ms`,
      value: ms(value),
      limit: LIMIT_MS,
      comparison: '<',
      unit: 'ms',
      pass: value < LIMIT_MS,
    });
    return {
      keys: { load },
      targets: {
        loadList: target('assessment list', median(list)),
        loadOpen: target('open an assessment', median(open)),
        loadSearch: target('evidence search', median(search)),
      },
      table: [
        `load   ${assessments} assessments, ${total} passages`,
        `       list ${load.list.medianMs} ms · open ${load.open.medianMs} ms · search ${load.search.medianMs} ms (medians)`,
      ],
    };
  } finally {
    tmp.remove();
  }
};
