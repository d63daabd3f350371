import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { launchBrowser } from './support/browser';
import { openPage, screenshot } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

let browser: Browser;
let app: RunningWebApp;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-scoring-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A contract call from Node, as the renderer makes it in browser mode. */
async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const token = /token=([\w-]+)/.exec(app.openUrl)![1]!;
  const res = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-hia-token': token },
    body: JSON.stringify({ channel, input }),
  });
  const result = (await res.json()) as { ok: true; value: ChannelOutput<C> } | { ok: false; error: { code: string; message: string; details?: unknown } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details ?? '')}`);
  return result.value;
}

const DRAFT = [
  '关于加快推进城市轨道交通四期建设的实施方案（征求意见稿）',
  '一、建设任务。新建地铁线路4条，线路穿越老城区和学校、医院等敏感区域。',
  '二、施工管理。施工单位应严格控制施工噪声，夜间禁止高噪声作业；落实扬尘防治措施。',
  '三、站点环境。结合站点建设口袋公园和绿道，增加城市绿地与开放空间。',
].join('\n');

/** An assessment at the scoring stage: registration, screening and scoping filled through the contract. */
async function assessmentAtScoring(
  kind: 'plan' | 'project' = 'plan',
  phases: ('design' | 'construction' | 'operation')[] = [],
): Promise<{ id: string; evidence: number[] }> {
  const a = await invoke('assessment/create', { title: '城市轨道交通四期建设实施方案', kind, department: '市发展和改革委员会', draftText: DRAFT });
  await invoke('workflow/advance', { id: a.id });
  const answers = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [String(i + 1), { answer: i === 5 ? 'yes' : 'no', suggested: 'no', reason: '', note: '' }]),
  );
  await invoke('workflow/save', { id: a.id, stage: 'screening', data: { answers, impactLevel: 'major', fullAssessment: true, note: '' } });
  await invoke('workflow/advance', { id: a.id });
  const noise = await invoke('evidence/search', { query: '噪声', determinantIds: ['noise-vibration'], limit: 2 });
  const green = await invoke('evidence/search', { query: '绿地', determinantIds: ['green-space'], limit: 1 });
  const evidence = noise.passages.map((p) => p.id);
  expect(evidence.length).toBeGreaterThan(0);
  await invoke('workflow/save', {
    id: a.id,
    stage: 'scoping',
    data: {
      determinants: [
        { id: 'noise-vibration', origin: 'suggested', evidence, indicators: [], note: '' },
        { id: 'green-space', origin: 'added', evidence: green.passages.map((p) => p.id), indicators: [], note: '' },
      ],
      groups: ['nearby-residents', 'children'],
      phases,
    },
  });
  const view = await invoke('workflow/advance', { id: a.id });
  expect(view.assessment.stage).toBe('scoring');
  return { id: a.id, evidence };
}

/** antd draws its own radio buttons over hidden inputs: click the visible label, exactly. */
async function choose(page: Page, group: string, option: string) {
  const g = page.getByRole('radiogroup', { name: group, exact: true });
  await g.locator('label', { hasText: new RegExp(`^${option}$`) }).click();
  await expect(g.getByRole('radio', { name: option, exact: true }).isChecked()).resolves.toBe(true);
}

const checked = (page: Page, group: string, option: string) =>
  page.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio', { name: option, exact: true }).isChecked();

const card = (page: Page, name: string): Locator => page.getByTestId('score-card').filter({ has: page.getByText(name, { exact: true }) });

describe('scoring stage (评估打分)', () => {
  it('rates two determinants, shows risk and charts, exports a PNG and keeps the ratings', async () => {
    const { id, evidence } = await assessmentAtScoring();
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.goto(`${app.origin}/#/assessments/${id}`);
    await page.getByRole('heading', { name: '城市轨道交通四期建设实施方案' }).waitFor();
    await page.getByText('评估打分', { exact: true }).first().click();
    await page.getByTestId('scoring-summary').waitFor();
    await expect(page.getByTestId('score-card').count()).resolves.toBe(2);
    await expect(page.getByTestId('scoring-progress').textContent()).resolves.toBe('已评 0 / 2 项');

    // A negative impact with high risk: 很可能 × 严重 → 高.
    const noise = card(page, '噪声与振动');
    await choose(page, '噪声与振动 影响方向', '负面');
    await choose(page, '噪声与振动 可能性', '很可能');
    await choose(page, '噪声与振动 严重程度', '严重');
    await choose(page, '噪声与振动 影响范围', '区域');
    await choose(page, '噪声与振动 持续时间', '数月');
    await choose(page, '噪声与振动 发生频率', '经常');
    await page.getByRole('group', { name: '噪声与振动 受影响的脆弱人群' }).getByText('项目周边居民').click();
    await page.getByLabel('噪声与振动 评估理由').fill('夜间施工噪声影响沿线居民睡眠，学校周边尤甚。');
    // The scoping passages are offered with their citation; cite the first.
    const passages = noise.getByTestId('score-evidence');
    await expect(passages.count()).resolves.toBe(evidence.length);
    await expect(passages.first().textContent()).resolves.toMatch(/第 \d+–\d+ 行/);
    await passages.first().getByRole('checkbox').check();
    await expect(noise.getByTestId('risk-tag').textContent()).resolves.toBe('风险：高');
    await expect(noise.getByTestId('priority').textContent()).resolves.toBe('优先级 17 / 25');

    // A positive impact: its own tag, no risk level.
    const green = card(page, '绿地与开放空间');
    await choose(page, '绿地与开放空间 影响方向', '正面');
    for (const [scale, level] of [
      ['可能性', '可能'],
      ['严重程度', '中等'],
      ['影响范围', '全市'],
      ['持续时间', '长期'],
      ['发生频率', '持续'],
    ] as const) {
      await choose(page, `绿地与开放空间 ${scale}`, level);
    }
    await expect(green.getByTestId('risk-tag').textContent()).resolves.toBe('正面影响');
    await expect(green.getByTestId('priority').textContent()).resolves.toBe('优先级 19 / 25');

    // 无影响 hides the ratings; choosing the direction again brings them back, empty.
    await choose(page, '绿地与开放空间 影响方向', '无影响');
    await expect(page.getByRole('radiogroup', { name: '绿地与开放空间 可能性' }).count()).resolves.toBe(0);
    await choose(page, '绿地与开放空间 影响方向', '正面');
    await expect(checked(page, '绿地与开放空间 可能性', '可能')).resolves.toBe(false);
    for (const [scale, level] of [
      ['可能性', '可能'],
      ['严重程度', '中等'],
      ['影响范围', '全市'],
      ['持续时间', '长期'],
      ['发生频率', '持续'],
    ] as const) {
      await choose(page, `绿地与开放空间 ${scale}`, level);
    }

    // The summary: ranked table (only the negative impact ranked) and both charts drawn.
    const rows = page.getByTestId('ranked-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^1\s+噪声与振动\s+负面\s+高\s+17$/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/^—\s+绿地与开放空间\s+正面\s+—\s+19$/);
    await expect(page.locator('[data-testid="chart-risk-matrix"] canvas').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid="chart-determinant-overview"] canvas').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('scoring-progress').textContent()).resolves.toBe('已评 2 / 2 项');

    // Export the risk matrix as a PNG file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出图片：风险矩阵' }).click()]);
    expect(download.suggestedFilename()).toMatch(/风险矩阵\.png$/);
    const png = fs.readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5000);

    // Autosave (debounced): poll the core until the last change has arrived; the stage is then complete.
    const stored = () => invoke('workflow/get', { id });
    await expect
      .poll(async () => (await stored()).data.scoring.items, { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({
          determinantId: 'noise-vibration',
          phase: 'all',
          direction: 'negative',
          likelihood: 4,
          severity: 4,
          extent: 3,
          duration: 2,
          frequency: 4,
          groups: ['nearby-residents'],
          rationale: '夜间施工噪声影响沿线居民睡眠，学校周边尤甚。',
          evidence: [evidence[0]],
        }),
        expect.objectContaining({ determinantId: 'green-space', direction: 'positive', likelihood: 3, severity: 3, extent: 4, duration: 4, frequency: 5 }),
      ]);
    expect((await stored()).problems.scoring).toEqual([]);
    await page.getByText(/已自动保存/).waitFor();

    await page.reload();
    await page.getByTestId('scoring-summary').waitFor();
    await expect(checked(page, '噪声与振动 影响方向', '负面')).resolves.toBe(true);
    await expect(checked(page, '噪声与振动 可能性', '很可能')).resolves.toBe(true);
    await expect(checked(page, '噪声与振动 严重程度', '严重')).resolves.toBe(true);
    await expect(checked(page, '绿地与开放空间 发生频率', '持续')).resolves.toBe(true);
    await expect(page.getByLabel('噪声与振动 评估理由').inputValue()).resolves.toBe('夜间施工噪声影响沿线居民睡眠，学校周边尤甚。');
    await expect(card(page, '噪声与振动').getByTestId('risk-tag').textContent()).resolves.toBe('风险：高');
    await expect(page.getByRole('button', { name: /完成本阶段/ }).isEnabled()).resolves.toBe(true);
    await page.locator('[data-testid="chart-risk-matrix"] canvas').first().waitFor();

    await page.mouse.move(0, 0);
    await screenshot(page, 'scoring', true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('scores a project per phase, and in English', async () => {
    const { id } = await assessmentAtScoring('project', ['construction', 'operation']);
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.goto(`${app.origin}/#/assessments/${id}`);
    await page.getByTestId('scoring-summary').waitFor();
    // Two determinants × two phases.
    await expect(page.getByTestId('score-card').count()).resolves.toBe(4);
    await choose(page, '噪声与振动（施工阶段） 影响方向', '负面');
    await choose(page, '噪声与振动（施工阶段） 可能性', '几乎肯定');
    await choose(page, '噪声与振动（施工阶段） 严重程度', '严重');
    await expect(card(page, '噪声与振动（施工阶段）').getByTestId('risk-tag').textContent()).resolves.toBe('风险：极高');
    // Not complete yet: the priority score waits for all five ratings.
    await expect(card(page, '噪声与振动（施工阶段）').getByTestId('priority').textContent()).resolves.toBe('优先级 — / 25');
    await choose(page, '噪声与振动（运营阶段） 影响方向', '无影响');
    await expect(card(page, '噪声与振动（运营阶段）').getByTestId('risk-tag').textContent()).resolves.toBe('无影响');

    await page.getByRole('radiogroup', { name: '语言' }).locator('label', { hasText: 'English' }).click();
    await card(page, 'Noise and vibration (Construction)').waitFor();
    await expect(checked(page, 'Noise and vibration (Construction) Likelihood', 'Almost certain')).resolves.toBe(true);
    await expect(card(page, 'Noise and vibration (Construction)').getByTestId('risk-tag').textContent()).resolves.toBe('Risk: Very high');
    await page.getByRole('button', { name: 'Export image: Risk matrix' }).waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'scoring-project-en', true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
