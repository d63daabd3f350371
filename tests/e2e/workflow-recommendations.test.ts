import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openPage, screenshot } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

let browser: Browser;
let app: RunningWebApp;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-recommendations-'));
  [browser, app] = await Promise.all([launchBrowser(), startWebApp(path.join(dir, 'hia.db'))]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Calls the contract from Node as the renderer does in browser mode (token in a header). */
async function api<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  const token = /token=([\w-]+)/.exec(app.openUrl)![1]!;
  const res = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-hia-token': token },
    body: JSON.stringify({ channel, input }),
  });
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const DRAFT = [
  '关于加快推进城市轨道交通四期建设的实施方案（征求意见稿）',
  '一、建设任务。新建地铁线路4条，线路穿越老城区和学校、医院等敏感区域。',
  '二、施工管理。施工单位应严格控制施工噪声，夜间禁止高噪声作业；落实扬尘防治措施，渣土车辆密闭运输。',
  '三、交通组织。施工期间实施交通疏解，保障行人和非机动车通行安全。建成后同步建设站点周边慢行系统。',
].join('\n');

/** A score with likelihood × severity chosen for the risk level (rating-scheme.json matrix). */
function score(determinantId: string, phase: string, direction: string, likelihood: number, severity: number, rest = 3) {
  return { determinantId, phase, direction, likelihood, severity, extent: rest, duration: rest, frequency: rest, groups: [], rationale: '', evidence: [] };
}

/** Registers a project and fills registration → scoring through the contract; returns its id. */
async function assessmentAtRecommendations(): Promise<string> {
  const a = await api<{ id: string }>('assessment/create', {
    title: '城市轨道交通四期建设实施方案',
    kind: 'project',
    department: '市发展和改革委员会',
    contact: '王工',
    draftText: DRAFT,
  });
  await api('workflow/advance', { id: a.id });
  const answers = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [String(i + 1), { answer: i === 5 ? 'yes' : 'no', suggested: 'no', reason: '', note: '' }]),
  );
  await api('workflow/save', { id: a.id, stage: 'screening', data: { answers, impactLevel: 'major', fullAssessment: true, note: '' } });
  await api('workflow/advance', { id: a.id });
  const determinant = (id: string) => ({ id, origin: 'added', evidence: [], indicators: [], note: '' });
  await api('workflow/save', {
    id: a.id,
    stage: 'scoping',
    data: {
      determinants: ['noise-vibration', 'air-quality', 'road-traffic-safety', 'walkability-active-travel'].map(determinant),
      groups: ['nearby-residents', 'children'],
      phases: ['construction', 'operation'],
    },
  });
  await api('workflow/advance', { id: a.id });
  await api('workflow/save', {
    id: a.id,
    stage: 'scoring',
    data: {
      items: [
        score('noise-vibration', 'construction', 'negative', 4, 3, 4), // 高, rank 1
        score('noise-vibration', 'operation', 'negative', 2, 3), // 中
        score('air-quality', 'construction', 'negative', 3, 3), // 中
        score('air-quality', 'operation', 'none', 1, 1),
        score('road-traffic-safety', 'construction', 'uncertain', 2, 3, 2), // 中
        score('road-traffic-safety', 'operation', 'none', 1, 1),
        score('walkability-active-travel', 'construction', 'none', 1, 1),
        score('walkability-active-travel', 'operation', 'positive', 4, 3), // 正面
      ],
    },
  });
  const view = await api<{ assessment: { stage: string } }>('workflow/advance', { id: a.id });
  expect(view.assessment.stage).toBe('recommendations');
  return a.id;
}

const panel = (page: Page, determinant: string, kind = 'mitigation') =>
  page.locator(`[data-testid="determinant-panel"][data-determinant="${determinant}"][data-kind="${kind}"]`);

async function waitSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: '已自动保存' }).waitFor();
}

const SCRIPT_TEXT = '<img src=x onerror="window.__pwned=1">';
const EDITED = '施工场界噪声执行GB 12523-2011，夜间22时至次日6时禁止高噪声作业；临近学校路段由施工单位设置隔声围挡，监理单位每周检查。';
const OWN = `在线路两侧学校、医院设置扬尘和噪声监测点，数据每日公开。${SCRIPT_TEXT}`;

describe('recommendations and conclusion stages', () => {
  it('adopts, edits and adds recommendations, picks the conclusion, and keeps everything after reload', async () => {
    const id = await assessmentAtRecommendations();
    const page = await openPage(browser, app.openUrl);
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.goto(`${app.origin}/#/assessments/${id}`);
    await page.getByRole('heading', { name: '需要减缓措施的健康影响' }).waitFor();

    // Ordered by priority rank, with the risk level per phase.
    const panels = page.locator('[data-testid="determinant-panel"][data-kind="mitigation"]');
    await expect(panels.evaluateAll((els) => els.map((e) => e.getAttribute('data-determinant')))).resolves.toEqual([
      'noise-vibration',
      'air-quality',
      'road-traffic-safety',
    ]);
    const noise = panel(page, 'noise-vibration');
    await expect(noise.textContent()).resolves.toMatch(/第 1 位.*噪声与振动.*负面.*施工：高.*运营：中/);
    // Enhancement for the positive impact has its own section.
    await page.getByRole('heading', { name: '正面影响的增益建议' }).waitFor();
    await expect(panel(page, 'walkability-active-travel', 'enhancement').getByTestId('library-suggestion').count()).resolves.toBeGreaterThan(0);

    // Adopt a library suggestion and edit its text.
    await noise.getByRole('button', { name: '采用建议：夜间施工噪声管控' }).click();
    const adopted = noise.getByRole('textbox', { name: '“噪声与振动”的第 1 条建议' });
    await expect(adopted.inputValue()).resolves.toContain('夜间22时至次日6时');
    await noise.getByText('已采用').waitFor();
    await adopted.fill(EDITED);

    // A free recommendation for air quality; one adopted for road safety.
    const air = panel(page, 'air-quality');
    await air.getByRole('button', { name: '为“空气质量”自行添加建议' }).click();
    await air.getByRole('textbox', { name: '“空气质量”的第 1 条建议' }).fill(OWN);
    const road = panel(page, 'road-traffic-safety');
    await road.locator('[data-testid="library-suggestion"] button').first().click();
    await expect(road.getByRole('textbox', { name: '“道路交通安全”的第 1 条建议' }).inputValue()).resolves.not.toBe('');
    await waitSaved(page);
    await expect(page.getByTestId('recommendation-count').textContent()).resolves.toBe('已提出 3 条减缓建议、0 条增益建议');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, 'recommendations', true);

    await page.getByRole('button', { name: '完成本阶段，进入下一步' }).click();
    const suggestion = page.getByTestId('conclusion-suggestion');
    await expect(suggestion.textContent()).resolves.toContain('系统建议：修改完善后出台');
    await expect(suggestion.textContent()).resolves.toContain('噪声与振动（高风险）');
    await expect(page.getByTestId('conclusion-summary').textContent()).resolves.toContain('已提出建议 3 条（减缓 3 条，增益 0 条）');

    const choice = page.getByRole('radiogroup', { name: '评价结论' });
    await choice.locator('label.ant-radio-wrapper', { hasText: '修改完善后出台' }).click();
    await expect(choice.getByRole('radio', { name: /修改完善后出台/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: '采用系统理由' }).click();
    const reasons = page.getByRole('textbox', { name: '结论理由' });
    const suggested = await reasons.inputValue();
    expect(suggested).toMatch(/^噪声与振动（高风险）、.*建议按所提建议修改完善相关内容/);
    await reasons.fill(`${suggested}\n施工期噪声为主要问题，须在实施方案中写明夜间施工管控要求。`);
    await waitSaved(page);
    await screenshot(page, 'conclusion', true);

    // Reload: the conclusion and the recommendations come back from the database.
    await page.reload();
    await page.getByRole('radiogroup', { name: '评价结论' }).waitFor();
    await expect(page.getByRole('radio', { name: /修改完善后出台/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: '结论理由' }).inputValue()).resolves.toContain('须在实施方案中写明夜间施工管控要求');
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(panel(page, 'noise-vibration').getByRole('textbox', { name: '“噪声与振动”的第 1 条建议' }).inputValue()).resolves.toBe(EDITED);
    await expect(panel(page, 'air-quality').getByRole('textbox', { name: '“空气质量”的第 1 条建议' }).inputValue()).resolves.toBe(OWN);

    const view = await api<{ data: { recommendations: { items: { determinantId: string; libraryId: string | null; kind: string }[] } } }>(
      'workflow/get',
      { id },
    );
    expect(view.data.recommendations.items.map((i) => [i.determinantId, i.kind, i.libraryId])).toEqual([
      ['noise-vibration', 'mitigation', 'construction-night-noise'],
      ['air-quality', 'mitigation', null],
      ['road-traffic-safety', 'mitigation', expect.any(String)],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
