import { useEffect } from 'react';
import { App, Alert, Button, Card, Form, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LeavePolicyInput } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { useSignedInMe } from '../auth/session.ts';
import { checkWithSchema } from '../forms/schemaCheck.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';

/**
 * The county's leave policy, for staff with policy:manage at county level or below: whether the
 * county's agreement adds an approval step to the written report of 戒毒条例 第十九条. Local policy,
 * labelled so; off (the law's report) by default.
 */
export function LeavePolicyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSignedInMe();
  const client = useQueryClient();
  const [form] = Form.useForm<LeavePolicyInput>();
  // The county is the second segment of the org path (city/county/township/...).
  const countyId = me.orgUnit.path.split('/')[1] ?? null;
  const policy = useQuery({
    queryKey: ['leave', 'policy', countyId],
    queryFn: ({ signal }) =>
      api.get('/api/leave-policies/{countyId}', { params: { countyId: countyId! }, signal }),
    enabled: countyId !== null,
  });
  useEffect(() => {
    if (policy.data) form.setFieldsValue({ approvalRequired: policy.data.approvalRequired });
  }, [policy.data, form]);
  const save = useMutation({
    mutationFn: (body: LeavePolicyInput) =>
      api.put('/api/leave-policies/{countyId}', { params: { countyId: countyId! }, body }),
    onSuccess: async () => {
      void message.success(t('leave.policySaved'));
      await client.invalidateQueries({ queryKey: ['leave', 'policy'] });
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) void message.error(errorMessage(e));
    },
  });
  if (!countyId)
    return <Alert type="info" showIcon title={t('leave.policyNeedsCounty')} style={{ marginBottom: 12 }} />;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space size={8} wrap>
          <span>
            {t('leave.policyTitle', { county: me.orgUnit.level === 'county' ? me.orgUnit.name : countyId })}
          </span>
          <Tag color="purple">{t('leave.policyTag')}</Tag>
        </Space>
      }
      data-testid="leave-policy"
    >
      {policy.isError && <Alert type="error" showIcon title={errorMessage(policy.error)} />}
      <Form<LeavePolicyInput>
        form={form}
        layout="inline"
        disabled={policy.isPending || save.isPending}
        onFinish={(v) => {
          const body = { approvalRequired: Boolean(v.approvalRequired) };
          if (checkWithSchema(form, LeavePolicyInput, body)) save.mutate(body);
        }}
      >
        <Form.Item name="approvalRequired" label={t('leave.policyApproval')} valuePropName="checked">
          <Switch checkedChildren={t('leave.policyOn')} unCheckedChildren={t('leave.policyOff')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('leave.policySave')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('leave.policyHint')}
      </Typography.Paragraph>
    </Card>
  );
}
