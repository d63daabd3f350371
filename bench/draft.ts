/**
 * A 20-page policy draft for the screening benchmark (~800 characters a page, ~16,000 in all).
 * It reads like the drafts officials screen: a city transport and construction plan in its own
 * words (the DRAFT_SENTENCES below, written for this benchmark), with sections borrowed from
 * the seed plans, as real drafts quote earlier plans. Broad drafts like this touch many
 * determinants, which is the expensive case for screening (one filtered search per determinant).
 */
import type { SeedPassage } from './corpus';

const DRAFT_SENTENCES = [
  '为加快构建安全、便捷、高效、绿色、经济的现代化综合交通运输体系，结合本市实际，制定本实施方案。',
  '到2027年，城市轨道交通运营里程达到600公里，中心城区公共交通机动化出行分担率达到65%以上。',
  '有序推进地铁四期建设规划线路施工，合理安排夜间施工作业时段，严格落实施工围挡、喷淋降尘和渣土车密闭运输措施。',
  '新建和改扩建城市道路同步建设非机动车道和人行道，完善过街设施和无障碍设施，打造连续安全的慢行网络。',
  '加强电动自行车登记管理和头盔佩戴宣传，开展电动自行车、电动三轮车交通违法行为专项整治。',
  '优化城市货运配送网络，限制重型货车在居住区和学校周边道路通行，降低交通噪声和尾气排放对周边居民的影响。',
  '推进老旧小区综合改造，同步实施加装电梯、适老化改造、雨污分流和充电设施建设。',
  '建设工程施工现场应当设置噪声和扬尘在线监测设备，数据接入城市管理平台，超标时自动预警。',
  '实施公交优先战略，新增和更新新能源公交车1500辆，公交站点500米覆盖率达到100%。',
  '加快推进城市绿道和口袋公园建设，新增绿道300公里，形成15分钟社区生活圈。',
  '完善停车设施规划布局，鼓励建设立体停车库，缓解老旧小区停车难问题。',
  '严格落实建筑施工安全生产责任，加强高处作业、深基坑和起重机械等危险性较大分部分项工程的安全监管。',
  '高温季节合理调整户外作业时间，落实防暑降温措施，保障一线建筑工人和环卫工人的健康权益。',
  '对项目周边居民开展环境影响和健康风险告知，畅通投诉渠道，及时回应群众关切。',
  '加强交通事故多发路段排查治理，完善学校、医院周边交通安全设施，降低道路交通事故死亡率。',
  '建立健全重大项目社会稳定风险评估和健康影响评价机制，将健康融入所有政策。',
];

const HEADINGS = [
  '一、总体要求', '二、主要目标', '三、重点任务', '（一）完善综合交通网络', '（二）推进绿色低碳出行',
  '（三）加强建设工程管理', '（四）提升城市宜居水平', '四、保障措施', '（一）加强组织领导', '（二）强化要素保障',
];

export const PAGE_CHARS = 800;

/** A deterministic draft of about `pages` × PAGE_CHARS characters. */
export function buildDraft(seeds: readonly SeedPassage[], pages = 20): string {
  const paragraphs = seeds.filter((s) => s.kind === 'paragraph').map((s) => s.text);
  const target = pages * PAGE_CHARS;
  const out: string[] = [];
  let length = 0;
  let i = 0;
  while (length < target) {
    if (i % 6 === 0) out.push(HEADINGS[(i / 6) % HEADINGS.length]!);
    // Two sentences of the draft's own text, then one borrowed paragraph, spread over the seeds.
    const own = DRAFT_SENTENCES[(2 * i) % DRAFT_SENTENCES.length]! + DRAFT_SENTENCES[(2 * i + 1) % DRAFT_SENTENCES.length]!;
    const borrowed = paragraphs.length > 0 ? paragraphs[(i * 37) % paragraphs.length]! : '';
    for (const p of [own, borrowed]) {
      out.push(p);
      length += p.length;
    }
    i++;
  }
  return out.join('\n');
}
