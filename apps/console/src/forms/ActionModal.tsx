import type { ReactNode } from 'react';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api.ts';
import { checkWithSchema } from './schemaCheck.ts';
import { applyServerErrors } from './serverErrors.ts';
import type { SafeParser } from './zodRule.ts';

export interface Confirmation {
  title: string;
  content: ReactNode;
  danger?: boolean;
}

interface Props<V extends object, P, R> {
  title: string;
  onClose: () => void;
  /** The contract schema of the request body: checked as a whole before sending. */
  schema: SafeParser;
  initialValues?: Partial<V>;
  toPayload: (values: V) => P;
  submit: (payload: P) => Promise<R>;
  /** Asked once more before a destructive action is sent. */
  confirm?: (payload: P) => Confirmation | null;
  successMessage: string;
  onSuccess?: (result: R) => void | Promise<void>;
  /** Error codes that belong to one field (e.g. TEST_OUTSIDE_WINDOW → date). */
  errorFields?: Record<string, string>;
  okText?: string;
  danger?: boolean;
  width?: number;
  testId: string;
  children: (form: FormInstance<V>) => ReactNode;
}

/**
 * One modal form for one action on a measure: fields validated with the contract's zod schema
 * (per field by `zodRule`, then the whole body by `checkWithSchema`), an optional confirmation,
 * and the server's field errors put back on the fields. Rendered only while open, so each
 * opening starts from the initial values.
 */
export function ActionModal<V extends object, P, R>({
  title,
  onClose,
  schema,
  initialValues,
  toPayload,
  submit,
  confirm,
  successMessage,
  onSuccess,
  errorFields,
  okText,
  danger,
  width = 560,
  testId,
  children,
}: Props<V, P, R>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<V>();

  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: async (result) => {
      void message.success(successMessage);
      onClose();
      await onSuccess?.(result);
    },
    onError: (error) => {
      if (!applyServerErrors(form, error, errorFields)) void message.error(errorMessage(error));
    },
  });

  const send = (values: V) => {
    const payload = toPayload(values);
    if (!checkWithSchema(form, schema, payload)) return;
    const ask = confirm?.(payload);
    if (!ask) {
      mutation.mutate(payload);
      return;
    }
    modal.confirm({
      title: ask.title,
      content: ask.content,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: ask.danger ?? false, 'data-testid': `${testId}-confirm` },
      onOk: () => mutation.mutateAsync(payload).catch(() => undefined),
    });
  };

  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: mutation.isPending, danger, 'data-testid': `${testId}-submit` }}
      width={width}
      destroyOnHidden
      maskClosable={false}
    >
      <div data-testid={testId}>
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={send}
          disabled={mutation.isPending}
          requiredMark
        >
          {children(form)}
        </Form>
      </div>
    </Modal>
  );
}
