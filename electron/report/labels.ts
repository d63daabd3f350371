import type { Snapshot } from '../../shared/snapshot/snapshot';
import { conclusionZh } from '../../shared/i18n/sections/conclusion';
import { monitoringZh } from '../../shared/i18n/sections/monitoring';
import { scoringZh } from '../../shared/i18n/sections/scoring';
import { screeningZh } from '../../shared/i18n/sections/screening';
import { zhCN } from '../../shared/i18n/zh-CN';
import type { RiskLevel } from '../../shared/workflow/scoring';
import type { ScoreItem } from '../../shared/workflow/stage-data';

/**
 * Words the report prints, taken from the UI's Chinese strings where the UI has them, so the
 * report and the screens never name the same thing differently.
 */
export const L = {
  kind: zhCN.kind,
  direction: scoringZh.directions,
  phase: scoringZh.phase,
  answer: screeningZh.answer,
  impactLevel: screeningZh.levels,
  judgement: conclusionZh.judgement,
  progressStatus: monitoringZh.followUp.status,
  role: { leader: '专家组组长', member: '专家组成员' },
  signatureRole: { leader: '专家组组长', approver: '审核签发人' },
  recommendationKind: { mitigation: '减缓措施', enhancement: '增益措施' },
  reportTitle: '健康影响评价报告',
  draftBanner: '草稿 · 未签发',
  draftNotice: '本报告为草稿，尚未经专家组组长和审核签发人签署，不作为正式评价意见使用。',
  none: '—',
} as const;

/** Chinese numerals for section numbers (一、二、…) and sub-sections (（一）…). */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumber(n: number): string {
  if (n <= 10) return DIGITS[n]!;
  if (n < 20) return `十${DIGITS[n - 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

export function directionText(d: ScoreItem['direction']): string {
  return d ? L.direction[d] : '待评定';
}

/** “4 很可能”: the rating and its label in the scheme, or — when missing. */
export function ratingText(snapshot: Snapshot, scale: 'likelihood' | 'severity', value: number | null): string {
  if (value === null) return L.none;
  const label = snapshot.ratingScheme.scales[scale].levels[value - 1]?.label;
  return label ? `${value}\n${label}` : String(value);
}

export function riskText(level: RiskLevel | null): string {
  return level ? level.label : L.none;
}

/** A light tint of a risk colour for cell shading, so black text stays readable on it. */
export function tint(hex: string, amount = 0.55): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => mix(c).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** Priority scores print with at most two decimals (weights like 0.3 give 3.1, never 3.0999). */
export function scoreText(score: number | null): string {
  return score === null ? L.none : String(Math.round(score * 100) / 100);
}
