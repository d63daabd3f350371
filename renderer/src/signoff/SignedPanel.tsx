import { Card, Flex, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import { formatDateTime } from '../format';
import { FeedbackTable } from './FeedbackTable';
import { ReopenButton } from './ReopenButton';
import { ReportButton } from './ReportButton';
import { useVersions } from './useVersions';
import { VersionHistory } from './VersionHistory';

/** A signed assessment: version and fingerprint, the report, history, a new revision, feedback. */
export function SignedPanel({ view }: { view: WorkflowViewOut }) {
  const { t } = useTranslation();
  const a = view.assessment;
  const versions = useVersions(a.id, `${a.version}|${a.status}`);
  const current = versions.find((v) => v.version === a.version);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" data-testid="signed-panel">
        <Result
          status="success"
          style={{ padding: '16px 24px' }}
          title={t('signoff.signedTitle', { version: a.version })}
          subTitle={current ? t('signoff.signedAt', { at: formatDateTime(current.signedAt) }) : undefined}
          extra={
            <Flex justify="center" gap="small" wrap>
              <ReportButton assessmentId={a.id} version={a.version} label={t('signoff.downloadReport')} primary />
              <ReopenButton assessmentId={a.id} version={a.version} />
            </Flex>
          }
        >
          {current && (
            <Flex vertical align="center" gap={4}>
              <Typography.Text strong>{t('signoff.fingerprint')}</Typography.Text>
              <Typography.Text code copyable={{ text: current.fingerprint }} data-testid="fingerprint" style={{ wordBreak: 'break-all' }}>
                {current.fingerprint}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('signoff.fingerprintHint')}
              </Typography.Text>
            </Flex>
          )}
        </Result>
      </Card>
      <FeedbackTable assessmentId={a.id} version={a.version} recommendations={view.data.recommendations.items} />
      <VersionHistory assessmentId={a.id} versions={versions} />
    </Space>
  );
}
