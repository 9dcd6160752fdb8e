import { Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LeaveDecisionInput, LeaveRefusalInput, type LeaveRequest } from '@taobo/contracts';
import { api } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { zodRule } from '../forms/zodRule.ts';

export type LeaveAction = 'approve' | 'refuse' | 'approveExtension' | 'refuseExtension';

const paths = {
  approve: 'approve',
  refuse: 'refuse',
  approveExtension: 'extension/approve',
  refuseExtension: 'extension/refuse',
} as const satisfies Record<LeaveAction, string>;

/** Approve or refuse a leave request or its extension: a note (required to refuse), then a confirmation. */
export function LeaveDecisionModal({
  request,
  action,
  onClose,
}: {
  request: LeaveRequest;
  action: LeaveAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const refusing = action === 'refuse' || action === 'refuseExtension';
  const schema = refusing ? LeaveRefusalInput : LeaveDecisionInput;
  const to = action === 'approveExtension' && request.extension ? request.extension.to : request.to;
  return (
    <ActionModal<{ note?: string }, { note: string | null }, LeaveRequest>
      title={t(`leave.${action}Title`)}
      onClose={onClose}
      schema={schema}
      toPayload={(v) => ({ note: v.note?.trim() || (refusing ? '' : null) })}
      submit={(body) =>
        api.post(`/api/leave-requests/{id}/${paths[action]}`, { params: { id: request.id }, body })
      }
      confirm={() =>
        refusing
          ? {
              title: t(`leave.${action}Title`),
              content: t('leave.confirmRefuse', { name: request.person.name }),
              danger: true,
            }
          : {
              title: t(`leave.${action}Title`),
              content: t('leave.confirmApprove', {
                name: request.person.name,
                from: request.from,
                to,
                destination: request.destination,
              }),
            }
      }
      successMessage={refusing ? t('leave.refused') : t('leave.approved')}
      onSuccess={async () => {
        await client.invalidateQueries({ queryKey: ['leave'] });
        await client.invalidateQueries({ queryKey: ['worklist'] });
      }}
      okText={t(`leave.${action}`)}
      danger={refusing}
      testId={`leave-${action}`}
    >
      {() => (
        <Form.Item
          name="note"
          label={refusing ? t('leave.refusalNote') : t('leave.note')}
          required={refusing}
          rules={[zodRule(schema.shape.note, { optional: !refusing })]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={refusing ? t('leave.refusalPlaceholder') : undefined}
          />
        </Form.Item>
      )}
    </ActionModal>
  );
}
