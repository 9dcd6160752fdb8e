import { queryOptions } from '@tanstack/react-query';
import type { PersonListQuery } from '@taobo/contracts';
import { api } from '../api.ts';

export type PersonFilters = Partial<Omit<PersonListQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize: number;
};

export const personListQuery = (filters: PersonFilters) =>
  queryOptions({
    queryKey: ['persons', 'list', filters] as const,
    queryFn: ({ signal }) => api.get('/api/persons', { query: { ...filters }, signal }),
  });

export const personDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['persons', 'detail', id] as const,
    queryFn: ({ signal }) => api.get('/api/persons/{id}', { params: { id }, signal }),
    // Each read is an audited "view": every opening of a file asks the server (and is recorded);
    // what stays open is not re-read behind the user's back (no refetch on focus).
    staleTime: 0,
  });

export const personAuditQuery = (id: string, page: number, pageSize: number) =>
  queryOptions({
    queryKey: ['persons', 'audit', id, page, pageSize] as const,
    queryFn: ({ signal }) =>
      api.get('/api/persons/{id}/audit', { params: { id }, query: { page, pageSize }, signal }),
    staleTime: 0,
  });

export type TeamRole = 'police' | 'grid_worker' | 'social_worker';

export const staffOptionsQuery = (role: TeamRole, orgUnitId: string | null | undefined) =>
  queryOptions({
    queryKey: ['staff', 'options', role, orgUnitId ?? null] as const,
    queryFn: ({ signal }) => api.get('/api/staff/options', { query: { role, orgUnitId }, signal }),
    staleTime: 60_000,
  });
