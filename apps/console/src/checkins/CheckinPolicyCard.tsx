import { useEffect } from 'react';
import { App, Alert, Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckinPolicyInput } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { useSignedInMe } from '../auth/session.ts';
import { checkWithSchema } from '../forms/schemaCheck.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { zodRule } from '../forms/zodRule.ts';

/** The county's check-in policy, for staff with policy:manage at county level or below. */
export function CheckinPolicyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSignedInMe();
  const client = useQueryClient();
  const [form] = Form.useForm<CheckinPolicyInput>();
  // The county is the second segment of the org path (city/county/township/...).
  const countyId = me.orgUnit.path.split('/')[1] ?? null;
  const policy = useQuery({
    queryKey: ['checkins', 'policy', countyId],
    queryFn: ({ signal }) =>
      api.get('/api/checkin-policies/{countyId}', { params: { countyId: countyId! }, signal }),
    enabled: countyId !== null,
  });
  useEffect(() => {
    if (policy.data)
      form.setFieldsValue({ intervalMonths: policy.data.intervalMonths, remindDays: policy.data.remindDays });
  }, [policy.data, form]);
  const save = useMutation({
    mutationFn: (body: CheckinPolicyInput) =>
      api.put('/api/checkin-policies/{countyId}', { params: { countyId: countyId! }, body }),
    onSuccess: async () => {
      void message.success(t('checkins.policySaved'));
      await client.invalidateQueries({ queryKey: ['checkins', 'policy'] });
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) void message.error(errorMessage(e));
    },
  });
  if (!countyId)
    return (
      <Alert type="info" showIcon title={t('checkins.policyNeedsCounty')} style={{ marginBottom: 12 }} />
    );
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={t('checkins.policyTitle', {
        county: me.orgUnit.level === 'county' ? me.orgUnit.name : countyId,
      })}
      data-testid="checkin-policy"
    >
      {policy.isError && <Alert type="error" showIcon title={errorMessage(policy.error)} />}
      <Form<CheckinPolicyInput>
        form={form}
        layout="inline"
        disabled={policy.isPending || save.isPending}
        onFinish={(v) => {
          const body = { intervalMonths: v.intervalMonths, remindDays: v.remindDays };
          if (checkWithSchema(form, CheckinPolicyInput, body)) save.mutate(body);
        }}
      >
        <Form.Item
          name="intervalMonths"
          label={t('checkins.policyInterval')}
          rules={[zodRule(CheckinPolicyInput.shape.intervalMonths)]}
        >
          <Select
            style={{ width: 140 }}
            options={[1, 2, 3, 6].map((n) => ({
              value: n,
              label: t('checkins.policyIntervalMonths', { count: n }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="remindDays"
          label={t('checkins.policyRemind')}
          rules={[zodRule(CheckinPolicyInput.shape.remindDays)]}
        >
          <InputNumber min={0} max={14} precision={0} style={{ width: 90 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('checkins.policySave')}
          </Button>
        </Space>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('checkins.policyHint')}
      </Typography.Paragraph>
    </Card>
  );
}
