import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import { SignedPanel } from './SignedPanel';
import { SignForm } from './SignForm';
import { useVersions } from './useVersions';
import { VersionHistory } from './VersionHistory';

/**
 * 签发 below the conclusion: the signatures and sign-off before; after, the signed version
 * (fingerprint, report, history, revision, feedback). A revision in progress shows its history.
 */
export function SignOffPanel({ view }: { view: WorkflowViewOut }) {
  const a = view.assessment;
  if (a.status === 'signed') return <SignedPanel view={view} />;
  return a.version > 1 ? <Revision view={view} /> : <SignForm view={view} />;
}

function Revision({ view }: { view: WorkflowViewOut }) {
  const { t } = useTranslation();
  const a = view.assessment;
  const versions = useVersions(a.id, `${a.version}|${a.status}`);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('signoff.revising', { version: a.version })} />
      <SignForm view={view} />
      <VersionHistory assessmentId={a.id} versions={versions} />
    </Space>
  );
}
