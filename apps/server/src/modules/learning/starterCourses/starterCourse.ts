import type { CourseCategory } from '@taobo/contracts';
import type { StoredQuiz } from '../tables.ts';

/** A course that ships with the product (product content, seeded in every environment). */
export interface StarterCourse {
  /** Stable key: a course is seeded once per key. A rewrite gets a new key (…-v2). */
  key: string;
  title: string;
  summary: string;
  category: CourseCategory;
  creditHours: number;
  lessons: { title: string; body: string; quiz?: StoredQuiz }[];
}
