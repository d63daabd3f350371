import { FileAddOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../files/FilePicker';
import { call } from '../api/client';
import { describeError } from '../errors';
import { fileToBase64, IMPORT_ACCEPT } from '../files/file-to-base64';

/**
 * Reads a draft file (DOCX, PDF, TXT in UTF-8/GBK, Markdown) through the core's readers and
 * hands its text to the form. Asks before replacing text already typed; a file that cannot be
 * read leaves the form as it was and says why.
 */
export function DraftImportButton({ current, onText }: { current: () => string; onText: (text: string) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [reading, setReading] = useState<string | null>(null);

  async function read(file: File) {
    setReading(file.name);
    try {
      const r = await call('files/read-text', { fileName: file.name, dataBase64: await fileToBase64(file) });
      const apply = () => {
        onText(r.text);
        void message.success(
          t('draftImport.done', {
            name: file.name,
            format: r.format.toUpperCase(),
            encoding: r.encoding ? t('draftImport.encoding', { encoding: r.encoding.toUpperCase() }) : '',
            count: r.text.length,
          }),
        );
        if (r.warnings.length) void message.warning(t('draftImport.warnings', { text: r.warnings.join('；') }));
      };
      if (current().trim()) {
        modal.confirm({
          title: t('draftImport.replaceTitle'),
          content: t('draftImport.replaceBody'),
          okText: t('draftImport.replace'),
          cancelText: t('draftImport.cancel'),
          onOk: apply,
        });
      } else apply();
    } catch (err) {
      void message.error({ content: describeError(t, err), duration: 8 });
    } finally {
      setReading(null);
    }
  }

  return (
    <FilePicker accept={IMPORT_ACCEPT} onFile={read}>
      <Button icon={<FileAddOutlined />} loading={reading !== null} title={t('draftImport.hint')}>
        {reading ? t('draftImport.reading', { name: reading }) : t('draftImport.button')}
      </Button>
    </FilePicker>
  );
}
