import { queryOptions } from '@tanstack/react-query';
import type { QueryOf } from '@taobo/api-client';
import { api } from '../api.ts';

export const courseListQuery = (query: QueryOf<'/api/learning/courses'>) =>
  queryOptions({
    queryKey: ['learning', 'courses', query] as const,
    queryFn: ({ signal }) => api.get('/api/learning/courses', { query, signal }),
  });

export const courseQuery = (id: string) =>
  queryOptions({
    queryKey: ['learning', 'course', id] as const,
    queryFn: ({ signal }) => api.get('/api/learning/courses/{id}', { params: { id }, signal }),
    staleTime: 0,
  });

export const courseStatsQuery = queryOptions({
  queryKey: ['learning', 'stats'] as const,
  queryFn: ({ signal }) => api.get('/api/learning/stats', { signal }),
});

export const personLearningQuery = (personId: string) =>
  queryOptions({
    queryKey: ['learning', 'person', personId] as const,
    queryFn: ({ signal }) => api.get('/api/persons/{id}/learning', { params: { id: personId }, signal }),
  });
