import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  WorkingGroupInput,
  WorkingGroupMember,
  workingGroupRoleLabels,
  type Measure,
  type WorkingGroupRole,
} from '@taobo/contracts';
import { api } from '../api.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLang } from '../i18n/labels.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { collectorsQuery, useSupervisionRefresh } from './measureQueries.ts';

interface MemberValues {
  role?: WorkingGroupRole;
  staffId?: string | null;
  name?: string;
  phone?: string;
}

const member = WorkingGroupMember.shape;

/** 社区戒毒工作小组 (条例 第十七条): staff of the platform or people outside it (family, volunteers). */
export function WorkingGroupModal({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const refresh = useSupervisionRefresh();
  const staff = useQuery(collectorsQuery(measure.id));
  // "李专干（梅湾街道）" → "李专干": the member's name without the unit.
  const plainName = (id: string) => staff.data?.find((s) => s.id === id)?.name.replace(/（.*）$/, '');

  return (
    <ActionModal<{ members?: MemberValues[] }, WorkingGroupInput, Measure>
      testId="measure-working-group-form"
      title={t('measure.workingGroup')}
      width={860}
      onClose={onClose}
      schema={WorkingGroupInput}
      initialValues={{
        members: measure.workingGroup.map((m) => ({ ...m, phone: m.phone ?? undefined })),
      }}
      toPayload={(v) => ({
        members: (v.members ?? []).map((m) => ({
          role: m.role as WorkingGroupRole,
          name: m.name?.trim() ?? '',
          staffId: m.staffId || null,
          phone: m.phone?.trim() || null,
        })),
      })}
      submit={(body) => api.put('/api/measures/{id}/working-group', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.workingGroup')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {(form) => (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('measure.wg.hint')}
          </Typography.Paragraph>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <>
                {fields.map(({ key, name }) => (
                  <Space key={key} align="start" style={{ display: 'flex' }} size={8}>
                    <Form.Item
                      name={[name, 'role']}
                      rules={[{ required: true, message: t('measure.wg.roleRequired') }]}
                      style={{ width: 150 }}
                    >
                      <Select
                        aria-label={t('measure.wg.role')}
                        placeholder={t('measure.wg.role')}
                        options={labelOptions(workingGroupRoleLabels, lang)}
                      />
                    </Form.Item>
                    <Form.Item name={[name, 'staffId']} style={{ width: 240 }}>
                      <Select
                        aria-label={t('measure.wg.staff')}
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={staff.isFetching}
                        placeholder={t('measure.wg.staffPlaceholder')}
                        options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                        onChange={(id?: string) => {
                          const n = id ? plainName(id) : undefined;
                          if (n) form.setFieldValue(['members', name, 'name'], n);
                        }}
                      />
                    </Form.Item>
                    <Form.Item name={[name, 'name']} rules={[zodRule(member.name)]} style={{ width: 150 }}>
                      <Input
                        aria-label={t('measure.wg.name')}
                        placeholder={t('measure.wg.name')}
                        maxLength={32}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'phone']}
                      rules={[zodRule(member.phone, { optional: true })]}
                      style={{ width: 150 }}
                    >
                      <Input
                        aria-label={t('measure.wg.phone')}
                        placeholder={t('measure.wg.phone')}
                        maxLength={20}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('measure.wg.remove')}
                      onClick={() => remove(name)}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ role: fields.length === 0 ? 'officer' : undefined })}
                  disabled={fields.length >= 20}
                >
                  {t('measure.wg.add')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </ActionModal>
  );
}
