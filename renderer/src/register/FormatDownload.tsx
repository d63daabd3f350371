import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors';
import { downloadTable, TABLE_FORMATS, type TableFormat } from './table-files';

/** A button with a CSV / XLSX menu that fetches a file from the core and saves it. */
export function FormatDownload({
  label,
  icon,
  fetch,
}: {
  label: string;
  icon: ReactNode;
  fetch: (format: TableFormat) => Promise<{ fileName: string; dataBase64: string }>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function save(format: TableFormat) {
    setBusy(true);
    try {
      downloadTable(await fetch(format), format);
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{ items: TABLE_FORMATS.map((f) => ({ key: f, label: t(`register.formats.${f}`), onClick: () => void save(f) })) }}
    >
      <Button icon={icon} loading={busy}>
        {label} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
