import { CheckSquareOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { describeError } from '../../errors';
import { ScreeningConclusion } from '../screening/ScreeningConclusion';
import { ScreeningQuestion } from '../screening/ScreeningQuestion';
import {
  adoptAll,
  confirmedCount,
  mergeSuggestions,
  noPathwaySuggested,
  setAnswer,
  setQuestionNote,
  type ScreeningValue,
} from '../screening/screening-state';
import type { StageProps } from '../stage-props';

/**
 * 初筛: the ten questions answered 是/不知道/否. On first open the tool's suggestions (from the
 * draft and the evidence base) are filled in unconfirmed; the person confirms each, then
 * chooses the impact level and whether a full assessment is needed.
 */
export function ScreeningStage({ view, reference, data, onChange, readOnly }: StageProps<'screening'>) {
  const { t, i18n } = useTranslation();
  const form = reference.screeningForm;
  const id = view.assessment.id;
  const missing = form.questions.some((q) => !data.answers[String(q.number)]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The suggestion arrives after the person may have typed a note: merge into the latest data.
  const latest = useRef({ data, onChange });
  useEffect(() => {
    latest.current = { data, onChange };
  });

  useEffect(() => {
    if (!missing || readOnly) return;
    let live = true;
    setLoading(true);
    setError(null);
    call('workflow/screening-suggestion', { id })
      .then((s) => {
        if (live) latest.current.onChange(mergeSuggestions(latest.current.data, s.answers));
      })
      .catch((err: unknown) => live && setError(describeError(t, err)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, missing, readOnly, attempt, t]);

  const update = (next: ScreeningValue) => !readOnly && onChange(next);
  const confirmed = confirmedCount(form, data.answers);
  const unconfirmedSuggestions = form.questions.some((q) => {
    const a = data.answers[String(q.number)];
    return a && a.answer === null;
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('screening.suggestionFailed')}
          description={error}
          action={
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('screening.retry')}
            </Button>
          }
        />
      )}
      {!missing && noPathwaySuggested(form, data.answers) && (
        <Alert type="success" showIcon title={t('screening.noPathwayTitle')} description={t('screening.noPathwayBody')} data-testid="no-pathway" />
      )}
      <Spin spinning={loading} description={t('screening.loadingSuggestion')}>
        <Card
          title={form.title}
          extra={
            <Space wrap>
              <Typography.Text type={confirmed === form.questions.length ? 'success' : 'secondary'} role="status">
                {t('screening.progress', { count: confirmed, total: form.questions.length })}
              </Typography.Text>
              {!readOnly && (
                <Button type="primary" ghost icon={<CheckSquareOutlined />} disabled={!unconfirmedSuggestions} onClick={() => update(adoptAll(form, data))}>
                  {t('screening.adoptAll')}
                </Button>
              )}
            </Space>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('screening.intro')}
          </Typography.Paragraph>
          {form.questions.map((q) => (
            <ScreeningQuestion
              key={q.number}
              number={q.number}
              text={i18n.language === 'en' ? q.textEn : q.text}
              critical={q.critical}
              entry={data.answers[String(q.number)]}
              readOnly={readOnly}
              onAnswer={(answer) => update(setAnswer(form, data, q.number, answer))}
              onNote={(note) => update(setQuestionNote(data, q.number, note))}
            />
          ))}
        </Card>
      </Spin>
      <ScreeningConclusion form={form} value={data} readOnly={readOnly} onChange={update} />
    </Space>
  );
}
