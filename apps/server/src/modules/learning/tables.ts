import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with its migration
// (db/migrations/20261130_0009_learning.sql).

/** numeric(4,1): pg returns it as a string; written as a number. */
type Hours = ColumnType<string, number, number>;

export interface CourseTable {
  id: Generated<string>;
  starter_key: string | null;
  title: string;
  summary: string;
  category: 'law' | 'drug_harm' | 'relapse_prevention' | 'mental_health' | 'job_skills';
  credit_hours: Hours;
  cover_media_id: string | null;
  status: 'draft' | 'published';
  org_unit_id: string;
  scope_path: string;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
  published_at: Timestamp | null;
}

export interface StoredQuiz {
  questions: { text: string; options: string[]; answer: number }[];
  passMark: number;
}

export interface CourseLessonTable {
  id: Generated<string>;
  course_id: string;
  position: number;
  title: string;
  body: string;
  video_media_id: string | null;
  quiz: ColumnType<StoredQuiz | null, string | null, string | null>;
}

export interface CourseMediaTable {
  id: Generated<string>;
  course_id: string;
  kind: 'image' | 'video';
  mime: string;
  size: number;
  file_key: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface LessonProgressTable {
  person_id: string;
  lesson_id: string;
  course_id: string;
  read_at: Timestamp | null;
  video_percent: Generated<number>;
  quiz_attempts: Generated<number>;
  quiz_passed_at: Timestamp | null;
  completed_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface QuizAttemptTable {
  id: Generated<string>;
  person_id: string;
  lesson_id: string;
  answers: ColumnType<number[], string, never>;
  correct: number;
  total: number;
  passed: boolean;
  at: Timestamp;
}

export interface CourseCompletionTable {
  person_id: string;
  course_id: string;
  completed_at: Timestamp;
  credit_hours: Hours;
}

export interface LearningTables {
  courses: CourseTable;
  course_lessons: CourseLessonTable;
  course_media: CourseMediaTable;
  lesson_progress: LessonProgressTable;
  quiz_attempts: QuizAttemptTable;
  course_completions: CourseCompletionTable;
}
