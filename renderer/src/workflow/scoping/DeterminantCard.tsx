import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Progress, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorOut } from '../../../../shared/evidence/evidence-contract';
import type { DeterminantResult, PassageResult } from '../../../../shared/evidence/search-result';
import type { StageDataOf } from '../../../../shared/workflow/stage-data';
import { PassageCard } from '../../evidence/PassageCard';
import { IndicatorList } from './IndicatorList';

export type ScopedDeterminant = StageDataOf<'scoping'>['determinants'][number];

const PASSAGES_SHOWN = 1;

/**
 * One determinant in scope: why it is there (score, words in the draft, inferred pathways),
 * the cited evidence and the indicators to follow up.
 */
export function DeterminantCard({
  rank,
  entry,
  name,
  category,
  found,
  topScore,
  passages,
  indicators,
  determinantName,
  readOnly,
  onRemove,
  onChange,
  onOpenSource,
}: {
  rank: number;
  entry: ScopedDeterminant;
  name: string;
  category: string;
  /** The screen's reading of this determinant in the draft, when it found it. */
  found: DeterminantResult | undefined;
  topScore: number;
  /** Cited passages, null while they load. */
  passages: PassageResult[] | null;
  indicators: IndicatorOut[] | null;
  determinantName: (id: string) => string;
  readOnly: boolean;
  onRemove: () => void;
  onChange: (next: ScopedDeterminant) => void;
  onOpenSource: (passageId: number) => void;
}) {
  const { t } = useTranslation();
  const [allPassages, setAllPassages] = useState(false);
  const shownPassages = passages && (allPassages ? passages : passages.slice(0, PASSAGES_SHOWN));

  return (
    <Card
      size="small"
      data-testid="scoped-determinant"
      data-id={entry.id}
      title={
        <Space wrap size={[8, 0]}>
          <Typography.Text strong>
            {rank}. {name}
          </Typography.Text>
          <Tag variant="filled">{category}</Tag>
          <Tag color={entry.origin === 'suggested' ? 'blue' : 'purple'}>
            {t(entry.origin === 'suggested' ? 'scoping.originSuggested' : 'scoping.originAdded')}
          </Tag>
        </Space>
      }
      extra={
        !readOnly && (
          <Button size="small" danger type="text" icon={<DeleteOutlined />} aria-label={t('scoping.removeLabel', { name })} onClick={onRemove}>
            {t('scoping.remove')}
          </Button>
        )
      }
    >
      {found && (
        <Space orientation="vertical" size={2} style={{ width: '100%', marginBottom: 8 }}>
          <Space size={8} style={{ width: '100%' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {t('scoping.relevance')}
            </Typography.Text>
            <Progress
              percent={Math.round((found.score / Math.max(topScore, found.score, 1e-9)) * 100)}
              showInfo={false}
              status="normal"
              size="small"
              style={{ width: 200, margin: 0 }}
              aria-label={t('scoping.relevance')}
            />
          </Space>
          {found.terms.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('scoping.matchedTerms', { terms: found.terms.join('、') })}
            </Typography.Text>
          )}
          {found.reasons.slice(0, 2).map((r) => (
            <Typography.Text key={r.pathway} type="secondary" style={{ fontSize: 12 }}>
              {t('scoping.inferred', { pathway: r.pathway, triggers: r.triggers.slice(0, 3).join('、'), reason: r.reason })}
            </Typography.Text>
          ))}
        </Space>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
            {t('scoping.evidence')}
          </Typography.Text>
          {passages === null ? (
            <Spin size="small" description={t('scoping.loadingEvidence')} />
          ) : passages.length === 0 ? (
            <Typography.Text type="secondary">{t('scoping.noEvidence')}</Typography.Text>
          ) : (
            <>
              {shownPassages!.map((p) => (
                <PassageCard key={p.id} passage={p} determinantName={determinantName} onOpenSource={onOpenSource} />
              ))}
              {passages.length > PASSAGES_SHOWN && !allPassages && (
                <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => setAllPassages(true)}>
                  {t('scoping.morePassages', { count: passages.length - PASSAGES_SHOWN })}
                </Button>
              )}
            </>
          )}
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
            {t('scoping.indicators')}
          </Typography.Text>
          {indicators === null ? (
            <Spin size="small" />
          ) : (
            <IndicatorList
              indicators={indicators}
              chosen={entry.indicators}
              readOnly={readOnly}
              onToggle={(id, on) =>
                onChange({ ...entry, indicators: on ? [...entry.indicators, id].slice(0, 50) : entry.indicators.filter((i) => i !== id) })
              }
            />
          )}
        </Col>
      </Row>
      <Input.TextArea
        style={{ marginTop: 8 }}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={2000}
        aria-label={`${name} ${t('scoping.note')}`}
        placeholder={t('scoping.notePlaceholder')}
        value={entry.note}
        disabled={readOnly}
        onChange={(e) => onChange({ ...entry, note: e.target.value })}
      />
    </Card>
  );
}
