import { queryOptions, useQueryClient } from '@tanstack/react-query';
import type { Measure, PersonDetail } from '@taobo/contracts';
import { personStatusFor } from '@taobo/domain';
import { api } from '../api.ts';

const enc = encodeURIComponent;

export const personMeasuresQuery = (personId: string) =>
  queryOptions({
    queryKey: ['measures', 'person', personId] as const,
    queryFn: ({ signal }) => api.get('/api/persons/{id}/measures', { params: { id: personId }, signal }),
  });

export const measureTestsQuery = (measureId: string) =>
  queryOptions({
    queryKey: ['measures', 'tests', measureId] as const,
    queryFn: ({ signal }) => api.get('/api/measures/{id}/tests', { params: { id: measureId }, signal }),
  });

export const collectorsQuery = (measureId: string) =>
  queryOptions({
    queryKey: ['measures', 'collectors', measureId] as const,
    queryFn: ({ signal }) => api.get('/api/measures/{id}/collectors', { params: { id: measureId }, signal }),
    staleTime: 5 * 60_000,
  });

export const absencesQuery = (measureId: string) =>
  queryOptions({
    queryKey: ['measures', 'absences', measureId] as const,
    queryFn: ({ signal }) => api.get('/api/measures/{id}/absences', { params: { id: measureId }, signal }),
  });

/** 批评教育 records of a measure (禁毒法 第三十五条 第二款), newest first. */
export const educationQuery = (measureId: string) =>
  queryOptions({
    queryKey: ['measures', 'education', measureId] as const,
    queryFn: ({ signal }) => api.get('/api/measures/{id}/education', { params: { id: measureId }, signal }),
  });

export const violationsQuery = (personId: string) =>
  queryOptions({
    queryKey: ['violations', personId] as const,
    queryFn: ({ signal }) => api.get('/api/persons/{id}/violations', { params: { id: personId }, signal }),
  });

export const timelineQuery = (personId: string) =>
  queryOptions({
    queryKey: ['timeline', personId] as const,
    queryFn: ({ signal }) => api.get('/api/persons/{id}/timeline', { params: { id: personId }, signal }),
  });

/** The worklist drives the menu badge too: re-read every minute and after every mutation. */
export const worklistQuery = queryOptions({
  queryKey: ['worklist'] as const,
  queryFn: ({ signal }) => api.get('/api/worklist', { signal }),
  staleTime: 0,
  refetchInterval: 60_000,
});

/** Open tasks in the caller's scope (at most 100): the worklist's items that can be closed with a note. */
export const agreementPdfUrl = (measureId: string) => `/api/measures/${enc(measureId)}/agreement.pdf`;
/** The township's 解除告知书, once the police's notice is recorded (条例 第二十三条). */
export const releasePdfUrl = (measureId: string) => `/api/measures/${enc(measureId)}/release.pdf`;

/**
 * After any supervision change: re-read what it can have touched (measures, tests, violations,
 * timeline, worklist, tasks). The open person file is patched in place rather than re-read, since
 * each read of a file is an audited view.
 */
export function useSupervisionRefresh() {
  const queryClient = useQueryClient();
  return async (personId: string, measure?: Measure) => {
    if (measure) {
      queryClient.setQueryData<PersonDetail>(['persons', 'detail', personId], (p) =>
        p ? { ...p, status: personStatusFor(measure) } : p,
      );
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['measures'] }),
      queryClient.invalidateQueries({ queryKey: ['violations', personId] }),
      queryClient.invalidateQueries({ queryKey: ['timeline', personId] }),
      queryClient.invalidateQueries({ queryKey: ['worklist'] }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['persons', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['persons', 'audit', personId] }),
    ]);
  };
}
