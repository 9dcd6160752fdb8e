import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useBlocker, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  drugTypeLabels,
  PersonCreateInput,
  RehabEpisode,
  rehabEpisodeKindLabels,
  type PersonDetail,
  type Ref,
} from '@taobo/contracts';
import { genderLabels, isValidIdNumber, parseIdNumber, personStatusLabels } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useTitle } from '../components/useTitle.ts';
import { dateBounds, todayString } from '../forms/dates.ts';
import { clearDraft, loadDraft, saveDraft } from '../forms/draft.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';
import {
  createPayload,
  dateString,
  fromDetail,
  fromDraft,
  toDraft,
  updatePayload,
  type EpisodeValues,
  type PersonDraft,
  type PersonFormValues,
} from './personFormValues.ts';
import { personDetailQuery, staffOptionsQuery, type TeamRole } from './personQueries.ts';

const DRAFT_KEY = 'person.create';
const shape = PersonCreateInput.shape;
const MANAGING_LEVELS = ['township', 'village', 'grid'] as const;
const GRID_LEVEL = ['grid'] as const;
const dateInput = (v: unknown) => dateString(v as Parameters<typeof dateString>[0]);

/** Birth date and gender read from a valid ID number, shown under the field as a check. */
function DerivedFromId({ form }: { form: FormInstance<PersonFormValues> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const raw = Form.useWatch('idNumber', form);
  const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (!value || !isValidIdNumber(value)) return null;
  const parsed = parseIdNumber(value);
  return (
    <Typography.Text type="success" data-testid="id-derived">
      {t('person.form.derived', { birthDate: parsed.birthDate, gender: label(genderLabels, parsed.gender) })}
    </Typography.Text>
  );
}

function TeamSelect({
  id,
  value,
  onChange,
  role,
  orgUnitId,
  known,
}: {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  role: TeamRole;
  orgUnitId: string | null | undefined;
  known: Ref | null | undefined;
}) {
  const { t } = useTranslation();
  const options = useQuery({ ...staffOptionsQuery(role, orgUnitId), enabled: Boolean(orgUnitId) });
  const refs = [...(options.data ?? [])];
  if (known && !refs.some((r) => r.id === known.id)) refs.unshift(known);
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={!orgUnitId}
      loading={options.isFetching}
      placeholder={orgUnitId ? t('person.form.selectPlaceholder') : t('person.team.pickOrgFirst')}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={refs.map((r) => ({ value: r.id, label: r.name }))}
    />
  );
}

function PersonForm({ person }: { person: PersonDetail | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PersonFormValues>();
  const isEdit = person !== null;

  // Initial values: the file being edited, or the draft left in this tab, or a blank form.
  const [initial] = useState<{ values: PersonFormValues; fromDraft: boolean }>(() => {
    if (person) return { values: fromDetail(person), fromDraft: false };
    const draft = loadDraft<PersonDraft>(DRAFT_KEY);
    return draft
      ? { values: fromDraft(draft), fromDraft: true }
      : { values: { status: 'pending_report', drugTypes: [], rehabEpisodes: [] }, fromDraft: false };
  });
  const [draftNotice, setDraftNotice] = useState(initial.fromDraft);
  const dirty = useRef(initial.fromDraft);
  const orgUnitId = Form.useWatch('orgUnitId', form);

  useTitle(isEdit ? t('person.form.editTitle', { name: person.name }) : t('person.form.createTitle'));

  // Leaving with unsaved changes asks first (in-app navigation and tab close/reload for edits).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const confirming = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || confirming.current) return;
    const blocked = blocker;
    confirming.current = true;
    modal.confirm({
      title: t('common.leaveTitle'),
      content: isEdit ? t('common.leaveBody') : t('common.leaveBodyDraft'),
      okText: t('common.leaveOk'),
      cancelText: t('common.leaveCancel'),
      onOk: () => {
        confirming.current = false;
        blocked.proceed();
      },
      onCancel: () => {
        confirming.current = false;
        blocked.reset();
      },
    });
  }, [blocker, isEdit, modal, t]);
  useEffect(() => {
    if (!isEdit) return; // the create form keeps a draft instead
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isEdit]);

  const save = useMutation({
    mutationFn: (values: PersonFormValues) =>
      isEdit
        ? api.patch('/api/persons/{id}', {
            params: { id: person.id },
            body: updatePayload(initial.values, values),
          })
        : api.post('/api/persons', { body: createPayload(values) }),
    onSuccess: (saved) => {
      dirty.current = false;
      if (!isEdit) clearDraft(DRAFT_KEY);
      // The answer is the saved file: show it as is, rather than read it again (each read is an audited view).
      queryClient.setQueryData(personDetailQuery(saved.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['persons', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'audit', saved.id] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      void message.success(isEdit ? t('person.form.saved') : t('person.form.created'));
      void navigate(`/persons/${saved.id}`, { replace: true });
    },
    onError: (error) => {
      const mapped = applyServerErrors(form, error, { DUPLICATE_ID_NUMBER: 'idNumber' });
      if (!mapped) void message.error(errorMessage(error));
    },
  });

  const onFinish = (values: PersonFormValues) => {
    if (isEdit && Object.keys(updatePayload(initial.values, values)).length === 0) {
      void message.info(t('person.form.nothingChanged'));
      return;
    }
    save.mutate(values);
  };

  const sensitiveExtra = (masked: string | null) =>
    isEdit && masked ? t('person.form.keepMasked') : undefined;
  const col3 = { xs: 24, md: 12, xl: 8 };

  return (
    <Form<PersonFormValues>
      form={form}
      layout="vertical"
      initialValues={initial.values}
      onValuesChange={() => {
        dirty.current = true;
        if (!isEdit) saveDraft(DRAFT_KEY, toDraft(form.getFieldsValue(true) as PersonFormValues));
      }}
      onFinish={onFinish}
      onKeyDown={(e) => {
        // Enter in a date field confirms the typed date; it must not also submit the whole file.
        if (e.key === 'Enter' && (e.target as HTMLElement).closest('.ant-picker')) e.preventDefault();
      }}
      onFinishFailed={() =>
        void message.warning({ key: 'person-form-invalid', content: t('person.form.fixErrors') })
      }
      scrollToFirstError={{ block: 'center' }}
      disabled={save.isPending}
      data-testid="person-form"
    >
      {draftNotice && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('person.form.draftRestored')}
          action={
            <Button
              size="small"
              onClick={() => {
                clearDraft(DRAFT_KEY);
                form.resetFields();
                form.setFieldsValue({ status: 'pending_report', drugTypes: [], rehabEpisodes: [] });
                dirty.current = false;
                setDraftNotice(false);
              }}
            >
              {t('person.form.discardDraft')}
            </Button>
          }
        />
      )}

      <Card size="small" title={t('person.section.basic')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col {...col3}>
            <Form.Item name="name" label={t('person.name')} required rules={[zodRule(shape.name)]}>
              <Input maxLength={32} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item
              name="idNumber"
              label={t('person.idNumber')}
              required={!isEdit}
              validateDebounce={400}
              rules={[zodRule(shape.idNumber, { optional: isEdit })]}
              extra={
                <>
                  <DerivedFromId form={form} />
                  {sensitiveExtra(person?.idNumber ?? null) && (
                    <div>{sensitiveExtra(person?.idNumber ?? null)}</div>
                  )}
                </>
              }
            >
              <Input
                maxLength={18}
                autoComplete="off"
                className="mono"
                placeholder={isEdit ? (person.idNumber ?? undefined) : undefined}
              />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item
              name="phone"
              label={t('person.phone')}
              required={!isEdit}
              validateDebounce={400}
              rules={[zodRule(shape.phone, { optional: isEdit })]}
              extra={sensitiveExtra(person?.phone ?? null)}
            >
              <Input
                maxLength={11}
                inputMode="tel"
                autoComplete="off"
                className="mono"
                placeholder={isEdit ? (person.phone ?? undefined) : undefined}
              />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item
              name="orgUnitId"
              label={t('person.orgUnit')}
              required
              rules={[zodRule(shape.orgUnitId)]}
              extra={t('org.levelHintTownship')}
            >
              <OrgUnitPicker
                levels={MANAGING_LEVELS}
                known={person?.orgUnit}
                data-testid="orgUnitId-picker"
              />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item
              name="gridId"
              label={t('person.grid')}
              rules={[zodRule(shape.gridId, { optional: true })]}
            >
              <OrgUnitPicker
                levels={GRID_LEVEL}
                rootId={orgUnitId ?? null}
                known={person?.grid}
                placeholder={t('org.levelHintGrid')}
              />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item
              name="status"
              label={t('person.status')}
              extra={isEdit ? t('person.form.statusFollows') : undefined}
            >
              <Select options={labelOptions(personStatusLabels, lang)} disabled={isEdit} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('person.section.residence')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="householdOrgUnitId" label={t('person.householdOrgUnit')}>
              <OrgUnitPicker known={person?.householdOrgUnit} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={16}>
            <Form.Item
              name="householdAddress"
              label={t('person.householdAddress')}
              rules={[zodRule(shape.householdAddress, { optional: true })]}
              extra={sensitiveExtra(person?.householdAddress ?? null)}
            >
              <Input
                maxLength={200}
                autoComplete="off"
                placeholder={isEdit ? (person.householdAddress ?? undefined) : undefined}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="residenceOrgUnitId" label={t('person.residenceOrgUnit')}>
              <OrgUnitPicker known={person?.residenceOrgUnit} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={16}>
            <Form.Item
              name="residenceAddress"
              label={t('person.residenceAddress')}
              rules={[zodRule(shape.residenceAddress, { optional: true })]}
              extra={sensitiveExtra(person?.residenceAddress ?? null)}
            >
              <Input
                maxLength={200}
                autoComplete="off"
                placeholder={isEdit ? (person.residenceAddress ?? undefined) : undefined}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('person.section.drugs')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={12} xl={16}>
            <Form.Item
              name="drugTypes"
              label={t('person.drugTypes')}
              rules={[zodRule(shape.drugTypes, { optional: true })]}
            >
              <Select
                mode="multiple"
                allowClear
                options={labelOptions(drugTypeLabels, lang)}
                placeholder={t('person.form.selectPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="firstFoundDate"
              label={t('person.firstFoundDate')}
              rules={[zodRule(shape.firstFoundDate, { optional: true, toInput: dateInput })]}
            >
              <DatePicker
                style={{ width: '100%' }}
                placeholder={t('person.form.datePlaceholder')}
                disabledDate={dateBounds(null, todayString())}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('person.section.rehab')} style={{ marginBottom: 12 }}>
        <Form.List name="rehabEpisodes">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={12} key={field.key} align="top" data-testid={`rehab-row-${field.name}`}>
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={field.name === 0 ? t('person.rehab.kind') : undefined}
                      rules={[{ required: true, message: t('person.rehab.kindRequired') }]}
                    >
                      <Select
                        options={labelOptions(rehabEpisodeKindLabels, lang)}
                        placeholder={t('person.rehab.kind')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item
                      name={[field.name, 'startDate']}
                      label={field.name === 0 ? t('person.rehab.startDate') : undefined}
                      rules={[{ required: true, message: t('person.rehab.startRequired') }]}
                    >
                      <DatePicker style={{ width: '100%' }} placeholder={t('person.rehab.startDate')} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item
                      name={[field.name, 'endDate']}
                      label={field.name === 0 ? t('person.rehab.endDate') : undefined}
                      dependencies={[['rehabEpisodes', field.name, 'startDate']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          // The contract's own refinement: 结束日期不能早于开始日期.
                          validator: async () => {
                            const e = getFieldValue(['rehabEpisodes', field.name]) as
                              EpisodeValues | undefined;
                            const startDate = dateString(e?.startDate);
                            const endDate = dateString(e?.endDate);
                            if (!startDate || !endDate || !e?.kind) return;
                            const result = RehabEpisode.safeParse({ kind: e.kind, startDate, endDate });
                            const issue = result.success
                              ? undefined
                              : result.error.issues.find((i) => i.path[0] === 'endDate');
                            if (issue) throw new Error(issue.message);
                          },
                        }),
                      ]}
                    >
                      <DatePicker style={{ width: '100%' }} placeholder={t('person.rehab.endDate')} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={8}>
                    <Form.Item
                      name={[field.name, 'place']}
                      label={field.name === 0 ? t('person.rehab.place') : undefined}
                    >
                      <Input maxLength={100} placeholder={t('person.rehab.place')} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <Form.Item label={field.name === 0 ? ' ' : undefined}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('person.rehab.remove')}
                        onClick={() => {
                          remove(field.name);
                          dirty.current = true;
                        }}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ kind: undefined, startDate: null, endDate: null, place: '' })}
              >
                {t('person.rehab.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card size="small" title={t('person.section.team')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col {...col3}>
            <Form.Item name="policeId" label={t('person.team.police')}>
              <TeamSelect role="police" orgUnitId={orgUnitId} known={person?.team.police} />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item name="gridWorkerId" label={t('person.team.gridWorker')}>
              <TeamSelect role="grid_worker" orgUnitId={orgUnitId} known={person?.team.gridWorker} />
            </Form.Item>
          </Col>
          <Col {...col3}>
            <Form.Item name="socialWorkerId" label={t('person.team.socialWorker')}>
              <TeamSelect role="social_worker" orgUnitId={orgUnitId} known={person?.team.socialWorker} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 5,
          background: '#fff',
          borderTop: '1px solid #e5e7eb',
          padding: '10px 16px',
          margin: '0 -16px -16px',
          display: 'flex',
          justifyContent: 'flex-end',
        }}
      >
        <Space>
          <Button
            disabled={false}
            onClick={() => void navigate(isEdit ? `/persons/${person.id}` : '/persons')}
          >
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined aria-hidden />}
            loading={save.isPending}
          >
            {t('common.save')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}

export default function PersonFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const detail = useQuery({ ...personDetailQuery(id), enabled: mode === 'edit' });

  const title =
    mode === 'create'
      ? t('person.form.createTitle')
      : detail.data
        ? t('person.form.editTitle', { name: detail.data.name })
        : t('common.loading');
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        {title}
      </Typography.Title>
      {mode === 'create' ? (
        <PersonForm person={null} />
      ) : detail.isPending ? (
        <Card size="small">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : detail.isError ? (
        <Alert type="error" showIcon title={errorMessage(detail.error)} />
      ) : (
        <PersonForm key={detail.data.id} person={detail.data} />
      )}
    </>
  );
}
