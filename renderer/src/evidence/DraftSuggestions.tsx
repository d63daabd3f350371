import { Alert, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeterminantResult, ScreenResult } from '../../../shared/evidence/search-result';
import { call } from '../api/client';
import { describeError } from '../errors';
import { DeterminantList } from './DeterminantList';
import { HighlightedText } from './HighlightedText';
import { PassageCard } from './PassageCard';
import { SourceDrawer } from './SourceDrawer';
import { determinantNamer, useTaxonomy } from './useTaxonomy';

/**
 * What the evidence base suggests for a draft: determinants, affected groups and cited passages,
 * with the draft shown beside them and the matched words highlighted. Choosing a determinant
 * scrolls to its first mention in the draft.
 */
export function DraftSuggestions({ draftText }: { draftText: string }) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const [result, setResult] = useState<ScreenResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [sourceId, setSourceId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    setResult(null);
    setError(null);
    call('evidence/screen', { text: draftText })
      .then((r) => live && setResult(r))
      .catch((err) => live && setError(describeError(t, err)));
    return () => {
      live = false;
    };
  }, [draftText, t]);

  const spans = useMemo(
    () =>
      (result?.determinants ?? [])
        .flatMap((d) => d.mentions.map((m) => ({ ...m, key: d.id })))
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end),
    [result],
  );

  function select(d: DeterminantResult) {
    setSelected(d.id);
    const index = spans.findIndex((s) => s.key === d.id);
    document.getElementById(`draft-mention-${index}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  if (error) return <Alert type="error" message={error} />;
  if (!draftText.trim()) return <Empty description={t('evidence.noDraft')} />;
  if (!result) return <Spin />;
  const nameOf = determinantNamer(taxonomy);
  const evidence = result.passages.filter((p) => !selected || p.determinants.includes(selected));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={result.relevant ? 'warning' : 'success'}
        showIcon
        message={result.relevant ? t('evidence.relevant', { count: result.determinants.length }) : t('evidence.notRelevant')}
        description={
          result.groups.length > 0 && (
            <Space wrap>
              {t('evidence.groups')}：
              {result.groups.map((g) => (
                <Tag key={g.id}>{g.name}</Tag>
              ))}
            </Space>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('evidence.suggested')}>
            <DeterminantList determinants={result.determinants} onSelect={select} selected={selected} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('assessment.draftText')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto' }}>
              <HighlightedText text={draftText} spans={spans} idPrefix="draft-mention" activeKey={selected} />
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t('evidence.passages')} style={{ marginTop: 16 }}>
            {evidence.length === 0 && <Empty description={t('evidence.noPassages')} />}
            {evidence.map((p) => (
              <PassageCard key={p.id} passage={p} determinantName={nameOf} onOpenSource={setSourceId} />
            ))}
          </Card>
        </Col>
      </Row>
      <SourceDrawer passageId={sourceId} onClose={() => setSourceId(null)} />
    </Space>
  );
}
