import { App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract';
import type { StageDataOf } from '../../../shared/workflow/stage-data';
import { call } from '../api/client';
import { describeError } from '../errors';
import { useDeterminantNames } from '../workflow/recommendations/useNames';

type Recommendation = StageDataOf<'recommendations'>['items'][number];
type Feedback = ChannelOutput<'feedback/list'>;
type Adoption = Feedback[number]['adoption'];
const ADOPTIONS: Adoption[] = ['adopted', 'partly', 'not-adopted'];

/**
 * 反馈: per recommendation of the signed version, whether the drafting department adopted it,
 * with the reason where it did not (fully). Feedback is recorded beside the signed snapshot.
 */
export function FeedbackTable({ assessmentId, version, recommendations }: { assessmentId: string; version: number; recommendations: Recommendation[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { nameOf } = useDeterminantNames();
  const [stored, setStored] = useState<Feedback>([]);
  const [drafts, setDrafts] = useState<Record<string, { adoption: Adoption | null; reason: string }>>({});
  const [saving, setSaving] = useState<string | null>(null);

  const apply = useCallback((list: Feedback) => {
    setStored(list);
    setDrafts((d) => ({ ...d, ...Object.fromEntries(list.map((f) => [f.recommendationId, { adoption: f.adoption, reason: f.reason }])) }));
  }, []);

  useEffect(() => {
    call('feedback/list', { id: assessmentId, version })
      .then(apply)
      .catch((err: unknown) => void message.error(describeError(t, err)));
  }, [assessmentId, version, apply, message, t]);

  const draftOf = (id: string) => drafts[id] ?? { adoption: null, reason: '' };
  const set = (id: string, patch: Partial<{ adoption: Adoption; reason: string }>) => setDrafts((d) => ({ ...d, [id]: { ...draftOf(id), ...patch } }));

  async function save(r: Recommendation) {
    const d = draftOf(r.id);
    if (!d.adoption) return;
    if (d.adoption !== 'adopted' && !d.reason.trim()) {
      void message.error(t('signoff.feedback.reasonRequired'));
      return;
    }
    setSaving(r.id);
    try {
      apply(await call('feedback/record', { id: assessmentId, version, recommendationId: r.id, adoption: d.adoption, reason: d.reason }));
      void message.success(t('signoff.feedback.saved'));
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSaving(null);
    }
  }

  const isStored = (r: Recommendation) => {
    const s = stored.find((f) => f.recommendationId === r.id);
    const d = draftOf(r.id);
    return !!s && s.adoption === d.adoption && s.reason === d.reason;
  };

  return (
    <Card
      size="small"
      title={t('signoff.feedback.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('signoff.feedback.progress', { done: stored.length, total: recommendations.length })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('signoff.feedback.intro', { version })}
      </Typography.Paragraph>
      <Table<Recommendation>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={recommendations}
        locale={{ emptyText: t('signoff.feedback.empty') }}
        columns={[
          { key: 'determinant', title: t('signoff.feedback.determinant'), width: 130, render: (_, r) => nameOf(r.determinantId) },
          {
            key: 'kind',
            title: t('signoff.feedback.kind'),
            width: 70,
            render: (_, r) => <Tag color={r.kind === 'mitigation' ? 'orange' : 'blue'}>{t(`signoff.feedback.kinds.${r.kind}`)}</Tag>,
          },
          { key: 'text', title: t('signoff.feedback.text'), render: (_, r) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Typography.Text> },
          {
            key: 'adoption',
            title: t('signoff.feedback.adoption'),
            width: 330,
            render: (_, r) => {
              const d = draftOf(r.id);
              const label = nameOf(r.determinantId);
              return (
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Space size={4}>
                    <Select<Adoption>
                      size="small"
                      style={{ width: 110 }}
                      aria-label={`${label} ${t('signoff.feedback.adoption')}`}
                      placeholder={t('signoff.feedback.choose')}
                      value={d.adoption ?? undefined}
                      onChange={(adoption) => set(r.id, { adoption })}
                      options={ADOPTIONS.map((a) => ({ value: a, label: t(`signoff.feedback.adoptions.${a}`) }))}
                    />
                    {isStored(r) ? (
                      <Tag color="green">{t('signoff.feedback.recorded')}</Tag>
                    ) : (
                      <Button size="small" type="primary" disabled={!d.adoption} loading={saving === r.id} onClick={() => void save(r)}>
                        {t('signoff.feedback.save')}
                      </Button>
                    )}
                  </Space>
                  <Input.TextArea
                    aria-label={`${label} ${t('signoff.feedback.reason')}`}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={5000}
                    placeholder={t('signoff.feedback.reasonPlaceholder')}
                    status={d.adoption && d.adoption !== 'adopted' && !d.reason.trim() ? 'warning' : undefined}
                    value={d.reason}
                    onChange={(e) => set(r.id, { reason: e.target.value })}
                  />
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
