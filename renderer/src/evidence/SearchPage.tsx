import { Alert, App, Card, Col, Empty, Input, Row, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceDocument } from '../../../shared/evidence/evidence-contract';
import type { SearchResult } from '../../../shared/evidence/search-result';
import { call } from '../api/client';
import { describeError } from '../errors';
import { DeterminantList } from './DeterminantList';
import { PassageCard } from './PassageCard';
import { SourceDrawer } from './SourceDrawer';
import { determinantNamer, useTaxonomy } from './useTaxonomy';

/** 证据检索: from a few words to ranked determinants and cited passages. */
export function SearchPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const taxonomy = useTaxonomy();
  const [documents, setDocuments] = useState<EvidenceDocument[]>([]);
  const [query, setQuery] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [sourceId, setSourceId] = useState<number | null>(null);

  useEffect(() => {
    call('evidence/documents', {}).then(setDocuments).catch((err) => void message.error(describeError(t, err)));
  }, [message, t]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    setLoading(true);
    call('evidence/search', { query: q, limit: 20, documentIds, categoryIds })
      .then((r) => live && setResult(r))
      .catch((err) => live && void message.error(describeError(t, err)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query, documentIds, categoryIds, message, t]);

  const nameOf = determinantNamer(taxonomy);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('evidence.searchTitle')}
      </Typography.Title>
      <Input.Search
        size="large"
        enterButton={t('evidence.search')}
        placeholder={t('evidence.searchPlaceholder')}
        aria-label={t('evidence.searchPlaceholder')}
        onSearch={(v) => setQuery(v)}
        allowClear
        autoFocus
      />
      <Space wrap>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 320 }}
          placeholder={t('evidence.filterDocuments')}
          aria-label={t('evidence.filterDocuments')}
          value={documentIds}
          onChange={setDocumentIds}
          options={documents.map((d) => ({ value: d.id, label: d.title }))}
        />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('evidence.filterCategories')}
          aria-label={t('evidence.filterCategories')}
          value={categoryIds}
          onChange={setCategoryIds}
          options={taxonomy?.categories.map((c) => ({ value: c.id, label: c.name })) ?? []}
        />
      </Space>
      {result?.corrections.map((c) => (
        <Alert key={c.from} type="info" showIcon message={t('evidence.corrected', { from: c.from, to: c.to })} />
      ))}
      {!result && !loading && <Empty description={t('evidence.searchHint')} />}
      {(result || loading) && (
        <Spin spinning={loading}>
          <Row gutter={16}>
            <Col xs={24} md={9}>
              <Card size="small" title={t('evidence.determinants')}>
                <DeterminantList determinants={result?.determinants ?? []} />
              </Card>
            </Col>
            <Col xs={24} md={15}>
              <Card
                size="small"
                title={t('evidence.passages')}
                extra={result && <Typography.Text type="secondary">{t('evidence.took', { ms: result.tookMs })}</Typography.Text>}
              >
                {result?.passages.length === 0 && <Empty description={t('evidence.noPassages')} />}
                {result?.passages.map((p) => (
                  <PassageCard key={p.id} passage={p} determinantName={nameOf} onOpenSource={setSourceId} />
                ))}
              </Card>
            </Col>
          </Row>
        </Spin>
      )}
      <SourceDrawer passageId={sourceId} onClose={() => setSourceId(null)} />
    </Space>
  );
}
