import { AuditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditDrawer } from './AuditDrawer';

/** 审计日志 in the assessment header: opens the trail of this assessment. */
export function AuditButton({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<AuditOutlined />} onClick={() => setOpen(true)}>
        {t('audit.button')}
      </Button>
      <AuditDrawer assessmentId={assessmentId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
