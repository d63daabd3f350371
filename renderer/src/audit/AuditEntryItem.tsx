import { Flex, Table, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { actionLabel, changesOf, formatValue, isEmptyValue, summaryOf, type AuditEntry, type ChangeRow } from './audit-format';

const CELL: CSSProperties = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 };

/** One audit entry: time, actor, action, a summary, and the changed values old → new. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = changesOf(entry);
  const summary = summaryOf(t, entry);
  const empty = t('audit.empty_value');
  return (
    <Flex vertical gap={4} data-testid="audit-entry" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
          #{entry.seq} · {formatDateTime(entry.at)}
        </Typography.Text>
        <Tag color={entry.action === 'signoff' ? 'gold' : entry.action === 'reopen' ? 'purple' : 'blue'}>{actionLabel(t, entry.action)}</Tag>
        <Typography.Text style={{ fontSize: 12 }}>{entry.actor}</Typography.Text>
      </Flex>
      {summary && <Typography.Text style={{ fontSize: 13 }}>{summary}</Typography.Text>}
      {changes.length > 0 && (
        <Table<ChangeRow & { key: number }>
          size="small"
          pagination={false}
          showHeader
          dataSource={changes.map((c, i) => ({ ...c, key: i }))}
          tableLayout="fixed"
          columns={[
            { key: 'path', title: t('audit.path'), width: '26%', render: (_, c) => <Typography.Text code style={CELL}>{c.path}</Typography.Text> },
            {
              key: 'old',
              title: t('audit.old'),
              width: '32%',
              render: (_, c) => (
                <Typography.Text type="secondary" delete={!isEmptyValue(c.old)} style={CELL}>
                  {formatValue(t, c.path, c.old, empty)}
                </Typography.Text>
              ),
            },
            { key: 'new', title: t('audit.new'), render: (_, c) => <Typography.Text style={CELL}>{formatValue(t, c.path, c.new, empty)}</Typography.Text> },
          ]}
        />
      )}
    </Flex>
  );
}
