import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AdoptedItem } from './AdoptedItem';
import { removeItem, setItemText, type RecommendationItem, type RecommendationsData } from './model';

/**
 * Recommendations whose impact is no longer among the scored ones (the rating changed since):
 * kept visible so nothing stored is hidden, and editable or removable.
 */
export function OtherItems({
  items,
  data,
  onChange,
  readOnly,
  nameOf,
  libraryTitle,
}: {
  items: RecommendationItem[];
  data: RecommendationsData;
  onChange: (next: RecommendationsData) => void;
  readOnly: boolean;
  nameOf: (id: string) => string;
  libraryTitle: (libraryId: string | null) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('recommendations.otherTitle')} data-testid="other-recommendations">
      <Typography.Paragraph type="secondary">{t('recommendations.otherHint')}</Typography.Paragraph>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {items.map((item, i) => (
          <div key={item.id}>
            <Space size={4} style={{ marginBottom: 4 }}>
              <Typography.Text strong>{nameOf(item.determinantId)}</Typography.Text>
              <Tag>{t(`recommendations.kind.${item.kind}`)}</Tag>
            </Space>
            <AdoptedItem
              item={item}
              index={i + 1}
              name={nameOf(item.determinantId)}
              libraryTitle={libraryTitle(item.libraryId)}
              readOnly={readOnly}
              onText={(text) => onChange(setItemText(data, item.id, text))}
              onRemove={() => onChange(removeItem(data, item.id))}
            />
          </div>
        ))}
      </Space>
    </Card>
  );
}
