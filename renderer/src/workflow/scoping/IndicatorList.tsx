import { Button, Checkbox, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorOut } from '../../../../shared/evidence/evidence-contract';

const SHOWN = 3;

/** Indicators linked to one determinant; ticked ones are followed up (监测). */
export function IndicatorList({
  indicators,
  chosen,
  readOnly,
  onToggle,
}: {
  indicators: IndicatorOut[];
  chosen: string[];
  readOnly: boolean;
  onToggle: (indicatorId: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (indicators.length === 0) return <Typography.Text type="secondary">{t('scoping.noIndicators')}</Typography.Text>;
  // Chosen first, so what the person ticked stays visible when the list is cut; then goals still
  // ahead before reviews of past plans and reported values; then the latest target year.
  const isTarget = (i: IndicatorOut) => Number(i.kind === 'target');
  const sorted = [...indicators].sort(
    (a, b) =>
      Number(chosen.includes(b.id)) - Number(chosen.includes(a.id)) ||
      isTarget(b) - isTarget(a) ||
      (b.targetYear ?? '').localeCompare(a.targetYear ?? ''),
  );
  const shown = all ? sorted : sorted.slice(0, Math.max(SHOWN, chosen.length));
  const valueYear = (value: string | null, year: string | null, unit: string | null) => {
    if (value === null) return t('scoping.notGiven');
    // A bare number takes its unit (91.3 → 91.3%); worded values already read as a phrase.
    const v = unit && /\d/.test(value) && /^[\d.\s≥≤<>＜＞~～-]+$/.test(value) ? `${value}${unit}` : value;
    return year ? t('scoping.valueYear', { value: v, year }) : v;
  };
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      {shown.map((i) => (
        <div key={i.id} data-testid="indicator" style={{ borderBottom: '1px dashed #f0f0f0', paddingBottom: 6 }}>
          <Checkbox
            checked={chosen.includes(i.id)}
            disabled={readOnly}
            aria-label={t('scoping.follow', { name: i.name })}
            onChange={(e) => onToggle(i.id, e.target.checked)}
          >
            <Typography.Text>{i.name}</Typography.Text>
            {(i.kind === 'review' || i.kind === 'status') && (
              <Tooltip title={t(`scoping.indicatorKindHint.${i.kind}`)}>
                <Tag style={{ marginInlineStart: 8 }}>{t(`scoping.indicatorKind.${i.kind}`)}</Tag>
              </Tooltip>
            )}
          </Checkbox>
          <div style={{ paddingInlineStart: 24, fontSize: 12, lineHeight: 1.6 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('scoping.baseline', { value: valueYear(i.baseline, i.baselineYear, i.unit) })}
              <span style={{ marginInlineStart: 12 }}>{t('scoping.target', { value: valueYear(i.target, i.targetYear, i.unit) })}</span>
            </Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }} title={i.quote}>
              {t('scoping.indicatorSource', { document: i.documentTitle, start: i.lineStart, end: i.lineEnd })}
            </Typography.Text>
          </div>
        </div>
      ))}
      {sorted.length > shown.length && (
        <Button size="small" type="link" onClick={() => setAll(true)} style={{ paddingInline: 0 }}>
          {t('scoping.showAll', { count: sorted.length })}
        </Button>
      )}
    </Space>
  );
}
