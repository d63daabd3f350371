import { Alert, Card, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import { describeError } from '../errors';
import { useTaxonomy } from '../evidence/useTaxonomy';
import { asLanguage, namers } from '../workflow/scoring/score-items';
import type { WorkflowReference } from '../workflow/stage-props';
import { AggregationTable } from './AggregationTable';
import { DirectScoringDrawer } from './DirectScoringDrawer';
import { ImportResponse } from './ImportResponse';
import { MembersCard } from './MembersCard';
import { OpinionCard } from './OpinionCard';
import { SecondRound } from './SecondRound';
import { usePanel, type AggregatedRow, type Member, type PanelView } from './usePanel';
import { useWorkflowRefresh } from './workflow-refresh';

/**
 * 专家组评审 (a tab of the scoring stage): members, review packages out and responses in,
 * direct scoring, the aggregation with divergence, the leader's finals and the panel opinion.
 */
export function PanelTab({ view, reference, readOnly }: { view: WorkflowViewOut; reference: WorkflowReference; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const id = view.assessment.id;
  const { panel, setPanel, error } = usePanel(id);
  const workflow = useWorkflowRefresh();
  const taxonomy = useTaxonomy();
  const names = useMemo(() => namers(taxonomy, lang), [taxonomy, lang]);
  const labelOf = useCallback((a: Pick<AggregatedRow, 'determinantId' | 'phase'>) => itemLabel(a, names.determinant, lang), [names, lang]);
  const [scoring, setScoring] = useState<Member | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  // A confirmed final is also the item's score: reload the workflow so the scores tab shows it.
  const onFinal = useCallback(
    (p: PanelView) => {
      setPanel(p);
      void workflow.reload();
    },
    [setPanel, workflow],
  );

  if (error) return <Alert type="error" showIcon title={describeError(t, error)} />;
  if (!panel) return <Spin />;
  const finals = panel.aggregation.filter((a) => a.final).length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="panel-tab">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('panel.intro')}
      </Typography.Paragraph>
      <MembersCard assessmentId={id} panel={panel} readOnly={readOnly} onPanel={setPanel} onScore={setScoring} />
      <Card
        size="small"
        data-testid="panel-aggregation"
        title={
          <Space>
            {t('panel.aggregation.title')}
            <Tag data-testid="panel-round">{t('panel.round', { round: panel.state.round })}</Tag>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
              {t('panel.aggregation.progress', { done: finals, total: panel.aggregation.length })}
            </Typography.Text>
          </Space>
        }
        extra={!readOnly && <ImportResponse assessmentId={id} onImported={setPanel} onError={setImportError} />}
      >
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          {importError && (
            <Alert
              type="error"
              showIcon
              data-testid="import-error"
              title={t('panel.import.failed')}
              description={importError}
              closable={{ onClose: () => setImportError(null) }}
            />
          )}
          <SecondRound assessmentId={id} panel={panel} readOnly={readOnly} onPanel={setPanel} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('panel.aggregation.legend')}
          </Typography.Text>
          <AggregationTable assessmentId={id} panel={panel} scheme={reference.ratingScheme} labelOf={labelOf} readOnly={readOnly} onSaved={onFinal} />
        </Space>
      </Card>
      <OpinionCard assessmentId={id} panel={panel} readOnly={readOnly} onPanel={setPanel} />
      {!readOnly && <DirectScoringDrawer member={scoring} view={view} reference={reference} panel={panel} onClose={() => setScoring(null)} onSaved={setPanel} />}
    </Space>
  );
}
