/**
 * `hia register` and `hia coverage` through the real bin, on tests/fixtures/register/
 * district-2025.csv: a district's register (UTF-8 with BOM, a title row above the header,
 * header and values in everyday words) of 21 rows, 7 of them bad.
 *
 * Worked out by hand from the file:
 *   imported 14 (12 in 2025, 2 in 2024); rejected rows 15 (duplicate of row 3), 16 (status
 *   暂缓), 17 (no title), 18 (category 文件), 19 (豁免 without reason), 20 (year 二〇二五),
 *   23 (no department).
 *   2025: 未评价 4 (rows 6, 10, 13, 14), 评价中 3 (4, 7, 11), 已签发 3 (3, 5, 9), 豁免 2 (8, 12)
 *     → submitted 6, base 12 − 2 = 10, share 60%: the 40% and 50% targets are met.
 *   Plans and projects (rows 5, 7, 11, 13 and 6, 9, 14): 7 items, 4 submitted → 4/7 < 80%.
 *   By category: 规范性文件 1/1, 重大公共政策 1/2, 发展规划 3/4, 重大工程项目 1/3, 其他 0/0 (—).
 *   2024: 2 items, 1 signed → 1/2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';

const FIXTURE = path.resolve('tests/fixtures/register/district-2025.csv');
const tempDir = useTempDir();

function hia(...args: string[]) {
  const r = spawnSync(process.execPath, [path.resolve('bin/hia.js'), ...args], { encoding: 'utf8', env: { ...process.env, HIA_DATA_DIR: tempDir() } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hia register and hia coverage', () => {
  it('imports a register with bad rows; coverage --year 2025 --json gives the hand-computed shares', () => {
    const db = path.join(tempDir(), 'hia.db');

    const dry = hia('--db', db, 'register', 'import', FIXTURE, '--dry-run', '--json');
    expect(dry.status).toBe(0);
    const preview = JSON.parse(dry.stdout);
    expect(preview).toMatchObject({ fileName: 'district-2025.csv', format: 'csv', valid: 14, invalid: 7, ignoredColumns: ['序号'] });
    expect(JSON.parse(hia('--db', db, 'register', 'list', '--json').stdout)).toEqual([]); // a dry run writes nothing

    const run = hia('--db', db, 'register', 'import', FIXTURE);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('可导入 / valid: 14 行 / rows；有误 / invalid: 7 行 / rows');
    expect(run.stdout).toContain('第 15 行 / row 15: 与第 3 行重复');
    expect(run.stdout).toMatch(/第 16 行 \/ row 16: 「评价状态」列的值「暂缓」无法识别/);
    expect(run.stdout).toMatch(/第 20 行 \/ row 20: 「年份」列的值「二〇二五」不是有效年度/);
    expect(run.stdout).toContain('已导入 / imported: 14；未导入 / not imported: 7');
    const rejectedRows = [...run.stdout.matchAll(/第 (\d+) 行 \/ row/g)].map((m) => Number(m[1]));
    expect([...new Set(rejectedRows)]).toEqual([15, 16, 17, 18, 19, 20, 23]);

    const report = JSON.parse(hia('--db', db, 'coverage', '--year', '2025', '--json').stdout);
    expect(report).toMatchObject({ year: 2025, years: [2024, 2025], exemptInDenominator: false });
    expect(report.overall).toEqual({ total: 12, notAssessed: 4, inProgress: 3, signed: 3, exempt: 2, submitted: 6, base: 10, share: 0.6 });
    expect(report.byCategory.map((c: { category: string; submitted: number; base: number }) => [c.category, c.submitted, c.base])).toEqual([
      ['normative', 1, 1],
      ['major-policy', 1, 2],
      ['plan', 3, 4],
      ['major-project', 1, 3],
      ['other', 0, 0],
    ]);
    expect(report.byDepartment.slice(0, 2).map((d: { department: string; total: number; submitted: number }) => [d.department, d.total, d.submitted])).toEqual([
      ['区教育局', 2, 1],
      ['区住建局', 2, 1],
    ]);
    expect(report.byYear.map((y: { year: number; submitted: number; base: number }) => [y.year, y.submitted, y.base])).toEqual([
      [2024, 1, 2],
      [2025, 6, 10],
    ]);
    expect(report.targets.map((t: { target: { id: string }; counts: { submitted: number; base: number }; met: boolean }) => [t.target.id, t.counts.submitted, t.counts.base, t.met])).toEqual([
      ['hz-fyp-overall-40', 6, 10, true],
      ['hz-health-fyp-overall-50', 6, 10, true],
      ['hz-fyp-plans-projects-80', 4, 7, false],
    ]);

    const text = hia('--db', db, 'coverage', '--year', '2025');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('总体 / overall: 已提交 6 / 分母 10 = 60.0%');
    expect(text.stdout).toMatch(/✗ 未达标 \/ not met {2}中长期发展规划和政府投资重大民生工程评价覆盖率.*当前 57\.1%（4\/7）/);
    expect(text.stdout).toContain('来源 / source: 《健康杭州“十四五”规划》第 1574–1576 行');

    expect(JSON.parse(hia('--db', db, 'register', 'list', '--year', '2024', '--json').stdout)).toHaveLength(2);
  }, 60_000);

  it('exports by year and re-imports as nothing new (exit 2); a bad file exits 1 with the reason', () => {
    const db = path.join(tempDir(), 'hia.db');
    expect(hia('--db', db, 'register', 'import', FIXTURE).status).toBe(0);
    const out = path.join(tempDir(), 'out', '台账-2025.xlsx');
    const exported = hia('--db', db, 'register', 'export', '--out', out, '--year', '2025');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('已导出 12 条 / exported 12 items');
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');

    const again = hia('--db', db, 'register', 'import', out, '--json');
    expect(again.status).toBe(2);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, skipped: 12 });

    const junk = path.join(tempDir(), 'register.xlsx');
    fs.writeFileSync(junk, '标题,类别\n');
    const bad = hia('--db', db, 'register', 'import', junk);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/错误 \/ Error: .*扩展名是 \.xlsx，但内容不是 Excel 表格.* \/ "register\.xlsx" is named \.xlsx/);

    const badYear = hia('--db', db, 'coverage', '--year', 'next');
    expect(badYear.status).not.toBe(0);
    expect(badYear.stderr).toContain('2000 to 2100');
  }, 60_000);
});
