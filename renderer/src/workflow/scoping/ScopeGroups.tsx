import { Card, Checkbox, Space, Tag, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyOutput } from '../../../../shared/evidence/evidence-contract';
import { PHASES, type Phase } from '../../../../shared/workflow/stage-data';

/** 需关注的人群: the taxonomy's groups as a checkable list; those the draft names are marked. */
export function GroupPicker({
  groups,
  mentioned,
  value,
  readOnly,
  onChange,
}: {
  groups: TaxonomyOutput['groups'];
  /** Group id → the draft's words naming it. */
  mentioned: ReadonlyMap<string, string[]>;
  value: string[];
  readOnly: boolean;
  onChange: (next: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const en = i18n.language === 'en';
  return (
    <Card size="small" title={<span id={id}>{t('scoping.groups')}</span>} data-testid="scope-groups">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('scoping.groupsHint')}
      </Typography.Paragraph>
      <Checkbox.Group aria-labelledby={id} value={value} disabled={readOnly} onChange={(v) => onChange(v as string[])} style={{ width: '100%' }}>
        <Space orientation="vertical" size={4}>
          {groups.map((g) => {
            const words = mentioned.get(g.id);
            return (
              <Checkbox key={g.id} value={g.id}>
                {en ? g.nameEn : g.name}
                {words && (
                  <Tag color="orange" variant="filled" style={{ marginInlineStart: 6 }} title={words.join('、')}>
                    {t('scoping.mentioned')}
                  </Tag>
                )}
              </Checkbox>
            );
          })}
        </Space>
      </Checkbox.Group>
    </Card>
  );
}

/** 评价阶段 of a project: 设计 / 施工 / 运营. */
export function PhasePicker({ value, readOnly, onChange }: { value: Phase[]; readOnly: boolean; onChange: (next: Phase[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card size="small" title={<span id={id}>{t('scoping.phases')}</span>} data-testid="scope-phases">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('scoping.phasesHint')}
      </Typography.Paragraph>
      <Checkbox.Group
        aria-labelledby={id}
        value={value}
        disabled={readOnly}
        // Keep the natural order 设计 → 施工 → 运营 whatever the click order.
        onChange={(v) => onChange(PHASES.filter((p) => (v as string[]).includes(p)))}
        options={PHASES.map((p) => ({ value: p, label: t(`scoping.phase.${p}`) }))}
      />
    </Card>
  );
}
