import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecommendationItem } from './model';

/** A recommendation the person has made: editable text, its origin, and a remove button. */
export function AdoptedItem({
  item,
  index,
  name,
  libraryTitle,
  readOnly,
  onText,
  onRemove,
}: {
  item: RecommendationItem;
  /** 1-based position among the determinant's recommendations, for labels. */
  index: number;
  name: string;
  libraryTitle: string | null;
  readOnly: boolean;
  onText: (text: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const empty = !item.text.trim();
  return (
    <div data-testid="recommendation-item">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {libraryTitle ? t('recommendations.fromLibrary', { index, title: libraryTitle }) : t('recommendations.ownItem', { index })}
        </Typography.Text>
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          disabled={readOnly}
          onClick={onRemove}
          aria-label={t('recommendations.removeLabel', { name, index })}
        />
      </Flex>
      <Input.TextArea
        value={item.text}
        onChange={(e) => onText(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 10 }}
        maxLength={5000}
        disabled={readOnly}
        status={empty ? 'warning' : undefined}
        placeholder={t('recommendations.placeholder')}
        aria-label={t('recommendations.itemLabel', { name, index })}
      />
    </div>
  );
}
