import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/assessment';
import type { RegisterFilter, RegisterItem } from '../../../shared/register/register';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { FormatDownload } from './FormatDownload';
import { ImportWizard } from './ImportWizard';
import { LinkAssessmentModal } from './LinkAssessmentModal';
import { RegisterFilters } from './RegisterFilters';
import { RegisterItemForm, type FormTarget } from './RegisterItemForm';
import { RegisterSummary } from './RegisterSummary';
import { RegisterTable } from './RegisterTable';
import { UnregisteredNotice } from './UnregisteredNotice';
import { emptyFormValues, formValuesFromAssessment, formValuesOf } from './register-form';
import { useRowActions } from './useRowActions';

const isFiltered = (f: RegisterFilter) => Object.values(f).some((v) => v !== undefined && v !== '');

/** 评价台账: every drafted policy, plan or project, assessed or not, with import and export. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const [linking, setLinking] = useState<RegisterItem | null>(null);
  const [importing, setImporting] = useState(false);

  // The whole register gives the filters' choices and the "of N" count; the filtered list the table.
  const fetchAll = useCallback(() => call('register/list', {}), []);
  const fetchRows = useCallback(() => call('register/list', filter), [filter]);
  const fetchUnregistered = useCallback(() => call('register/unregistered', {}), []);
  const all = useLoaded<RegisterItem[]>(fetchAll, []);
  const rows = useLoaded<RegisterItem[]>(fetchRows, []);
  const unregistered = useLoaded<AssessmentSummary[]>(fetchUnregistered, []);
  const { reload: reloadAll } = all;
  const { reload: reloadRows } = rows;
  const { reload: reloadUnregistered } = unregistered;
  const reload = useCallback(() => Promise.all([reloadAll(), reloadRows(), reloadUnregistered()]), [reloadAll, reloadRows, reloadUnregistered]);

  const years = useMemo(() => [...new Set(all.data.map((i) => i.year))].sort((a, b) => b - a), [all.data]);
  const departments = useMemo(() => [...new Set(all.data.map((i) => i.department))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [all.data]);

  const actions = useRowActions({
    reload,
    onEdit: (item) => setFormTarget({ values: formValuesOf(item), item, linkTo: null }),
    onLink: setLinking,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('register.title')}
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ values: emptyFormValues(new Date()), item: null, linkTo: null })}>
            {t('register.actions.add')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('register.actions.import')}
          </Button>
          <FormatDownload
            label={t('register.actions.export')}
            icon={<DownloadOutlined />}
            fetch={(format) => call('register/export', { format, filter })}
          />
          <FormatDownload label={t('register.actions.template')} icon={<FileExcelOutlined />} fetch={(format) => call('register/template', { format })} />
        </Space>
      </Flex>
      <Typography.Text type="secondary">{t('register.intro')}</Typography.Text>
      <UnregisteredNotice
        assessments={unregistered.data}
        onRecord={(a) => setFormTarget({ values: formValuesFromAssessment(a), item: null, linkTo: a })}
      />
      <RegisterFilters filter={filter} years={years} departments={departments} onChange={setFilter} />
      <RegisterSummary items={rows.data} all={all.data.length} filtered={isFiltered(filter)} />
      <RegisterTable items={rows.data} loading={rows.loading} filtered={isFiltered(filter)} actions={actions} />
      <RegisterItemForm
        target={formTarget}
        departments={departments}
        onCancel={() => setFormTarget(null)}
        onSaved={async () => {
          setFormTarget(null);
          await reload();
        }}
      />
      <LinkAssessmentModal
        item={linking}
        candidates={unregistered.data}
        onCancel={() => setLinking(null)}
        onLinked={async () => {
          setLinking(null);
          await reload();
        }}
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={reload} />
    </Space>
  );
}
