import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Modal, Row, Select, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageSettings } from '../../../shared/register/coverage-contract';
import { REGISTER_CATEGORIES } from '../../../shared/register/register';
import { call } from '../api/client';
import { describeError } from '../errors';
import { fromFormTargets, newTargetId, toFormTargets, type TargetFormValue } from './target-form';
import { TargetSource } from './TargetSource';

interface FormValues {
  targets: TargetFormValue[];
}

/** The contract's limit on targets. */
const MAX_TARGETS = 20;

/**
 * 目标设置: edit, add and remove coverage targets; 恢复默认 brings back the seeds' targets
 * with their sources. The counting rule (豁免项计入分母) is switched on the page itself.
 */
export function TargetSettings({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => unknown }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [settings, setSettings] = useState<CoverageSettings | null>(null);
  const [saving, setSaving] = useState(false);

  const fill = useCallback(
    (s: CoverageSettings) => {
      setSettings(s);
      form.resetFields();
      form.setFieldsValue({ targets: toFormTargets(s) });
    },
    [form],
  );

  // Read afresh at each opening: the switch on the page may have changed the settings since.
  useEffect(() => {
    if (!open) return;
    let live = true;
    setSettings(null);
    call('coverage/settings', {}).then(
      (s) => live && fill(s),
      (err: unknown) => void message.error(describeError(t, err)),
    );
    return () => {
      live = false;
    };
  }, [open, fill, message, t]);

  async function save() {
    if (!settings || !(await form.validateFields().catch(() => null))) return;
    // The whole store: ids and sources have no input of their own, so validateFields omits them.
    const values = form.getFieldsValue(true) as FormValues;
    setSaving(true);
    try {
      await call('coverage/save-settings', { ...settings, targets: fromFormTargets(values.targets ?? []) });
      void message.success(t('coverage.settings.saved'));
      await onSaved();
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  function reset() {
    modal.confirm({
      title: t('coverage.settings.resetTitle'),
      content: t('coverage.settings.resetBody'),
      okText: t('coverage.settings.reset'),
      cancelText: t('coverage.settings.cancel'),
      onOk: async () => {
        try {
          fill(await call('coverage/reset-settings', {}));
          void message.success(t('coverage.settings.resetDone'));
          await onSaved();
        } catch (err) {
          void message.error(describeError(t, err));
        }
      },
    });
  }

  const footer = (
    <Flex justify="space-between">
      <Button onClick={reset} disabled={!settings}>
        {t('coverage.settings.reset')}
      </Button>
      <Flex gap={8}>
        <Button onClick={onClose}>{t('coverage.settings.cancel')}</Button>
        <Button type="primary" loading={saving} disabled={!settings} onClick={save}>
          {t('coverage.settings.save')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Modal open={open} title={t('coverage.settings.title')} onCancel={onClose} footer={footer} width={860} forceRender>
      <Spin spinning={!settings}>
        <Typography.Paragraph type="secondary">{t('coverage.settings.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="coverage-targets">
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <Flex vertical gap={12}>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('coverage.settings.targetN', { n: index + 1 })}
                    extra={
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                        {t('coverage.settings.remove')}
                      </Button>
                    }
                  >
                    <TargetFields name={field.name} />
                  </Card>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_TARGETS}
                  onClick={() => {
                    const ids = ((form.getFieldValue('targets') ?? []) as TargetFormValue[]).map((v) => v.id);
                    add({
                      id: newTargetId(ids, new Date()),
                      label: '',
                      categories: [],
                      minPercent: 50,
                      targetYear: new Date().getFullYear(),
                      source: null,
                    } satisfies TargetFormValue);
                  }}
                >
                  {t('coverage.settings.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Spin>
    </Modal>
  );
}

/** One target's inputs; its source (if any) is shown, not edited. */
function TargetFields({ name }: { name: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const source = Form.useWatch(['targets', name, 'source'], { form, preserve: true }) as TargetFormValue['source'] | undefined;
  const required = (field: string) => ({ required: true, message: t('assessment.required', { field }) });
  return (
    <Row gutter={12}>
      <Col span={24}>
        <Form.Item name={[name, 'label']} label={t('coverage.settings.label')} rules={[{ ...required(t('coverage.settings.label')), whitespace: true }, { max: 100, message: t('assessment.tooLong', { field: t('coverage.settings.label'), max: 100 }) }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'categories']} label={t('coverage.settings.categories')} extra={t('coverage.settings.categoriesHint')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('coverage.targets.allCategories')}
            options={REGISTER_CATEGORIES.map((c) => ({ value: c, label: t(`register.categories.${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[name, 'minPercent']} label={t('coverage.settings.minShare')} rules={[required(t('coverage.settings.minShare'))]}>
          <InputNumber min={0} max={100} step={5} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[name, 'targetYear']} label={t('coverage.settings.targetYear')} rules={[required(t('coverage.settings.targetYear'))]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Flex vertical gap={2}>
          <TargetSource source={source ?? null} />
          {source && <Typography.Text type="secondary">{t('coverage.settings.sourceNote')}</Typography.Text>}
        </Flex>
      </Col>
    </Row>
  );
}
