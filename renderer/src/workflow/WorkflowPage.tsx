import { ArrowLeftOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Result, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/assessment';
import { STAGES, stageIndex, type Stage } from '../../../shared/workflow/stages';
import type { DataStage, StageDataOf } from '../../../shared/workflow/stage-data';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import { ApiError, call } from '../api/client';
import { useDeleteAssessment } from '../assessments/useDeleteAssessment';
import { AuditButton } from '../audit/AuditButton';
import { RegisterTag } from '../register/RegisterTag';
import { describeError } from '../errors';
import { WorkflowRefreshContext } from '../panel/workflow-refresh';
import { navigate } from '../routing';
import type { WorkflowReference } from './stage-props';
import { SaveIndicator } from './SaveIndicator';
import { StageBody } from './StageBody';
import { useAutosave } from './useAutosave';

/**
 * One assessment as a guided flow: 登记 → 初筛 → 范围界定 → 评估打分 → 建议 → 结论. Every stage
 * up to the furthest reached can be opened; edits autosave; 完成本阶段 validates the furthest
 * stage and opens the next.
 */
export function WorkflowPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [view, setView] = useState<WorkflowViewOut | null>(null);
  const [reference, setReference] = useState<WorkflowReference | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<Stage | null>(null);
  const [advancing, setAdvancing] = useState(false);
  const deleteAssessment = useDeleteAssessment();

  const load = useCallback(async () => {
    try {
      const [v, r] = await Promise.all([call('workflow/get', { id }), call('workflow/reference', {})]);
      setView(v);
      setReference(r);
      setOpen((o) => o ?? v.assessment.stage);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const autosave = useAutosave<{ stage: DataStage; data: unknown }>(async ({ stage, data }) => {
    const saved = await call('workflow/save', { id, stage, data });
    // Keep the local data (the user may have typed on); take the rest (problems, timestamps).
    setView((v) => (v ? { ...saved, data: { ...saved.data, [stage]: v.data[stage] } } : saved));
  });

  // For stage parts that write through other channels (panel finals, sign-off): save, then reload.
  const { flush } = autosave;
  const refresh = useMemo(() => ({ flush, reload: () => flush().then(load) }), [flush, load]);

  function change<S extends DataStage>(stage: S, next: StageDataOf<S>) {
    setView((v) => (v ? { ...v, data: { ...v.data, [stage]: next } } : v));
    autosave.schedule({ stage, data: next });
  }

  async function goTo(stage: Stage) {
    await autosave.flush();
    setOpen(stage);
    window.scrollTo({ top: 0 });
  }

  async function advance() {
    await autosave.flush();
    setAdvancing(true);
    try {
      const next = await call('workflow/advance', { id });
      setView(next);
      setOpen(next.assessment.stage);
      window.scrollTo({ top: 0 });
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setAdvancing(false);
    }
  }

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void autosave.flush().then(() => navigate({ name: 'list' }))}>
      {t('assessment.back')}
    </Button>
  );
  if (error) {
    const notFound = error instanceof ApiError && error.payload.code === 'NOT_FOUND';
    return <Result status={notFound ? '404' : 'error'} title={describeError(t, error)} extra={back} />;
  }
  if (!view || !reference || !open) return <Spin size="large" />;

  const a = view.assessment;
  const readOnly = a.status === 'signed';
  const furthest = stageIndex(a.stage);
  const openIndex = stageIndex(open);
  const problems = open === 'registration' ? [] : view.problems[open];
  const atFurthest = openIndex === furthest;
  const isLast = openIndex === STAGES.length - 1;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Space wrap>
          {back}
          <Typography.Title level={3} style={{ margin: 0 }}>
            {a.title}
          </Typography.Title>
          {readOnly && <Tag color="gold">{t('workflow.signed')}</Tag>}
          <RegisterTag assessmentId={a.id} />
        </Space>
        <Space>
          <SaveIndicator state={autosave.state} />
          <AuditButton assessmentId={a.id} />
          {/* Version 2 or later was signed before: its history stays, so no delete. */}
          {!readOnly && a.version === 1 && (
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={async () => {
                if (await deleteAssessment(a)) navigate({ name: 'list' });
              }}
            >
              {t('assessment.delete')}
            </Button>
          )}
        </Space>
      </Flex>
      <Steps
        current={openIndex}
        size="small"
        onChange={(i) => i <= furthest && void goTo(STAGES[i]!)}
        items={STAGES.map((s, i) => ({
          title: t(`workflow.stage.${s}`),
          status: i === openIndex ? 'process' : i < furthest ? 'finish' : i === furthest ? 'process' : 'wait',
          disabled: i > furthest,
        }))}
      />
      <WorkflowRefreshContext.Provider value={refresh}>
        {open === 'registration' ? (
          <StageBody.Registration assessment={a} readOnly={readOnly} onUpdated={(u: Assessment) => setView({ ...view, assessment: u })} />
        ) : (
          <StageBody.Data stage={open} view={view} reference={reference} readOnly={readOnly} onChange={change} />
        )}
      </WorkflowRefreshContext.Provider>
      {atFurthest && !isLast && !readOnly && problems.length > 0 && (
        <Alert
          type="info"
          showIcon
          message={t('workflow.todo')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.slice(0, 8).map((p) => (
                <li key={p}>{p}</li>
              ))}
              {problems.length > 8 && <li>{t('workflow.more', { count: problems.length - 8 })}</li>}
            </ul>
          }
        />
      )}
      <Flex justify="space-between">
        <Button disabled={openIndex === 0} onClick={() => void goTo(STAGES[openIndex - 1]!)}>
          {t('workflow.previous')}
        </Button>
        {atFurthest && !isLast ? (
          <Button type="primary" loading={advancing} disabled={readOnly || problems.length > 0} onClick={advance}>
            {t('workflow.finishStage')}
          </Button>
        ) : (
          !isLast && <Button onClick={() => void goTo(STAGES[openIndex + 1]!)}>{t('workflow.next')}</Button>
        )}
      </Flex>
    </Space>
  );
}
