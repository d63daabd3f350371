import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Select, Space, Spin, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { FormatDownload } from '../register/FormatDownload';
import { routeHref } from '../routing';
import { CoverageCharts } from './CoverageCharts';
import { DrillDownDrawer, type Drill } from './DrillDownDrawer';
import { HeadlineCards } from './HeadlineCards';
import { TargetCards } from './TargetCards';
import { TargetSettings } from './TargetSettings';
import { useCoverage } from './useCoverage';
import { yearOptions } from './year-choice';

/** 覆盖率: the share of registered items submitted for HIA, against the targets, by year. */
export function CoveragePage() {
  const { t } = useTranslation();
  const { report, loading, reload, choice, setChoice, switching, setExemptInDenominator } = useCoverage();
  const [drill, setDrill] = useState<Drill | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const shownYear = choice === 'auto' ? (report?.year ?? undefined) : choice;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('coverage.title')}
        </Typography.Title>
        <Space wrap size="middle">
          <Select
            aria-label={t('coverage.year')}
            style={{ width: 130 }}
            value={shownYear}
            onChange={(v: number | 'all') => setChoice(v)}
            options={[
              ...yearOptions(report?.years ?? [], new Date()).map((y) => ({ value: y, label: t('coverage.yearOption', { year: y }) })),
              { value: 'all', label: t('coverage.allYears') },
            ]}
          />
          <Space>
            <Switch
              id="exempt-in-denominator"
              checked={report?.exemptInDenominator ?? false}
              loading={switching}
              disabled={!report}
              onChange={(v) => void setExemptInDenominator(v)}
            />
            <label htmlFor="exempt-in-denominator">{t('coverage.exemptInDenominator')}</label>
          </Space>
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
            {t('coverage.settings.open')}
          </Button>
          {/* The numbers shown, as a table to report upward (same year, same counting rule). */}
          <FormatDownload label={t('coverage.export')} icon={<DownloadOutlined />} fetch={(format) => call('coverage/export', { year: report?.year ?? null, format })} />
        </Space>
      </Flex>
      {report && (
        <Alert
          type="info"
          data-testid="counting-rule"
          title={t(report.exemptInDenominator ? 'coverage.ruleWithExempt' : 'coverage.rule')}
          description={t('coverage.ruleDetail')}
        />
      )}
      <Spin spinning={loading && report === null}>
        {report && report.years.length === 0 ? (
          <Empty
            description={
              <span>
                {t('coverage.empty')} <a href={routeHref({ name: 'register' })}>{t('coverage.openRegister')}</a>
              </span>
            }
          />
        ) : (
          report && (
            <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
              <HeadlineCards counts={report.overall} />
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('coverage.targets.title')}
              </Typography.Title>
              <TargetCards targets={report.targets} year={report.year} />
              <CoverageCharts report={report} onDrill={setDrill} />
            </Flex>
          )
        )}
      </Spin>
      <DrillDownDrawer drill={drill} exemptInDenominator={report?.exemptInDenominator ?? false} onClose={() => setDrill(null)} />
      <TargetSettings
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onSaved={async () => {
          setSettingsOpen(false);
          await reload();
        }}
      />
    </Space>
  );
}
