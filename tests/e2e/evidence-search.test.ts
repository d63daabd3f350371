import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openPage, screenshot } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

let browser: Browser;
let app: RunningWebApp;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-search-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RAIL_DRAFT = [
  '关于加快推进城市轨道交通四期建设的实施方案（征求意见稿）',
  '一、建设任务。新建地铁线路4条，线路穿越老城区和学校、医院等敏感区域。',
  '二、施工管理。施工单位应严格控制施工噪声，夜间禁止高噪声作业；落实扬尘防治措施，渣土车辆密闭运输。',
  '三、交通组织。施工期间实施交通疏解，保障行人和非机动车通行安全，为老年人、残疾人出行设置无障碍通道。',
].join('\n');

describe('evidence search page', () => {
  it('finds determinants and cited passages for a colloquial query, and opens the source', async () => {
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('link', { name: '证据检索' }).click();
    await page.getByLabel(/输入关键词/).fill('雾霾');
    await page.keyboard.press('Enter');
    const first = page.getByTestId('determinant').first();
    await expect(first.textContent()).resolves.toContain('空气质量');
    const passage = page.getByTestId('passage').first();
    await expect(passage.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expect(passage.textContent()).resolves.toMatch(/第 \d+–\d+ 行/);
    await screenshot(page, 'evidence-search');

    await passage.getByRole('button', { name: '查看原文' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('原文（按行）').waitFor();
    await expect(drawer.locator('pre').textContent()).resolves.toMatch(/\d+ {2}\S/);
    await screenshot(page, 'evidence-source');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('tells the user when a typo was corrected', async () => {
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('link', { name: '证据检索' }).click();
    await page.getByLabel(/输入关键词/).fill('养老服物');
    await page.keyboard.press('Enter');
    await page.getByText('已按“养老服务”检索（原输入：养老服物）').waitFor();
    await page.close();
  });
});

describe('evidence library', () => {
  it('imports a GBK text file and finds its passages in search, with the citation', async () => {
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('link', { name: '证据库' }).click();
    await page.locator('input[type=file]').setInputFiles(path.resolve('tests/fixtures/documents/draft.gbk.txt'));
    await page.getByText(/已导入：关于加快推进城市轨道交通建设的实施意见/).first().waitFor();
    await page.getByRole('cell', { name: /关于加快推进城市轨道交通建设的实施意见/ }).first().waitFor();
    // The same document again, as a PDF, is refused as a duplicate.
    await page.locator('input[type=file]').setInputFiles(path.resolve('tests/fixtures/documents/draft.pdf'));
    await page.getByText(/已在证据库中/).first().waitFor();
    // The refusal toast sits over the header menu for 8 s; go to the search page by its address.
    await page.goto(`${app.origin}/#/search`);
    await page.getByLabel(/输入关键词/).fill('渣土车辆 密闭运输');
    await page.keyboard.press('Enter');
    const hit = page.getByTestId('passage').filter({ hasText: '关于加快推进城市轨道交通建设的实施意见' }).first();
    await expect(hit.textContent()).resolves.toMatch(/第 \d+–\d+ 行/);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('suggestions for a registered draft', () => {
  it('lists determinants with highlighted mentions and scrolls to them', async () => {
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('button', { name: /新建评价/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题', { exact: true }).fill('关于加快推进城市轨道交通四期建设的实施方案');
    await dialog.getByLabel('起草部门', { exact: true }).fill('市发展和改革委员会');
    await dialog.getByLabel('草案文本').fill(RAIL_DRAFT);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('tab', { name: '健康影响因素建议' }).click();
    await page.getByText(/建议开展健康影响评价/).waitFor();
    const noise = page.getByTestId('determinant').filter({ hasText: '噪声与振动' });
    await noise.click();
    const active = page.locator('mark[data-key="noise-vibration"]').first();
    await expect(active.textContent()).resolves.toMatch(/噪声/);
    await expect(active.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 214, 102)');
    await screenshot(page, 'draft-suggestions', true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
