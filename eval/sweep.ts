/** Parameter sweep for the screening rule (development aid, not part of npm test). */
import { readFileSync } from 'node:fs';
import { createCore } from '../electron/core';
import { SCREENING } from '../electron/evidence/search/screening-rule';

const { cases } = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8')) as {
  cases: { procedural: boolean; title: string; text: string; expected: string[] }[];
};
const core = await createCore({ dbPath: ':memory:', host: 'web' });
const mutable = SCREENING as unknown as Record<string, number>;
for (const list of [0.8, 1.0, 1.2, 1.4, 1.6]) {
  for (const max of [8, 10, 12]) {
    mutable.listThreshold = list;
    mutable.maxSuggestions = max;
    let found = 0, expected = 0, extra = 0, falseProc = 0;
    for (const c of cases) {
      const top = core.evidence.screen(`${c.title}\n${c.text}`).determinants.slice(0, 10).map((d) => d.id);
      if (c.procedural) falseProc += top.length;
      else {
        expected += c.expected.length;
        found += c.expected.filter((e) => top.includes(e)).length;
        extra += top.filter((t) => !c.expected.includes(t)).length;
      }
    }
    const n = cases.filter((c) => !c.procedural).length;
    console.log(`list=${list} max=${max} recall=${(found / expected).toFixed(3)} extra/case=${(extra / n).toFixed(2)} precision=${(found / (found + extra)).toFixed(3)} falseProc=${falseProc}`);
  }
}
core.close();
