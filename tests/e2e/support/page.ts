import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const SHOTS = path.resolve('test-results/screenshots');

/** A page that records script errors, so a test can assert the app never threw. */
export async function openPage(browser: Browser, url: string): Promise<Page & { errors: string[] }> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const page = (await browser.newPage({ viewport: { width: 1360, height: 900 } })) as Page & { errors: string[] };
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  return page;
}

export function screenshot(page: Page, name: string, fullPage = false) {
  return page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}
