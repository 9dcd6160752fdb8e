import {
  Alert,
  DatePicker,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  TestResultInput,
  type Collector,
  type Measure,
  type PersonDetail,
  type TestItem,
  type TestKind,
  type TestOutcome,
} from '@taobo/contracts';
import { addDays, minDate, testKindLabels, testOutcomeLabels } from '@taobo/domain';
import { api } from '../api.ts';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLang } from '../i18n/labels.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { collectorsQuery, useSupervisionRefresh } from './measureQueries.ts';

const shape = TestResultInput.shape;

interface Values {
  kind?: TestKind;
  outcome?: TestOutcome;
  date?: Dayjs | null;
  collectorIds?: string[];
  note?: string;
}

/** The last day a test may be taken in its window ([start, end) → end − 1), never after today. */
export function lastTestDay(test: Pick<TestItem, 'windowEnd'>): string {
  const last = addDays(test.windowEnd, -1);
  const today = todayString();
  return minDate(last, today);
}

/**
 * Female person, no female collector picked: the server refuses a woman's urine sample collected
 * by men only (吸毒检测程序规定); say so before sending.
 */
function CollectorWarnings({
  form,
  female,
  collectors,
}: {
  form: FormInstance<Values>;
  female: boolean;
  collectors: Collector[];
}) {
  const { t } = useTranslation();
  const ids = Form.useWatch('collectorIds', form) ?? [];
  const kind = Form.useWatch('kind', form);
  const outcome = Form.useWatch('outcome', form);
  const picked = collectors.filter((c) => ids.includes(c.id));
  const noWoman = female && ids.length === 2 && !picked.some((c) => c.gender === 'female');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={8}>
      {noWoman && (
        <Alert
          type={kind === 'urine' ? 'error' : 'warning'}
          showIcon
          data-testid="female-collector-warning"
          title={kind === 'urine' ? t('tests.femaleWarning') : t('tests.femaleNotice')}
        />
      )}
      {outcome === 'positive' && <Alert type="warning" showIcon title={t('tests.positiveWarning')} />}
      {outcome === 'pending' && <Alert type="info" showIcon title={t('tests.pendingNotice')} />}
    </Space>
  );
}

interface Props {
  person: PersonDetail;
  measure: Measure;
  /** The planned test to record; null for an unplanned test (hair test, re-test…). */
  test: TestItem | null;
  /** What the planned test is called in the title ("第 3 次"). */
  what?: string;
  onClose: () => void;
}

export function TestResultModal({ person, measure, test, what, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const refresh = useSupervisionRefresh();
  const collectors = useQuery(collectorsQuery(measure.id));
  const female = person.gender === 'female';
  const today = todayString();
  const min = test ? test.windowStart : measure.termStart;
  const max = test ? lastTestDay(test) : today;
  // Confirming a pending (待确认) result keeps the day the sample was taken.
  const initialDate = test?.date ? dayjs(test.date) : min && today < min ? null : dayjs(max);

  return (
    <ActionModal<Values, TestResultInput, TestItem>
      testId="test-result-form"
      title={test ? t('tests.recordTitle', { what: what ?? '' }) : t('tests.extraTitle')}
      width={600}
      onClose={onClose}
      schema={TestResultInput}
      initialValues={{
        kind: test ? (test.kind ?? 'urine') : 'hair',
        outcome: test?.outcome === 'pending' ? undefined : 'negative',
        date: initialDate,
        collectorIds: test?.collectors.map((c) => c.id) ?? [],
      }}
      toPayload={(v) => ({
        kind: v.kind as TestKind,
        outcome: v.outcome as TestOutcome,
        date: dateString(v.date) ?? '',
        collectorIds: v.collectorIds ?? [],
        note: v.note?.trim() || null,
      })}
      submit={(body) =>
        test
          ? api.post('/api/tests/{id}/result', { params: { id: test.id }, body })
          : api.post('/api/measures/{id}/tests', { params: { id: measure.id }, body })
      }
      successMessage={t('tests.saved')}
      onSuccess={() => refresh(person.id)}
      errorFields={{
        TEST_OUTSIDE_WINDOW: 'date',
        FEMALE_COLLECTOR_REQUIRED: 'collectorIds',
      }}
    >
      {(form) => (
        <>
          {test ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('tests.windowHint', { start: test.windowStart, end: addDays(test.windowEnd, -1) })}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('tests.extraHint')}
            </Typography.Paragraph>
          )}
          <Form.Item
            name="kind"
            label={t('tests.kind')}
            required
            rules={[{ required: true, message: t('common.pick', { field: t('tests.kind') }) }]}
          >
            <Radio.Group
              optionType="button"
              // A remote test is recorded only by approving the person's upload (异地检测审核).
              options={labelOptions(testKindLabels, lang).filter((o) => o.value !== 'remote')}
            />
          </Form.Item>
          <Form.Item
            name="outcome"
            label={t('tests.outcome')}
            required
            rules={[{ required: true, message: t('common.pick', { field: t('tests.outcome') }) }]}
          >
            <Radio.Group options={labelOptions(testOutcomeLabels, lang)} />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('tests.date')}
            required
            rules={[
              { required: true, message: t('common.pick', { field: t('tests.date') }) },
              zodRule(shape.date, { toInput: dateInput }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(min, max)} />
          </Form.Item>
          <Form.Item
            name="collectorIds"
            label={t('tests.collectorIds')}
            required
            rules={[zodRule(shape.collectorIds)]}
          >
            <Select
              mode="multiple"
              maxCount={2}
              showSearch={{ optionFilterProp: 'search' }}
              loading={collectors.isFetching}
              placeholder={t('tests.collectorsPlaceholder')}
              data-testid="collector-select"
              options={(collectors.data ?? []).map((c) => ({
                value: c.id,
                search: c.name,
                label: (
                  <Space size={4}>
                    <span>{c.name}</span>
                    {c.gender && (
                      <Tag
                        color={c.gender === 'female' ? 'magenta' : 'geekblue'}
                        style={{ marginInlineEnd: 0 }}
                      >
                        {c.gender === 'female' ? t('tests.female') : t('tests.male')}
                      </Tag>
                    )}
                  </Space>
                ),
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('tests.note')}>
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
          <CollectorWarnings form={form} female={female} collectors={collectors.data ?? []} />
        </>
      )}
    </ActionModal>
  );
}
