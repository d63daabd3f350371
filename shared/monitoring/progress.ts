/**
 * Progress of a monitoring indicator toward its target, from the values as the sources print
 * them. Pure: no Node or DOM APIs (the core, the report and the tests share it).
 *
 * Reading a value (parseQuantity):
 * 1. Normalise: full-width to half-width (foldForMatch), quotes dropped, spaces around a decimal
 *    point closed ("91. 3" → 91.3, a PDF-extraction artefact), thousands commas dropped, then
 *    all whitespace removed ("≤ 6.5" → "≤6.5"); "-", "—", "/" alone mean no value.
 * 2. Parenthesised notes are dropped: "90（预计）", "27(2016-2020年)", "100（C级以上）".
 * 3. Negated comparisons become symbols first, so they are not read as their opposite:
 *    不低于/不少于/不小于 → ≥; 不高于/不超过/不多于/不大于 → ≤; 零增加/零增长/不增加/不增长 → ≤.
 * 4. A change verb followed by a number is a relative change ("降低5%", "在现有基础上提高30%",
 *    "年增长21.1%", "逐年下降1%以上"): its direction is the verb's and it has no absolute
 *    value (the number is a change, not a level).
 * 5. Otherwise the direction comes from words: increase for ≥ > 以上 高于 多于 超过 突破 至少
 *    提高 提升 增长 增加 上升 增强 扩大; decrease for ≤ < 以下 以内 低于 少于 下降 降低 减少 减小 减缓
 *    控制在 消除. Words of both kinds ("上升趋势减缓") give no direction.
 * 6. The text is a number only when it is one number with nothing but an optional qualifier
 *    before it (保持在, 维持在, 稳定在, 控制在, 达到, 接近, 约, 突破, 至少, 高于, 低于…, or a
 *    comparison symbol), and an optional unit (%, ‰, the indicator's own unit, or a common unit
 *    such as 岁 名 个 人 分钟) and 以上/以下/以内/左右 after it: "≥90%", "90%以上", ">80",
 *    "<5‰", "80.5岁", "6名". Ranges ("1-2"), several numbers ("主城区4 农村2"), ratios ("1：1"),
 *    ranks ("前20强") and phrases ("15分钟服务圈") are not numbers. Symbols < > and the words
 *    高于/低于/少于/多于/超过/突破 are strict; 以上/以下/≥/≤ include the value itself.
 *
 * Progress (computeProgress), with the observations ordered by date:
 * - the starting point is the numeric baseline, except for a review indicator (kind 'review',
 *   a 13th-FYP row): its baseline is the value achieved against a past goal, not where the
 *   follow-up starts, so it gives no direction, fraction or reference (it is still reported).
 * - direction: the target's (words or symbols, rules 4–5); else numeric target vs numeric
 *   starting point (higher target → increase, lower → decrease); else, when the target is a
 *   number without words (40, 83.88, 保持100, 1597左右) and there is no starting point to
 *   compare it with (none, not a number, a review's, or equal to the target), the indicator's
 *   name: decrease when it names a bad thing (死亡率, 发病率, 吸烟率… see DECREASE_NAME_WORDS),
 *   increase otherwise (a bare number in these plans is a level to reach: 覆盖率, 普及率, 水平,
 *   期望寿命, 数量…); else none. Without a name (older callers), no name rule.
 * - kind: no-data without observations; numeric when the target and the latest value are both
 *   numbers; qualitative otherwise.
 * - fraction = (latest − start) / (target − start) when all three are numbers and the
 *   target differs from the start; not clamped (over 1 = beyond target, below 0 = worse).
 *   None when the start already meets the target (婴儿死亡率 1.79 against 5以下, 98.1 against
 *   ≥96): moving from there toward the target is getting worse, so there is no progress to
 *   measure; the status alone tells whether the latest value still meets the target (achieved)
 *   or no longer does (not-improving).
 * - status:
 *   no-data        no observations;
 *   not-comparable the latest value is not a number, or nothing to compare it with (see below);
 *   achieved       a numeric target is met in its direction (latest ≥ target for increase,
 *                  ≤ for decrease, strict for < and >), or equals a target without direction;
 *   improving      moved from the reference toward the target: above it for increase, below it
 *                  for decrease (this is how directional targets such as 持续下降 are followed),
 *                  closer to a numeric target without direction;
 *   not-improving  otherwise.
 *   The reference is the numeric starting point, else the earliest numeric observation before
 *   the latest one (a target such as 有所降低 against 2020—2022年平均水平). Without a reference,
 *   a direction, or a numeric target, the status is not-comparable.
 */
import { foldForMatch } from '../evidence/fold';
import type { IndicatorKind } from '../evidence/indicator';
import type { Progress } from './monitoring-contract';

export type Direction = 'increase' | 'decrease';

export interface Quantity {
  /** The number the text states, or null when it states none (or only a relative change). */
  value: number | null;
  direction: Direction | null;
  /** The target excludes the value itself (<, >, 低于, 高于…). */
  strict: boolean;
  /** A change from the baseline (降低5%), not a level. */
  relative: boolean;
}

const EPSILON = 1e-9;

const NONE: Quantity = { value: null, direction: null, strict: false, relative: false };

const NEGATED: [RegExp, string][] = [
  [/不低于|不少于|不小于/g, '≥'],
  [/不高于|不超过|不多于|不大于/g, '≤'],
  [/零增加|零增长|不增加|不增长/g, '≤'],
];

const INCREASE_VERBS = ['提高', '提升', '增长', '增加', '上升'];
const DECREASE_VERBS = ['降低', '下降', '减少', '减小'];
// “提高到 90” states a level, not a change: 到/至 may not come between the verb and the number.
const RELATIVE = new RegExp(`(${[...INCREASE_VERBS, ...DECREASE_VERBS].join('|')})[^\\d到至-]{0,2}-?\\d`);

const INCREASE_WORDS = /[≥>]|以上|高于|多于|超过|突破|至少|提高|提升|增长|增加|上升|增强|扩大/;
const DECREASE_WORDS = /[≤<]|以下|以内|低于|少于|下降|降低|减少|减小|减缓|控制在|消除/;

const PREFIX = '(?:保持在|保持|维持在|维持|稳定在|稳定|控制在|(?:提高|提升|增加|增长|上升|降低|下降|减少|减小|降|升)(?:到|至)|达到|达|接近|约|突破|至少|高于|低于|少于|多于|超过|在|为)';
const SUFFIX = '(?:及以上|及以下|或以上|或以下|以上|以下|以内|左右|上下)';
const STRICT = /^[^\d]*(?:[<>]|高于|低于|少于|多于|超过|突破)/;
/** Units common in the seeds and in values people type; the indicator's own unit is added. */
const COMMON_UNITS = ['%', '‰', '‱', '岁', '名', '个', '人', '家', '张', '床', '所', '项', '场', '次', '天', '小时', '分钟', '元', '万元', '亿元', '万人', '平方米', 'm2', 'm²'];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Folded, without quotes, notes in brackets, thousands commas and whitespace. */
function normalise(text: string): string {
  let t = foldForMatch(text)
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/(\d)\s*\.\s*(\d)/g, '$1.$2')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  // Innermost first, so nested notes go too.
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(/\([^()]*\)/g, '');
  }
  t = t.replace(/\s+/g, '');
  for (const [re, symbol] of NEGATED) t = t.replace(re, symbol);
  return t;
}

function unitPattern(unit: string | null | undefined): string {
  const own = unit ? normalise(unit) : '';
  // “12.5/10万” for the unit 1/10万: people write the rate without its leading 1.
  const owns = own.startsWith('1/') ? [own, own.slice(1)] : [own];
  const units = [...new Set([...owns, ...COMMON_UNITS].filter((u) => /[^\s\-—–/]/.test(u)))].sort((a, b) => b.length - a.length);
  return `(?:${units.map(escapeRe).join('|')})`;
}

/** One pattern per unit, built once: views and reports parse many values of few units. */
const patterns = new Map<string, RegExp>();
function numberPattern(unit: string | null | undefined): RegExp {
  const key = unit ?? '';
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(`^${PREFIX}*[≥≤<>=]?${PREFIX}*(-?\\d+(?:\\.\\d+)?)(?![\\d.])${unitPattern(unit)}?${SUFFIX}?$`);
    patterns.set(key, re);
  }
  return re;
}

function wordDirection(t: string): Direction | null {
  const up = INCREASE_WORDS.test(t);
  const down = DECREASE_WORDS.test(t);
  return up === down ? null : up ? 'increase' : 'decrease';
}

/** Reads a baseline, target or recorded value (rules 1–6 above). Never throws. */
export function parseQuantity(text: string | null | undefined, unit?: string | null): Quantity {
  if (text === null || text === undefined) return NONE;
  const t = normalise(text);
  if (t === '' || /^[-—–/]+$/.test(t)) return NONE;
  const relative = RELATIVE.exec(t);
  if (relative) {
    return { value: null, direction: INCREASE_VERBS.includes(relative[1]!) ? 'increase' : 'decrease', strict: false, relative: true };
  }
  const direction = wordDirection(t);
  const number = numberPattern(unit).exec(t);
  const value = number ? Number(number[1]) : null;
  return { value: value !== null && Number.isFinite(value) ? value : null, direction, strict: value !== null && STRICT.test(t), relative: false };
}

/**
 * Words in an indicator's name that say it counts a bad thing, so that a bare numeric target
 * (no ≥/≤ words, nothing to compare it with) is a ceiling: rates of death, disease, infection
 * and unemployment, pollutant concentrations, unhealthy weight and habits, accidents and
 * injuries, what people pay out of pocket, and minutes to reach a service (…服务圈, 反应时间).
 * Regular-expression fragments matched anywhere in the name ('圈$': only at its end, so
 * “20分钟服务圈”行政村覆盖率 is a coverage). Every other name reads as a level to reach.
 * Not here on purpose: 密度 (四害密度控制水平达C级以上街道比例 is a share to raise), 风险
 * (食品安全风险监测样本量 is a volume of work), 感染 alone (…HIV感染者…接受治疗比例).
 */
export const DECREASE_NAME_WORDS: readonly string[] = [
  '死亡率', '病死率', '死亡人数', '发病率', '患病率', '现患率', '感染率', '传播率', '失业率',
  '浓度', '肥胖', '超重', '低体重', '消瘦', '贫血', '龋', '吸烟率', '饮酒率', '近视率',
  '事故', '伤害', '发生率', '缺陷', '负担', '自付', '个人卫生支出', '药占比', '反应时间', '圈$',
];
const DECREASE_NAME = new RegExp(DECREASE_NAME_WORDS.join('|'));
/** A name that counts the fall itself (近视率降低（五年累计）, 下降幅度): a larger fall is better. */
const FALL_NAME = /降低|下降|减少|降幅/;

/** The direction a name implies for a bare numeric target (see DECREASE_NAME_WORDS). */
export function nameDirection(name: string): Direction {
  const n = foldForMatch(name).replace(/\s+/g, '');
  return DECREASE_NAME.test(n) && !FALL_NAME.test(n) ? 'decrease' : 'increase';
}

/**
 * The target's direction, else the numeric target against the numeric baseline, else (a
 * numeric target without words and no different numeric baseline) the name's, when given.
 */
export function inferDirection(baseline: Quantity, target: Quantity, name?: string | null): Direction | null {
  if (target.direction) return target.direction;
  if (target.value === null) return null;
  if (baseline.value !== null && Math.abs(target.value - baseline.value) > EPSILON) return target.value > baseline.value ? 'increase' : 'decrease';
  return name ? nameDirection(name) : null;
}

function meets(value: number, target: Quantity, direction: Direction | null): boolean {
  const t = target.value!;
  if (direction === null) return Math.abs(value - t) < EPSILON;
  if (direction === 'increase') return target.strict ? value > t + EPSILON : value >= t - EPSILON;
  return target.strict ? value < t - EPSILON : value <= t + EPSILON;
}

export interface ProgressIndicator {
  baseline: string | null;
  target: string | null;
  unit: string | null;
  /** The seed's kind where known: a review's baseline is no starting point. */
  kind?: IndicatorKind | null;
  /** The indicator's name where known: the direction of a bare numeric target (see inferDirection). */
  name?: string | null;
}

export interface ProgressObservation {
  observedOn: string;
  value: string;
  /** Breaks ties between values of the same date: the later record counts as the latest. */
  recordedAt?: string;
}

/** Oldest first; the last one is the latest. */
export function byDate<O extends ProgressObservation>(observations: readonly O[]): O[] {
  return [...observations].sort((a, b) => a.observedOn.localeCompare(b.observedOn) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? ''));
}

/** Progress toward the target after the given observations (any order). See the rules above. */
export function computeProgress(indicator: ProgressIndicator, observations: readonly ProgressObservation[]): Progress {
  const baseline = parseQuantity(indicator.baseline, indicator.unit);
  const start = indicator.kind === 'review' ? NONE : baseline;
  const target = parseQuantity(indicator.target, indicator.unit);
  const direction = inferDirection(start, target, indicator.name);
  const ordered = byDate(observations);
  const latest = ordered.at(-1);
  const none = { direction, baselineValue: baseline.value, targetValue: target.value, fraction: null };
  if (!latest) return { ...none, kind: 'no-data', latestValue: null, latestOn: null, status: 'no-data' };

  const values = ordered.map((o) => parseQuantity(o.value, indicator.unit).value);
  const value = values.at(-1)!;
  const kind = value !== null && target.value !== null ? 'numeric' : 'qualitative';
  // No fraction when the start already meets the target: moving toward the target is getting worse.
  const fraction =
    value !== null && start.value !== null && target.value !== null && Math.abs(target.value - start.value) > EPSILON && !meets(start.value, target, direction)
      ? (value - start.value) / (target.value - start.value)
      : null;
  const result = { ...none, kind, latestValue: value, latestOn: latest.observedOn, fraction } as const;
  if (value === null) return { ...result, status: 'not-comparable' };
  if (target.value !== null && meets(value, target, direction)) return { ...result, status: 'achieved' };

  const reference = start.value ?? values.slice(0, -1).find((v): v is number => v !== null) ?? null;
  if (reference === null) return { ...result, status: 'not-comparable' };
  if (direction !== null) {
    const moved = direction === 'increase' ? value > reference + EPSILON : value < reference - EPSILON;
    return { ...result, status: moved ? 'improving' : 'not-improving' };
  }
  if (target.value !== null) {
    const closer = Math.abs(value - target.value) < Math.abs(reference - target.value) - EPSILON;
    return { ...result, status: closer ? 'improving' : 'not-improving' };
  }
  return { ...result, status: 'not-comparable' };
}

/** Each observation with the status progress had once it was recorded (oldest first), as the report lists them. */
export function progressHistory<O extends ProgressObservation>(indicator: ProgressIndicator, observations: readonly O[]): (O & { status: Progress['status'] })[] {
  const ordered = byDate(observations);
  return ordered.map((o, k) => ({ ...o, status: computeProgress(indicator, ordered.slice(0, k + 1)).status }));
}
