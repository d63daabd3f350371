import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../../shared/workflow/scoring';

/** Dark text on light level colours (yellow, green), white on dark ones. */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b > 0.6 ? 'rgba(0,0,0,0.88)' : '#fff';
}

/** A risk level as a tag in the scheme's colour, optionally prefixed (e.g. a phase). */
export function RiskTag({ risk, prefix }: { risk: RiskLevel | null; prefix?: string }) {
  const { t, i18n } = useTranslation();
  if (!risk) return <Tag>{prefix ? `${prefix} · ${t('recommendations.riskUnrated')}` : t('recommendations.riskUnrated')}</Tag>;
  const label = i18n.language === 'en' ? risk.labelEn : risk.label;
  return (
    <Tag
      style={{ background: risk.color, borderColor: risk.color, color: textOn(risk.color), marginInlineEnd: 0 }}
      data-risk={risk.id}
    >
      {prefix ? t('recommendations.phaseRisk', { phase: prefix, risk: label }) : label}
    </Tag>
  );
}
