import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openPage, screenshot, SHOTS } from './support/page';
import { expectedCounts, percent, registerFile, type GoodRow } from './support/register-csv';
import { startWebApp, type RunningWebApp } from './support/web-app';

/**
 * 评价台账 and 覆盖率 as the issue will check them: a 200-row register with planted mistakes is
 * imported through the wizard, then the dashboard's shares are compared with shares this test
 * counts from its own rows.
 */
let browser: Browser;
let app: RunningWebApp;
let dir: string;
let page: Page & { errors: string[] };
const file = registerFile();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-register-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
  page = await openPage(browser, app.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Calls the contract from Node as the renderer does in browser mode (token in a header). */
async function api<T>(channel: string, input: unknown): Promise<T> {
  const token = /token=([\w-]+)/.exec(app.openUrl)?.[1] ?? '';
  const res = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-hia-token': token },
    body: JSON.stringify({ channel, input }),
  });
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Chooses an option of an antd Select (the dropdown is rendered at the end of the body). */
async function choose(p: Page, select: Locator, option: string) {
  await select.click();
  await p.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** The text of the last cell (覆盖率) of the table row whose first cell is `name`. */
async function shareCell(table: Locator, name: string): Promise<string> {
  const row = table.locator('tr.ant-table-row').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${name}$`) }) });
  return ((await row.locator('td').last().textContent()) ?? '').trim();
}

async function waitIdle(p: Page) {
  await p.locator('.ant-spin-spinning:visible').waitFor({ state: 'detached' });
  await p.waitForTimeout(400); // the table's loading fade
}

describe('register and coverage', () => {
  it('imports a 200-row file with planted mistakes and shows the shares this test counts itself', async () => {
    const csvPath = path.join(dir, '2024-2025年度政策规划项目台账.csv');
    fs.writeFileSync(csvPath, file.csv);

    await page.getByRole('link', { name: '评价台账' }).click();
    await page.getByRole('heading', { name: '健康影响评价台账' }).waitFor();
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const wizard = page.getByRole('dialog', { name: '从文件导入台账' });
    await wizard.locator('input[type=file]').setInputFiles(csvPath);

    // The preview: mapping, the ignored 序号 column, and exactly the planted rows in error.
    const counts = wizard.getByTestId('import-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toContain(`共 ${file.rowCount} 行：可导入 ${file.good.length} 行，有错误 ${file.badRows.length} 行`);
    expect(await wizard.getByTestId('import-mapping').textContent()).toContain('标题 → 标题');
    expect(await wizard.textContent()).toMatch(/未识别（将忽略）的列：\s*序号/);
    await wizard.getByText('只看有错误的行').click();
    const previewRows = wizard.getByTestId('import-preview-table').locator('tr.ant-table-row');
    await expect.poll(() => previewRows.count()).toBe(file.badRows.length);
    const shownRows = (await previewRows.locator('td:first-child').allTextContents()).map(Number);
    expect(shownRows).toEqual(file.badRows);
    // Each kind of mistake says what is wrong, in Chinese.
    const problems = (await previewRows.locator('[data-kind=error]').allTextContents()).join('\n');
    expect(problems).toContain('「标题」为空');
    expect(problems).toContain('「文件」无法识别');
    expect(problems).toContain('「二〇二五」不是有效年度');
    expect(problems).toContain('未填写豁免理由');
    expect(problems).toMatch(/与第 \d+ 行重复/);
    expect(problems).not.toContain(' / '); // the English half is not shown in Chinese
    await screenshot(page, 'register-import-preview');

    await wizard.getByRole('button', { name: `导入 ${file.good.length} 条有效记录` }).click();
    await wizard.getByText(`已导入 ${file.good.length} 条记录`).waitFor();
    expect(await wizard.getByTestId('import-rejected').locator('tr.ant-table-row').count()).toBe(file.badRows.length);
    await screenshot(page, 'register-import-result');
    await wizard.getByRole('button', { name: /完\s*成/ }).click();

    // The register's own counts match the file.
    const all = expectedCounts(file.good, false);
    const summary = page.getByTestId('register-summary');
    await expect.poll(() => summary.textContent()).toContain(`共 ${all.total} 项，已提交评价 ${all.submitted} 项`);
    await waitIdle(page);
    await screenshot(page, 'register');

    // 覆盖率: the latest year with items (2025) is shown by default.
    await page.getByRole('link', { name: '覆盖率' }).click();
    await page.getByRole('heading', { name: '健康影响评价覆盖率' }).waitFor();
    const in2025 = file.good.filter((r) => r.year === 2025);
    const overall = expectedCounts(in2025, false);
    const headline = page.getByTestId('headline-share');
    await expect.poll(() => headline.textContent()).toContain(`${percent(overall)}（${overall.submitted}/${overall.base}）`);
    expect(await page.getByRole('combobox', { name: '年度' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toContain(
      '2025 年',
    );
    expect(await page.getByTestId('counting-rule').textContent()).toContain('已提交评价（评价中＋已签发）÷ 应评价（登记总数－豁免）');
    expect(await page.getByTestId('headline-total').textContent()).toContain(String(overall.total));

    const byCategory = page.getByTestId('table-by-category');
    for (const category of ['规范性文件', '重大公共政策', '发展规划', '政府投资重大工程项目', '其他'] as const) {
      const rows = in2025.filter((r) => r.category === category);
      expect(await shareCell(byCategory, category), category).toBe(percent(expectedCounts(rows, false)));
    }
    const department = '市交通运输局';
    const deptRows = in2025.filter((r) => r.department === department);
    const dept = expectedCounts(deptRows, false);
    expect(await shareCell(page.getByTestId('table-by-department'), department)).toBe(percent(dept));
    const deptCells = await page
      .getByTestId('table-by-department')
      .locator('tr.ant-table-row', { hasText: department })
      .locator('td')
      .allTextContents();
    expect(deptCells.slice(1, 3)).toEqual([String(dept.total), String(dept.submitted)]);

    // The targets: 40% over every category, counted from the same items.
    const target40 = page.getByTestId('target-hz-fyp-overall-40');
    expect(await target40.getByTestId('target-share').textContent()).toBe(percent(overall));
    expect(await target40.textContent()).toContain('来源：《健康杭州“十四五”规划》第1574–1576行');
    const plansProjects = expectedCounts(
      in2025.filter((r) => r.category === '发展规划' || r.category === '政府投资重大工程项目'),
      false,
    );
    expect(await page.getByTestId('target-hz-fyp-plans-projects-80').getByTestId('target-share').textContent()).toBe(percent(plansProjects));
    await waitIdle(page);
    await screenshot(page, 'coverage', true);
    for (const chart of ['category', 'department', 'year']) {
      await page.getByTestId(`chart-by-${chart}`).screenshot({ path: path.join(SHOTS, `coverage-chart-${chart}.png`) });
    }

    // 豁免项计入分母: the base becomes every registered item.
    await page.getByRole('switch').click();
    const withExempt = expectedCounts(in2025, true);
    expect(percent(withExempt)).not.toBe(percent(overall));
    await expect.poll(() => headline.textContent()).toContain(`${percent(withExempt)}（${withExempt.submitted}/${withExempt.base}）`);
    expect(await page.getByTestId('counting-rule').textContent()).toContain('豁免项计入分母');
    await page.getByRole('switch').click();
    await expect.poll(() => headline.textContent()).toContain(`${percent(overall)}（${overall.submitted}/${overall.base}）`);

    // 导出统计表 (CSV): the same overall numbers for 2025, to report upward.
    await page.getByRole('button', { name: /导出统计表/ }).click();
    const [table] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV 文件' }).click()]);
    expect(table.suggestedFilename()).toBe('健康影响评价覆盖率-2025年.csv');
    const tableText = fs.readFileSync((await table.path())!, 'utf8');
    expect(tableText).toContain(`总体,2025年（分母为登记总数减豁免）,${overall.total},`);
    expect(tableText).toContain(`,${overall.submitted},${overall.base},${percent(overall)},`);

    // Drill down: 发展规划 in 2025 lists exactly its items.
    const plans = in2025.filter((r) => r.category === '发展规划');
    await byCategory.getByRole('button', { name: '发展规划' }).click();
    const drawer = page.getByRole('dialog', { name: '2025 年 · 发展规划' });
    await drawer.waitFor();
    await expect.poll(() => drawer.getByTestId('drill-count').textContent()).toMatch(new RegExp(`^共 ${plans.length} 项`));
    expect(await drawer.locator('tr.ant-table-row').count()).toBe(plans.length);
    await screenshot(page, 'coverage-drill');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // A bar opens the same list: the third of five bars is 发展规划 (52.9%), clicked near its foot.
    const chart = page.getByTestId('chart-by-category');
    const box = (await chart.boundingBox())!;
    await chart.click({ position: { x: 8 + ((box.width - 56) * 2.5) / 5, y: box.height - 60 } });
    await drawer.waitFor();
    await expect.poll(() => drawer.getByTestId('drill-count').textContent()).toMatch(new RegExp(`^共 ${plans.length} 项`));
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // 全部年度 counts both years.
    await choose(page, page.getByRole('combobox', { name: '年度' }), '全部年度');
    const both = expectedCounts(file.good, false);
    await expect.poll(() => headline.textContent()).toContain(`${percent(both)}（${both.submitted}/${both.base}）`);
    expect(page.errors).toEqual([]);
  });

  it('exports the register as XLSX with the current filter', async () => {
    await page.getByRole('link', { name: '评价台账' }).click();
    await choose(page, page.getByRole('combobox', { name: '年度' }), '2025 年');
    const in2025 = file.good.filter((r) => r.year === 2025).length;
    await expect.poll(() => page.getByTestId('register-summary').textContent()).toContain(`共 ${in2025} 项`);
    await page.getByRole('button', { name: /导出/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel 文件（XLSX）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP container, as XLSX is
    await page.getByRole('button', { name: '清除筛选' }).click();

    // The template is a file the import reads: our column names.
    await page.getByRole('button', { name: /下载模板/ }).click();
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV 文件' }).click()]);
    expect(template.suggestedFilename()).toMatch(/\.csv$/);
    const header = fs.readFileSync((await template.path())!, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header).toContain('标题');
    expect(header).toContain('起草部门');
  });

  it('adds, edits and exempts an item in the form, with the reason required', async () => {
    const title = '关于推进城市体检工作的实施意见';
    await page.getByRole('button', { name: /^plus 登\s*记$|^登\s*记$/ }).click();
    const form = page.getByRole('dialog', { name: '登记到台账' });
    await form.getByLabel('标题').fill(title);
    await form.getByLabel('起草部门').fill('市住房和城乡建设局');
    expect(await form.getByLabel('年度').inputValue()).toBe(String(new Date().getFullYear()));
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存：${title}`).waitFor();

    const row = () => page.getByTestId('register-table').locator('tr.ant-table-row', { hasText: title });
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).fill('城市体检');
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).press('Enter');
    await expect.poll(() => row().count()).toBe(1);
    expect(await row().textContent()).toContain('未评价');

    await page.getByRole('button', { name: `编辑 ${title}` }).click();
    const edit = page.getByRole('dialog', { name: '编辑台账条目' });
    await edit.getByText('豁免', { exact: true }).click();
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await edit.getByText('豁免须说明理由').waitFor();
    await screenshot(page, 'register-form-exempt');
    await edit.getByLabel('豁免理由').fill('程序性文件，无实质性健康影响路径');
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存：${title}`).last().waitFor();
    await expect.poll(async () => row().locator('[data-status]').getAttribute('data-status')).toBe('exempt');
    expect(page.errors).toEqual([]);
  });

  it('records an assessment missing from the register and starts one from an item', async () => {
    const assessment = await api<{ id: string; number: string }>('assessment/create', {
      title: '杭州市城市轨道交通第四期建设规划',
      kind: 'plan',
      department: '市发展和改革委员会',
    });
    await page.reload();
    const notice = page.getByTestId('unregistered-notice');
    await notice.getByText('1 项评价尚未登记到台账').waitFor();
    await notice.getByRole('button', { name: new RegExp(`登记 ${assessment.number}`) }).click();
    const form = page.getByRole('dialog', { name: '登记到台账' });
    expect(await form.getByLabel('标题').inputValue()).toBe('杭州市城市轨道交通第四期建设规划');
    expect(await form.textContent()).toContain('发展规划');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).fill('轨道交通第四期');
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).press('Enter');
    const linked = page.getByTestId('register-table').locator('tr.ant-table-row', { hasText: '轨道交通第四期' });
    await expect.poll(() => linked.count()).toBe(1);
    expect(await linked.textContent()).toContain('评价中');
    expect(await linked.getByRole('link', { name: assessment.number }).getAttribute('href')).toBe(`#/assessments/${assessment.id}`);

    // 关联评价 links another unregistered assessment to an item; 取消关联 restores its recorded status.
    const other = await api<{ number: string }>('assessment/create', { title: '城东污水处理厂提标改造工程', kind: 'project', department: '市住房和城乡建设局' });
    const target: GoodRow = file.good.find((r) => r.status === '未评价' && r.year === 2024)!;
    await page.reload();
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).fill(target.title);
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).press('Enter');
    const targetRow = page.getByTestId('register-table').locator('tr.ant-table-row', { hasText: target.title });
    await expect.poll(() => targetRow.count()).toBe(1);
    await page.getByRole('button', { name: `更多 ${target.title}` }).click();
    await page.getByRole('menuitem', { name: '关联评价…' }).click();
    const linkDialog = page.getByRole('dialog', { name: '关联评价' });
    await choose(page, linkDialog.getByRole('combobox'), other.number);
    await linkDialog.getByRole('button', { name: /关\s*联/ }).click();
    await expect.poll(() => targetRow.textContent()).toContain(other.number);
    expect(await targetRow.locator('[data-status]').getAttribute('data-status')).toBe('in-progress');
    await page.getByRole('button', { name: `更多 ${target.title}` }).click();
    await page.getByRole('menuitem', { name: '取消关联' }).click();
    const confirm = page.getByRole('dialog', { name: '取消与评价的关联？' });
    expect(await confirm.textContent()).toContain('评价本身不受影响');
    await confirm.getByRole('button', { name: /取消关联/ }).click();
    await expect.poll(() => targetRow.locator('[data-status]').getAttribute('data-status')).toBe('not-assessed');

    // 发起评价 from a not-yet-assessed item opens the new assessment.
    const someItem: GoodRow = file.good.find((r) => r.status === '未评价')!;
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).fill(someItem.title);
    await page.getByRole('searchbox', { name: '搜索标题、部门或备注' }).press('Enter');
    await page.getByRole('button', { name: `发起评价 ${someItem.title}` }).click();
    await page.waitForURL(/#\/assessments\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: someItem.title }).waitFor();
    // The assessment page says which register item it counts under.
    await page.getByTestId('register-tag').getByText(`台账：${someItem.year} 年 · ${someItem.category}`).waitFor();
    // An assessment created outside the register says it is not counted.
    const loose = await api<{ id: string }>('assessment/create', { title: '未登记的评价', kind: 'policy', department: '市民政局' });
    await page.goto(`${app.origin}/#/assessments/${loose.id}`);
    await page.getByTestId('register-tag').getByText('未登记到台账').waitFor();
    expect(page.errors).toEqual([]);
  });

  it('edits a target and restores the seeds\' targets', async () => {
    await page.getByRole('link', { name: '覆盖率' }).click();
    const card = page.getByTestId('target-hz-fyp-overall-40');
    await card.waitFor();
    await page.getByRole('button', { name: /目标设置/ }).click();
    const dialog = page.getByRole('dialog', { name: '覆盖率目标设置' });
    await dialog.getByText('来源：《健康杭州“十四五”规划》第1574–1576行').waitFor();
    const first = dialog.getByLabel('最低覆盖率').first();
    await first.fill('45');
    await waitIdle(page);
    await screenshot(page, 'coverage-targets-settings');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => card.textContent()).toContain('目标 ≥45%');
    // The source is still cited, its quote on hover.
    await card.getByTestId('target-source').hover();
    await page.getByText('“到 2025 年公共政策健康影响评价政策、规划和项目的提交评价覆盖率达到 40%以上”').waitFor();

    await page.getByRole('button', { name: /目标设置/ }).click();
    await dialog.getByRole('button', { name: /恢复默认/ }).click();
    await page.getByRole('dialog', { name: '恢复默认目标？' }).getByRole('button', { name: /恢复默认/ }).click();
    await expect.poll(() => card.textContent()).toContain('目标 ≥40%');
    expect(page.errors).toEqual([]);
  });

  it('reads in English too', async () => {
    await page.locator('label.ant-radio-button-wrapper', { hasText: /^English$/ }).click();
    await page.getByRole('link', { name: 'Coverage' }).click();
    await page.getByRole('heading', { name: 'HIA coverage' }).waitFor();
    expect(await page.getByTestId('counting-rule').textContent()).toContain('submitted for HIA (in progress + signed)');
    await waitIdle(page);
    await screenshot(page, 'coverage-en', true);
    await page.getByRole('link', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'HIA register' }).waitFor();
    await waitIdle(page);
    await screenshot(page, 'register-en');
    await page.locator('label.ant-radio-button-wrapper', { hasText: /^中文$/ }).click();
    expect(page.errors).toEqual([]);
  });
});
