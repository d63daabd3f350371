import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { describeError } from '../errors';
import type { AuditEntry } from './audit-format';
import { AuditEntryItem } from './AuditEntryItem';

type Verify = ChannelOutput<'audit/verify'>;

/** The audit trail of one assessment (newest first) and the integrity check of the whole chain. */
export function AuditDrawer({ assessmentId, open, onClose }: { assessmentId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [verify, setVerify] = useState<Verify | null>(null);
  const [checking, setChecking] = useState(false);

  const load = useCallback(async () => {
    try {
      setEntries(await call('audit/list', { id: assessmentId, limit: 2000 }));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [assessmentId]);

  useEffect(() => {
    if (open) {
      setVerify(null);
      void load();
    }
  }, [open, load]);

  async function check() {
    setChecking(true);
    try {
      setVerify(await call('audit/verify', {}));
    } catch (err) {
      setError(err);
    } finally {
      setChecking(false);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title={t('audit.title')}
      extra={
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void check()}>
          {t('audit.verify')}
        </Button>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('audit.intro')}
        </Typography.Paragraph>
        {verify &&
          (verify.ok ? (
            <Alert type="success" showIcon data-testid="audit-verify" title={t('audit.ok', { count: verify.entries })} />
          ) : (
            <Alert
              type="error"
              showIcon
              data-testid="audit-verify"
              title={t('audit.broken', { count: verify.problems.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {verify.problems.map((p, i) => (
                    <li key={i}>{p.seq === null ? t('audit.problemNoSeq', { problem: p.problem }) : t('audit.problem', { seq: p.seq, problem: p.problem })}</li>
                  ))}
                </ul>
              }
            />
          ))}
        {error ? <Alert type="error" showIcon title={describeError(t, error)} /> : null}
        {!entries && !error && <Spin />}
        {entries && entries.length === 0 && <Empty description={t('audit.empty')} />}
        {entries && entries.length > 0 && (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('audit.count', { count: entries.length })}
            </Typography.Text>
            <div>
              {entries.map((e) => (
                <AuditEntryItem key={e.seq} entry={e} />
              ))}
            </div>
          </>
        )}
      </Space>
    </Drawer>
  );
}
