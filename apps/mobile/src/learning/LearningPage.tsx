import { useNavigate } from 'react-router';
import { Button, DotLoading, ErrorBlock, List, NavBar, ProgressBar, Tag } from 'antd-mobile';
import { courseCategoryLabels } from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { useCourses } from './queries.ts';
import './learning.css';

/** 在线学习: the courses published to the person's area, with their progress and hours. */
export default function LearningPage() {
  const navigate = useNavigate();
  const courses = useCourses();

  return (
    <div className="learning">
      <NavBar onBack={() => void navigate('/')}>在线学习</NavBar>
      {courses.isPending ? (
        <div className="learning-loading">
          <DotLoading color="primary" />
        </div>
      ) : courses.isError ? (
        <ErrorBlock status="disconnected" title="课程加载失败" description={errorMessage(courses.error)}>
          <Button color="primary" onClick={() => void courses.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : (
        <>
          <div className="learning-summary" aria-label="学习汇总">
            <div>
              <strong>{courses.data.hoursEarned}</strong>
              <span>已获学时</span>
            </div>
            <div>
              <strong>{courses.data.completedCount}</strong>
              <span>完成课程</span>
            </div>
            <div>
              <strong>{courses.data.items.length}</strong>
              <span>可学课程</span>
            </div>
          </div>
          <p className="learning-hint">
            学完一门课程的全部课节（含测验）即记学时。读过的课程没有网络也能打开。
          </p>
          {courses.data.items.length === 0 ? (
            <ErrorBlock status="empty" title="暂无课程" description="工作人员发布课程后会显示在这里" />
          ) : (
            <List>
              {courses.data.items.map((c) => (
                <List.Item
                  key={c.id}
                  onClick={() => void navigate(`/learning/${c.id}`)}
                  description={
                    <div className="course-progress">
                      <ProgressBar
                        percent={c.lessonCount ? (c.lessonsDone / c.lessonCount) * 100 : 0}
                        style={{ '--track-width': '6px' }}
                      />
                      <span>
                        {c.lessonsDone}/{c.lessonCount} 课节 · {c.creditHours} 学时
                      </span>
                    </div>
                  }
                  extra={c.completedAt ? <Tag color="success">已完成</Tag> : undefined}
                >
                  <div className="course-title">
                    <Tag color="primary" fill="outline">
                      {courseCategoryLabels[c.category].zh}
                    </Tag>
                    <span>{c.title}</span>
                  </div>
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </div>
  );
}
