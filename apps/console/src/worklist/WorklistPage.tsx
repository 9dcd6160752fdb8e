import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Form, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  APP_TASK_KINDS,
  TaskDoneInput,
  WorklistCategory,
  worklistCategoryLabels,
  type Task,
  type WorklistItem,
} from '@taobo/contracts';
import { shanghaiTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useTitle } from '../components/useTitle.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';
import { useSupervisionRefresh, worklistQuery } from '../measures/measureQueries.ts';
import '../i18n/supervision.ts';

const CATEGORIES = WorklistCategory.options;

/** The body of `POST /api/tasks/:id/done` (the contract exports the schema `TaskDoneInput` only). */
interface TaskDoneBody {
  note: string | null;
}

/** Where the staff side of each app module answers its tasks (a missed check-in: the person's file). */
const APP_TASK_PAGES: Partial<Record<Task['kind'], string>> = {
  upload_review: '/uploads',
  checkin_followup: '/checkins',
  leave_decision: '/leave',
  counselling_alert: '/counselling',
  assistance_review: '/assistance',
};

/**
 * A task from the app is answered in its module (a decision closes it), not ticked off by hand;
 * a missed check-in has no decision to make there: staff contact the person and mark it done.
 */
const isDecidedInModule = (task: Task | null) =>
  !!task && task.kind !== 'checkin_missed' && APP_TASK_KINDS.includes(task.kind);

/** Where an item is acted on: the person's file, on the tab (and row) the category is about. */
function fileLink(item: WorklistItem): string {
  const base = `/persons/${encodeURIComponent(item.person.id)}`;
  const ref = item.refId ? encodeURIComponent(item.refId) : null;
  switch (item.category) {
    case 'from_app':
      return (item.task && APP_TASK_PAGES[item.task.kind]) ?? `${base}?tab=checkins`;
    case 'tests_due':
      return ref ? `${base}?tab=tests&test=${ref}` : `${base}?tab=tests`;
    case 'to_confirm':
      return ref ? `${base}?tab=violations&violation=${ref}` : `${base}?tab=violations`;
    case 'to_report':
    case 'to_sign':
    case 'overdue':
    case 'to_police':
    case 'to_discharge':
      return `${base}?tab=measure`;
    case 'duplicates':
      // An ID number or phone entered elsewhere: the file and its history (who entered it is in the title).
      return `${base}?tab=audit`;
  }
}

function DoneModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <ActionModal<{ note?: string }, TaskDoneBody, Task>
      testId="task-done-form"
      title={`${t('worklist.doneTitle')} · ${task.title}`}
      okText={t('worklist.done')}
      onClose={onClose}
      schema={TaskDoneInput}
      toPayload={(v) => ({ note: v.note?.trim() || null })}
      submit={(body) => api.post('/api/tasks/{id}/done', { params: { id: task.id }, body })}
      successMessage={t('worklist.doneSaved')}
      onSuccess={() => refresh(task.person.id)}
    >
      {() => (
        <>
          <Typography.Paragraph>
            <Link to={`/persons/${encodeURIComponent(task.person.id)}?tab=measure`}>{task.person.name}</Link>
            {task.dueDate && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t('worklist.dueDate')}：{task.dueDate}
              </Typography.Text>
            )}
          </Typography.Paragraph>
          <Form.Item
            name="note"
            label={t('worklist.doneNote')}
            rules={[zodRule(TaskDoneInput.shape.note, { optional: true })]}
          >
            <Input.TextArea
              autoFocus
              rows={3}
              maxLength={500}
              showCount
              placeholder={t('worklist.donePlaceholder')}
            />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

function Evidence({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (!task.evidence.length) return null;
  return (
    <div data-testid="task-evidence">
      <Typography.Text type="secondary">{t('worklist.evidence')}：</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {task.evidence.map((e, i) => (
          <li key={i}>
            {e.label}
            {e.date && (
              <span className="mono" style={{ marginInlineStart: 6 }}>
                {e.date}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 待办: what needs doing in the caller's scope, one segment per category, with counts. */
export default function WorklistPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  useTitle(t('worklist.title'));
  const [params, setParams] = useSearchParams();
  const worklist = useQuery(worklistQuery);
  const [closing, setClosing] = useState<Task | null>(null);
  const today = todayString();

  const counts = worklist.data?.counts;
  const wanted = params.get('category') as WorklistCategory | null;
  const firstBusy = CATEGORIES.find((c) => (counts?.[c] ?? 0) > 0) ?? 'to_report';
  const category: WorklistCategory = wanted && CATEGORIES.includes(wanted) ? wanted : firstBusy;
  const highlight = params.get('task');
  const items = (worklist.data?.items ?? []).filter((i) => i.category === category);
  const hasEvidence = (i: WorklistItem) => Boolean(i.task?.evidence.length);

  useEffect(() => {
    if (!highlight || !worklist.data) return;
    document.querySelector(`[data-task-id="${CSS.escape(highlight)}"]`)?.scrollIntoView({ block: 'center' });
  }, [highlight, worklist.data]);

  const select = (c: WorklistCategory) =>
    setParams(
      () => {
        const next = new URLSearchParams();
        next.set('category', c);
        return next;
      },
      { replace: true },
    );

  return (
    <Card
      size="small"
      title={t('worklist.title')}
      data-testid="worklist"
      extra={
        <Space size={8}>
          {worklist.dataUpdatedAt > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('worklist.refreshedAt', { time: shanghaiTime(worklist.dataUpdatedAt, { seconds: true }) })}
            </Typography.Text>
          )}
          <Button
            size="small"
            icon={<ReloadOutlined aria-hidden />}
            aria-label={t('common.retry')}
            loading={worklist.isFetching}
            onClick={() => void worklist.refetch()}
          />
        </Space>
      }
    >
      {worklist.isError && (
        <Alert type="error" showIcon title={errorMessage(worklist.error)} style={{ marginBottom: 12 }} />
      )}
      <Segmented<WorklistCategory>
        data-testid="worklist-categories"
        value={category}
        onChange={select}
        style={{ marginBottom: 12 }}
        options={CATEGORIES.map((c) => ({
          value: c,
          label: (
            <span data-testid={`worklist-category-${c}`} style={{ padding: '0 4px' }}>
              {label(worklistCategoryLabels, c)}
              <Badge
                count={counts?.[c] ?? 0}
                showZero
                overflowCount={999}
                color={
                  (counts?.[c] ?? 0) > 0 ? (c === 'overdue' || c === 'to_police' ? 'red' : 'blue') : '#d9d9d9'
                }
                style={{ marginInlineStart: 6, boxShadow: 'none' }}
              />
            </span>
          ),
        }))}
      />
      <Table<WorklistItem>
        data-testid="worklist-table"
        size="small"
        rowKey={(i) => `${i.category}:${i.refId ?? i.measureId ?? i.person.id}:${i.title}`}
        loading={worklist.isFetching && !worklist.data}
        dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('worklist.empty') }}
        onRow={(i) => ({ 'data-task-id': i.refId ?? undefined }) as React.HTMLAttributes<HTMLElement>}
        rowClassName={(i) => (highlight && i.refId === highlight ? 'row-highlight' : '')}
        expandable={
          items.some(hasEvidence)
            ? {
                rowExpandable: hasEvidence,
                expandedRowRender: (i) => (i.task ? <Evidence task={i.task} /> : null),
              }
            : undefined
        }
        columns={[
          {
            title: t('worklist.person'),
            key: 'person',
            width: 160,
            render: (_: unknown, i) => (
              <Link to={fileLink(i)} data-testid="worklist-person">
                {i.person.name}
              </Link>
            ),
          },
          { title: t('worklist.item'), dataIndex: 'title' },
          {
            title: t('worklist.dueDate'),
            dataIndex: 'dueDate',
            width: 170,
            render: (d: string | null) =>
              d ? (
                <Space size={4}>
                  <span className="mono">{d}</span>
                  {d < today && <Tag color="red">{t('worklist.overdue')}</Tag>}
                </Space>
              ) : (
                t('common.none')
              ),
          },
          {
            title: t('worklist.actions'),
            key: 'actions',
            width: 220,
            render: (_: unknown, i) => {
              const task = can('measure:manage') && !isDecidedInModule(i.task) ? i.task : null;
              return (
                <Space size={4}>
                  {i.category === 'tests_due' && i.refId && (
                    <Link to={fileLink(i)} data-testid="worklist-open-test">
                      {t('worklist.openTest')}
                    </Link>
                  )}
                  {i.category === 'to_confirm' && i.refId && (
                    <Link to={fileLink(i)}>{t('worklist.openViolation')}</Link>
                  )}
                  {i.category === 'from_app' && (
                    <Link to={fileLink(i)} data-testid="worklist-open-app-task">
                      {t('worklist.handle')}
                    </Link>
                  )}
                  {i.category !== 'tests_due' && i.category !== 'to_confirm' && i.category !== 'from_app' && (
                    <Link to={fileLink(i)}>{t('worklist.openFile')}</Link>
                  )}
                  {task && (
                    <Button
                      size="small"
                      icon={<CheckOutlined aria-hidden />}
                      onClick={() => setClosing(task)}
                      data-testid="task-action-done"
                    >
                      {t('worklist.done')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {closing && <DoneModal task={closing} onClose={() => setClosing(null)} />}
    </Card>
  );
}
