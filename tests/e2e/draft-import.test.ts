import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openPage, screenshot } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

const FIXTURES = path.resolve('tests/fixtures/documents');
let browser: Browser;
let app: RunningWebApp;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-import-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, '');

describe('importing a draft file into the registration form', () => {
  it('gives the UTF-8 original text for GBK, UTF-16, DOCX and PDF files', async () => {
    const original = squash(fs.readFileSync(path.join(FIXTURES, 'draft.utf8.txt'), 'utf8'));
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('button', { name: /新建评价/ }).click();
    const dialog = page.getByRole('dialog');
    const draft = dialog.getByLabel('草案文本');
    for (const file of ['draft.gbk.txt', 'draft.utf16le.txt', 'draft.docx', 'draft.pdf']) {
      if ((await draft.inputValue()).trim()) {
        await dialog.getByRole('button', { name: /从文件导入草案/ }).locator('xpath=..').locator('input[type=file]').setInputFiles(path.join(FIXTURES, file));
        await page.getByRole('dialog', { name: '替换已填写的草案文本？' }).getByRole('button', { name: /替\s*换/ }).click();
      } else {
        await dialog.locator('input[type=file]').setInputFiles(path.join(FIXTURES, file));
      }
      await page.getByText(new RegExp(`已导入“${file.replace('.', '\\.')}”`)).first().waitFor();
      expect(squash(await draft.inputValue()), file).toBe(original);
    }
    await screenshot(page, 'draft-import');

    // A file that cannot be read leaves the form unchanged and says why, in Chinese.
    const before = await draft.inputValue();
    await dialog.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'encrypted.pdf'));
    await page.getByText(/设有打开密码/).first().waitFor();
    expect(await draft.inputValue()).toBe(before);

    await dialog.getByLabel('标题', { exact: true }).fill('关于加快推进城市轨道交通建设的实施意见');
    await dialog.getByLabel('起草部门', { exact: true }).fill('市发展和改革委员会');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { name: '关于加快推进城市轨道交通建设的实施意见' }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
