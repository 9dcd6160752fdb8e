import { Alert, Form, Input, Modal, App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChangePasswordInput, type ChangePasswordInput as ChangePasswordValues } from '@taobo/contracts';
import { ApiError, api, errorMessage } from '../api.ts';
import { meQuery } from '../auth/session.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { zodRule } from '../forms/zodRule.ts';

interface Props {
  open: boolean;
  /** The server says this password must change before anything else: no way to dismiss. */
  forced: boolean;
  onClose: () => void;
}

type Values = ChangePasswordValues & { confirmPassword: string };

export function ChangePasswordModal({ open, forced, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();

  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      api.post('/api/auth/password', { body: { currentPassword, newPassword } }),
    onSuccess: async () => {
      void message.success(t('password.success'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
      onClose();
    },
    onError: (error) => {
      // A wrong current password belongs next to that field.
      const mapped = applyServerErrors(form, error, {
        WRONG_PASSWORD: 'currentPassword',
      });
      if (!mapped && !(error instanceof ApiError && error.status === 401))
        void message.error(errorMessage(error));
    },
  });

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: !forced }}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      okButtonProps={{ loading: change.isPending }}
      destroyOnHidden
    >
      {forced && (
        <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => change.mutate(values)}
        requiredMark={false}
      >
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[zodRule(ChangePasswordInput.shape.currentPassword)]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint')}
          rules={[zodRule(ChangePasswordInput.shape.newPassword)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
