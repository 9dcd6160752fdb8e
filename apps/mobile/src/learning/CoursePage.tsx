import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, DotLoading, ErrorBlock, List, NavBar, ProgressBar, Tag, Toast } from 'antd-mobile';
import { courseCategoryLabels, mediaUrl, type AppLesson } from '@taobo/contracts';
import { errorMessage, isApiError } from '../api.ts';
import { downloadCourse, useDownloadedAt } from './offlineDownload.ts';
import { useCourse } from './queries.ts';
import './learning.css';

function lessonState(l: AppLesson) {
  if (l.progress.completed) return <Tag color="success">已完成</Tag>;
  if (l.progress.read || l.progress.videoPercent > 0 || l.progress.quizAttempts > 0)
    return <Tag color="warning">学习中</Tag>;
  return <Tag>未开始</Tag>;
}

/** One course: its lessons with their state, the hours it credits, and 下载离线学习. */
export default function CoursePage() {
  const { courseId = '' } = useParams();
  const navigate = useNavigate();
  const course = useCourse(courseId);
  const downloadedAt = useDownloadedAt(courseId);
  const [download, setDownload] = useState<{ done: number; total: number } | null>(null);

  async function onDownload() {
    setDownload({ done: 0, total: 0 });
    try {
      await downloadCourse(courseId, (done, total) => setDownload({ done, total }));
      Toast.show({ icon: 'success', content: '已下载，没有网络时也能学习本课程' });
    } catch (e) {
      Toast.show({ icon: 'fail', content: errorMessage(e) });
    } finally {
      setDownload(null);
    }
  }

  if (course.isPending)
    return (
      <div className="learning">
        <NavBar onBack={() => void navigate('/learning')}>课程</NavBar>
        <div className="learning-loading">
          <DotLoading color="primary" />
        </div>
      </div>
    );
  if (course.isError)
    return (
      <div className="learning">
        <NavBar onBack={() => void navigate('/learning')}>课程</NavBar>
        <ErrorBlock
          status={isApiError(course.error) && course.error.status === 404 ? 'empty' : 'disconnected'}
          title={
            isApiError(course.error) && course.error.status === 404 ? '课程不存在或已下架' : '课程加载失败'
          }
          description={errorMessage(course.error)}
        />
      </div>
    );

  const c = course.data;
  const next = c.lessons.find((l) => !l.progress.completed) ?? c.lessons[0];
  return (
    <div className="learning">
      <NavBar onBack={() => void navigate('/learning')}>课程</NavBar>
      {c.coverMediaId && <img className="course-cover" src={mediaUrl(c.coverMediaId, 'app')} alt="" />}
      <div className="course-head">
        <Tag color="primary" fill="outline">
          {courseCategoryLabels[c.category].zh}
        </Tag>
        <h1>{c.title}</h1>
        {c.summary && <p>{c.summary}</p>}
        <ProgressBar percent={c.lessonCount ? (c.lessonsDone / c.lessonCount) * 100 : 0} />
        <p className="course-meta">
          已完成 {c.lessonsDone}/{c.lessonCount} 课节 · {c.creditHours} 学时
          {c.completedAt ? ' · 已记学时' : ''}
        </p>
        {c.completedAt && (
          <div className="course-done" role="status">
            您已学完本课程，已记 {c.creditHours} 学时。
          </div>
        )}
        <div className="course-actions">
          {next && (
            <Button
              block
              color="primary"
              size="large"
              onClick={() => void navigate(`/learning/${c.id}/${next.id}`)}
            >
              {c.lessonsDone === 0 ? '开始学习' : c.completedAt ? '再学一遍' : '继续学习'}
            </Button>
          )}
          <Button
            block
            size="large"
            loading={!!download}
            disabled={!!download}
            onClick={() => void onDownload()}
          >
            {download
              ? `下载中 ${download.done}/${download.total}`
              : downloadedAt
                ? '已下载，可离线学习（点此更新）'
                : '下载离线学习'}
          </Button>
        </div>
      </div>
      <List header="课节">
        {c.lessons.map((l, i) => (
          <List.Item
            key={l.id}
            onClick={() => void navigate(`/learning/${c.id}/${l.id}`)}
            extra={lessonState(l)}
            description={
              [l.videoMediaId && '视频', l.quiz && '测验'].filter(Boolean).join(' · ') || undefined
            }
          >
            {i + 1}. {l.title}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
