import { Alert, Card, Flex, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import { OpenPackage } from './OpenPackage';
import type { TaskSummary } from './review-model';
import { ReviewTaskView } from './ReviewTaskView';
import { TaskList } from './TaskList';

/**
 * 专家评审 (#/reviews): the expert's side. Open a review package, score it (kept in this
 * computer's database), export the response for the drafting department.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const [tasks, setTasks] = useState<TaskSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await call('review/list', {});
      setTasks(list);
      setSelected((s) => s ?? list[0]?.packageId ?? null);
    } catch (err) {
      setError(describeError(t, err));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('review.title')}
        </Typography.Title>
        <OpenPackage
          onOpened={(task) => {
            setSelected(task.request.packageId);
            void load();
          }}
          onError={setError}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('review.intro')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('review.openFailed')} description={error} closable={{ onClose: () => setError(null) }} data-testid="review-error" />}
      <Card size="small" title={t('review.tasks')}>
        <TaskList tasks={tasks ?? []} selected={selected} onSelect={setSelected} />
      </Card>
      {selected && <ReviewTaskView key={selected} packageId={selected} onSaved={() => void load()} />}
    </Space>
  );
}
