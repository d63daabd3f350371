import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MitigationEntry } from '../../../../shared/workflow/mitigation-library';
import type { DeterminantSuggestion } from '../../../../shared/workflow/recommend';
import { AdoptedItem } from './AdoptedItem';
import { addItem, itemsOf, removeItem, setItemText, type RecommendationsData } from './model';
import { RiskTag } from './RiskTag';
import { SuggestionCard } from './SuggestionCard';

/** Library cards shown before "展开其余 n 条". */
const FIRST_CARDS = 3;

const DIRECTION_COLOR = { negative: 'red', uncertain: 'orange', positive: 'green', none: 'default' } as const;

/** The header tags of one determinant: rank, direction, risk (per phase for projects), scope. */
function Header({ s, name }: { s: DeterminantSuggestion; name: string }) {
  const { t } = useTranslation();
  const phased = s.items.some((r) => r.item.phase !== 'all');
  return (
    <Flex wrap gap={6} align="center" style={{ whiteSpace: 'normal', padding: '4px 0' }}>
      {s.kind === 'mitigation' && <Tag color="blue">{s.rank ? t('recommendations.rank', { rank: s.rank }) : t('recommendations.unranked')}</Tag>}
      <Typography.Text strong style={{ fontSize: 15 }}>
        {name}
      </Typography.Text>
      <Tag color={DIRECTION_COLOR[s.direction]}>{t(`recommendations.direction.${s.direction}`)}</Tag>
      {phased ? (
        s.items.map((r) => (
          <RiskTag key={r.item.phase} risk={r.risk} prefix={r.item.phase === 'all' ? undefined : t(`recommendations.phase.${r.item.phase}`)} />
        ))
      ) : (
        <RiskTag risk={s.risk} />
      )}
      {!s.inScope && <Tag color="default">{t('recommendations.notInScope')}</Tag>}
    </Flex>
  );
}

/**
 * One determinant needing action: the recommendations made for it (editable), the library
 * suggestions that fit (采用 adds one), and 自行添加建议 for free text.
 */
export function DeterminantPanel({
  s,
  name,
  data,
  onChange,
  readOnly,
  documentTitle,
  libraryTitle,
}: {
  s: DeterminantSuggestion;
  name: string;
  data: RecommendationsData;
  onChange: (next: RecommendationsData) => void;
  readOnly: boolean;
  documentTitle: (id: string) => string;
  libraryTitle: (libraryId: string | null) => string | null;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const items = itemsOf(data, s.determinantId, s.kind);
  const taken = new Set(items.map((i) => i.libraryId));
  const shown = expanded ? s.entries : s.entries.slice(0, FIRST_CARDS);
  const missing = s.kind === 'mitigation' && !items.some((i) => i.text.trim());
  const adopt = (e: MitigationEntry) => onChange(addItem(data, s.determinantId, s.kind, e.text, e.id));

  return (
    <Card size="small" title={<Header s={s} name={name} />} data-testid="determinant-panel" data-determinant={s.determinantId} data-kind={s.kind}>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{t('recommendations.adoptedTitle')}</Typography.Text>
              {missing && <Typography.Text type="warning">{t('recommendations.needOne')}</Typography.Text>}
            </Flex>
            {items.length === 0 && <Typography.Text type="secondary">{t('recommendations.noneAdopted')}</Typography.Text>}
            {items.map((item, i) => (
              <AdoptedItem
                key={item.id}
                item={item}
                index={i + 1}
                name={name}
                libraryTitle={libraryTitle(item.libraryId)}
                readOnly={readOnly}
                onText={(text) => onChange(setItemText(data, item.id, text))}
                onRemove={() => onChange(removeItem(data, item.id))}
              />
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={readOnly}
              onClick={() => onChange(addItem(data, s.determinantId, s.kind, '', null))}
              aria-label={t('recommendations.addOwnLabel', { name })}
            >
              {t('recommendations.addOwn')}
            </Button>
          </Space>
        </Col>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            <Typography.Text strong>
              {s.entries.length > 0 ? t('recommendations.libraryCount', { count: s.entries.length }) : t('recommendations.libraryTitle')}
            </Typography.Text>
            {s.entries.length === 0 && <Typography.Text type="secondary">{t('recommendations.noLibrary')}</Typography.Text>}
            {shown.map((e) => (
              <SuggestionCard
                key={e.id}
                entry={e}
                adopted={taken.has(e.id)}
                readOnly={readOnly}
                onAdopt={() => adopt(e)}
                documentTitle={documentTitle}
              />
            ))}
            {s.entries.length > FIRST_CARDS && (
              <Button type="link" size="small" onClick={() => setExpanded((x) => !x)} style={{ paddingInline: 0 }}>
                {expanded ? t('recommendations.showLess') : t('recommendations.showMore', { count: s.entries.length - FIRST_CARDS })}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
