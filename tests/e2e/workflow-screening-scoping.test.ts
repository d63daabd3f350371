import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openPage, screenshot } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

let browser: Browser;
let app: RunningWebApp;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-workflow-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const TITLE = '杭州市城市轨道交通四期建设规划项目实施方案';
const RAIL_DRAFT = [
  '杭州市城市轨道交通四期建设规划项目实施方案（征求意见稿）',
  '一、项目概况',
  '新建地铁线路4条，线路全长约120公里，设车站86座，线路穿越老城区，沿线分布学校、医院、养老院等敏感目标，计划2027年底前建成运营。',
  '二、施工期环境管理',
  '（一）施工单位应严格控制施工噪声，夜间22时至次日6时禁止高噪声作业，确需连续施工的应提前公告并采取隔声降噪措施。',
  '（二）落实扬尘防治“六个百分之百”要求，工地围挡、裸土覆盖、洒水降尘，渣土车辆密闭运输，减少对周边居民的影响。',
  '（三）加强深基坑、盾构等危险性较大工程的安全管理，防止坍塌等生产安全事故。',
  '三、交通组织',
  '施工期间实施交通疏解，占道施工路段设置警示标志，保障行人和非机动车通行安全，为老年人、残疾人出行设置无障碍通道。',
  '四、运营期保障',
  '车站配置自动体外除颤器（AED）和应急救护设施，完善站内通风空调系统，制定大客流应急预案。',
  '五、施工人员保障',
  '做好施工人员职业健康防护，高温时段调整户外作业时间并落实防暑降温措施，改善工地生活区饮用水和食堂卫生条件。',
].join('\n');

/** antd draws its own radio buttons and checkboxes over hidden inputs: click the visible label. */
async function choose(scope: Locator, role: 'radio' | 'checkbox', name: string) {
  await scope.locator('label', { hasText: new RegExp(`^${name}$`) }).click();
  await expect(scope.getByRole(role, { name, exact: true }).isChecked()).resolves.toBe(true);
}

const checked = (scope: Locator, role: 'radio' | 'checkbox', name: string) => scope.getByRole(role, { name, exact: true }).isChecked();

/** The autosave (debounced) that carries `text`; start waiting before the change that sends it. */
function savedWith(page: Page, text: string) {
  return page.waitForResponse((r) => {
    const body = r.request().postData() ?? '';
    return r.url().endsWith('/api/invoke') && body.includes('"channel":"workflow/save"') && body.includes(text);
  });
}

/** Transient toasts (已登记, 已添加) would cover part of a screenshot. */
const toastsGone = (page: Page) => page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 8000 });

describe('screening and scoping of a rail construction project', () => {
  it('pre-fills from the draft, lets the person confirm and adjust, and keeps everything across reload', async () => {
    const page = await openPage(browser, app.openUrl);

    // 登记
    await page.getByRole('button', { name: /新建评价/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题', { exact: true }).fill(TITLE);
    await dialog.locator('label.ant-radio-button-wrapper', { hasText: /^项目$/ }).click();
    await dialog.getByLabel('起草部门', { exact: true }).fill('市发展和改革委员会');
    await dialog.getByLabel('草案文本').fill(RAIL_DRAFT);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('button', { name: '完成本阶段，进入下一步' }).click();

    // 初筛: suggestions filled in, nothing confirmed yet.
    await page.getByTestId('suggestion').first().waitFor();
    await expect(page.getByTestId('screening-question').count()).resolves.toBe(10);
    await page.getByText('已确认 0 / 10 题').waitFor();
    const q6 = page.locator('[data-question="6"]');
    await expect(q6.getByTestId('suggestion').textContent()).resolves.toBe('建议：是');
    await expect(q6.textContent()).resolves.toMatch(/空气质量|噪声/);
    const group6 = page.getByRole('radiogroup', { name: /^第 6 题：是否可能破坏健康环境/ });
    await expect(group6.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
    await expect(page.getByTestId('no-pathway').count()).resolves.toBe(0);

    // One answer by keyboard (arrow keys move within the group), one by the per-question button.
    const group1 = page.getByRole('radiogroup', { name: /^第 1 题/ });
    await group1.getByRole('radio', { name: '否', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    await expect(checked(group1, 'radio', '不知道')).resolves.toBe(true);
    await q6.getByRole('button', { name: /采纳建议/ }).click();
    await expect(checked(group6, 'radio', '是')).resolves.toBe(true);
    await page.getByText('已确认 2 / 10 题').waitFor();

    // The rest by 全部采纳建议 (question 1 keeps the person's own answer).
    await page.getByRole('button', { name: '全部采纳建议' }).click();
    await page.getByText('已确认 10 / 10 题').waitFor();
    await expect(checked(group1, 'radio', '不知道')).resolves.toBe(true);
    const q1 = page.locator('[data-question="1"]');
    if ((await q1.getByTestId('suggestion').textContent()) !== '建议：不知道') await q1.getByText('已改变建议').waitFor();
    const derived = (await page.getByTestId('derived-level').textContent()) ?? '';
    expect(derived).toMatch(/^根据回答建议：(轻度|重大)$/);
    const derivedLevel = derived.replace('根据回答建议：', '');

    // The conclusion is prefilled from the answers, and stays the person's choice.
    const level = page.getByRole('radiogroup', { name: '健康影响程度' });
    const full = page.getByRole('radiogroup', { name: '是否需要开展全面评价' });
    await expect(checked(level, 'radio', derivedLevel)).resolves.toBe(true);
    await expect(checked(full, 'radio', '是')).resolves.toBe(true);
    await choose(level, 'radio', '重大');
    const noteSaved = savedWith(page, '初筛由市发改委会同市卫健委开展。');
    await page.getByLabel('初筛说明（可选）').fill('初筛由市发改委会同市卫健委开展。');
    await noteSaved;
    await page.getByText('完成本阶段前还需要').waitFor({ state: 'hidden' });
    await toastsGone(page);
    await screenshot(page, 'screening', true);
    await page.getByRole('button', { name: '完成本阶段，进入下一步' }).click();

    // 范围界定: the suggested determinants with evidence and indicators.
    const cards = page.getByTestId('scoped-determinant');
    await cards.first().waitFor();
    await page.getByText('正在分析草案文本').waitFor({ state: 'hidden' });
    const air = page.locator('[data-testid="scoped-determinant"][data-id="air-quality"]');
    await expect(air.textContent()).resolves.toContain('扬尘');
    await expect(air.getByText('工具建议').count()).resolves.toBe(1);
    const passage = air.getByTestId('passage').first();
    await expect(passage.textContent()).resolves.toMatch(/第 \d+–\d+ 行/);
    await page.locator('[data-testid="scoped-determinant"][data-id="noise-vibration"]').waitFor();
    const suggestedCount = await cards.count();
    expect(suggestedCount).toBeGreaterThanOrEqual(3);

    // 查看原文 opens the source lines.
    await passage.getByRole('button', { name: '查看原文' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('原文（按行）').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Tick an indicator of air quality for follow-up.
    const indicator = air.getByTestId('indicator').first();
    await expect(indicator.textContent()).resolves.toMatch(/基线：.*目标：/);
    const indicatorLabel = (await indicator.getByRole('checkbox').getAttribute('aria-label')) ?? '';
    expect(indicatorLabel).toMatch(/^纳入监测：\S/);
    await indicator.getByRole('checkbox').check();

    // Add a determinant the tool did not suggest, found by an everyday word in the tree.
    const tree = page.getByTestId('determinant-tree');
    await tree.getByLabel('筛选健康影响因素').fill('蚊子');
    const vectors = tree.getByRole('treeitem', { name: /病媒生物/ });
    await expect(vectors.textContent()).resolves.toContain('匹配“蚊子”');
    // By keyboard: Tab from the filter (past its clear button) into the tree, arrows to the
    // item, Space ticks it.
    await tree.getByLabel('筛选健康影响因素').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tree');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(tree.locator('.ant-tree-treenode-active').textContent()).resolves.toContain('病媒生物');
    await page.keyboard.press('Space');
    const added = page.locator('[data-testid="scoped-determinant"][data-id="disease-vectors"]');
    await added.getByText('手动添加').waitFor();
    await expect(cards.count()).resolves.toBe(suggestedCount + 1);

    // Groups (those named in the draft are ticked) and the project's phases.
    const groups = page.getByTestId('scope-groups');
    await expect(groups.getByRole('checkbox', { name: /^老年人/ }).isChecked()).resolves.toBe(true);
    await groups.locator('label', { hasText: /^孕产妇$/ }).click();
    const phases = page.getByTestId('scope-phases');
    await choose(phases, 'checkbox', '施工');
    const phasesSaved = savedWith(page, '"operation"');
    await choose(phases, 'checkbox', '运营');
    await phasesSaved;
    await page.getByText('完成本阶段前还需要').waitFor({ state: 'hidden' });
    await toastsGone(page);
    await screenshot(page, 'scoping');
    await screenshot(page, 'scoping-full', true);

    // Reload: every choice is kept (autosave).
    await page.reload();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByTestId('scoped-determinant').first().waitFor();
    await page.getByText('正在分析草案文本').waitFor({ state: 'hidden' });
    await expect(cards.count()).resolves.toBe(suggestedCount + 1);
    await expect(added.getByText('手动添加').count()).resolves.toBe(1);
    await added.getByTestId('passage').first().waitFor();
    await expect(checked(air, 'checkbox', indicatorLabel)).resolves.toBe(true);
    await expect(checked(groups, 'checkbox', '孕产妇')).resolves.toBe(true);
    await expect(checked(phases, 'checkbox', '施工')).resolves.toBe(true);
    await expect(checked(phases, 'checkbox', '运营')).resolves.toBe(true);
    await expect(checked(phases, 'checkbox', '设计')).resolves.toBe(false);

    // Back to 初筛: the answers and the person's level are kept too.
    await page.getByRole('button', { name: '上一步' }).click();
    await page.getByText('已确认 10 / 10 题').waitFor();
    await expect(checked(page.getByRole('radiogroup', { name: /^第 1 题/ }), 'radio', '不知道')).resolves.toBe(true);
    await expect(checked(page.getByRole('radiogroup', { name: '健康影响程度' }), 'radio', '重大')).resolves.toBe(true);
    await expect(page.getByLabel('初筛说明（可选）').inputValue()).resolves.toBe('初筛由市发改委会同市卫健委开展。');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says so when a procedural draft has no health pathway', async () => {
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('button', { name: /新建评价/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题', { exact: true }).fill('关于废止部分行政规范性文件的决定');
    await dialog.getByLabel('起草部门', { exact: true }).fill('市司法局');
    await dialog
      .getByLabel('草案文本')
      .fill('关于废止部分行政规范性文件的决定\n经市政府同意，决定废止《关于规范行政事业性收费票据管理的通知》等5件行政规范性文件，自公布之日起施行。附件：废止文件目录。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('button', { name: '完成本阶段，进入下一步' }).click();
    await page.getByTestId('no-pathway').waitFor();
    await expect(page.getByTestId('suggestion').allTextContents()).resolves.toEqual(Array(10).fill('建议：否'));
    await page.getByRole('button', { name: '全部采纳建议' }).click();
    await expect(page.getByTestId('derived-level').textContent()).resolves.toBe('根据回答建议：很小');
    await expect(checked(page.getByRole('radiogroup', { name: '是否需要开展全面评价' }), 'radio', '否')).resolves.toBe(true);
    await screenshot(page, 'screening-procedural');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
