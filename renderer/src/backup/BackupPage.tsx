import { RollbackOutlined, SafetyCertificateOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { describeError } from '../errors';

type BackupRow = ChannelOutput<'backup/list'>[number];
type Validation = ChannelOutput<'backup/validate'>;

const REASON_COLORS: Record<BackupRow['reason'], string> = {
  manual: 'blue',
  scheduled: 'default',
  'pre-migrate': 'orange',
  'pre-restore': 'purple',
};

/** Delay before reloading after a restore, so the user can read the success message. */
const RELOAD_DELAY_MS = 1500;

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** 数据备份: back up now, list the backups beside the database, check one, restore one. */
export function BackupPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  // Newest first.
  const fetchRows = useCallback(async () => [...(await call('backup/list', {}))].sort((a, b) => b.at.localeCompare(a.at)), []);
  const { data: rows, loading, reload: load } = useLoaded<BackupRow[]>(fetchRows, []);

  async function create() {
    setCreating(true);
    try {
      const made = await call('backup/create', {});
      const name = made.file.split(/[\\/]/).pop() ?? made.file;
      void message.success(t('backup.created', { file: name, size: formatMegabytes(made.bytes) }));
      await load();
    } catch (err) {
      void message.error({ content: describeError(t, err), duration: 8 });
    } finally {
      setCreating(false);
    }
  }

  function showProblems(v: Validation) {
    modal.error({
      title: t('backup.invalid'),
      okText: t('backup.close'),
      content: (
        <>
          <Typography.Paragraph>{t('backup.invalidBody')}</Typography.Paragraph>
          <ul data-testid="backup-problems">
            {v.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ),
    });
  }

  async function validate(row: BackupRow): Promise<Validation | null> {
    setBusy(row.name);
    try {
      return await call('backup/validate', { file: row.name });
    } catch (err) {
      void message.error(describeError(t, err));
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function check(row: BackupRow) {
    const v = await validate(row);
    if (!v) return;
    if (!v.ok) return showProblems(v);
    modal.success({
      title: t('backup.validOk'),
      okText: t('backup.close'),
      content: t('backup.validOkBody', {
        schemaVersion: v.schemaVersion ?? '?',
        supportedVersion: v.supportedVersion,
        assessments: v.assessments ?? 0,
        auditEntries: v.auditEntries ?? 0,
      }),
    });
  }

  async function restore(row: BackupRow) {
    const v = await validate(row);
    if (!v) return;
    if (!v.ok) return showProblems(v);
    modal.confirm({
      title: t('backup.confirmTitle'),
      width: 520,
      content: (
        <>
          <Typography.Paragraph>{t('backup.confirmBody', { file: row.name, assessments: v.assessments ?? 0 })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('backup.confirmKeep')}</Typography.Paragraph>
        </>
      ),
      okText: t('backup.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('backup.cancel'),
      onOk: async () => {
        try {
          const done = await call('backup/restore', { file: row.name });
          const from = done.restoredFrom.split(/[\\/]/).pop() ?? done.restoredFrom;
          void message.success(t('backup.restored', { file: from, assessments: done.assessments ?? 0 }));
          // Every cached view describes the old database: start afresh.
          setTimeout(() => window.location.reload(), RELOAD_DELAY_MS);
        } catch (err) {
          void message.error({ content: describeError(t, err), duration: 8 });
        }
      },
    });
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('backup.title')}
        </Typography.Title>
        <Button type="primary" icon={<SaveOutlined />} loading={creating} onClick={() => void create()}>
          {t('backup.create')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('backup.intro')}</Typography.Text>
      <Table<BackupRow>
        rowKey="name"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('backup.empty') }}
        columns={[
          { title: t('backup.time'), dataIndex: 'at', width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
          {
            title: t('backup.reason'),
            dataIndex: 'reason',
            width: 100,
            render: (r: BackupRow['reason']) => <Tag color={REASON_COLORS[r]}>{t(`backup.reasons.${r}`)}</Tag>,
          },
          { title: t('backup.file'), dataIndex: 'name', ellipsis: true },
          { title: t('backup.size'), dataIndex: 'bytes', width: 100, align: 'right', render: formatMegabytes },
          {
            title: t('backup.actions'),
            key: 'actions',
            width: 190,
            render: (_, row) => (
              <Space size={0}>
                <Button
                  type="link"
                  icon={<SafetyCertificateOutlined />}
                  disabled={busy !== null}
                  aria-label={`${t('backup.validate')} ${row.name}`}
                  onClick={() => void check(row)}
                >
                  {t('backup.validate')}
                </Button>
                <Button
                  type="link"
                  danger
                  icon={<RollbackOutlined />}
                  loading={busy === row.name}
                  disabled={busy !== null}
                  aria-label={`${t('backup.restore')} ${row.name}`}
                  onClick={() => void restore(row)}
                >
                  {t('backup.restore')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
