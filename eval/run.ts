/**
 * Quality evaluation of screening (npm run eval): runs `screen` on every case of
 * eval/cases.json and reports recall@10 on substantive drafts (share of the expected
 * determinants among the first ten suggestions) and the number of suggestions on procedural
 * documents (each one is a false suggestion). `--json` prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createCore } from '../electron/core';

const Cases = z.object({
  schemaVersion: z.literal(1),
  cases: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      domain: z.string(),
      procedural: z.boolean(),
      text: z.string(),
      expected: z.array(z.string()),
    }),
  ),
});

const TARGETS = { recallAt10: 0.9, maxFalsePerProcedural: 1 };

const file = fileURLToPath(new URL('./cases.json', import.meta.url));
const { cases } = Cases.parse(JSON.parse(readFileSync(file, 'utf8')));
const core = await createCore({ dbPath: ':memory:', host: 'web' });

const rows = cases.map((c) => {
  const r = core.evidence.screen(`${c.title}\n${c.text}`);
  const top = r.determinants.slice(0, 10).map((d) => d.id);
  const found = c.expected.filter((id) => top.includes(id));
  return {
    id: c.id,
    procedural: c.procedural,
    relevant: r.relevant,
    expected: c.expected.length,
    found: found.length,
    missed: c.expected.filter((id) => !top.includes(id)),
    extra: top.filter((id) => !c.expected.includes(id)),
    suggestions: r.determinants.length,
  };
});
core.close();

const substantive = rows.filter((r) => !r.procedural);
const procedural = rows.filter((r) => r.procedural);
const recall = substantive.reduce((n, r) => n + r.found, 0) / Math.max(1, substantive.reduce((n, r) => n + r.expected, 0));
const macroRecall = substantive.reduce((n, r) => n + r.found / Math.max(1, r.expected), 0) / Math.max(1, substantive.length);
const falsePerProcedural = procedural.reduce((n, r) => n + r.suggestions, 0) / Math.max(1, procedural.length);
const extraPerSubstantive = substantive.reduce((n, r) => n + r.extra.length, 0) / Math.max(1, substantive.length);
const summary = {
  cases: rows.length,
  substantive: substantive.length,
  procedural: procedural.length,
  recallAt10: Number(recall.toFixed(3)),
  macroRecallAt10: Number(macroRecall.toFixed(3)),
  substantiveMarkedRelevant: substantive.filter((r) => r.relevant).length,
  falseSuggestionsPerProcedural: Number(falsePerProcedural.toFixed(2)),
  proceduralMarkedRelevant: procedural.filter((r) => r.relevant).length,
  unexpectedPerSubstantive: Number(extraPerSubstantive.toFixed(2)),
  targets: {
    recallAt10: { target: TARGETS.recallAt10, pass: recall >= TARGETS.recallAt10 },
    falseSuggestionsPerProcedural: { target: TARGETS.maxFalsePerProcedural, pass: falsePerProcedural <= TARGETS.maxFalsePerProcedural },
  },
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ eval: summary, cases: rows }));
} else {
  for (const r of rows) {
    const mark = r.procedural ? (r.suggestions === 0 ? '✓' : '✗') : r.found === r.expected ? '✓' : '·';
    const detail = r.procedural
      ? `suggestions=${r.suggestions}${r.extra.length ? ` (${r.extra.join(', ')})` : ''}`
      : `${r.found}/${r.expected}${r.missed.length ? ` missed: ${r.missed.join(', ')}` : ''}${r.extra.length ? ` | extra: ${r.extra.join(', ')}` : ''}`;
    console.log(`${mark} ${r.id.padEnd(38)} ${detail}`);
  }
  console.log(JSON.stringify(summary, null, 2));
}
