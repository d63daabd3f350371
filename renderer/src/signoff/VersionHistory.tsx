import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract';
import { formatDateTime } from '../format';
import { ReportButton } from './ReportButton';

export type SignedVersion = ChannelOutput<'signoff/versions'>[number];

/** Every signed version with its fingerprint and report. */
export function VersionHistory({ assessmentId, versions }: { assessmentId: string; versions: SignedVersion[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('signoff.versions.title')}>
      <Table<SignedVersion>
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={[...versions].reverse()}
        locale={{ emptyText: t('signoff.versions.empty') }}
        columns={[
          { key: 'version', title: t('signoff.versions.version'), width: 90, render: (_, v) => t('signoff.versions.label', { version: v.version }) },
          { key: 'at', title: t('signoff.versions.signedAt'), width: 150, render: (_, v) => formatDateTime(v.signedAt) },
          {
            key: 'fingerprint',
            title: t('signoff.versions.fingerprint'),
            render: (_, v) => (
              <Typography.Text code copyable={{ text: v.fingerprint }} style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {v.fingerprint}
              </Typography.Text>
            ),
          },
          {
            key: 'report',
            title: t('signoff.versions.report'),
            width: 110,
            render: (_, v) => <ReportButton assessmentId={assessmentId} version={v.version} label={t('signoff.versions.download')} size="small" />,
          },
        ]}
      />
    </Card>
  );
}
