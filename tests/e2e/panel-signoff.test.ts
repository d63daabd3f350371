import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAIL_PANEL, RAIL_PLAN } from '../../electron/demo/rail-draft';
import { launchBrowser } from './support/browser';
import { openPage, screenshot } from './support/page';
import { startWebApp, type RunningWebApp } from './support/web-app';

/**
 * The expert panel across two machines: the official's app and an expert's app (two `hia web`
 * processes, two databases). Review packages travel as downloaded files, as they would by USB
 * stick or e-mail; then finals, sign-off, the report and the audit trail.
 */
let browser: Browser;
let official: RunningWebApp;
let expert: RunningWebApp;
let dir: string;
let officialPage: Page & { errors: string[] };
let expertPage: Page & { errors: string[] };
let id: string;
const requests: string[] = [];
const responses: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-e2e-panel-'));
  [browser, official, expert] = await Promise.all([
    launchBrowser(),
    startWebApp(path.join(dir, 'official.db')),
    startWebApp(path.join(dir, 'expert.db')),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([official?.stop(), expert?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

type Outcome<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Calls the contract from Node as the renderer does in browser mode (token in a header). */
async function invoke<T>(app: RunningWebApp, channel: string, input: unknown): Promise<Outcome<T>> {
  const token = /token=([\w-]+)/.exec(app.openUrl)![1]!;
  const res = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-hia-token': token },
    body: JSON.stringify({ channel, input }),
  });
  return (await res.json()) as Outcome<T>;
}

async function api<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  const r = await invoke<T>(official, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

const DETERMINANTS = ['noise-vibration', 'air-quality', 'walkability-active-travel'];
const NAMES = ['噪声与振动', '空气质量', '步行友好与慢行交通'];

/** Registers the rail plan and takes it to the scoring stage with three determinants and their evidence. */
async function assessmentAtScoring(): Promise<string> {
  const a = await api<{ id: string }>('assessment/create', { ...RAIL_PLAN, kind: 'plan' });
  await api('workflow/advance', { id: a.id });
  const suggestion = await api<{
    answers: Record<string, { suggested: string }>;
    impactLevel: string;
    screen: { determinants: { id: string; evidence: number[] }[] };
  }>('workflow/screening-suggestion', { id: a.id });
  const answers = Object.fromEntries(Object.entries(suggestion.answers).map(([q, v]) => [q, { ...v, answer: v.suggested }]));
  await api('workflow/save', { id: a.id, stage: 'screening', data: { answers, impactLevel: suggestion.impactLevel, fullAssessment: true, note: '' } });
  await api('workflow/advance', { id: a.id });
  const evidence = (d: string) => suggestion.screen.determinants.find((s) => s.id === d)?.evidence.slice(0, 2) ?? [];
  await api('workflow/save', {
    id: a.id,
    stage: 'scoping',
    data: {
      determinants: DETERMINANTS.map((d) => ({ id: d, origin: 'added', evidence: evidence(d), indicators: [], note: '' })),
      groups: ['older-people', 'children', 'nearby-residents'],
      phases: [],
    },
  });
  const view = await api<{ assessment: { stage: string } }>('workflow/advance', { id: a.id });
  expect(view.assessment.stage).toBe('scoring');
  return a.id;
}

/** antd draws radio buttons over hidden inputs: click the visible label. */
async function pick(scope: Page | Locator, group: string, option: string | number) {
  const g = scope.getByRole('radiogroup', { name: group, exact: true });
  const label = typeof option === 'number' ? g.locator('label').nth(option - 1) : g.locator('label', { hasText: new RegExp(`^${option}$`) });
  await label.click();
}

/** antd puts a space between two Chinese characters in a button, and icons add their name before it. */
const button = (text: string) => ({ name: new RegExp(`(^|\\s)${[...text].join('\\s?')}\\s*$`) });

/** Screenshots without the transient toasts (antd messages close after 3 s). */
async function shot(page: Page, name: string, fullPage = true) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await screenshot(page, name, fullPage);
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

/** The rows of the members table (not the aggregation table, whose header names everyone too). */
const memberRow = (page: Page, name: string) => page.getByTestId('panel-members').getByRole('row', { name: new RegExp(name) });
const aggregationRow = (page: Page, name: string) => page.getByTestId('panel-aggregation').getByRole('row', { name: new RegExp(`^${name}`) });

/** Expert e's scores: [direction, likelihood, severity] per determinant; expert 3 differs on noise. */
const SCORES: [string, number, number][][] = [
  [['负面', 4, 3], ['负面', 3, 3], ['正面', 4, 3]],
  [['负面', 4, 4], ['负面', 3, 3], ['正面', 4, 3]],
  [['不确定', 1, 1], ['负面', 3, 3], ['正面', 4, 3]],
];

describe('expert panel, review packages and sign-off across two machines', () => {
  it('adds the panel and exports one review package per expert', async () => {
    id = await assessmentAtScoring();
    officialPage = await openPage(browser, official.openUrl);
    const page = officialPage;
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.goto(`${official.origin}/#/assessments/${id}`);
    await page.getByRole('tab', { name: '专家组评审' }).click();
    await page.getByText('尚未添加专家组成员').waitFor();

    for (const [i, m] of RAIL_PANEL.entries()) {
      await page.getByTestId('panel-members').getByRole('button', { name: '添加专家' }).click();
      const dialog = page.getByRole('dialog', { name: '添加专家' });
      await dialog.getByLabel('姓名').fill(m.name);
      await dialog.getByLabel('单位').fill(m.organisation);
      await dialog.getByLabel('专业领域').fill(m.field);
      // The first member defaults to 组长; after that only one leader is allowed.
      const leader = dialog.getByRole('radio', { name: '组长' });
      await expect(leader.isChecked()).resolves.toBe(i === 0);
      await expect(leader.isDisabled()).resolves.toBe(i > 0);
      await dialog.getByRole('button', button('保存')).click();
      await memberRow(page, m.name).waitFor();
    }
    await expect(memberRow(page, RAIL_PANEL[0]!.name).getByText('组长').count()).resolves.toBe(1);

    for (const m of RAIL_PANEL) {
      const file = await download(page, () => memberRow(page, m.name).getByRole('button', { name: '导出评审包' }).click());
      expect(path.basename(file)).toMatch(new RegExp(`${m.name}-评审包-第1轮\\.hiapkg$`));
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ type: 'request', member: { name: m.name }, round: 1 });
      requests.push(file);
    }
  });

  it('lets each expert open, score and export in their own app', async () => {
    expertPage = await openPage(browser, expert.openUrl);
    const page = expertPage;
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await page.getByRole('menuitem', { name: '专家评审' }).click();
    await page.getByText('尚无评审任务').waitFor();

    for (const [e, file] of requests.entries()) {
      const member = RAIL_PANEL[e]!.name;
      await page.locator('input[type=file]').setInputFiles(file);
      const task = page.getByTestId('review-task');
      await task.getByText(`${member}，${RAIL_PANEL[e]!.organisation}`).waitFor();
      await task.getByRole('heading', { name: RAIL_PLAN.title }).waitFor();
      await expect(task.getByTestId('review-determinant').count()).resolves.toBe(3);

      if (e === 0) {
        // Unrated items are named when the export is refused.
        await task.getByRole('button', { name: '导出评审结果' }).click();
        const refusal = task.getByTestId('review-export-result');
        await refusal.getByText('以下 3 项尚未完成评分').waitFor();
        await expect(refusal.textContent()).resolves.toContain(NAMES[0]);
        // The draft and the evidence from the package.
        await task.getByText(/草案全文（\d+ 字）/).click();
        await task.getByText('穿越学校、医院、养老院等敏感区域', { exact: false }).first().waitFor();
      }

      for (const [k, name] of NAMES.entries()) {
        const [direction, likelihood, severity] = SCORES[e]![k]!;
        await pick(task, `${name} 影响方向`, direction);
        await pick(task, `${name} 可能性`, likelihood);
        await pick(task, `${name} 严重程度`, severity);
      }
      await task.getByLabel(`${NAMES[0]} 评估理由`).fill(e === 2 ? '已有降噪措施，影响有限。' : '施工期间存在持续噪声暴露。');
      await task.getByTestId('review-progress').getByText('已评 3 / 3 项').waitFor();
      await task.getByLabel('总体意见').fill(`${member}的独立评分。`);
      if (e === 2) {
        // Scores and the overall comment are both saved as the expert works.
        await expect.poll(() => task.getByRole('status').filter({ hasText: '已自动保存' }).count()).toBe(2);
        await shot(page, 'review-expert');
      }
      const out = await download(page, () => task.getByRole('button', { name: '导出评审结果' }).click());
      expect(path.basename(out)).toMatch(new RegExp(`${member}-评审结果-第1轮\\.hiapkg$`));
      responses.push(out);
      await task.getByTestId('review-export-result').getByText('已导出评审结果').waitFor();
    }
    await expect(page.locator('.ant-table-row').count()).resolves.toBe(3);
    expect(page.errors).toEqual([]);
  });

  it('imports the responses, flags the divergence and refuses a tampered file', async () => {
    const page = officialPage;
    const upload = page.getByTestId('panel-aggregation').locator('input[type=file]');
    for (const [e, file] of responses.entries()) {
      await upload.setInputFiles(file);
      await page.getByText(`已导入 ${RAIL_PANEL[e]!.name} 的评审结果（3 项）`).waitFor();
    }
    const noise = aggregationRow(page, NAMES[0]!);
    await noise.getByTestId('divergent-tag').waitFor();
    await expect(noise.getByTestId('divergence-reason').textContent()).resolves.toMatch(/可能性评分相差 3 分/);
    await expect(aggregationRow(page, NAMES[1]!).getByTestId('divergent-tag').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '开始第二轮评分' }).waitFor();

    // One changed rating breaks the checksum: refused, nothing stored.
    const before = await api('panel/get', { id });
    const audit = (await api<unknown[]>('audit/list', { id })).length;
    const text = fs.readFileSync(responses[1]!, 'utf8');
    const tampered = text.replace('"likelihood": 4', '"likelihood": 2');
    expect(tampered).not.toBe(text);
    const file = path.join(dir, 'tampered.hiapkg');
    fs.writeFileSync(file, tampered);
    await upload.setInputFiles(file);
    const error = page.getByTestId('import-error');
    await error.getByText('文件内容与校验值不符，可能已被修改或损坏', { exact: false }).waitFor();
    expect(await api('panel/get', { id })).toEqual(before);
    expect((await api<unknown[]>('audit/list', { id })).length).toBe(audit);
  });

  it('lets the leader set the finals, with a note where they depart from the median', async () => {
    const page = officialPage;
    const noise = aggregationRow(page, NAMES[0]!);
    // The median of 4, 4, 1 is 4: the leader lowers the likelihood to 3.
    await noise.getByRole('combobox', { name: `${NAMES[0]} 可能性` }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title^="3 "]').click();
    await noise.getByRole('button', button('确认')).click();
    await page.getByText('最终评分与专家中位数不同，请填写说明', { exact: false }).first().waitFor();
    await noise.getByLabel(`${NAMES[0]} 说明`).fill('经专家组讨论，考虑已有降噪措施，可能性按“可能”评定；夜间施工噪声须重点控制。');
    await noise.getByRole('button', button('确认')).click();
    await noise.getByTestId('final-confirmed').waitFor();
    for (const name of NAMES.slice(1)) {
      await aggregationRow(page, name).getByRole('button', button('确认')).click();
      await aggregationRow(page, name).getByTestId('final-confirmed').waitFor();
    }
    await page.getByText('已确认最终评分 3 / 3 项').waitFor();
    const opinion = page.getByLabel('专家组意见');
    await opinion.fill('专家组认为，施工期噪声和扬尘风险较高，需落实减缓措施；运营期有利于步行和绿色出行。');
    await page.getByTestId('panel-members').click();
    await page.getByText('专家组意见已保存').waitFor();
    await shot(page, 'panel');

    // The finals are the assessment's scores now.
    const view = await api<{ data: { scoring: { items: { determinantId: string; likelihood: number }[] } }; problems: { scoring: string[] } }>('workflow/get', { id });
    expect(view.problems.scoring).toEqual([]);
    expect(view.data.scoring.items.find((i) => i.determinantId === 'noise-vibration')?.likelihood).toBe(3);
    await page.getByRole('tab', { name: '影响评分' }).click();
    await expect(page.getByTestId('scoring-progress').textContent()).resolves.toBe('已评 3 / 3 项');
  });

  it('signs off in the UI, locks the assessment and downloads the report', async () => {
    const page = officialPage;
    await page.goto(`${official.origin}/#/`);
    await page.getByRole('heading', { name: '评价项目' }).waitFor();
    await api('workflow/advance', { id });
    await api('workflow/save', {
      id,
      stage: 'recommendations',
      data: {
        items: [
          { id: 'rec-1', determinantId: 'noise-vibration', kind: 'mitigation', text: '夜间22时至次日6时禁止高噪声作业，临近学校、医院路段设置隔声屏障。', libraryId: null },
          { id: 'rec-2', determinantId: 'air-quality', kind: 'mitigation', text: '落实扬尘防治“六个百分之百”，渣土车辆密闭运输。', libraryId: null },
          { id: 'rec-3', determinantId: 'walkability-active-travel', kind: 'enhancement', text: '同步建设站点周边慢行系统和无障碍通道。', libraryId: null },
        ],
      },
    });
    await api('workflow/advance', { id });
    await api('workflow/save', { id, stage: 'conclusion', data: { judgement: 'revise-then-issue', reasons: '施工期噪声和扬尘风险较高，建议按所提建议修改完善后出台。' } });

    await page.goto(`${official.origin}/#/assessments/${id}`);
    const form = page.getByTestId('signoff-form');
    await form.waitFor();
    // The leader's name comes from the panel.
    await expect.poll(() => form.getByLabel('专家组组长姓名').inputValue()).toBe(RAIL_PANEL[0]!.name);
    await expect(form.getByLabel('专家组组长签字日期').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const draft = await download(page, () => form.getByRole('button', { name: '下载报告草稿' }).click());
    expect(path.basename(draft)).toContain('草稿');
    expect(fs.readFileSync(draft).subarray(0, 2).toString()).toBe('PK');

    await form.getByLabel('专家组组长意见').fill('同意专家组意见。');
    await form.getByLabel('审批人姓名').fill('杭州市卫生健康委员会 张明');
    await form.getByRole('button', button('签发')).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认签发？' });
    await confirm.getByText('将被锁定', { exact: false }).waitFor();
    await confirm.getByRole('button', button('签发')).click();

    const signed = page.getByTestId('signed-panel');
    await signed.getByText('已签发，第 1 版').waitFor();
    const fingerprint = (await signed.getByTestId('fingerprint').textContent())?.trim();
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const versions = await api<{ version: number; fingerprint: string }[]>('signoff/versions', { id });
    expect(versions).toEqual([expect.objectContaining({ version: 1, fingerprint })]);
    await page.getByText('已签发', { exact: true }).first().waitFor();

    // Locked: the contract refuses edits.
    const edit = await invoke(official, 'assessment/update', { id, changes: { contact: '新联系人' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const report = await download(page, () => signed.getByRole('button', { name: '下载报告（Word）' }).click());
    expect(path.basename(report)).toMatch(/第1版-健康影响评价报告\.docx$/);
    expect(fs.readFileSync(report).subarray(0, 2).toString()).toBe('PK');

    // Feedback on a recommendation of the signed version.
    await page.getByRole('combobox', { name: '噪声与振动 采纳情况' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="采纳"]').click();
    await page.getByRole('row', { name: /夜间22时/ }).getByRole('button', button('保存')).click();
    await page.getByText('已反馈 1 / 3 条').waitFor();
    await shot(page, 'signoff');
  });

  it('shows the audit trail with old → new values and verifies it', async () => {
    const page = officialPage;
    await page.getByRole('button', { name: '审计日志' }).click();
    const drawer = page.getByRole('dialog', { name: '审计日志' });
    await drawer.getByTestId('audit-entry').first().waitFor();
    await drawer.getByTestId('audit-entry').filter({ hasText: '确认最终评分' }).first().waitFor();
    await expect(drawer.getByTestId('audit-entry').filter({ hasText: '签发' }).first().textContent()).resolves.toContain(RAIL_PANEL[0]!.name);
    await drawer.getByText('记录建议采纳反馈').waitFor();
    await drawer.getByRole('button', { name: '校验完整性' }).click();
    await drawer.getByTestId('audit-verify').getByText(/审计日志完整（\d+ 条）/).waitFor();
    await shot(page, 'audit', false);
    expect(officialPage.errors).toEqual([]);
  });
});
