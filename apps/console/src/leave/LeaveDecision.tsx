import { Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LeaveDecisionInput, LeaveRefusalInput, type LeaveRequest } from '@taobo/contracts';
import { api } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { zodRule } from '../forms/zodRule.ts';

/**
 * `acknowledge`: 已知悉 a written report (戒毒条例 第十九条, the default); the others only where the
 * county's agreement adds an approval step (local policy).
 */
export type LeaveAction = 'acknowledge' | 'approve' | 'refuse' | 'approveExtension' | 'refuseExtension';

const paths = {
  acknowledge: 'acknowledge',
  approve: 'approve',
  refuse: 'refuse',
  approveExtension: 'extension/approve',
  refuseExtension: 'extension/refuse',
} as const satisfies Record<LeaveAction, string>;

/**
 * Acknowledge a report (a concern note, optional), or approve or refuse a request or its extension
 * under a local approval policy (a note, required to refuse); then a confirmation.
 */
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
  const acknowledging = action === 'acknowledge';
  const schema = refusing ? LeaveRefusalInput : LeaveDecisionInput;
  const to = action === 'approveExtension' && request.extension ? request.extension.to : request.to;
  const facts = { name: request.person.name, from: request.from, to, destination: request.destination };
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
              content: t(acknowledging ? 'leave.confirmAcknowledge' : 'leave.confirmApprove', facts),
            }
      }
      successMessage={
        refusing ? t('leave.refused') : acknowledging ? t('leave.acknowledged') : t('leave.approved')
      }
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
          label={refusing ? t('leave.refusalNote') : acknowledging ? t('leave.concernNote') : t('leave.note')}
          required={refusing}
          extra={acknowledging ? t('leave.concernHint') : undefined}
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
