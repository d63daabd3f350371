import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../shared/register/register';
import { call } from '../api/client';
import { describeError } from '../errors';
import { FilePicker } from '../files/FilePicker';
import { fileToBase64 } from '../files/file-to-base64';
import { FormatDownload } from './FormatDownload';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportResultStep } from './ImportResultStep';
import { TABLE_ACCEPT } from './table-files';

type TableFile = { fileName: string; dataBase64: string };

/**
 * 导入台账: choose a CSV/XLSX file → the core checks every row (register/preview-import) →
 * the person sees the mapping and the errors → the valid rows are imported in one transaction
 * (register/import, which checks the same file again) → a summary. Nothing is written before
 * the confirm button.
 */
export function ImportWizard({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => unknown }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<TableFile | null>(null);
  const [parsing, setParsing] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const step = result ? 2 : preview ? 1 : 0;

  function reset() {
    setFile(null);
    setPreview(null);
    setResult(null);
  }

  function close() {
    reset();
    onClose();
  }

  async function choose(chosen: File) {
    reset();
    setParsing(chosen.name);
    try {
      const input = { fileName: chosen.name, dataBase64: await fileToBase64(chosen) };
      setPreview(await call('register/preview-import', input));
      setFile(input);
    } catch (err) {
      void message.error({ content: describeError(t, err), duration: 8 });
    } finally {
      setParsing(null);
    }
  }

  async function runImport() {
    if (!file) return;
    setImporting(true);
    try {
      setResult(await call('register/import', file));
      await onImported();
    } catch (err) {
      // One transaction: nothing was imported.
      void message.error({ content: describeError(t, err), duration: 8 });
    } finally {
      setImporting(false);
    }
  }

  const footer =
    step === 0 ? (
      <Button onClick={close}>{t('register.form.cancel')}</Button>
    ) : step === 1 ? (
      <Flex justify="space-between">
        <Button onClick={reset}>{t('register.import.back')}</Button>
        <Flex gap={8}>
          <Button onClick={close}>{t('register.form.cancel')}</Button>
          <Button type="primary" loading={importing} disabled={!preview || preview.valid === 0} onClick={runImport}>
            {t('register.import.confirm', { count: preview?.valid ?? 0 })}
          </Button>
        </Flex>
      </Flex>
    ) : (
      <Button type="primary" onClick={close}>
        {t('register.import.close')}
      </Button>
    );

  return (
    <Modal open={open} title={t('register.import.title')} onCancel={close} footer={footer} width={1080} destroyOnHidden mask={{ closable: false }}>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 20 }}
        items={[{ title: t('register.import.steps.choose') }, { title: t('register.import.steps.preview') }, { title: t('register.import.steps.result') }]}
      />
      {step === 0 && (
        <Spin spinning={parsing !== null} description={parsing ? t('register.import.parsing', { name: parsing }) : undefined}>
          <Flex vertical gap={12} align="flex-start">
            <Typography.Paragraph style={{ margin: 0 }}>{t('register.import.hint')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('register.import.columnsHint')}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <FilePicker accept={TABLE_ACCEPT} onFile={choose}>
                <Button type="primary" icon={<UploadOutlined />} loading={parsing !== null}>
                  {t('register.import.pick')}
                </Button>
              </FilePicker>
              <FormatDownload
                label={t('register.actions.template')}
                icon={<FileExcelOutlined />}
                fetch={(format) => call('register/template', { format })}
              />
            </Flex>
          </Flex>
        </Spin>
      )}
      {step === 1 && preview && (
        <>
          <Typography.Paragraph type="secondary">{t('register.import.file', { name: preview.fileName })}</Typography.Paragraph>
          <ImportPreviewStep preview={preview} />
        </>
      )}
      {step === 2 && result && <ImportResultStep result={result} />}
    </Modal>
  );
}
