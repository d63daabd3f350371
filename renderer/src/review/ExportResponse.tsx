import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api/client';
import { describeError } from '../errors';
import { downloadText } from '../files/download';
import { SaveIndicator } from '../workflow/SaveIndicator';
import { useAutosave } from '../workflow/useAutosave';
import { forgetLegacyComment, legacyComment } from './review-model';

/**
 * The overall comment (saved as the expert types) and 导出评审结果. Pending scores are saved
 * first; a refusal because items are unrated lists them (the page knows their names).
 */
export function ExportResponse({
  packageId,
  initialComment,
  flush,
  unratedLabels,
}: {
  packageId: string;
  /** The comment saved with the task. */
  initialComment: string;
  /** Saves pending scores. */
  flush: () => Promise<void>;
  /** Names of the items still unrated, for the refusal. */
  unratedLabels: () => string[];
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState(() => initialComment || legacyComment(packageId));
  const autosave = useAutosave<string>(async (text) => {
    await call('review/save', { packageId, comment: text });
    forgetLegacyComment(packageId);
  });
  // A comment found only in the browser (earlier versions) is saved with the task at once.
  const { schedule } = autosave;
  useEffect(() => {
    if (!initialComment && legacyComment(packageId)) schedule(legacyComment(packageId));
  }, [initialComment, packageId, schedule]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ type: 'success' | 'error'; title: string; items?: string[] } | null>(null);

  async function exportResponse() {
    setBusy(true);
    setResult(null);
    try {
      await flush();
      await autosave.flush();
      const file = await call('review/export', { packageId, comment });
      downloadText(file.fileName, file.content);
      setResult({ type: 'success', title: t('review.exported', { file: file.fileName }) });
    } catch (err) {
      const unrated = unratedLabels();
      if (err instanceof ApiError && err.payload.code === 'INVALID_INPUT' && unrated.length > 0) {
        setResult({ type: 'error', title: t('review.unrated', { count: unrated.length }), items: unrated });
      } else {
        setResult({ type: 'error', title: describeError(t, err) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={<label htmlFor="review-comment">{t('review.comment')}</label>} extra={<SaveIndicator state={autosave.state} />}>
      <Flex vertical gap={12}>
        <Input.TextArea
          id="review-comment"
          aria-label={t('review.comment')}
          value={comment}
          maxLength={10000}
          autoSize={{ minRows: 3, maxRows: 10 }}
          placeholder={t('review.commentPlaceholder')}
          onChange={(e) => {
            setComment(e.target.value);
            autosave.schedule(e.target.value);
          }}
        />
        {result && (
          <Alert
            type={result.type}
            showIcon
            data-testid="review-export-result"
            title={result.title}
            description={
              result.items && (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {result.items.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
        <Flex justify="flex-end">
          <Button type="primary" icon={<ExportOutlined />} loading={busy} onClick={() => void exportResponse()}>
            {t('review.export')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
