import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core';
import { DEFAULT_SEEDS_DIR } from '../../../../electron/evidence/seed-data';
import { AppError } from '../../../../shared/errors';
import { useTempDir } from '../../../support/temp-dir';

let core: Core;
beforeAll(async () => {
  core = await createCore({ dbPath: ':memory:', host: 'web' });
});
afterAll(() => core.close());

const ids = (r: { determinants: { id: string }[] }) => r.determinants.map((d) => d.id);

describe('evidence search on the real seeds', () => {
  it('indexes every seed document', () => {
    const docs = core.evidence.store.listDocuments();
    expect(docs.map((d) => d.id).sort()).toEqual(['000', '001', '002', '003', '004']);
    for (const d of docs) expect(d.passageCount, d.id).toBeGreaterThan(20);
  });

  it('finds two-character words that a trigram index would miss', () => {
    const r = core.evidence.search('吸烟');
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.passages[0]!.text).toContain('吸烟');
    expect(ids(r)[0]).toBe('tobacco');
  });

  it('expands colloquial words through the synonym table', () => {
    const r = core.evidence.search('雾霾');
    expect(ids(r)[0]).toBe('air-quality');
    expect(r.passages.some((p) => /细颗粒物|PM2\.5/.test(p.text))).toBe(true);
    expect(r.passages[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('corrects typos against the vocabulary with fuse.js', () => {
    const r = core.evidence.search('养老服物');
    expect(r.corrections).toEqual([{ from: '养老服物', to: '养老服务' }]);
    expect(ids(r)[0]).toBe('elderly-care');
    expect(core.evidence.search('心里健康').corrections[0]?.to).toBe('心理健康');
  });

  it('ranks passages with all terms above passages with one', () => {
    const r = core.evidence.search('青少年 近视');
    const both = (t: string) => t.includes('青少年') && t.includes('近视');
    const flags = r.passages.map((p) => both(p.text));
    expect(flags.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    // Once a passage with only one of the words appears, none with both follows.
    const firstWithOne = flags.indexOf(false);
    if (firstWithOne >= 0) expect(flags.slice(firstWithOne)).not.toContain(true);
    const wide = core.evidence.search('青少年 近视', { limit: 40 }).passages.map((p) => both(p.text));
    expect(wide).toContain(false);
    expect(wide.slice(wide.indexOf(false))).not.toContain(true);
  });

  it('falls back to a scan for one character', () => {
    const r = core.evidence.search('烟');
    expect(r.passages.length).toBeGreaterThan(0);
    for (const p of r.passages) expect(p.text).toContain('烟');
  });

  it('filters by document and by category', () => {
    const onlyWenling = core.evidence.search('健康', { documentIds: ['002'], limit: 15 });
    expect(onlyWenling.passages.length).toBeGreaterThan(0);
    for (const p of onlyWenling.passages) expect(p.source.document).toBe('002');
    const lifestyle = core.evidence.search('控烟 噪声', { categoryIds: ['lifestyle'] });
    for (const d of lifestyle.determinants) expect(d.categoryId).toBe('lifestyle');
  });

  it('treats query syntax as text', () => {
    for (const q of ['" OR *', 'NEAR(吸烟 控烟)', "'; DROP TABLE evidence_passage; --", '(((']) {
      expect(() => core.evidence.search(q), q).not.toThrow();
    }
    expect(core.evidence.store.passageCount()).toBeGreaterThan(500);
  });

  it('cites lines that contain the passage text', () => {
    const files = Object.fromEntries(
      JSON.parse(fs.readFileSync(path.join(DEFAULT_SEEDS_DIR, 'manifest.json'), 'utf8')).documents.map(
        (d: { id: string; file: string }) => [d.id, fs.readFileSync(path.join(DEFAULT_SEEDS_DIR, d.file), 'utf8').split('\n')],
      ),
    ) as Record<string, string[]>;
    for (const q of ['饮用水', '高血压 糖尿病', '健康影响评价', '病媒生物']) {
      for (const p of core.evidence.search(q).passages) {
        const cited = files[p.source.document]!.slice(p.source.lineStart - 1, p.source.lineEnd).join('');
        const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));
        // Every Chinese character of the passage occurs, in order, in the cited lines.
        let at = 0;
        const source = han(cited);
        for (const c of han(p.text)) {
          at = source.indexOf(c, at);
          expect(at, `${q}: passage ${p.id} L${p.source.lineStart}-${p.source.lineEnd}`).toBeGreaterThanOrEqual(0);
          at += 1;
        }
      }
    }
  });
});

describe('screening a whole draft', () => {
  it('suggests the determinants of a construction plan and where they are mentioned', () => {
    const draft =
      '为加快城市轨道交通建设，制定本方案。施工单位应严格控制施工噪声，夜间禁止高噪声作业；落实扬尘防治措施，' +
      '渣土车辆密闭运输。施工期间保障行人和非机动车通行安全，防范交通事故，为老年人、残疾人设置无障碍通道。';
    const r = core.evidence.screen(draft);
    expect(r.relevant).toBe(true);
    expect(ids(r)).toEqual(expect.arrayContaining(['noise-vibration', 'road-traffic-safety']));
    const noise = r.determinants.find((d) => d.id === 'noise-vibration')!;
    expect(noise.mentions.length).toBeGreaterThan(0);
    for (const m of noise.mentions) expect(draft.slice(m.start, m.end)).toBe(m.term);
    expect(r.groups.map((g) => g.id)).toEqual(expect.arrayContaining(['older-people', 'disabled']));
    expect(r.passages.length).toBeGreaterThan(0);
  });

  it('finds no health pathway in a procedural fee notice', () => {
    const notice =
      '关于调整本市机动车停放服务收费标准的通知。各区人民政府，市政府各部门：为规范机动车停放服务收费行为，' +
      '经研究，决定调整本市机动车停放服务收费标准。一、收费标准按照价格主管部门核定的标准执行。二、本通知自印发之日起施行，' +
      '原收费标准同时废止。三、各收费单位应在显著位置公示收费标准，接受社会监督。';
    const r = core.evidence.screen(notice);
    expect(r.relevant).toBe(false);
    expect(r.determinants).toEqual([]);
  });

  it('does not mistake fireworks for tobacco or hotels for alcohol', () => {
    const r = core.evidence.screen('春节期间禁止燃放烟花爆竹。鼓励发展酒店、民宿等住宿业，提升酒店服务品质。');
    expect(ids(r)).not.toContain('tobacco');
    expect(ids(r)).not.toContain('alcohol');
  });
});

describe('evidence store', () => {
  const tempDir = useTempDir();

  it('adds and removes a document atomically, and refuses duplicates', async () => {
    const c = await createCore({ dbPath: path.join(tempDir(), 'hia.db'), host: 'web' });
    const before = c.evidence.store.passageCount();
    const doc = { id: 'imp-1', title: '测试文件', origin: 'import' as const, fileName: 'a.txt', format: 'txt', sourceText: '加强控烟宣传。\n', parser: 't' };
    const passage = { documentId: 'imp-1', headingPath: [], lineStart: 1, lineEnd: 1, text: '加强控烟宣传，减少二手烟暴露。', kind: 'paragraph' as const, ordinal: 0 };
    c.evidence.store.addDocument(doc, [passage]);
    expect(c.evidence.search('二手烟').passages.some((p) => p.source.document === 'imp-1')).toBe(true);
    expect(() => c.evidence.store.addDocument({ ...doc, id: 'imp-2' }, [passage])).toThrow(AppError);
    // A failing passage (invalid line range) rolls the whole document back.
    expect(() => c.evidence.store.addDocument({ ...doc, id: 'imp-3', sourceText: 'x' }, [{ ...passage, lineStart: 0 }])).toThrow();
    expect(c.evidence.store.listDocuments().map((d) => d.id)).not.toContain('imp-3');
    c.evidence.store.removeDocument('imp-1');
    expect(c.evidence.search('二手烟').passages.some((p) => p.source.document === 'imp-1')).toBe(false);
    expect(c.evidence.store.passageCount()).toBe(before);
    c.close();
  });
});
