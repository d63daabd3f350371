/**
 * Queries as officials type them into the evidence search box: one to three words, colloquial
 * as often as official (雾霾 rather than 细颗粒物), sometimes with an IME slip (养老服物, 心里健康).
 * Every query has at least two Han characters per word: a lone character takes the engine's
 * LIKE-scan path, which the UI debounces (see reference/search-perf.md §9), so it is not part
 * of the typed-query latency being measured here.
 */
export const QUERIES: readonly string[] = [
  // environment
  '雾霾',
  'PM2.5',
  '施工噪声',
  '噪音 扰民',
  '地铁施工 噪声',
  '扬尘',
  '饮用水 水质',
  '自来水',
  '垃圾分类',
  '垃圾焚烧厂',
  '污水处理',
  '土壤污染',
  '高温 中暑',
  '绿地 公园',
  '病媒生物 蚊子',
  '公共厕所',
  // transport and built environment
  '电动自行车 交通安全',
  '电动车',
  '慢行交通 步行',
  '老旧小区改造',
  '无障碍 适老化',
  '渣土车',
  // lifestyle
  '抽烟 控烟',
  '二手烟',
  '饮酒',
  '减盐 膳食',
  '学校食堂 食品安全',
  '全民健身 体育设施',
  '近视 儿童',
  '肥胖',
  '口腔健康',
  '健康素养',
  // groups and services
  '老年人 跌倒',
  '养老服务',
  '养老服物',
  '托育 婴幼儿',
  '孕产妇',
  '残疾人 康复',
  '家庭医生 签约',
  '院前急救',
  '医疗资源',
  '中医药',
  // mental health and disease
  '心理健康',
  '心里健康',
  '抑郁',
  '传染病 疫苗',
  '慢性病 高血压',
  '职业病 尘肺',
  '突发公共卫生事件 应急',
  '食品安全 监管',
];
