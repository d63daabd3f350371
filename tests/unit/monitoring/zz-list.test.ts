import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '/work/main/electron/evidence/seed-data';
import { IndicatorsSchema } from '/work/main/shared/evidence/indicator';
import { computeProgress, parseQuantity } from '/work/main/shared/monitoring/progress';
const { indicators } = IndicatorsSchema.parse(JSON.parse(readFileSync(path.join(DEFAULT_SEEDS_DIR, 'indicators.json'), 'utf8')));
it('list', () => {
  const rows: string[] = [];
  for (const i of indicators) {
    const p = computeProgress(i, []);
    const t = parseQuantity(i.target, i.unit);
    if (p.direction === null && t.value !== null) rows.push(`${i.id}\t${i.kind}\t${i.name}\t${i.unit}\tB=${i.baseline}\tT=${i.target}`);
  }
  console.log(rows.length + '\n' + rows.join('\n'));
});
