import { App as AntApp, ConfigProvider, Layout, Menu, Radio, Space, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n';
import { WorkflowPage } from './workflow/WorkflowPage';
import { AssessmentList } from './assessments/AssessmentList';
import { rememberLanguage } from './i18n';
import { routeHref, useRoute } from './routing';
import { SearchPage } from './evidence/SearchPage';
import { LibraryPage } from './evidence/LibraryPage';
import { ReviewPage } from './review/ReviewPage';
import { BackupPage } from './backup/BackupPage';
import { RegisterPage } from './register/RegisterPage';
import { CoveragePage } from './coverage/CoveragePage';
import { IndicatorCatalogPage } from './monitoring/IndicatorCatalogPage';

function applyLanguage(lang: Language) {
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang;
}

export function App() {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<Language>(i18n.language as Language);
  const route = useRoute();
  applyLanguage(lang);

  function switchLanguage(next: Language) {
    rememberLanguage(next);
    void i18n.changeLanguage(next);
    setLang(next);
  }

  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={{ token: { colorPrimary: '#0b6e4f' } }}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
            <Space align="baseline">
              <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
                <a href="#/" style={{ color: 'inherit' }}>
                  {t('app.title')}
                </a>
              </Typography.Title>
              <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }}>{t('app.subtitle')}</Typography.Text>
            </Space>
            <Menu
              theme="dark"
              mode="horizontal"
              selectedKeys={[route.name === 'assessment' || route.name === 'list' ? 'assessments' : route.name]}
              style={{ flex: 1, minWidth: 220, marginLeft: 32, background: 'transparent' }}
              items={[
                { key: 'assessments', label: <a href={routeHref({ name: 'list' })}>{t('nav.assessments')}</a> },
                { key: 'register', label: <a href={routeHref({ name: 'register' })}>{t('register.nav')}</a> },
                { key: 'coverage', label: <a href={routeHref({ name: 'coverage' })}>{t('coverage.nav')}</a> },
                { key: 'search', label: <a href={routeHref({ name: 'search' })}>{t('nav.search')}</a> },
                { key: 'library', label: <a href={routeHref({ name: 'library' })}>{t('nav.library')}</a> },
                { key: 'indicators', label: <a href={routeHref({ name: 'indicators' })}>{t('monitoring.nav')}</a> },
                { key: 'reviews', label: <a href={routeHref({ name: 'reviews' })}>{t('review.nav')}</a> },
                { key: 'backups', label: <a href={routeHref({ name: 'backups' })}>{t('backup.nav')}</a> },
              ]}
            />
            <Radio.Group
              aria-label={t('app.language')}
              optionType="button"
              size="small"
              value={lang}
              onChange={(e) => switchLanguage(e.target.value as Language)}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Layout.Header>
          <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
            {route.name === 'assessment' && <WorkflowPage key={route.id} id={route.id} />}
            {route.name === 'search' && <SearchPage />}
            {route.name === 'library' && <LibraryPage />}
            {route.name === 'reviews' && <ReviewPage />}
            {route.name === 'backups' && <BackupPage />}
            {route.name === 'register' && <RegisterPage />}
            {route.name === 'coverage' && <CoveragePage />}
            {route.name === 'indicators' && <IndicatorCatalogPage />}
            {route.name === 'list' && <AssessmentList />}
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
