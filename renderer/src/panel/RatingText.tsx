import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../shared/workflow/stage-data';

const COLORS: Record<Direction, string> = { negative: 'volcano', uncertain: 'gold', positive: 'blue', none: 'default' };

const num = (x: number | null) => (x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(1));

/** One rating as “方向 可能性×严重程度”, e.g. 负面 3×4. */
export function RatingText({
  direction,
  likelihood,
  severity,
  suffix,
}: {
  direction: string | null;
  likelihood: number | null;
  severity: number | null;
  suffix?: string;
}) {
  const { t } = useTranslation();
  if (!direction) return <Typography.Text type="secondary">{t('panel.aggregation.noRating')}</Typography.Text>;
  const d = direction as Direction;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={COLORS[d]} style={{ marginInlineEnd: 4 }}>
        {t(`scoring.directions.${d}`)}
      </Tag>
      {d !== 'none' && (
        <Typography.Text data-testid="rating-numbers">
          {num(likelihood)}×{num(severity)}
        </Typography.Text>
      )}
      {suffix && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
          {suffix}
        </Typography.Text>
      )}
    </span>
  );
}
