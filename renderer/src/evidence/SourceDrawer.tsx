import { Alert, Descriptions, Drawer, List, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassageContextOutput } from '../../../shared/evidence/evidence-contract';
import { call } from '../api/client';
import { describeError } from '../errors';

/** A passage in its document: neighbouring passages and the cited source lines verbatim. */
export function SourceDrawer({ passageId, onClose }: { passageId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [data, setData] = useState<PassageContextOutput | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (passageId === null) return;
    let cancelled = false;
    setData(null);
    setError(null);
    call('evidence/passage-context', { id: passageId, radius: 2 })
      .then((d) => !cancelled && setData(d))
      .catch((err) => !cancelled && setError(describeError(t, err)));
    return () => {
      cancelled = true;
    };
  }, [passageId, t]);

  const focus = data?.passages.find((p) => p.id === data.focusId);
  return (
    <Drawer open={passageId !== null} onClose={onClose} width={720} title={t('evidence.sourceTitle')}>
      {error && <Alert type="error" message={error} />}
      {!data && !error && <Spin />}
      {data && focus && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('evidence.document')}>{data.document.title}</Descriptions.Item>
            <Descriptions.Item label={t('evidence.section')}>{focus.section || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('evidence.lines')}>
              {t('evidence.lineRange', { start: focus.lineStart, end: focus.lineEnd })}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('evidence.inContext')}
          </Typography.Title>
          <List
            size="small"
            dataSource={data.passages}
            renderItem={(p) => (
              <List.Item style={p.id === data.focusId ? { background: '#f6ffed' } : undefined}>
                <Typography.Paragraph style={{ margin: 0 }}>
                  <Typography.Text type="secondary">L{p.lineStart}–{p.lineEnd} </Typography.Text>
                  {p.text}
                </Typography.Paragraph>
              </List.Item>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('evidence.sourceLines')}
          </Typography.Title>
          <pre style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, fontSize: 12 }}>
            {data.sourceLines.map((l) => `${String(l.line).padStart(5)}  ${l.text}`).join('\n')}
          </pre>
        </>
      )}
    </Drawer>
  );
}
