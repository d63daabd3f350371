import { Alert, Button, Card, Flex, Input, Popconfirm, Radio, Space, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveConclusion, rankInScope, summariseImpacts } from '../../../../shared/workflow/recommend';
import { JUDGEMENTS, type Judgement } from '../../../../shared/workflow/stage-data';
import { SignOffPanel } from '../../signoff/SignOffPanel';
import { MonitoringCard } from '../../monitoring/MonitoringCard';
import { ConclusionSummary } from '../recommendations/ConclusionSummary';
import { useDeterminantNames } from '../recommendations/useNames';
import type { StageProps } from '../stage-props';

const ALERT_TYPE: Record<Judgement, 'success' | 'warning' | 'error'> = {
  'issue-as-drafted': 'success',
  'revise-then-issue': 'warning',
  'postpone-or-major-revision': 'error',
};

/**
 * 结论: the judgement the ratings suggest (with its reasons), a summary of the impacts, and the
 * assessors' own judgement and reasons, which may differ from the suggestion.
 */
export function ConclusionStage({ view, reference, data, onChange, readOnly }: StageProps<'conclusion'>) {
  const { t } = useTranslation();
  const { nameOf, nameZh, ready } = useDeterminantNames();
  const scheme = reference.ratingScheme;
  const { scoring, scoping, recommendations } = view.data;
  const kind = view.assessment.kind;

  const ranked = useMemo(() => rankInScope(scheme, scoring, scoping, kind).ranked, [scheme, scoring, scoping, kind]);
  // Reasons are report text: Chinese determinant names whatever the UI language.
  const suggestion = useMemo(() => deriveConclusion(ranked, scheme, nameZh), [ranked, scheme, nameZh]);
  const summary = useMemo(() => summariseImpacts(ranked, scheme), [ranked, scheme]);
  const recCount = {
    mitigation: recommendations.items.filter((i) => i.kind === 'mitigation').length,
    enhancement: recommendations.items.filter((i) => i.kind === 'enhancement').length,
  };

  const applySuggested = () => onChange({ ...data, reasons: suggestion.reasons });
  // Until determinant names arrive the suggested reasons would name ids (noise-vibration), and
  // 采用系统理由 could save them into the report text: show the stage only once names are ready.
  if (!ready) return <Spin />;
  const needsConfirm = data.reasons.trim() !== '' && data.reasons !== suggestion.reasons;
  const suggestedLabel = t(`conclusion.judgement.${suggestion.judgement}`);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('conclusion.intro')}
      </Typography.Paragraph>

      <Alert
        type={ALERT_TYPE[suggestion.judgement]}
        showIcon
        data-testid="conclusion-suggestion"
        title={<strong>{t('conclusion.suggestion', { judgement: suggestedLabel })}</strong>}
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{suggestion.reasons}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {summary.total === 0 ? t('conclusion.noScores') : t('conclusion.rule')}
            </Typography.Text>
          </>
        }
      />

      <ConclusionSummary summary={summary} scheme={scheme} nameOf={nameOf} recommendations={recCount} />

      <Card size="small" title={t('conclusion.choiceTitle')}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Radio.Group
            aria-label={t('conclusion.choiceLabel')}
            value={data.judgement}
            disabled={readOnly}
            onChange={(e) => onChange({ ...data, judgement: e.target.value as Judgement })}
          >
            <Space orientation="vertical">
              {JUDGEMENTS.map((j) => (
                <Radio key={j} value={j}>
                  {t(`conclusion.judgement.${j}`)}
                  {j === suggestion.judgement && (
                    <Tag color="blue" style={{ marginInlineStart: 8 }}>
                      {t('conclusion.suggestedMark')}
                    </Tag>
                  )}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          {data.judgement && data.judgement !== suggestion.judgement && (
            <Alert type="info" showIcon title={t('conclusion.differs')} />
          )}
          <div>
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <Typography.Text strong>
                <label htmlFor="conclusion-reasons">{t('conclusion.reasonsLabel')}</label>
              </Typography.Text>
              {needsConfirm ? (
                <Popconfirm
                  title={t('conclusion.replaceConfirm')}
                  okText={t('conclusion.replaceOk')}
                  cancelText={t('conclusion.cancel')}
                  onConfirm={applySuggested}
                  disabled={readOnly || !ready}
                >
                  <Button disabled={readOnly || !ready}>{t('conclusion.useSuggested')}</Button>
                </Popconfirm>
              ) : (
                <Button disabled={readOnly || !ready} onClick={applySuggested}>
                  {t('conclusion.useSuggested')}
                </Button>
              )}
            </Flex>
            <Input.TextArea
              id="conclusion-reasons"
              value={data.reasons}
              onChange={(e) => onChange({ ...data, reasons: e.target.value })}
              autoSize={{ minRows: 4, maxRows: 16 }}
              maxLength={10000}
              disabled={readOnly}
              placeholder={t('conclusion.reasonsPlaceholder')}
              aria-label={t('conclusion.reasonsLabel')}
            />
          </div>
        </Space>
      </Card>

      <SignOffPanel view={view} />
      <MonitoringCard assessmentId={view.assessment.id} revision={`${view.assessment.version}|${view.assessment.status}`} />
    </Space>
  );
}
