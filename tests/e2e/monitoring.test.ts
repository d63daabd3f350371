import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringView } from '../../shared/monitoring/monitoring-contract';
import { localDate, resignWith, SPORTS_AREA } from '../unit/monitoring/resign';
import { launchBrowser } from './support/browser';
import { openPage, screenshot, SHOTS } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

/**
 * 监测指标: the catalogue page (search, source line, quote), and follow-up values on a signed
 * assessment (the demo, built with `hia demo` on the same database before the app starts).
 */
let browser: Browser;
let app: RunningWebApp;
let dir: string;
let assessmentId: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-monitoring-'));
  const db = path.join(dir, 'hia.db');
  const out = execFileSync(process.execPath, ['bin/hia.js', '--db', db, 'demo', '--out', path.join(dir, 'demo')], { encoding: 'utf8' });
  assessmentId = /\(([0-9a-f-]{36})\)/.exec(out)![1]!;
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(db)]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function api<T>(channel: string, input: unknown): Promise<T> {
  const token = /token=([\w-]+)/.exec(app.openUrl)![1]!;
  const res = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-hia-token': token },
    body: JSON.stringify({ channel, input }),
  });
  const r = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** Screenshots without the transient toasts (antd messages close after 3 s). */
async function shot(page: Page, name: string, fullPage = true) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await screenshot(page, name, fullPage);
}

/** antd puts a space between two Chinese characters in a button. */
const button = (text: string) => ({ name: new RegExp(`(^|\\s)${[...text].join('\\s?')}\\s*$`) });

describe('indicator catalogue', () => {
  it('lists every seed indicator, finds one by a keyword and shows its source line and quote', async () => {
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('link', { name: '监测指标' }).click();
    await page.getByRole('heading', { name: '监测指标库' }).waitFor();
    await expect.poll(() => page.getByTestId('catalogue-count').textContent()).toBe('共 503 项');
    // The table fades in after loading: wait until it is opaque before the screenshot.
    await expect
      .poll(() =>
        page.locator('.ant-table-tbody').evaluate((el) => {
          let opacity = 1;
          for (let e: Element | null = el; e; e = e.parentElement) opacity = Math.min(opacity, Number(getComputedStyle(e).opacity));
          return opacity;
        }),
      )
      .toBe(1);
    await shot(page, 'indicator-catalogue', false);

    await page.getByLabel('检索监测指标').fill('肺结核');
    await expect.poll(() => page.getByTestId('catalogue-count').textContent()).toMatch(/^共 [1-9]\d? 项$/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let k = 0; k < count; k++) await expect(rows.nth(k).textContent()).resolves.toMatch(/肺结核|结核/);
    const first = rows.first();
    await expect(first.getByTestId('indicator-source').textContent()).resolves.toMatch(/^《.+》第 \d+(–\d+)? 行$/);

    await first.getByRole('button', { name: /展开/ }).click();
    const quote = page.getByTestId('indicator-quote').first();
    await expect(quote.textContent()).resolves.toMatch(/结核/);
    await shot(page, 'indicator-catalogue-search', false);

    // The kind filter narrows the list.
    await page.getByLabel('检索监测指标').fill('');
    await page.getByLabel('指标类型').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="完成情况"]').click();
    const reviews = (await api<{ kind: string }[]>('indicators/catalogue', {})).filter((i) => i.kind === 'review').length;
    expect(reviews).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('catalogue-count').textContent()).toBe(`共 ${reviews} 项`);
    expect(page.errors).toEqual([]);
  });
});

describe('follow-up monitoring of a signed assessment', () => {
  it('records two values, shows the progress and the chart, and removes one with a reason', async () => {
    // Version 2 follows 人均体育场地面积 (2.46 → 2.6 m²): the demo's own picks are past-period reviews.
    await resignWith(api, assessmentId, { [SPORTS_AREA.determinant]: [SPORTS_AREA.indicator] });
    const view = await api<MonitoringView>('monitoring/get', { id: assessmentId });
    expect(view).toMatchObject({ canRecord: true, signedVersion: 2 });
    const followed = view.indicators.find((i) => i.indicator.id === SPORTS_AREA.indicator)!;
    const midway = '2.53';
    const t = SPORTS_AREA.target;

    const page = await openPage(browser, app.openUrl);
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.goto(`${app.origin}/#/assessments/${assessmentId}`);
    const card = page.getByTestId('monitoring-card');
    await card.waitFor();
    await expect(card.getByTestId('monitored-indicator').count()).resolves.toBe(view.indicators.length);
    const item = card.getByTestId('monitored-indicator').filter({ hasText: followed.indicator.name }).first();
    await expect(item.getByTestId('progress-status').textContent()).resolves.toBe('暂无数据');

    // An earlier value: half-way from the baseline to the target.
    const name = followed.indicator.name;
    const date = item.getByLabel(`${name} 监测日期`);
    await expect(date.inputValue()).resolves.toBe(localDate(new Date())); // today by default
    const pick = async (day: string) => {
      await date.click();
      await date.fill(day);
      await date.press('Enter');
    };
    await pick('2025-06-30');
    await item.getByLabel(`${name} 监测值`).fill(midway);
    await item.getByLabel(`${name} 备注`).fill('2025年上半年统计');
    await item.getByRole('button', button('登记')).click();
    await expect.poll(() => item.getByTestId('progress-status').textContent()).toBe('改善中');
    await expect(item.getByTestId('latest-value').textContent()).resolves.toContain('2025-06-30');

    // Today's value meets the target.
    await pick(localDate(new Date()));
    await item.getByLabel(`${name} 监测值`).fill(String(t));
    await item.getByRole('button', button('登记')).click();
    await expect.poll(() => item.getByTestId('progress-status').textContent()).toBe('达标');
    await expect(item.getByTestId('latest-value').textContent()).resolves.toContain(localDate(new Date()));
    await item.getByTestId('trend-chart').waitFor();
    await expect(item.getByTestId('observation-history').locator('tbody tr').count()).resolves.toBe(2);
    await item.scrollIntoViewIfNeeded();
    await shot(page, 'monitoring-follow-up');
    await card.screenshot({ path: path.join(SHOTS, 'monitoring-card.png') });

    // Removing needs a reason: the modal's button stays disabled until one is given.
    await item.getByTestId('observation-history').locator('tbody tr').first().getByRole('button', button('删除')).click();
    const modal = page.getByRole('dialog');
    await modal.getByText('删除原因').or(modal.getByLabel('删除原因')).first().waitFor();
    const confirm = modal.getByRole('button', button('删除'));
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await modal.getByLabel('删除原因').fill('误填为目标值');
    await confirm.click();
    await expect.poll(() => item.getByTestId('observation-history').locator('tbody tr').count()).toBe(1);
    await expect.poll(() => item.getByTestId('progress-status').textContent()).toBe('改善中');

    const audit = await api<{ action: string; detail: { reason?: string } }[]>('audit/list', { id: assessmentId, limit: 20 });
    expect(audit.filter((e) => e.action === 'monitoring.record')).toHaveLength(2);
    expect(audit.find((e) => e.action === 'monitoring.remove')?.detail.reason).toBe('误填为目标值');

    // The English screen of the same card.
    await page.locator('label.ant-radio-button-wrapper', { hasText: /^English$/ }).click();
    await card.getByText('Follow-up monitoring').first().waitFor();
    await expect(item.getByTestId('progress-status').textContent()).resolves.toBe('Improving');
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await card.screenshot({ path: path.join(SHOTS, 'monitoring-card-en.png') });
    expect(page.errors).toEqual([]);
  });
});
