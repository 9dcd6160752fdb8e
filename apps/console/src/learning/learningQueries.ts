import { queryOptions } from '@tanstack/react-query';
import type {
  CourseDetail,
  CourseList,
  CourseListQuery,
  CourseStats,
  PersonLearning,
} from '@taobo/contracts';
import { api, type Query } from '../api.ts';

export const courseListQuery = (query: CourseListQuery) =>
  queryOptions({
    queryKey: ['learning', 'courses', query] as const,
    queryFn: ({ signal }) => api.get<CourseList>('/api/learning/courses', query as Query, signal),
  });

export const courseQuery = (id: string) =>
  queryOptions({
    queryKey: ['learning', 'course', id] as const,
    queryFn: ({ signal }) =>
      api.get<CourseDetail>(`/api/learning/courses/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: 0,
  });

export const courseStatsQuery = queryOptions({
  queryKey: ['learning', 'stats'] as const,
  queryFn: ({ signal }) => api.get<CourseStats>('/api/learning/stats', undefined, signal),
});

export const personLearningQuery = (personId: string) =>
  queryOptions({
    queryKey: ['learning', 'person', personId] as const,
    queryFn: ({ signal }) =>
      api.get<PersonLearning>(`/api/persons/${encodeURIComponent(personId)}/learning`, undefined, signal),
  });
