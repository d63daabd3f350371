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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-backup-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Registers an assessment through the contract, as the UI would. */
async function createAssessment(title: string): Promise<void> {
  const token = /token=([\w-]+)/.exec(app.openUrl)?.[1] ?? '';
  const res = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-hia-token': token },
    body: JSON.stringify({ channel: 'assessment/create', input: { title, kind: 'policy', department: '市卫生健康委员会' } }),
  });
  const result = (await res.json()) as { ok: boolean };
  expect(result.ok).toBe(true);
}

describe('backup page', () => {
  it('backs up, restores a backup after confirmation, and keeps a pre-restore copy', async () => {
    await createAssessment('备份前的评价');
    const page = await openPage(browser, app.openUrl);
    await page.getByText('备份前的评价').waitFor();

    await page.getByRole('link', { name: '数据备份' }).click();
    await page.getByText(/每天自动备份/).waitFor();
    await page.getByRole('button', { name: /立即备份/ }).click();
    await page.getByText(/^已备份：.+（\d+\.\d\d MB）$/).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('手动');

    await createAssessment('备份后的评价');

    await rows.first().getByRole('button', { name: /^恢复/ }).click();
    const confirm = page.getByRole('dialog');
    await confirm.locator('.ant-modal-confirm-title', { hasText: '确定从该备份恢复？' }).waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/含 1 个评价项目/);
    await expect(confirm.textContent()).resolves.toContain('恢复前');
    await confirm.getByRole('button', { name: /恢\s*复/ }).click();
    await page.getByText(/^已从 .+ 恢复，含 1 个评价项目/).waitFor();

    // The page reloads itself; it comes back on the backups page with the pre-restore copy.
    await page.waitForEvent('load');
    await page.locator('.ant-table-tbody tr.ant-table-row').nth(1).waitFor();
    const reasons = await page.locator('.ant-table-tbody .ant-tag').allTextContents();
    expect(reasons.sort()).toEqual(['恢复前', '手动'].sort());
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.waitForTimeout(500); // let the table's loading fade finish before the screenshot
    await screenshot(page, 'backup');

    await page.getByRole('link', { name: '评价项目' }).click();
    await page.getByText('备份前的评价').waitFor();
    await expect(page.getByText('备份后的评价').count()).resolves.toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
