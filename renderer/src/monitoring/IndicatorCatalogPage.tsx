import { SearchOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterCatalogue, searchText, type CatalogueFilter } from '../../../shared/monitoring/catalogue-filter';
import type { CatalogueIndicator } from '../../../shared/monitoring/monitoring-contract';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { determinantNamer, useTaxonomy } from '../evidence/useTaxonomy';
import { useValueText } from './useValueText';

const KINDS: CatalogueIndicator['kind'][] = ['target', 'review', 'status'];

/**
 * 监测指标库 (#/indicators): every seed indicator with its baseline, target and the source line
 * it was taken from, searchable over name, category, quote and unit, filtered by source
 * document, kind and determinant; the exact quote opens under each row.
 */
export function IndicatorCatalogPage() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const nameOf = useMemo(() => determinantNamer(taxonomy), [taxonomy]);
  const valueText = useValueText();
  const fetchCatalogue = useCallback(() => call('indicators/catalogue', {}), []);
  const { data: indicators, loading } = useLoaded<CatalogueIndicator[]>(fetchCatalogue, []);
  const [filter, setFilter] = useState<CatalogueFilter>({ query: '', document: null, kind: null, determinant: null });
  // Typing stays responsive: the table filters with the deferred value.
  const deferred = useDeferredValue(filter);

  const texts = useMemo(() => new Map(indicators.map((i) => [i.id, searchText(i)])), [indicators]);
  const shown = useMemo(() => filterCatalogue(indicators, deferred, (i) => texts.get(i.id)!), [indicators, deferred, texts]);

  const documents = useMemo(() => {
    const titles = new Map(indicators.map((i) => [i.document, i.documentTitle]));
    return [...titles].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ value, label }));
  }, [indicators]);
  const determinantOptions = useMemo(() => {
    const used = new Set(indicators.flatMap((i) => i.determinants));
    return (taxonomy?.categories ?? [])
      .map((c) => ({ label: c.name, options: c.determinants.filter((d) => used.has(d.id)).map((d) => ({ value: d.id, label: d.name })) }))
      .filter((g) => g.options.length > 0);
  }, [indicators, taxonomy]);

  const set = (patch: Partial<CatalogueFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const source = (i: CatalogueIndicator) =>
    i.lineStart === i.lineEnd ? t('monitoring.sourceLine', { start: i.lineStart }) : t('monitoring.sourceLines', { start: i.lineStart, end: i.lineEnd });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('monitoring.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('monitoring.intro', { count: indicators.length })}</Typography.Text>
      <Flex gap="small" wrap align="center">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          style={{ width: 320 }}
          aria-label={t('monitoring.searchLabel')}
          placeholder={t('monitoring.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <Select
          allowClear
          style={{ width: 260 }}
          aria-label={t('monitoring.filterDocument')}
          placeholder={t('monitoring.filterDocument')}
          value={filter.document}
          onChange={(document?: string | null) => set({ document: document ?? null })}
          options={documents}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          aria-label={t('monitoring.filterKind')}
          placeholder={t('monitoring.filterKind')}
          value={filter.kind}
          onChange={(kind?: CatalogueIndicator['kind'] | null) => set({ kind: kind ?? null })}
          options={KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          aria-label={t('monitoring.filterDeterminant')}
          placeholder={t('monitoring.filterDeterminant')}
          value={filter.determinant}
          onChange={(determinant?: string | null) => set({ determinant: determinant ?? null })}
          options={determinantOptions}
          popupMatchSelectWidth={false}
        />
        <Typography.Text type="secondary" data-testid="catalogue-count">
          {t('monitoring.results', { count: shown.length })}
        </Typography.Text>
      </Flex>
      <Table<CatalogueIndicator>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={shown}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => t('monitoring.results', { count: total }) }}
        expandable={{
          expandedRowRender: (i) => (
            <Descriptions size="small" column={1} styles={{ label: { width: 110 } }}>
              <Descriptions.Item label={t('monitoring.quote')}>
                <Typography.Text data-testid="indicator-quote" style={{ whiteSpace: 'pre-wrap' }}>
                  {i.quote}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.columns.source')}>{`《${i.documentTitle}》${source(i)}`}</Descriptions.Item>
              <Descriptions.Item label={t('monitoring.category')}>{i.category}</Descriptions.Item>
              <Descriptions.Item label={t('monitoring.determinants')}>
                <Flex gap={4} wrap>
                  {i.determinants.map((d) => (
                    <Tag key={d}>{nameOf(d)}</Tag>
                  ))}
                </Flex>
              </Descriptions.Item>
              {i.note && <Descriptions.Item label={t('monitoring.note')}>{i.note}</Descriptions.Item>}
            </Descriptions>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('monitoring.columns.name'),
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{i.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`monitoring.kinds.${i.kind}`)}
                </Typography.Text>
              </Space>
            ),
          },
          { key: 'unit', title: t('monitoring.columns.unit'), width: 90, render: (_, i) => i.unit ?? t('monitoring.none') },
          { key: 'scope', title: t('monitoring.columns.scope'), width: 90, render: (_, i) => i.scope ?? t('monitoring.none') },
          { key: 'baseline', title: t('monitoring.columns.baseline'), width: 140, render: (_, i) => valueText(i.baseline, i.unit, i.baselineYear) },
          { key: 'target', title: t('monitoring.columns.target'), width: 150, render: (_, i) => valueText(i.target, i.unit, i.targetYear) },
          {
            key: 'source',
            title: t('monitoring.columns.source'),
            width: 230,
            render: (_, i) => (
              <Typography.Text data-testid="indicator-source" style={{ fontSize: 12 }}>
                {`《${i.documentTitle}》`}
                <br />
                {source(i)}
              </Typography.Text>
            ),
          },
          {
            key: 'usedBy',
            title: <Tooltip title={t('monitoring.usedByHint')}>{t('monitoring.columns.usedBy')}</Tooltip>,
            width: 90,
            align: 'right',
            sorter: (a, b) => a.usedBy - b.usedBy,
            render: (_, i) => (i.usedBy > 0 ? <Tag color="green">{i.usedBy}</Tag> : <Typography.Text type="secondary">0</Typography.Text>),
          },
        ]}
      />
    </Space>
  );
}
