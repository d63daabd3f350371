import { Alert, Card, Collapse, Descriptions, Flex, Progress, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import type { ScoreItem } from '../../../shared/workflow/stage-data';
import { call } from '../api/client';
import { describeError } from '../errors';
import { SaveIndicator } from '../workflow/SaveIndicator';
import { asLanguage, slotKey, upsert, type Slot } from '../workflow/scoring/score-items';
import { useAutosave } from '../workflow/useAutosave';
import { DeterminantSection } from './DeterminantSection';
import { ExportResponse } from './ExportResponse';
import { PassageModal } from './PassageModal';
import { packageCitations, sheetSlots, unratedItems, type PackagePassage, type ReviewTask } from './review-model';

/**
 * One review task on the expert's computer: the draft, each determinant with its evidence and
 * score cards (saved as the expert works), the overall comment and the response export.
 */
export function ReviewTaskView({ packageId, onSaved }: { packageId: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [task, setTask] = useState<ReviewTask | null>(null);
  const [ratings, setRatings] = useState<ScoreItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [passage, setPassage] = useState<PackagePassage | null>(null);

  useEffect(() => {
    let live = true;
    call('review/get', { packageId })
      .then((x) => {
        if (!live) return;
        setTask(x);
        setRatings(x.ratings);
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [packageId]);

  const autosave = useAutosave<ScoreItem[]>(async (value) => {
    await call('review/save', { packageId, ratings: value });
    onSaved();
  });
  const latest = useRef(ratings);
  latest.current = ratings;
  const { schedule } = autosave;
  const change = useCallback(
    (slot: Slot, patch: Partial<ScoreItem>) => {
      const next = upsert(latest.current, slot, patch);
      latest.current = next;
      setRatings(next);
      schedule(next);
    },
    [schedule],
  );

  const slots = useMemo(() => (task ? sheetSlots(task) : new Map<string, Slot[]>()), [task]);
  const citations = useMemo(() => (task ? packageCitations(task) : new Map()), [task]);
  const byKey = useMemo(() => new Map(ratings.map((r) => [slotKey(r.determinantId, r.phase), r])), [ratings]);
  const ratingOf = useCallback((s: Slot) => byKey.get(s.key), [byKey]);
  const groupOptions = useMemo(() => task?.request.content.groups.map((g) => ({ value: g.id, label: g.name })) ?? [], [task]);

  if (error) return <Alert type="error" showIcon title={t('review.loadFailed')} description={describeError(t, error)} />;
  if (!task) return <Spin />;
  const { request } = task;
  const c = request.content;
  const names = new Map(c.determinants.map((d) => [d.id, d.name]));
  const unrated = unratedItems(task, ratings);
  const total = c.sheet.length;
  const openSource = (id: number) => setPassage(c.determinants.flatMap((d) => d.evidence).find((p) => p.id === id) ?? null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="review-task">
      <Card
        size="small"
        title={
          <Typography.Title level={4} style={{ margin: '8px 0', whiteSpace: 'normal' }}>
            {c.title}
          </Typography.Title>
        }
        extra={<SaveIndicator state={autosave.state} />}
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'number', label: t('review.number'), children: request.assessmentNumber },
            { key: 'department', label: t('review.department'), children: c.department },
            { key: 'kind', label: t('review.kind'), children: t(`kind.${c.kind}`) },
            {
              key: 'member',
              label: t('review.member'),
              children: [request.member.name, request.member.organisation].filter(Boolean).join('，'),
            },
            { key: 'round', label: t('review.columns.round'), children: <Tag>{t('review.round', { round: request.round })}</Tag> },
          ]}
        />
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'draft',
              label: t('review.draftChars', { count: c.draftText.length }),
              children: (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, maxHeight: 420, overflow: 'auto' }}>{c.draftText}</Typography.Paragraph>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('review.determinants')}
        extra={
          <Flex align="center" gap={8}>
            <Typography.Text data-testid="review-progress">{t('review.progress', { done: total - unrated.length, total })}</Typography.Text>
            <Progress type="circle" size={28} percent={total ? Math.round((100 * (total - unrated.length)) / total) : 0} showInfo={false} />
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          {c.determinants.map((d) => (
            <DeterminantSection
              key={d.id}
              determinant={d}
              slots={slots.get(d.id) ?? []}
              ratingOf={ratingOf}
              scheme={c.ratingScheme}
              lang={lang}
              groupOptions={groupOptions}
              citations={citations}
              onChange={change}
              onOpenSource={openSource}
            />
          ))}
        </Flex>
      </Card>
      <ExportResponse
        packageId={packageId}
        initialComment={task.comment}
        flush={autosave.flush}
        unratedLabels={() => unrated.map((s) => itemLabel(s, (id) => names.get(id) ?? id, lang))}
      />
      <PassageModal passage={passage} onClose={() => setPassage(null)} />
    </Space>
  );
}
