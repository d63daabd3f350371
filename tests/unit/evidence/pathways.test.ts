import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, SeedDataError, loadSeedData } from '../../../electron/evidence/seed-data';
import { foldForMatch } from '../../../shared/evidence/fold';
import { formatSeedIssue, validateSeedData, type SeedData } from '../../../shared/evidence/manifest';
import { PathwaysSchema, validatePathways, type Pathway, type Pathways } from '../../../shared/evidence/pathways';
import { allDeterminants, termKey } from '../../../shared/evidence/taxonomy';

let seeds: SeedData;
beforeAll(async () => {
  seeds = await loadSeedData();
});

const clone = <T>(v: T): T => structuredClone(v);
const messages = (p: Pathways) => validatePathways(p, seeds.taxonomy).map(formatSeedIssue);
const pathway = (p: Pathways, id: string): Pathway => {
  const found = p.pathways.find((x) => x.id === id);
  if (found === undefined) throw new Error(`pathway ${id} missing`);
  return found;
};

/**
 * The pathways a text describes, with the same rules as the determinant matcher: case and width
 * folded substring matching, and a trigger inside one of the same pathway's exclude phrases does
 * not count. Kept here so the data is tested independently of the screening code.
 */
function activities(data: Pathways, text: string): string[] {
  const folded = foldForMatch(text);
  const spans = (phrase: string) => {
    const f = foldForMatch(phrase);
    const out: [number, number][] = [];
    for (let i = folded.indexOf(f); i !== -1; i = folded.indexOf(f, i + 1)) out.push([i, i + f.length]);
    return out;
  };
  return data.pathways
    .filter((p) => {
      const excluded = p.exclude.flatMap(spans);
      return p.triggers.some((t) => spans(t).some(([s, e]) => !excluded.some(([xs, xe]) => xs <= s && e <= xe)));
    })
    .map((p) => p.id);
}

describe('seeds/pathways.json', () => {
  it('loads with the other seed files and passes every check', () => {
    expect(messages(seeds.pathways)).toEqual([]);
    expect(validateSeedData(seeds).map(formatSeedIssue)).toEqual([]);
    expect(seeds.pathways.pathways.length).toBeGreaterThanOrEqual(45);
    expect(seeds.pathways.pathways.length).toBeLessThanOrEqual(70);
  });

  it('is curated within the agreed bounds', () => {
    const outcomeOnly = new Set(allDeterminants(seeds.taxonomy).filter((d) => d.outcomeOnly).map((d) => d.id));
    const problems: string[] = [];
    for (const p of seeds.pathways.pathways) {
      if (p.triggers.length < 6 || p.triggers.length > 20) problems.push(`${p.id}: ${p.triggers.length} triggers`);
      if (p.determinants.length < 2 || p.determinants.length > 7) problems.push(`${p.id}: ${p.determinants.length} determinants`);
      for (const d of p.determinants) {
        if (d.weight < 0.3 || d.weight > 1) problems.push(`${p.id} → ${d.id}: weight ${d.weight}`);
        // Pathways name upstream exposures; outcome-side determinants (慢性病, 期望寿命) are not pathways.
        if (outcomeOnly.has(d.id)) problems.push(`${p.id} → ${d.id}: outcome-only determinant`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never uses a generic, outcome or procedural word as a trigger', () => {
    const damped = new Set(
      [...seeds.taxonomy.genericTerms, ...seeds.taxonomy.outcomeTerms, ...seeds.taxonomy.governanceTerms].map(termKey),
    );
    const hits = seeds.pathways.pathways.flatMap((p) => p.triggers.filter((t) => damped.has(termKey(t))).map((t) => `${p.id}: ${t}`));
    expect(hits).toEqual([]);
    // the genericTerms list itself, explicitly
    for (const g of seeds.taxonomy.genericTerms) {
      for (const p of seeds.pathways.pathways) expect(p.triggers.map(termKey), p.id).not.toContain(termKey(g));
    }
  });

  it('lists each trigger once per pathway and never a trigger inside another one', () => {
    // A nested trigger (施工 and 夜间施工) would count one occurrence twice.
    const problems: string[] = [];
    for (const p of seeds.pathways.pathways) {
      const keys = p.triggers.map(termKey);
      if (new Set(keys).size !== keys.length) problems.push(`${p.id}: duplicate trigger`);
      for (const a of keys) for (const b of keys) if (a !== b && a.includes(b)) problems.push(`${p.id}: "${b}" inside "${a}"`);
    }
    expect(problems).toEqual([]);
  });

  it('infers the exposures of activity-only drafts', () => {
    const metro = '地铁3号线采用盾构施工，车站明挖，夜间连续作业，施工围挡设置喷淋。';
    expect(activities(seeds.pathways, metro)).toEqual(expect.arrayContaining(['construction-works', 'night-works', 'metro-rail']));
    const links = (id: string) => pathway(seeds.pathways, id).determinants.map((d) => d.id);
    expect(links('construction-works')).toEqual(expect.arrayContaining(['noise-vibration', 'air-quality']));
    expect(links('night-works')).toContain('sleep');

    expect(activities(seeds.pathways, '新建生活垃圾焚烧发电项目，烟气经处理后达标排放。')).toContain('waste-incineration');
    expect(links('waste-incineration')).toEqual(expect.arrayContaining(['air-quality', 'hazardous-chemicals']));

    expect(activities(seeds.pathways, '规范夜间经营摊位，打造特色街区。')).toContain('street-food-catering');
    expect(links('street-food-catering')).toEqual(expect.arrayContaining(['odour', 'solid-waste', 'noise-vibration']));

    expect(links('demolition-resettlement')).toEqual(expect.arrayContaining(['social-cohesion', 'psychosocial-stress', 'housing']));
    expect(links('platform-delivery-riders')).toEqual(
      expect.arrayContaining(['occupational-health', 'heat-climate', 'social-security', 'road-traffic-safety']),
    );
  });

  it.each([
    ['construction-works', '组织实施工作方案，落实各项措施工作。'],
    ['waste-incineration', '严禁秸秆焚烧和露天焚烧。'],
    ['elderly-care-services', '酒店提供自助餐。'],
    ['canteens-group-meals', '为游客提供餐饮服务。'],
    ['fertility-support', '严厉打击生产假冒伪劣产品。'],
    ['greening-parks', '建设科技办公园区。'],
    ['flood-drainage', '建立消防台账。'],
    ['logistics-freight', '建设健康数据仓库。'],
    ['mass-gatherings', '推动高质量发展会议精神落地。'],
    ['water-supply', '为企业提供水电气报装服务。'],
    ['childcare-nurseries', '加强教育儿童青少年养成良好习惯。'],
  ])('an exclude phrase keeps %s out of "%s"', (id, text) => {
    expect(activities(seeds.pathways, text)).not.toContain(id);
  });
});

describe('broken pathways are rejected with a message naming the path', () => {
  it('reports an unknown determinant', () => {
    const broken = clone(seeds.pathways);
    broken.pathways[3]!.determinants[1]!.id = 'no-such-determinant';
    expect(messages(broken)).toContainEqual(
      'pathways.json at pathways.3.determinants.1.id: unknown determinant "no-such-determinant"',
    );
  });

  it('reports a duplicate pathway id and a determinant listed twice', () => {
    const broken = clone(seeds.pathways);
    broken.pathways[5]!.id = broken.pathways[0]!.id;
    const dets = broken.pathways[2]!.determinants;
    dets.push({ ...dets[0]! });
    const got = messages(broken);
    expect(got).toContainEqual(`pathways.json at pathways.5.id: duplicate pathway id "${broken.pathways[0]!.id}"`);
    expect(got).toContainEqual(`pathways.json at pathways.2.determinants.${dets.length - 1}.id: "${dets[0]!.id}" is listed twice`);
  });

  it('reports an exclude phrase that contains no trigger', () => {
    const broken = clone(seeds.pathways);
    const p = broken.pathways[1]!;
    p.exclude.push('完全无关的短语');
    expect(messages(broken)).toContainEqual(
      `pathways.json at pathways.1.exclude.${p.exclude.length - 1}: exclude "完全无关的短语" contains no trigger`,
    );
  });

  it('fails the whole seed set through validateSeedData', () => {
    const broken = clone(seeds);
    broken.pathways.pathways[0]!.determinants[0]!.id = 'space-weather';
    expect(validateSeedData(broken).map(formatSeedIssue)).toContainEqual(
      'pathways.json at pathways.0.determinants.0.id: unknown determinant "space-weather"',
    );
  });

  it('rejects one-character triggers and out-of-range weights in the schema', () => {
    const broken = clone(seeds.pathways);
    broken.pathways[0]!.triggers.push('烟');
    broken.pathways[0]!.determinants[0]!.weight = 1.5;
    const result = PathwaysSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = (result.error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toContain(`pathways.0.triggers.${broken.pathways[0]!.triggers.length - 1}`);
    expect(paths).toContain('pathways.0.determinants.0.weight');
  });

  describe('through the loader', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'hia-pathways-'));
      await cp(DEFAULT_SEEDS_DIR, dir, { recursive: true });
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    const file = () => path.join(dir, 'pathways.json');

    it('names pathways.json and the JSON path of a cross-reference error', async () => {
      const broken = JSON.parse(await readFile(file(), 'utf8')) as Pathways;
      broken.pathways[4]!.determinants[0]!.id = 'unknown-thing';
      await writeFile(file(), JSON.stringify(broken));
      const err = await loadSeedData(dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SeedDataError);
      expect((err as SeedDataError).file).toBe(file());
      expect((err as Error).message).toMatch(/pathways\.json at pathways\.4\.determinants\.0\.id: unknown determinant "unknown-thing"/);
    });

    it('names pathways.json and the zod path of a schema error, and a missing file', async () => {
      const broken = clone(seeds.pathways);
      broken.pathways[2]!.triggers[0] = '烟';
      await writeFile(file(), JSON.stringify(broken));
      await expect(loadSeedData(dir)).rejects.toThrow(/pathways\.json[\s\S]*pathways\.2\.triggers\.0: terms must have at least 2 characters/);
      await rm(file());
      await expect(loadSeedData(dir)).rejects.toThrow(/pathways\.json[\s\S]*cannot read file/);
    });
  });
});
