import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { roleLabels, StaffCreateInput, type Role, type StaffItem } from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useTitle } from '../components/useTitle.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';

const shape = StaffCreateInput.shape;

function CreateStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StaffCreateInput>();

  const create = useMutation({
    mutationFn: (input: StaffCreateInput) => api.post('/api/staff', { body: input }),
    onSuccess: async () => {
      void message.success(t('staff.created'));
      form.resetFields();
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
    onError: (error) => {
      const mapped = applyServerErrors(form, error, {
        DUPLICATE_USERNAME: 'username',
        USERNAME_TAKEN: 'username',
      });
      if (!mapped) void message.error(errorMessage(error));
    },
  });

  return (
    <Modal
      open={open}
      title={t('staff.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
      width={520}
    >
      <Form<StaffCreateInput>
        form={form}
        layout="vertical"
        onFinish={(values) => create.mutate(values)}
        disabled={create.isPending}
      >
        <Form.Item name="username" label={t('staff.username')} required rules={[zodRule(shape.username)]}>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('staff.displayName')}
          required
          rules={[zodRule(shape.displayName)]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('staff.role')}
          required
          rules={[{ required: true, message: t('staff.roleRequired') }]}
        >
          <Select options={labelOptions(roleLabels, lang)} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('staff.orgUnit')} required rules={[zodRule(shape.orgUnitId)]}>
          <OrgUnitPicker />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('staff.password')}
          required
          extra={t('staff.passwordHint')}
          rules={[zodRule(shape.password)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function StaffPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  useTitle(t('staff.title'));
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const q = params.get('q') ?? '';
  const role = (params.get('role') as Role | null) ?? undefined;
  const orgUnitId = params.get('orgUnitId') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = [20, 50, 100].includes(Number(params.get('pageSize')))
    ? Number(params.get('pageSize'))
    : 20;

  const list = useQuery({
    queryKey: ['staff', 'list', { q, role, orgUnitId, page, pageSize }],
    queryFn: ({ signal }) => api.get('/api/staff', { query: { q, role, orgUnitId, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Record<string, string | number | undefined | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (!('page' in patch)) next.delete('page');
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === null || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  return (
    <Card
      size="small"
      title={t('staff.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('staff.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          id="staff-search"
          name="q"
          allowClear
          defaultValue={q}
          key={q}
          placeholder={t('staff.searchPlaceholder')}
          style={{ width: 260 }}
          onSearch={(value) => update({ q: value.trim() })}
        />
        <Select<Role>
          aria-label={t('staff.role')}
          allowClear
          placeholder={t('staff.allRoles')}
          style={{ width: 180 }}
          value={role}
          onChange={(value) => update({ role: value })}
          options={labelOptions(roleLabels, lang)}
        />
        <OrgUnitPicker
          style={{ width: 220 }}
          value={orgUnitId ?? null}
          onChange={(value) => update({ orgUnitId: value })}
        />
      </Space>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<StaffItem>
        data-testid="staff-table"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={[
          {
            title: t('staff.username'),
            dataIndex: 'username',
            width: 160,
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('staff.displayName'), dataIndex: 'displayName', width: 180 },
          {
            title: t('staff.role'),
            dataIndex: 'role',
            width: 160,
            render: (r: Role) => <Tag>{label(roleLabels, r)}</Tag>,
          },
          { title: t('staff.orgUnit'), dataIndex: 'orgUnitName', ellipsis: true },
          {
            title: t('staff.status'),
            dataIndex: 'lockedUntil',
            width: 200,
            render: (until: string | null) =>
              until && Date.parse(until) > Date.now() ? (
                <Tag color="red">{t('staff.locked', { until: shanghaiDateTime(until).slice(5) })}</Tag>
              ) : (
                <Tag color="green">{t('staff.active')}</Tag>
              ),
          },
          {
            title: t('staff.createdAt'),
            dataIndex: 'createdAt',
            width: 140,
            render: (v: string) => shanghaiDateTime(v),
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p, size) => update(size !== pageSize ? { pageSize: size, page: 1 } : { page: p }),
        }}
      />
      <CreateStaffModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
