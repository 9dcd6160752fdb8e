import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  InputNumber,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { TestPolicyInput, type MeasureType, type TestPolicy } from '@taobo/contracts';
import {
  addDays,
  defaultPolicy,
  measureTypeLabels,
  scheduleWindows,
  shanghaiDateTime,
  validatePolicy,
  type TestPolicyPhase,
} from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useSignedInMe } from '../auth/session.ts';
import { useTitle } from '../components/useTitle.ts';
import { dateString } from '../forms/dates.ts';
import { checkWithSchema } from '../forms/schemaCheck.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { useLabel } from '../i18n/labels.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';
import '../i18n/supervision.ts';

const COUNTY = ['county'] as const;
const TYPES: MeasureType[] = ['community_detox', 'community_rehab'];
/** The example of domain.md ("社区戒毒 from 2024-01-15 … 22"). */
const SAMPLE_START = '2024-01-15';
/** Terms to preview: 社区戒毒 is always 36 months; 社区康复 is up to 36. */
const PREVIEW_TERMS: Record<MeasureType, number[]> = {
  community_detox: [36],
  community_rehab: [12, 24, 36],
};

type PhaseValues = Partial<TestPolicyPhase>;
interface Values {
  community_detox?: { phases?: PhaseValues[] };
  community_rehab?: { phases?: PhaseValues[] };
  randomPerQuarter?: number | null;
}

const policyQuery = (countyId: string) => ({
  queryKey: ['test-policies', countyId] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get('/api/test-policies/{countyId}', { params: { countyId }, signal }),
  staleTime: 0,
});

/** The county of the signed-in user's unit (`4311/431103/…` → `431103`), if they are at or below one. */
function ownCounty(path: string): string | null {
  return path.split('/')[1] ?? null;
}

const toPhases = (rows: PhaseValues[] | undefined): TestPolicyPhase[] =>
  (rows ?? []).map((p) => ({
    fromMonth: p.fromMonth ?? Number.NaN,
    toMonth: p.toMonth ?? Number.NaN,
    intervalMonths: p.intervalMonths ?? Number.NaN,
  }));

function PhaseList({ type }: { type: MeasureType }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name={[type, 'phases']}
      rules={[
        {
          validator: async (_, rows: PhaseValues[] | undefined) => {
            const problem = validatePolicy({ phases: toPhases(rows) });
            if (problem) throw new Error(problem);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Row gutter={8} style={{ marginBottom: 4 }}>
            <Col span={7}>
              <Typography.Text type="secondary">{t('policy.fromMonth')}</Typography.Text>
            </Col>
            <Col span={7}>
              <Typography.Text type="secondary">{t('policy.toMonth')}</Typography.Text>
            </Col>
            <Col span={7}>
              <Typography.Text type="secondary">{t('policy.intervalMonths')}</Typography.Text>
            </Col>
          </Row>
          {fields.map(({ key, name }) => (
            <Row gutter={8} key={key} data-testid={`phase-${type}-${name}`}>
              <Col span={7}>
                <Form.Item name={[name, 'fromMonth']} style={{ marginBottom: 8 }}>
                  <InputNumber
                    aria-label={t('policy.fromMonth')}
                    min={0}
                    max={36}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[name, 'toMonth']} style={{ marginBottom: 8 }}>
                  <InputNumber
                    aria-label={t('policy.toMonth')}
                    min={1}
                    max={36}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[name, 'intervalMonths']} style={{ marginBottom: 8 }}>
                  <InputNumber
                    aria-label={t('policy.intervalMonths')}
                    min={1}
                    max={12}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('policy.removePhase')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(name)}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add()}
            style={{ marginTop: 4 }}
          >
            {t('policy.addPhase')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** How many windows each term gets under the phases being edited (scheduleWindows, packages/domain). */
function Preview({ form, type, start }: { form: FormInstance<Values>; type: MeasureType; start: string }) {
  const { t } = useTranslation();
  const rows = Form.useWatch([type, 'phases'], form) as PhaseValues[] | undefined;
  const policy = { phases: toPhases(rows) };
  const problem = validatePolicy(policy);
  if (problem) return <Alert type="warning" showIcon title={t('policy.previewInvalid', { problem })} />;
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }} data-testid={`policy-preview-${type}`}>
      {PREVIEW_TERMS[type].map((months) => {
        const windows = scheduleWindows(start, months, policy);
        return (
          <div key={months}>
            <Space size={8}>
              <Typography.Text>{t('policy.previewTerm', { months })}</Typography.Text>
              <Tag color="blue" data-testid={`policy-preview-${type}-${months}`}>
                {t('policy.windows', { count: windows.length })}
              </Tag>
            </Space>
            {months === 36 && (
              <div style={{ marginTop: 4, lineHeight: '22px' }}>
                {windows.map((w) => (
                  <Tag key={w.index} className="mono" style={{ fontSize: 11, marginInlineEnd: 4 }}>
                    {addDays(w.end, -1)}
                  </Tag>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </Space>
  );
}

function PolicyForm({ countyId, policy }: { countyId: string; policy: TestPolicy }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [sample, setSample] = useState<Dayjs | null>(dayjs(SAMPLE_START));
  const start = dateString(sample) ?? SAMPLE_START;

  const save = useMutation({
    mutationFn: (body: TestPolicyInput) =>
      api.put('/api/test-policies/{countyId}', { params: { countyId }, body }),
    onSuccess: (saved) => {
      void message.success(t('policy.saved'));
      queryClient.setQueryData(['test-policies', countyId], saved);
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorMessage(error));
    },
  });

  const submit = (v: Values) => {
    const body: TestPolicyInput = {
      community_detox: { phases: toPhases(v.community_detox?.phases) },
      community_rehab: { phases: toPhases(v.community_rehab?.phases) },
      randomPerQuarter: v.randomPerQuarter ?? 0,
    };
    if (checkWithSchema(form, TestPolicyInput, body)) save.mutate(body);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="policy-form"
      initialValues={{
        community_detox: policy.community_detox,
        community_rehab: policy.community_rehab,
        randomPerQuarter: policy.randomPerQuarter,
      }}
      onFinish={submit}
      disabled={save.isPending}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        {policy.updatedAt ? (
          <Typography.Text type="secondary">
            {t('policy.updatedAt', { time: shanghaiDateTime(policy.updatedAt) })}
          </Typography.Text>
        ) : (
          <Tag color="gold">{t('policy.notSaved')}</Tag>
        )}
        <Typography.Text type="secondary">{t('policy.appliesNote')}</Typography.Text>
      </Space>
      <Row gutter={12}>
        {TYPES.map((type) => (
          <Col key={type} xs={24} xl={12}>
            <Card
              size="small"
              title={label(measureTypeLabels, type)}
              style={{ marginBottom: 12 }}
              data-testid={`policy-${type}`}
            >
              <Row gutter={16}>
                <Col span={13}>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 0 }}>
                    {t('policy.monthsHint')}
                  </Typography.Paragraph>
                  <PhaseList type={type} />
                </Col>
                <Col span={11}>
                  <Typography.Text strong>{t('policy.preview')}</Typography.Text>
                  <div style={{ marginTop: 8 }}>
                    <Preview form={form} type={type} start={start} />
                  </div>
                </Col>
              </Row>
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={12} align="bottom">
        <Col>
          <Form.Item
            name="randomPerQuarter"
            label={t('policy.randomPerQuarter')}
            extra={t('policy.randomHint')}
            rules={[{ required: true, message: t('common.input', { field: t('policy.randomPerQuarter') }) }]}
          >
            <InputNumber min={0} max={30} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Col>
        <Col>
          <Form.Item label={t('policy.sampleStart')}>
            <DatePicker value={sample} onChange={setSample} allowClear={false} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
          {t('common.save')}
        </Button>
        <Button
          icon={<UndoOutlined aria-hidden />}
          onClick={() => {
            form.setFieldsValue({
              community_detox: defaultPolicy('community_detox'),
              community_rehab: defaultPolicy('community_rehab'),
            });
            void form.validateFields();
          }}
        >
          {t('policy.defaults')}
        </Button>
      </Space>
    </Form>
  );
}

/** 检测政策: the test frequency of one county (local policy; domain.md "Tests"). */
export default function PoliciesPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  useTitle(t('policy.title'));
  const [params, setParams] = useSearchParams();
  const countyId = params.get('county') ?? (me.orgUnit.level === 'city' ? null : ownCounty(me.orgUnit.path));
  const policy = useQuery({ ...policyQuery(countyId ?? ''), enabled: Boolean(countyId) });

  return (
    <Card
      size="small"
      title={t('policy.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('policy.county')}</Typography.Text>
          <OrgUnitPicker
            data-testid="policy-county-picker"
            levels={COUNTY}
            allowClear={false}
            placeholder={t('policy.countyPlaceholder')}
            style={{ width: 240 }}
            value={countyId}
            onChange={(id) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (id) next.set('county', id);
                  else next.delete('county');
                  return next;
                },
                { replace: true },
              )
            }
          />
        </Space>
      }
    >
      {!countyId ? (
        <Empty description={t('policy.pickCounty')} />
      ) : policy.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : policy.isError ? (
        <Alert type="error" showIcon title={errorMessage(policy.error)} />
      ) : (
        <PolicyForm
          key={`${countyId}:${policy.data.updatedAt ?? ''}`}
          countyId={countyId}
          policy={policy.data}
        />
      )}
    </Card>
  );
}
