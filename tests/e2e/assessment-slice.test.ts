import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { startWebApp, type RunningWebApp } from './support/web-app';

const SHOTS = path.resolve('test-results/screenshots');
let browser: Browser;
let app: RunningWebApp;
let dbDir: string;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-'));
  browser = await launchBrowser();
  app = await startWebApp(path.join(dbDir, 'hia.db'));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dbDir, { recursive: true, force: true });
});

async function openApp(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`unexpected dialog: ${d.message()}`);
    void d.dismiss();
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  await page.getByRole('heading', { name: '评价项目' }).waitFor();
  return page;
}

/** antd draws its own radio buttons over a hidden input: click the visible label. */
async function chooseRadio(scope: Page | ReturnType<Page['getByRole']>, name: string) {
  await scope.locator('label.ant-radio-button-wrapper', { hasText: new RegExp(`^${name}$`) }).click();
  await scope.getByRole('radio', { name, exact: true }).isChecked().then((checked) => expect(checked).toBe(true));
}

const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;
const TITLE = '关于加快推进城市轨道交通四期建设的实施方案';
const SCRIPT_TEXT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('assessment register in browser mode (Chinese UI)', () => {
  it('creates an assessment, keeps it across reload and server restart, edits and deletes it', async () => {
    const page = await openApp(app.openUrl);
    // The token is taken out of the address bar.
    expect(page.url()).not.toContain('token=');
    await expect(page.getByText('暂无评价项目').isVisible()).resolves.toBe(true);

    // Validation: saving an empty form says what is missing, in Chinese, and saves nothing.
    await page.getByRole('button', { name: /新建评价/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写标题').waitFor();
    await dialog.getByText('请填写起草部门').waitFor();

    await dialog.getByLabel('标题', { exact: true }).fill(TITLE);
    await chooseRadio(dialog, '规划');
    await dialog.getByLabel('起草部门', { exact: true }).fill('市发展和改革委员会');
    await dialog.getByLabel('联系人').fill('王工');
    await dialog.getByLabel('草案文本').fill(`线路穿越老城区，施工期间加强噪声与扬尘管控。\n${SCRIPT_TEXT}`);
    await page.screenshot({ path: path.join(SHOTS, 'register-form.png') });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    // Lands on the detail page, user text shown literally (never as HTML).
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText(SCRIPT_TEXT, { exact: false }).first().waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByText('规划').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'assessment-detail.png') });

    // Reload: still there (the token survives in this tab's session).
    await page.reload();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // Restart the server (a new process, a new token) and open the new address.
    await app.stop();
    app = await startWebApp(path.join(dbDir, 'hia.db'));
    await page.goto(app.openUrl);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'assessment-list.png') });

    // Edit.
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    await page.getByLabel('联系人').fill('李工 0571-88888888');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('李工 0571-88888888').waitFor();
    await page.reload();
    await page.getByText('李工 0571-88888888').waitFor();

    // Delete asks first; cancelling keeps it.
    await page.getByRole('button', { name: /删\s*除/ }).click();
    const confirm = page.getByRole('dialog', { name: '确定删除该评价项目？' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByRole('dialog', { name: '确定删除该评价项目？' }).getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText('暂无评价项目').waitFor();
    await page.reload();
    await page.getByText('暂无评价项目').waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('switches to English and remembers the choice', async () => {
    const page = await openApp(app.openUrl);
    await chooseRadio(page, 'English');
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.getByRole('button', { name: /New assessment/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'english.png') });
    await chooseRadio(page, '中文');
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.close();
  });

  it('shows a clear Chinese error when opened without the token', async () => {
    const page = await browser.newPage();
    await page.goto(app.origin + '/');
    await page.getByText(/访问被拒绝/).first().waitFor();
    await page.close();
  });

  it('shows "not found" for a deleted or unknown assessment instead of crashing', async () => {
    const page = await openApp(app.openUrl);
    await page.goto(`${app.origin}/#/assessments/00000000-0000-4000-8000-000000000000`);
    await page.getByText(/未找到该记录/).waitFor();
    await page.getByRole('button', { name: /返回列表/ }).click();
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.close();
  });
});
