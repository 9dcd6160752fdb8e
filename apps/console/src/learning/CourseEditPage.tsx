import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  Upload,
  type FormInstance,
} from 'antd';
import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EyeOutlined,
  PictureOutlined,
  PlusOutlined,
  SaveOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CourseInput,
  courseCategoryLabels,
  courseStatusLabels,
  mediaUrl,
  MEDIA_LIMITS,
  type CourseDetail,
  type CourseMedia,
} from '@taobo/contracts';
import { api, ApiError, errorMessage } from '../api.ts';
import { useSignedInMe } from '../auth/session.ts';
import { useTitle } from '../components/useTitle.ts';
import { clearDraft, loadDraft, saveDraft } from '../forms/draft.ts';
import { checkWithSchema } from '../forms/schemaCheck.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import { useCourseActions } from './courseActions.ts';
import { courseQuery } from './learningQueries.ts';
import { LessonText } from './LessonText.tsx';
import '../i18n/learning.ts';

interface QuestionValues {
  text?: string;
  options?: string[];
  answer?: number;
}
interface LessonValues {
  id?: string;
  title?: string;
  body?: string;
  videoMediaId?: string | null;
  quiz?: { questions?: QuestionValues[]; passMark?: number } | null;
}
interface CourseValues {
  title?: string;
  summary?: string;
  category?: CourseInput['category'];
  creditHours?: number;
  coverMediaId?: string | null;
  lessons?: LessonValues[];
}

const draftKey = (id: string | undefined) => `learning.course.${id ?? 'new'}`;

function fromCourse(c: CourseDetail | null): CourseValues {
  if (!c) return { title: '', summary: '', creditHours: 1, coverMediaId: null, lessons: [] };
  return {
    title: c.title,
    summary: c.summary,
    category: c.category,
    creditHours: c.creditHours,
    coverMediaId: c.coverMediaId,
    lessons: c.lessons.map((l) => ({ ...l })),
  };
}

function toPayload(v: CourseValues) {
  return {
    title: v.title ?? '',
    summary: v.summary ?? '',
    category: v.category,
    creditHours: v.creditHours,
    coverMediaId: v.coverMediaId ?? null,
    lessons: (v.lessons ?? []).map((l) => ({
      ...(l.id && { id: l.id }),
      title: l.title ?? '',
      body: l.body ?? '',
      videoMediaId: l.videoMediaId ?? null,
      quiz: l.quiz
        ? {
            passMark: l.quiz.passMark,
            questions: (l.quiz.questions ?? []).map((q) => ({
              text: q.text ?? '',
              options: q.options ?? [],
              answer: q.answer,
            })),
          }
        : null,
    })),
  };
}

/** 课程编辑 (new and existing): the course, its lessons, media and quizzes; a draft survives a reload. */
export default function CourseEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const course = useQuery({ ...courseQuery(id ?? ''), enabled: !!id });
  if (!id) return <Editor course={null} />;
  if (course.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  if (course.isError)
    return course.error instanceof ApiError && course.error.status === 404 ? (
      <Result status="404" title="404" subTitle={errorMessage(course.error)} />
    ) : (
      <Alert
        type="error"
        showIcon
        title={errorMessage(course.error)}
        action={<Button onClick={() => void course.refetch()}>{t('common.retry', '重试')}</Button>}
      />
    );
  return <Editor key={course.data.id} course={course.data} />;
}

function Editor({ course }: { course: CourseDetail | null }) {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CourseValues>();
  const key = draftKey(course?.id);
  const [initial] = useState(() => {
    const draft = loadDraft<CourseValues>(key);
    return { values: draft ?? fromCourse(course), fromDraft: !!draft };
  });
  const [draftNotice, setDraftNotice] = useState(initial.fromDraft);
  const [dirty, setDirty] = useState(initial.fromDraft);
  const [preview, setPreview] = useState(false);
  const editable = course ? course.editable : true;
  const actions = useCourseActions(() => void navigate('/learning'));
  useTitle(course ? course.title : t('learning.newCourse'));

  const save = useMutation({
    mutationFn: (payload: CourseInput) =>
      course
        ? api.put('/api/learning/courses/{id}', { params: { id: course.id }, body: payload })
        : api.post('/api/learning/courses', { body: payload }),
    onSuccess: (saved) => {
      clearDraft(key);
      setDirty(false);
      setDraftNotice(false);
      queryClient.setQueryData(courseQuery(saved.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['learning', 'courses'] });
      void message.success(t('learning.saved'));
      if (!course) void navigate(`/learning/${saved.id}`, { replace: true });
      else form.setFieldsValue(fromCourse(saved)); // new lessons now have their ids
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) void message.error(errorMessage(e));
    },
  });

  async function onSave(): Promise<CourseDetail | null> {
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    const payload = toPayload(form.getFieldsValue(true) as CourseValues);
    if (!checkWithSchema(form, CourseInput, payload)) return null;
    return save.mutateAsync(payload).catch(() => null);
  }

  async function onPublish() {
    if (!course) return;
    if (dirty && !(await onSave())) return;
    await actions.publish(course.id).catch(() => undefined);
  }

  /** A change made by code (setFieldValue) rather than typing: mark it unsaved and keep the draft. */
  const touch = () => {
    setDirty(true);
    saveDraft(key, form.getFieldsValue(true));
  };

  const upload = (onDone: (m: CourseMedia) => void) => async (file: File) => {
    if (!course) {
      void message.warning(t('learning.saveFirst'));
      return;
    }
    const body = new FormData();
    body.append('file', file);
    try {
      const m = await api.post('/api/learning/courses/{id}/media', { params: { id: course.id }, body });
      onDone(m);
      touch();
    } catch (e) {
      void message.error(`${t('learning.uploadFailed')}：${errorMessage(e)}`);
    }
  };

  const cover = Form.useWatch('coverMediaId', { form, preserve: true });
  const status = course?.status ?? 'draft';

  return (
    <Card
      title={
        <Space wrap>
          <Button
            type="text"
            size="small"
            icon={<ArrowLeftOutlined aria-hidden />}
            aria-label={t('common.back')}
            onClick={() => void navigate('/learning')}
          />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {course ? course.title : t('learning.newCourse')}
          </Typography.Title>
          <Tag color={status === 'published' ? 'green' : 'default'}>{label(courseStatusLabels, status)}</Tag>
          {dirty && <Tag color="orange">{t('learning.unsaved')}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Button icon={<EyeOutlined aria-hidden />} onClick={() => setPreview(true)}>
            {t('learning.preview')}
          </Button>
          {editable && (
            <Button
              icon={<SaveOutlined aria-hidden />}
              loading={save.isPending}
              onClick={() => void onSave()}
            >
              {t('learning.saveDraft')}
            </Button>
          )}
          {editable && course && status === 'draft' && (
            <Button type="primary" disabled={actions.busy || save.isPending} onClick={() => void onPublish()}>
              {t('learning.publish')}
            </Button>
          )}
          {editable && course && status === 'published' && (
            <Button danger disabled={actions.busy} onClick={() => actions.unpublish(course)}>
              {t('learning.unpublish')}
            </Button>
          )}
          {editable && course && status === 'draft' && (
            <Button
              danger
              icon={<DeleteOutlined aria-hidden />}
              disabled={actions.busy}
              onClick={() => actions.remove(course)}
            >
              {t('learning.delete')}
            </Button>
          )}
        </Space>
      }
    >
      {draftNotice && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('learning.draftRestored')}
          action={
            <Button
              size="small"
              onClick={() => {
                clearDraft(key);
                form.resetFields();
                form.setFieldsValue(fromCourse(course));
                setDraftNotice(false);
                setDirty(false);
              }}
            >
              {t('learning.discardDraft')}
            </Button>
          }
        />
      )}
      {!editable && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('learning.readOnly')} />
      )}
      <Typography.Paragraph type="secondary">
        {t('learning.scopeHint', { unit: course ? course.scope.name : me.orgUnit.name })}
      </Typography.Paragraph>
      <Form<CourseValues>
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={initial.values}
        onValuesChange={touch}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="title"
              label={t('learning.title')}
              rules={[{ required: true, message: '请输入课程名称' }]}
            >
              <Input maxLength={60} showCount id="course-title" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="category"
              label={t('learning.category')}
              rules={[{ required: true, message: '请选择课程类别' }]}
            >
              <Select id="course-category" options={labelOptions(courseCategoryLabels, lang)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="creditHours"
              label={t('learning.creditHours')}
              rules={[{ required: true, message: '请输入学时' }]}
            >
              <InputNumber id="course-hours" min={0.5} max={20} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('learning.summary')}>
          <Input.TextArea id="course-summary" rows={2} maxLength={300} showCount />
        </Form.Item>
        <Form.Item label={t('learning.cover')}>
          <Space align="start">
            {cover && <img src={mediaUrl(cover, 'console')} alt="" style={{ height: 72, borderRadius: 4 }} />}
            <Upload
              accept={MEDIA_LIMITS.image.mimes.join(',')}
              showUploadList={false}
              beforeUpload={(file) => {
                void upload((m) => form.setFieldValue('coverMediaId', m.id))(file);
                return false;
              }}
            >
              <Button icon={<PictureOutlined aria-hidden />}>{t('learning.uploadCover')}</Button>
            </Upload>
            {cover && (
              <Button
                onClick={() => {
                  form.setFieldValue('coverMediaId', null);
                  touch();
                }}
              >
                {t('learning.removeCover')}
              </Button>
            )}
          </Space>
        </Form.Item>

        <Divider titlePlacement="start">{t('learning.lessons')}</Divider>
        <Form.List name="lessons">
          {(fields, { add, remove, move }) => (
            <>
              {fields.length === 0 && <Empty description={t('learning.noLessons')} />}
              {fields.map((field, index) => (
                <LessonEditor
                  key={field.key}
                  form={form}
                  name={field.name}
                  index={index}
                  count={fields.length}
                  editable={editable}
                  touch={touch}
                  onRemove={() => {
                    remove(field.name);
                    touch();
                  }}
                  onMove={(to) => {
                    move(index, to);
                    touch();
                  }}
                  upload={upload}
                />
              ))}
              {editable && (
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => {
                    add({ title: '', body: '', videoMediaId: null, quiz: null });
                    touch();
                  }}
                >
                  {t('learning.addLesson')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
      <Drawer open={preview} onClose={() => setPreview(false)} size={420} title={t('learning.preview')}>
        <CoursePreview values={preview ? (form.getFieldsValue(true) as CourseValues) : {}} />
      </Drawer>
    </Card>
  );
}

function LessonEditor(props: {
  form: FormInstance<CourseValues>;
  name: number;
  index: number;
  count: number;
  editable: boolean;
  touch: () => void;
  onRemove: () => void;
  onMove: (to: number) => void;
  upload: (onDone: (m: CourseMedia) => void) => (file: File) => Promise<void>;
}) {
  const { form, name, index, count, editable, touch, onRemove, onMove, upload } = props;
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const video = Form.useWatch(['lessons', name, 'videoMediaId'], { form, preserve: true }) as
    string | null | undefined;
  const quiz = Form.useWatch(['lessons', name, 'quiz'], { form, preserve: true }) as LessonValues['quiz'];
  const title = Form.useWatch(['lessons', name, 'title'], form) as string | undefined;

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`lesson-${index}`}
      title={t('learning.lesson', { n: index + 1 })}
      extra={
        editable && (
          <Space size={0}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined aria-hidden />}
              aria-label={t('learning.moveUp')}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            />
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined aria-hidden />}
              aria-label={t('learning.moveDown')}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            />
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('learning.removeLesson')}
              onClick={() =>
                modal.confirm({
                  title: `${t('learning.removeLesson')}：${title || t('learning.lesson', { n: index + 1 })}？`,
                  okButtonProps: { danger: true },
                  onOk: onRemove,
                })
              }
            />
          </Space>
        )
      }
    >
      <Form.Item
        name={[name, 'title']}
        label={t('learning.lessonTitle')}
        rules={[{ required: true, message: '请输入课节标题' }]}
      >
        <Input maxLength={100} aria-label={`${t('learning.lessonTitle')} ${index + 1}`} />
      </Form.Item>
      <Form.Item name={[name, 'body']} label={t('learning.body')} extra={t('learning.bodyHelp')}>
        <Input.TextArea rows={8} aria-label={`${t('learning.body')} ${index + 1}`} />
      </Form.Item>
      <Space wrap style={{ marginBottom: 12 }}>
        <Upload
          accept={MEDIA_LIMITS.image.mimes.join(',')}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload((m) => {
              const body = (form.getFieldValue(['lessons', name, 'body']) as string | undefined) ?? '';
              form.setFieldValue(['lessons', name, 'body'], `${body.trimEnd()}\n\n![图片](media:${m.id})\n`);
            })(file);
            return false;
          }}
        >
          <Button icon={<PictureOutlined aria-hidden />}>{t('learning.insertImage')}</Button>
        </Upload>
        <Upload
          accept={MEDIA_LIMITS.video.mimes.join(',')}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload((m) => form.setFieldValue(['lessons', name, 'videoMediaId'], m.id))(file);
            return false;
          }}
        >
          <Button icon={<VideoCameraOutlined aria-hidden />}>{t('learning.uploadVideo')}</Button>
        </Upload>
        {video && (
          <Button
            onClick={() => {
              form.setFieldValue(['lessons', name, 'videoMediaId'], null);
              touch();
            }}
          >
            {t('learning.removeVideo')}
          </Button>
        )}
        {!quiz && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              form.setFieldValue(['lessons', name, 'quiz'], {
                passMark: 1,
                questions: [{ text: '', options: ['', ''], answer: 0 }],
              });
              touch();
            }}
          >
            {t('learning.addQuiz')}
          </Button>
        )}
      </Space>
      {video && (
        <video
          src={mediaUrl(video, 'console')}
          controls
          style={{ display: 'block', maxWidth: 360, marginBottom: 12 }}
        />
      )}
      {quiz && <QuizEditor form={form} lesson={name} editable={editable} touch={touch} />}
    </Card>
  );
}

function QuizEditor(props: {
  form: FormInstance<CourseValues>;
  lesson: number;
  editable: boolean;
  touch: () => void;
}) {
  const { form, lesson, editable, touch } = props;
  const { t } = useTranslation();
  const base = ['lessons', lesson, 'quiz'] as ['lessons', number, 'quiz'];
  return (
    <Card
      size="small"
      type="inner"
      title={t('learning.quiz')}
      extra={
        editable && (
          <Button
            size="small"
            danger
            onClick={() => {
              form.setFieldValue(base, null);
              touch();
            }}
          >
            {t('learning.removeQuiz')}
          </Button>
        )
      }
    >
      <Form.List name={[lesson, 'quiz', 'questions']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, qi) => (
              <div key={field.key} style={{ borderBottom: '1px dashed #eee', marginBottom: 12 }}>
                <Form.Item
                  name={[field.name, 'text']}
                  label={t('learning.question', { n: qi + 1 })}
                  rules={[{ required: true, message: '请输入题目' }]}
                >
                  <Input aria-label={`${t('learning.questionText')} ${qi + 1}`} />
                </Form.Item>
                <Form.List name={[field.name, 'options']}>
                  {(options, ops) => (
                    <Row gutter={8}>
                      {options.map((o, oi) => (
                        <Col xs={24} md={12} key={o.key}>
                          <Form.Item name={o.name} rules={[{ required: true, message: '选项不能为空' }]}>
                            <Input
                              prefix={`${String.fromCharCode(65 + oi)}.`}
                              aria-label={`${t('learning.question', { n: qi + 1 })} ${t('learning.option', { n: oi + 1 })}`}
                              suffix={
                                editable &&
                                options.length > 2 && (
                                  <DeleteOutlined
                                    aria-label={t('learning.delete')}
                                    onClick={() => {
                                      ops.remove(o.name);
                                      touch();
                                    }}
                                  />
                                )
                              }
                            />
                          </Form.Item>
                        </Col>
                      ))}
                      {editable && options.length < 6 && (
                        <Col span={24} style={{ marginBottom: 12 }}>
                          <Button
                            size="small"
                            icon={<PlusOutlined aria-hidden />}
                            onClick={() => {
                              ops.add('');
                              touch();
                            }}
                          >
                            {t('learning.addOption')}
                          </Button>
                        </Col>
                      )}
                    </Row>
                  )}
                </Form.List>
                <Space align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'answer']}
                    label={t('learning.answer')}
                    rules={[{ required: true, message: '请选择正确答案' }]}
                  >
                    <AnswerSelect
                      form={form}
                      path={['lessons', lesson, 'quiz', 'questions', field.name, 'options']}
                      label={`${t('learning.question', { n: qi + 1 })} ${t('learning.answer')}`}
                    />
                  </Form.Item>
                  {editable && fields.length > 1 && (
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => {
                        remove(field.name);
                        touch();
                      }}
                    >
                      {t('learning.question', { n: qi + 1 })}
                    </Button>
                  )}
                </Space>
              </div>
            ))}
            {editable && fields.length < 10 && (
              <Button
                size="small"
                style={{ marginBottom: 12 }}
                icon={<PlusOutlined aria-hidden />}
                onClick={() => {
                  add({ text: '', options: ['', ''], answer: 0 });
                  touch();
                }}
              >
                {t('learning.addQuestion')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item
        name={[lesson, 'quiz', 'passMark']}
        label={t('learning.passMark')}
        extra={t('learning.passMarkHelp')}
        style={{ marginBottom: 0 }}
        rules={[{ required: true, message: '请输入及格题数' }]}
      >
        <InputNumber min={1} max={10} aria-label={t('learning.passMark')} />
      </Form.Item>
    </Card>
  );
}

/** The right option of a question: A, B, C… for as many options as the question has. */
function AnswerSelect(props: {
  form: FormInstance<CourseValues>;
  path: (string | number)[];
  label: string;
  value?: number;
  onChange?: (v: number) => void;
}) {
  const options = (Form.useWatch(props.path as never, { form: props.form, preserve: true }) ??
    []) as string[];
  return (
    <Select
      style={{ width: 90 }}
      aria-label={props.label}
      value={props.value}
      onChange={props.onChange}
      options={options.map((_, i) => ({ value: i, label: String.fromCharCode(65 + i) }))}
    />
  );
}

function CoursePreview({ values }: { values: CourseValues }) {
  const { t } = useTranslation();
  return (
    <div data-testid="course-preview">
      <Typography.Title level={4}>{values.title || t('learning.previewEmpty')}</Typography.Title>
      {values.summary && <Typography.Paragraph type="secondary">{values.summary}</Typography.Paragraph>}
      {(values.lessons ?? []).map((l, i) => (
        <div key={l.id ?? i} style={{ marginBottom: 24 }}>
          <Divider titlePlacement="start">{`${i + 1}. ${l.title || t('learning.previewEmpty')}`}</Divider>
          {l.videoMediaId && (
            <video src={mediaUrl(l.videoMediaId, 'console')} controls style={{ width: '100%' }} />
          )}
          <LessonText source={l.body ?? ''} />
          {l.quiz && (
            <div>
              <Typography.Text strong>{t('learning.quiz')}</Typography.Text>
              <ol>
                {(l.quiz.questions ?? []).map((q, qi) => (
                  <li key={qi}>
                    {q.text}
                    <ul>
                      {(q.options ?? []).map((o, oi) => (
                        <li key={oi} style={{ fontWeight: oi === q.answer ? 600 : undefined }}>
                          {o}
                          {oi === q.answer ? ' ✓' : ''}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
