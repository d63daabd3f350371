import { DeleteOutlined, DownloadOutlined, EditOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import { downloadText } from '../files/download';
import { MemberModal } from './MemberModal';
import { ratedCount, type Member, type PanelView } from './usePanel';

/** The panel members: add, edit, remove; per member export a review package or score here. */
export function MembersCard({
  assessmentId,
  panel,
  readOnly,
  onPanel,
  onScore,
}: {
  assessmentId: string;
  panel: PanelView;
  readOnly: boolean;
  onPanel: (panel: PanelView) => void;
  onScore: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ member: Member | null } | null>(null);
  // A new modal (and form) per opening, even while the previous one is still closing.
  const [session, setSession] = useState(0);
  const edit = (member: Member | null) => {
    setSession((n) => n + 1);
    setEditing({ member });
  };
  const total = panel.aggregation.length;

  async function exportPackage(m: Member) {
    try {
      const file = await call('panel/export-request', { id: assessmentId, memberId: m.id });
      downloadText(file.fileName, file.content);
      void message.success(t('panel.members.exported', { file: file.fileName }));
    } catch (err) {
      void message.error(describeError(t, err));
    }
  }

  async function remove(m: Member) {
    try {
      onPanel(await call('panel/remove-member', { id: assessmentId, memberId: m.id }));
      void message.success(t('panel.members.removed', { name: m.name }));
    } catch (err) {
      void message.error(describeError(t, err));
    }
  }

  return (
    <Card
      size="small"
      data-testid="panel-members"
      title={t('panel.members.title')}
      extra={
        !readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => edit(null)}>
            {t('panel.members.add')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {panel.members.length > 0 && !panel.members.some((m) => m.role === 'leader') && (
          <Alert type="warning" showIcon title={t('panel.members.noLeader')} />
        )}
        <Table<Member>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={panel.members}
          locale={{ emptyText: t('panel.members.empty') }}
          columns={[
            { key: 'name', title: t('panel.members.name'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
            { key: 'organisation', title: t('panel.members.organisation'), dataIndex: 'organisation' },
            { key: 'field', title: t('panel.members.field'), dataIndex: 'field' },
            {
              key: 'role',
              title: t('panel.members.role'),
              dataIndex: 'role',
              width: 72,
              render: (role: Member['role']) => <Tag color={role === 'leader' ? 'gold' : 'default'}>{t(`panel.members.roles.${role}`)}</Tag>,
            },
            {
              key: 'rated',
              title: t('panel.members.ratings'),
              width: 96,
              render: (_, m) => {
                const n = ratedCount(panel, m.id);
                return n === 0 ? (
                  <Typography.Text type="secondary">{t('panel.members.notRated')}</Typography.Text>
                ) : (
                  <Typography.Text type={n === total ? 'success' : undefined}>{`${t('panel.members.rated', { count: n })}`}</Typography.Text>
                );
              },
            },
            {
              key: 'actions',
              title: t('panel.members.actions'),
              width: 390,
              render: (_, m) =>
                readOnly ? null : (
                  <Space size={0} wrap>
                    <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => void exportPackage(m)}>
                      {t('panel.members.exportPackage')}
                    </Button>
                    <Button type="link" size="small" icon={<FormOutlined />} onClick={() => onScore(m)}>
                      {t('panel.members.scoreHere')}
                    </Button>
                    <Button type="link" size="small" icon={<EditOutlined />} onClick={() => edit(m)}>
                      {t('panel.members.edit')}
                    </Button>
                    <Popconfirm
                      title={t('panel.members.removeConfirm', { name: m.name })}
                      okText={t('panel.members.removeOk')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('panel.members.cancel')}
                      onConfirm={() => remove(m)}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        {t('panel.members.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Space>
      <MemberModal
        key={session}
        assessmentId={assessmentId}
        open={editing !== null}
        member={editing?.member ?? null}
        members={panel.members}
        onClose={() => setEditing(null)}
        onSaved={onPanel}
      />
    </Card>
  );
}
