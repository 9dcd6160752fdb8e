import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Tooltip } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RevealInput, type SensitiveField } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { zodRule } from '../forms/zodRule.ts';

interface Props {
  personId: string;
  field: SensitiveField;
  /** The masked value from the server; null when there is none. */
  masked: string | null;
  /** The field's name for the button and dialog ("身份证号"). */
  fieldLabel: string;
}

/**
 * A masked value with an explicit, audited "show" action (person:reveal): the user states a
 * reason, the server records it and answers with the plain value. Nothing is cached beyond this page.
 */
export function SensitiveValue({ personId, field, masked, fieldLabel }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<string | null | undefined>(undefined);
  const [form] = Form.useForm<{ reason: string }>();

  const reveal = useMutation({
    mutationFn: (reason: string) =>
      api.post('/api/persons/{id}/reveal', { params: { id: personId }, body: { field, reason } }),
    onSuccess: (result) => {
      setRevealed(result.value);
      setOpen(false);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['persons', 'audit', personId] });
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorMessage(error));
    },
  });

  if (masked === null || masked === '') return <span>{t('common.none')}</span>;
  const shown = revealed !== undefined;

  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span className="mono" data-testid={`value-${field}`}>
        {shown ? (revealed ?? t('common.none')) : masked}
      </span>
      {can('person:reveal') &&
        (shown ? (
          <Tooltip title={t('person.reveal.hide')}>
            <Button
              type="text"
              size="small"
              icon={<EyeInvisibleOutlined aria-hidden />}
              aria-label={t('person.reveal.hide')}
              onClick={() => setRevealed(undefined)}
            />
          </Tooltip>
        ) : (
          <Tooltip title={t('person.reveal.button', { field: fieldLabel })}>
            <Button
              type="text"
              size="small"
              icon={<EyeOutlined aria-hidden />}
              aria-label={t('person.reveal.button', { field: fieldLabel })}
              data-testid={`reveal-${field}`}
              onClick={() => setOpen(true)}
            />
          </Tooltip>
        ))}
      <Modal
        open={open}
        title={t('person.reveal.title', { field: fieldLabel })}
        okText={t('person.reveal.submit')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ loading: reveal.isPending }}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={t('person.reveal.notice')} style={{ marginBottom: 12 }} />
        <Form form={form} layout="vertical" onFinish={({ reason }) => reveal.mutate(reason)}>
          <Form.Item
            name="reason"
            label={t('person.reveal.reason')}
            rules={[zodRule(RevealInput.shape.reason)]}
          >
            <Input.TextArea
              autoFocus
              rows={2}
              maxLength={200}
              showCount
              placeholder={t('person.reveal.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </span>
  );
}
