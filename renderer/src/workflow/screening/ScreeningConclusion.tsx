import { Alert, Card, Flex, Input, Radio, Space, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningForm } from '../../../../shared/workflow/screening-form';
import { deriveImpactLevel } from '../../../../shared/workflow/screening-suggest';
import { IMPACT_LEVELS, type ImpactLevel } from '../../../../shared/workflow/stage-data';
import { chooseLevel, confirmedCount, type ScreeningValue } from './screening-state';

const LEVEL_COLORS: Record<ImpactLevel, string> = { minimal: '#389e0d', mild: '#d48806', major: '#cf1322' };

/**
 * 初筛结论: the level the confirmed answers give (rule shown), the person's choice of level and
 * whether a full assessment is needed, and the screening note.
 */
export function ScreeningConclusion({
  form,
  value,
  readOnly,
  onChange,
}: {
  form: ScreeningForm;
  value: ScreeningValue;
  readOnly: boolean;
  onChange: (next: ScreeningValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const total = form.questions.length;
  const pending = total - confirmedCount(form, value.answers);
  // Over the confirmed answers only: unconfirmed suggestions do not count.
  const derived = deriveImpactLevel(form, value.answers, (a) => a.answer);
  const critical = form.questions.filter((q) => q.critical).map((q) => q.number);
  const differs = pending === 0 && value.impactLevel !== null && value.impactLevel !== derived;

  return (
    <Card title={t('screening.conclusionTitle')} data-testid="screening-conclusion">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="derived-level">
            {t('screening.derived', { level: t(`screening.levels.${derived}`) })}
          </Typography.Text>
          {pending > 0 && <Typography.Text type="secondary">{t('screening.derivedPending', { count: pending })}</Typography.Text>}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('screening.derivedRule', { critical: critical.join(i18n.language === 'en' ? ', ' : '、') })}
          </Typography.Text>
        </div>
        <Flex gap="large" wrap>
          <Space orientation="vertical" size={4}>
            <Typography.Text id={`${id}-level`}>{t('screening.level')}</Typography.Text>
            <Radio.Group
              aria-labelledby={`${id}-level`}
              optionType="button"
              buttonStyle="solid"
              disabled={readOnly}
              value={value.impactLevel}
              onChange={(e) => onChange(chooseLevel(value, e.target.value as ImpactLevel))}
              options={IMPACT_LEVELS.map((l) => ({
                value: l,
                label: <span style={value.impactLevel === l ? undefined : { color: LEVEL_COLORS[l] }}>{t(`screening.levels.${l}`)}</span>,
              }))}
            />
          </Space>
          <Space orientation="vertical" size={4}>
            <Typography.Text id={`${id}-full`}>{t('screening.fullAssessment')}</Typography.Text>
            <Radio.Group
              aria-labelledby={`${id}-full`}
              optionType="button"
              buttonStyle="solid"
              disabled={readOnly}
              value={value.fullAssessment === null ? null : value.fullAssessment ? 'yes' : 'no'}
              onChange={(e) => onChange({ ...value, fullAssessment: e.target.value === 'yes' })}
              options={[
                { value: 'yes', label: t('screening.fullAssessmentYes') },
                { value: 'no', label: t('screening.fullAssessmentNo') },
              ]}
            />
          </Space>
        </Flex>
        {differs && <Alert type="warning" showIcon title={t('screening.levelDiffers', { level: t(`screening.levels.${derived}`) })} />}
        <div>
          <Typography.Text id={`${id}-note`}>{t('screening.note')}</Typography.Text>
          <Input.TextArea
            aria-labelledby={`${id}-note`}
            style={{ marginTop: 4 }}
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={5000}
            placeholder={t('screening.notePlaceholder')}
            value={value.note}
            disabled={readOnly}
            onChange={(e) => onChange({ ...value, note: e.target.value })}
          />
        </div>
      </Space>
    </Card>
  );
}
