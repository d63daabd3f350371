import { Alert, Empty, Flex, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rankInScope, suggestRecommendations } from '../../../../shared/workflow/recommend';
import { DeterminantPanel } from '../recommendations/DeterminantPanel';
import { OtherItems } from '../recommendations/OtherItems';
import { useDeterminantNames, useDocumentTitles } from '../recommendations/useNames';
import type { StageProps } from '../stage-props';

/**
 * 建议: for every negative or uncertain impact (in priority order) the recommendations made and
 * the fitting library entries, then enhancement for the positive impacts. Every edit hands the
 * whole stage value to onChange (autosave).
 */
export function RecommendationsStage({ view, reference, data, onChange, readOnly }: StageProps<'recommendations'>) {
  const { t } = useTranslation();
  const { nameOf } = useDeterminantNames();
  const documentTitle = useDocumentTitles();
  const kind = view.assessment.kind;
  const { scoring, scoping } = view.data;

  const suggestions = useMemo(() => {
    const { ranked, stale } = rankInScope(reference.ratingScheme, scoring, scoping, kind);
    // Left-over ratings still count for validation when negative or uncertain, so they are listed.
    const needing = stale.filter((r) => r.item.direction === 'negative' || r.item.direction === 'uncertain');
    return suggestRecommendations([...ranked, ...needing], scoping, reference.mitigations, kind);
  }, [reference, scoring, scoping, kind]);

  const titles = useMemo(() => new Map(reference.mitigations.entries.map((e) => [e.id, e.title])), [reference.mitigations]);
  const libraryTitle = (id: string | null) => (id ? (titles.get(id) ?? id) : null);
  const mitigation = suggestions.filter((s) => s.kind === 'mitigation');
  const enhancement = suggestions.filter((s) => s.kind === 'enhancement');
  const covered = new Set(suggestions.map((s) => `${s.kind}:${s.determinantId}`));
  const others = data.items.filter((i) => !covered.has(`${i.kind}:${i.determinantId}`));
  const count = (k: 'mitigation' | 'enhancement') => data.items.filter((i) => i.kind === k).length;

  const panel = (s: (typeof suggestions)[number]) => (
    <DeterminantPanel
      key={`${s.kind}:${s.determinantId}`}
      s={s}
      name={nameOf(s.determinantId)}
      data={data}
      onChange={onChange}
      readOnly={readOnly}
      documentTitle={documentTitle}
      libraryTitle={libraryTitle}
    />
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Flex justify="space-between" align="baseline" gap="middle" wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0, flex: '1 1 520px' }}>
          {t('recommendations.intro')}
        </Typography.Paragraph>
        <Typography.Text data-testid="recommendation-count">
          {t('recommendations.count', { mitigation: count('mitigation'), enhancement: count('enhancement') })}
        </Typography.Text>
      </Flex>

      {suggestions.length === 0 && others.length === 0 && <Empty description={t('recommendations.nothingScored')} />}

      {suggestions.length > 0 && (
        <section aria-labelledby="rec-mitigation">
          <Typography.Title level={4} id="rec-mitigation" style={{ marginTop: 0 }}>
            {t('recommendations.mitigationTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('recommendations.mitigationHint')}</Typography.Paragraph>
          {mitigation.length === 0 ? (
            <Alert type="success" showIcon title={t('recommendations.noneNeeded')} />
          ) : (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {mitigation.map(panel)}
            </Space>
          )}
        </section>
      )}

      {enhancement.length > 0 && (
        <section aria-labelledby="rec-enhancement">
          <Typography.Title level={4} id="rec-enhancement" style={{ marginTop: 0 }}>
            {t('recommendations.enhancementTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('recommendations.enhancementHint')}</Typography.Paragraph>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {enhancement.map(panel)}
          </Space>
        </section>
      )}

      {others.length > 0 && (
        <OtherItems items={others} data={data} onChange={onChange} readOnly={readOnly} nameOf={nameOf} libraryTitle={libraryTitle} />
      )}
    </Space>
  );
}
