import { Flex, Radio, Tooltip, Typography } from 'antd';
import type { Language } from '../../../../shared/i18n';
import type { RatingScheme, ScaleName } from '../../../../shared/workflow/rating-scheme';

export const FIELD_LABEL_WIDTH = 76;

/** One scale of the scheme as buttons with its labels; the hint of each level as a tooltip. */
export function RatingField({
  scheme,
  scale,
  subject,
  value,
  lang,
  disabled,
  onChange,
}: {
  scheme: RatingScheme;
  scale: ScaleName;
  /** The card's determinant (and phase), for the accessible name: "噪声与振动 可能性". */
  subject: string;
  value: number | null;
  lang: Language;
  disabled: boolean;
  onChange: (value: number) => void;
}) {
  const s = scheme.scales[scale];
  const name = lang === 'en' ? s.nameEn : s.name;
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text type="secondary" style={{ width: FIELD_LABEL_WIDTH, flex: 'none' }}>
        {name}
      </Typography.Text>
      <Radio.Group
        aria-label={`${subject} ${name}`}
        optionType="button"
        buttonStyle="solid"
        size="small"
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value as number)}
        options={s.levels.map((l) => ({
          value: l.value,
          label: (
            <Tooltip title={l.hint} mouseEnterDelay={0.4}>
              <span>{lang === 'en' ? l.labelEn : l.label}</span>
            </Tooltip>
          ),
        }))}
      />
    </Flex>
  );
}
