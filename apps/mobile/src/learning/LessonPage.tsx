import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DotLoading, ErrorBlock, NavBar, Radio, Space } from 'antd-mobile';
import { mediaUrl, type AppLesson, type ProgressResult, type QuizResult } from '@taobo/contracts';
import { VIDEO_WATCHED_PERCENT } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { enqueue, sentResult, useOutbox, type OutboxItem } from '../offline/outbox.ts';
import { LessonText } from './LessonText.tsx';
import { OutboxNote } from './OutboxNote.tsx';
import { useCourse } from './queries.ts';
import './learning.css';

/** Hours credited by a sent learning write, if any. */
function credited(item: OutboxItem | undefined): number {
  const progress: ProgressResult | undefined = sentResult(item, PROGRESS);
  const quiz: QuizResult | undefined = sentResult(item, QUIZ);
  return progress?.hoursCredited ?? quiz?.hoursCredited ?? 0;
}
const PROGRESS = '/api/m/courses/{id}/lessons/{lessonId}/progress';
const QUIZ = '/api/m/courses/{id}/lessons/{lessonId}/quiz';

/**
 * One lesson: its text, video and quiz. Reading to the end, watching the video to 90% and the
 * quiz are writes through the outbox, so they count even when sent later from offline.
 */
export default function LessonPage() {
  const { courseId = '', lessonId = '' } = useParams();
  const navigate = useNavigate();
  const course = useCourse(courseId);
  const queryClient = useQueryClient();
  const writes = useOutbox('learning').filter((i) => i.path.includes(`/lessons/${lessonId}/`));

  // Each sent write changes progress: read the course again.
  const sentCount = writes.filter((w) => w.state === 'sent').length;
  useEffect(() => {
    if (sentCount > 0) void queryClient.invalidateQueries({ queryKey: ['learning'] });
  }, [sentCount, queryClient]);

  if (course.isPending)
    return (
      <div className="learning">
        <NavBar onBack={() => void navigate(`/learning/${courseId}`)}>课节</NavBar>
        <div className="learning-loading">
          <DotLoading color="primary" />
        </div>
      </div>
    );
  const lessons = course.data?.lessons ?? [];
  const index = lessons.findIndex((l) => l.id === lessonId);
  const lesson = lessons[index];
  if (course.isError || !lesson)
    return (
      <div className="learning">
        <NavBar onBack={() => void navigate(`/learning/${courseId}`)}>课节</NavBar>
        <ErrorBlock
          status="disconnected"
          title="课节加载失败"
          description={course.isError ? errorMessage(course.error) : '课节不存在或已删除'}
        />
      </div>
    );
  const next = lessons[index + 1];
  const title = course.data.title;
  return (
    <div className="learning">
      <NavBar onBack={() => void navigate(`/learning/${courseId}`)}>
        {index + 1}/{lessons.length} {title}
      </NavBar>
      <LessonBody key={lesson.id} courseId={courseId} lesson={lesson} writes={writes} />
      <div className="lesson-footer">
        {next ? (
          <Button
            block
            size="large"
            color="primary"
            fill="outline"
            onClick={() => void navigate(`/learning/${courseId}/${next.id}`)}
          >
            下一课节：{next.title}
          </Button>
        ) : (
          <Button block size="large" fill="outline" onClick={() => void navigate(`/learning/${courseId}`)}>
            返回课程
          </Button>
        )}
      </div>
    </div>
  );
}

function LessonBody({
  courseId,
  lesson,
  writes,
}: {
  courseId: string;
  lesson: AppLesson;
  writes: OutboxItem[];
}) {
  const endRef = useRef<HTMLDivElement>(null);
  const sentRead = useRef(lesson.progress.read);
  const sentVideo = useRef(lesson.progress.videoPercent >= VIDEO_WATCHED_PERCENT);
  const furthest = useRef(lesson.progress.videoPercent);

  // Read to the end: the end of the text has come into view.
  useEffect(() => {
    const el = endRef.current;
    if (!el || sentRead.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || sentRead.current) return;
      sentRead.current = true;
      observer.disconnect();
      void enqueue({
        kind: 'learning',
        label: `读完《${lesson.title}》`,
        path: PROGRESS,
        params: { id: courseId, lessonId: lesson.id },
        body: { read: true },
      });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [courseId, lesson.id, lesson.title]);

  function onTimeUpdate(e: SyntheticEvent<HTMLVideoElement>) {
    const v = e.currentTarget;
    if (!v.duration || !Number.isFinite(v.duration)) return;
    furthest.current = Math.max(furthest.current, Math.floor((v.currentTime / v.duration) * 100));
    if (furthest.current >= VIDEO_WATCHED_PERCENT && !sentVideo.current) {
      sentVideo.current = true;
      void enqueue({
        kind: 'learning',
        label: `看完《${lesson.title}》的视频`,
        path: PROGRESS,
        params: { id: courseId, lessonId: lesson.id },
        body: { videoPercent: Math.min(100, furthest.current) },
      });
    }
  }

  const progressWrites = writes.filter((w) => w.path.endsWith('/progress'));
  const hours = Math.max(0, ...writes.map(credited));
  const needs = [
    !lesson.progress.read && '读到本页末尾',
    lesson.videoMediaId &&
      lesson.progress.videoPercent < VIDEO_WATCHED_PERCENT &&
      `视频观看到 ${VIDEO_WATCHED_PERCENT}%`,
    lesson.quiz && !lesson.progress.quizPassed && '通过测验',
  ].filter(Boolean);

  return (
    <article className="lesson">
      <h1>{lesson.title}</h1>
      {lesson.progress.completed ? (
        <div className="lesson-status done" role="status">
          本课节已完成
        </div>
      ) : (
        <div className="lesson-status" role="status">
          完成本课节需要：{needs.join('、')}
        </div>
      )}
      {hours > 0 && (
        <div className="course-done" role="status">
          恭喜！您已学完本课程，记 {hours} 学时。
        </div>
      )}
      {lesson.videoMediaId && (
        <video
          className="lesson-video"
          src={mediaUrl(lesson.videoMediaId, 'app')}
          controls
          playsInline
          preload="metadata"
          onTimeUpdate={onTimeUpdate}
        />
      )}
      <LessonText source={lesson.body} />
      <div ref={endRef} className="lesson-end" aria-hidden>
        — 本课节正文结束 —
      </div>
      {progressWrites.slice(0, 2).map((w) => (
        <OutboxNote key={w.id} item={w} />
      ))}
      {lesson.quiz && <QuizForm courseId={courseId} lesson={lesson} writes={writes} />}
    </article>
  );
}

function QuizForm({
  courseId,
  lesson,
  writes,
}: {
  courseId: string;
  lesson: AppLesson;
  writes: OutboxItem[];
}) {
  const quiz = lesson.quiz!;
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => quiz.questions.map(() => undefined));
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const attempt = writes.find((w) => w.id === attemptId);
  const result: QuizResult | null = sentResult(attempt, QUIZ) ?? null;
  const chosen = answers.filter((a) => a !== undefined);
  const complete = chosen.length === answers.length;

  async function submit() {
    if (!complete) return;
    const item = await enqueue({
      kind: 'learning',
      label: `《${lesson.title}》测验`,
      path: QUIZ,
      params: { id: courseId, lessonId: lesson.id },
      body: { answers: chosen },
    });
    setAttemptId(item.id);
  }

  function again() {
    setAttemptId(null);
    setAnswers(quiz.questions.map(() => undefined));
  }

  return (
    <section className="quiz" aria-label="测验">
      <h2>课后测验</h2>
      <p className="quiz-rule">
        共 {quiz.questions.length} 题，答对 {quiz.passMark} 题及格。
        {lesson.progress.quizPassed && '您已通过本测验。'}
      </p>
      {quiz.questions.map((q, i) => (
        <div key={i} className={`quiz-question${result ? (result.marks[i] ? ' right' : ' wrong') : ''}`}>
          <div className="quiz-text">
            {i + 1}. {q.text}
            {result && <span className="quiz-mark">{result.marks[i] ? '✓ 正确' : '✗ 错误'}</span>}
          </div>
          <Radio.Group
            value={answers[i] ?? null}
            onChange={(v) => setAnswers((a) => a.map((x, j) => (j === i ? Number(v) : x)))}
            disabled={!!attempt}
          >
            <Space direction="vertical" block>
              {q.options.map((o, j) => (
                <Radio key={j} value={j} block className="quiz-option">
                  {o}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </div>
      ))}
      {result ? (
        <div className={`quiz-result ${result.passed ? 'passed' : 'failed'}`} role="status">
          <strong>
            答对 {result.correct}/{result.total} 题，
            {result.passed ? '测验通过！' : `未及格（需答对 ${result.passMark} 题）`}
          </strong>
          {result.passed
            ? result.hoursCredited > 0
              ? ` 课程已全部完成，记 ${result.hoursCredited} 学时。`
              : result.courseCompleted
                ? ' 本课程已完成。'
                : ' 本课节已完成，请继续学习下一课节。'
            : ' 标“✗”的题答错了，请回看正文后重新作答。'}
        </div>
      ) : (
        attempt && <OutboxNote item={attempt} pendingHint="，联网后自动提交并评分" />
      )}
      {attempt && (attempt.state === 'sent' || attempt.state === 'failed') ? (
        <Button block size="large" onClick={again}>
          重新作答
        </Button>
      ) : (
        <Button
          block
          size="large"
          color="primary"
          disabled={!complete || !!attempt}
          onClick={() => void submit()}
        >
          提交答案
        </Button>
      )}
    </section>
  );
}
