import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_CATEGORIES, REGISTER_STATUSES, type RegisterFilter } from '../../../shared/register/register';

/** The filter bar: year, category, department, status and a search box; each empty = all. */
export function RegisterFilters({
  filter,
  years,
  departments,
  onChange,
}: {
  filter: RegisterFilter;
  /** Years and departments present in the register, so only real choices are offered. */
  years: number[];
  departments: string[];
  onChange: (next: RegisterFilter) => void;
}) {
  const { t } = useTranslation();
  // undefined clears a filter; the contract treats a missing key as "all".
  const set = (patch: Partial<RegisterFilter>) => onChange({ ...filter, ...patch });
  const active = Object.values(filter).some((v) => v !== undefined && v !== '');
  // The box keeps what is typed; the filter changes only when a search is submitted.
  const [text, setText] = useState(filter.search ?? '');

  return (
    <Space wrap>
      <Select
        aria-label={t('register.fields.year')}
        allowClear
        placeholder={t('register.filters.year')}
        style={{ width: 120 }}
        value={filter.year}
        onChange={(year?: number) => set({ year })}
        options={years.map((y) => ({ value: y, label: t('register.filters.yearOption', { year: y }) }))}
      />
      <Select
        aria-label={t('register.fields.category')}
        allowClear
        placeholder={t('register.filters.category')}
        style={{ width: 200 }}
        value={filter.category}
        onChange={(category?: RegisterFilter['category']) => set({ category })}
        options={REGISTER_CATEGORIES.map((c) => ({ value: c, label: t(`register.categories.${c}`) }))}
      />
      <Select
        aria-label={t('register.fields.department')}
        allowClear
        showSearch
        placeholder={t('register.filters.department')}
        style={{ width: 200 }}
        value={filter.department}
        onChange={(department?: string) => set({ department })}
        options={departments.map((d) => ({ value: d, label: d }))}
      />
      <Select
        aria-label={t('register.fields.status')}
        allowClear
        placeholder={t('register.filters.status')}
        style={{ width: 120 }}
        value={filter.status}
        onChange={(status?: RegisterFilter['status']) => set({ status })}
        options={REGISTER_STATUSES.map((s) => ({ value: s, label: t(`register.statuses.${s}`) }))}
      />
      <Input.Search
        allowClear
        aria-label={t('register.filters.search')}
        placeholder={t('register.filters.search')}
        style={{ width: 240 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => set({ search: v.trim() || undefined })}
      />
      {active && (
        <Button
          type="link"
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          {t('register.filters.clear')}
        </Button>
      )}
    </Space>
  );
}
