import { lazy, Suspense, type ReactNode } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Result,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { DescriptionsProps } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  drugTypeLabels,
  rehabEpisodeKindLabels,
  type PersonDetail,
  type RehabEpisode,
  type RehabEpisodeKind,
} from '@taobo/contracts';
import { genderLabels, personStatusLabels, shanghaiDateTime } from '@taobo/domain';
import { ApiError, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { PageSpin } from '../components/PageSpin.tsx';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import { AuditTrail } from './AuditTrail.tsx';
import { personDetailQuery } from './personQueries.ts';
import { AppAccountCard } from './AppAccountCard.tsx';
import { PersonPhoto } from './PersonPhoto.tsx';
import { SensitiveValue } from './SensitiveValue.tsx';
import { statusColors } from './statusColors.ts';
import '../i18n/learning.ts';

// The supervision tabs are their own chunks: most visits to a file never open them.
const MeasureTab = lazy(() => import('../measures/MeasureTab.tsx'));
const TestsTab = lazy(() => import('../measures/TestsTab.tsx'));
const ViolationsTab = lazy(() => import('../measures/ViolationsTab.tsx'));
const TimelineTab = lazy(() => import('../measures/TimelineTab.tsx'));
const RemoteUploadCard = lazy(() => import('../uploads/RemoteUploadCard.tsx'));
const PersonLearningTab = lazy(() => import('../learning/PersonLearningTab.tsx'));
const PersonCounsellingTab = lazy(() => import('../counselling/PersonCounsellingTab.tsx'));
const PersonAssistanceTab = lazy(() => import('../assistance/PersonAssistanceTab.tsx'));
const PersonCheckinsTab = lazy(() => import('../checkins/PersonCheckinsTab.tsx'));
const PersonLeaveTab = lazy(() => import('../leave/PersonLeaveTab.tsx'));

const TABS = [
  'file',
  'measure',
  'tests',
  'violations',
  'timeline',
  'checkins',
  'leave',
  'counselling',
  'assistance',
  'learning',
  'audit',
] as const;
type TabKey = (typeof TABS)[number];

const lazyTab = (node: ReactNode) => <Suspense fallback={<PageSpin />}>{node}</Suspense>;

function Section({
  title,
  items,
  testId,
}: {
  title: string;
  items: DescriptionsProps['items'];
  testId: string;
}) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }} data-testid={testId}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={items}
        styles={{ label: { width: 160 } }}
      />
    </Card>
  );
}

function PersonFile({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const label = useLabel();
  const none = t('common.none');
  const fmt = (v: string | null) => v ?? none;
  const time = (v: string) => shanghaiDateTime(v);

  return (
    <>
      <Section
        title={t('person.section.basic')}
        testId="section-basic"
        items={[
          {
            key: 'photo',
            label: t('person.photo'),
            children: <PersonPhoto person={person} canEdit={can('person:update')} />,
            span: 'filled',
          },
          { key: 'name', label: t('person.name'), children: person.name },
          { key: 'gender', label: t('person.gender'), children: label(genderLabels, person.gender) },
          // The birth date is in the ID number, behind the audited reveal.
          { key: 'age', label: t('person.ageLabel'), children: t('person.age', { age: person.age }) },
          {
            key: 'idNumber',
            label: t('person.idNumber'),
            children: (
              <SensitiveValue
                personId={person.id}
                field="idNumber"
                masked={person.idNumber}
                fieldLabel={t('person.idNumber')}
              />
            ),
          },
          {
            key: 'phone',
            label: t('person.phone'),
            children: (
              <SensitiveValue
                personId={person.id}
                field="phone"
                masked={person.phone}
                fieldLabel={t('person.phone')}
              />
            ),
          },
          {
            key: 'status',
            label: t('person.status'),
            children: (
              <Tag color={statusColors[person.status]}>{label(personStatusLabels, person.status)}</Tag>
            ),
          },
          { key: 'orgUnit', label: t('person.orgUnit'), children: person.orgUnit.name },
          { key: 'grid', label: t('person.grid'), children: person.grid?.name ?? none },
          { key: 'createdAt', label: t('person.createdAt'), children: time(person.createdAt) },
        ]}
      />
      <Section
        title={t('person.section.residence')}
        testId="section-residence"
        items={[
          {
            key: 'householdOrgUnit',
            label: t('person.householdOrgUnit'),
            children: person.householdOrgUnit?.name ?? none,
          },
          {
            key: 'householdAddress',
            label: t('person.householdAddress'),
            span: 2,
            children: (
              <SensitiveValue
                personId={person.id}
                field="householdAddress"
                masked={person.householdAddress}
                fieldLabel={t('person.householdAddress')}
              />
            ),
          },
          {
            key: 'residenceOrgUnit',
            label: t('person.residenceOrgUnit'),
            children: person.residenceOrgUnit?.name ?? none,
          },
          {
            key: 'residenceAddress',
            label: t('person.residenceAddress'),
            span: 2,
            children: (
              <SensitiveValue
                personId={person.id}
                field="residenceAddress"
                masked={person.residenceAddress}
                fieldLabel={t('person.residenceAddress')}
              />
            ),
          },
        ]}
      />
      <Section
        title={t('person.section.drugs')}
        testId="section-drugs"
        items={[
          {
            key: 'drugTypes',
            label: t('person.drugTypes'),
            span: 2,
            children: person.drugTypes.length
              ? person.drugTypes.map((d) => (
                  <Tag key={d} color="volcano">
                    {label(drugTypeLabels, d)}
                  </Tag>
                ))
              : none,
          },
          { key: 'firstFoundDate', label: t('person.firstFoundDate'), children: fmt(person.firstFoundDate) },
        ]}
      />
      <Card
        size="small"
        title={t('person.section.rehab')}
        style={{ marginBottom: 12 }}
        data-testid="section-rehab"
      >
        <Table<RehabEpisode & { key: number }>
          size="small"
          pagination={false}
          dataSource={person.rehabEpisodes.map((e, i) => ({ ...e, key: i }))}
          locale={{ emptyText: t('person.rehab.empty') }}
          columns={[
            {
              title: t('person.rehab.kind'),
              dataIndex: 'kind',
              width: 180,
              render: (k: RehabEpisodeKind) => label(rehabEpisodeKindLabels, k),
            },
            { title: t('person.rehab.startDate'), dataIndex: 'startDate', width: 130 },
            {
              title: t('person.rehab.endDate'),
              dataIndex: 'endDate',
              width: 130,
              render: (v: string | null | undefined) => v ?? t('person.rehab.ongoing'),
            },
            {
              title: t('person.rehab.place'),
              dataIndex: 'place',
              render: (v: string | undefined) => v || none,
            },
          ]}
        />
      </Card>
      <Section
        title={t('person.section.team')}
        testId="section-team"
        items={[
          { key: 'police', label: t('person.team.police'), children: person.team.police?.name ?? none },
          {
            key: 'gridWorker',
            label: t('person.team.gridWorker'),
            children: person.team.gridWorker?.name ?? none,
          },
          {
            key: 'socialWorker',
            label: t('person.team.socialWorker'),
            children: person.team.socialWorker?.name ?? none,
          },
        ]}
      />
      {can('person:update') && <AppAccountCard personId={person.id} />}
      {can('measure:read') && (
        <Suspense fallback={null}>
          <RemoteUploadCard personId={person.id} />
        </Suspense>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('person.updatedAt')}：{time(person.updatedAt)}
      </Typography.Text>
    </>
  );
}

export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const detail = useQuery(personDetailQuery(id));
  useTitle(detail.data?.name ?? t('person.listTitle'));

  if (detail.isPending)
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  if (detail.isError) {
    const notFound = detail.error instanceof ApiError && detail.error.status === 404;
    return notFound ? (
      <Result
        status="404"
        title="404"
        subTitle={errorMessage(detail.error)}
        extra={<Link to="/persons">{t('common.back')}</Link>}
      />
    ) : (
      <Alert type="error" showIcon title={errorMessage(detail.error)} />
    );
  }
  const person = detail.data;
  const allowed: Record<TabKey, boolean> = {
    file: true,
    measure: can('measure:read'),
    tests: can('measure:read'),
    violations: can('measure:read'),
    timeline: can('measure:read'),
    checkins: can('measure:read'),
    leave: can('measure:read'),
    counselling: can('measure:read'),
    assistance: can('case:followup'),
    learning: can('person:read'),
    audit: can('person:audit'),
  };
  const wanted = params.get('tab') as TabKey | null;
  const tab: TabKey = wanted && TABS.includes(wanted) && allowed[wanted] ? wanted : 'file';
  const supervisionTab = (key: TabKey, text: string, node: ReactNode) =>
    allowed[key]
      ? [
          {
            key,
            label: <span data-testid={`${key}-tab`}>{text}</span>,
            children: lazyTab(node),
            destroyOnHidden: true,
          },
        ]
      : [];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/persons">{t('person.listTitle')}</Link> },
          ...person.orgPath.map((o) => ({ title: o.name })),
          { title: person.name },
        ]}
      />
      <Card
        size="small"
        style={{ marginBottom: 12 }}
        title={
          <Space>
            <Button
              type="text"
              size="small"
              icon={<ArrowLeftOutlined aria-hidden />}
              aria-label={t('common.back')}
              onClick={() => void navigate(-1)}
            />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="person-name">
              {person.name}
            </Typography.Title>
            <Tag color={statusColors[person.status]}>{label(personStatusLabels, person.status)}</Tag>
            <Typography.Text type="secondary" className="mono">
              {person.idNumber}
            </Typography.Text>
          </Space>
        }
        extra={
          can('person:update') && (
            <Button
              type="primary"
              icon={<EditOutlined aria-hidden />}
              onClick={() => void navigate(`/persons/${person.id}/edit`)}
            >
              {t('common.edit')}
            </Button>
          )
        }
        styles={{ body: { paddingTop: 0 } }}
      >
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams(
              (prev) => {
                // Links into a tab (?test=, ?violation=) do not outlive leaving it.
                const next = new URLSearchParams();
                const measure = prev.get('measure');
                if (key !== 'file') next.set('tab', key);
                if (measure) next.set('measure', measure);
                return next;
              },
              { replace: true },
            )
          }
          items={[
            { key: 'file', label: t('person.tabs.file'), children: <PersonFile person={person} /> },
            ...supervisionTab('measure', t('person.tabs.measure'), <MeasureTab person={person} />),
            ...supervisionTab('tests', t('person.tabs.tests'), <TestsTab person={person} />),
            ...supervisionTab('violations', t('person.tabs.violations'), <ViolationsTab person={person} />),
            ...supervisionTab('timeline', t('person.tabs.timeline'), <TimelineTab person={person} />),
            ...supervisionTab('checkins', t('checkins.personTab'), <PersonCheckinsTab person={person} />),
            ...supervisionTab('leave', t('leave.personTab'), <PersonLeaveTab person={person} />),
            ...supervisionTab(
              'counselling',
              t('counselling.personTab'),
              <PersonCounsellingTab person={person} />,
            ),
            ...supervisionTab(
              'assistance',
              t('assistance.personTab'),
              <PersonAssistanceTab person={person} />,
            ),
            ...supervisionTab('learning', t('learning.personTab'), <PersonLearningTab person={person} />),
            ...(can('person:audit')
              ? [
                  {
                    key: 'audit',
                    label: t('person.tabs.audit'),
                    children: <AuditTrail personId={person.id} />,
                    destroyOnHidden: true,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
