import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@taobo/contracts';
import { api } from '../api.ts';

export const screeningsQuery = (page: number, openAlerts: boolean) =>
  queryOptions({
    queryKey: ['counselling', 'screenings', page, openAlerts],
    queryFn: ({ signal }) =>
      api.get('/api/counselling/screenings', {
        query: { page, pageSize: 20, openAlerts: openAlerts ? 'true' : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const bookingsQuery = (page: number, status: Booking['status'] | undefined) =>
  queryOptions({
    queryKey: ['counselling', 'bookings', page, status ?? ''],
    queryFn: ({ signal }) =>
      api.get('/api/counselling/bookings', { query: { page, pageSize: 20, status }, signal }),
    placeholderData: keepPreviousData,
  });

export const availabilityQuery = queryOptions({
  queryKey: ['counselling', 'availability'],
  queryFn: ({ signal }) => api.get('/api/counselling/availability', { signal }),
});

export const personCounsellingQuery = (personId: string) =>
  queryOptions({
    queryKey: ['counselling', 'person', personId],
    queryFn: ({ signal }) => api.get('/api/persons/{id}/counselling', { params: { id: personId }, signal }),
  });

/** After any counselling change: every counselling list is read again. */
export function useCounsellingRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['counselling'] });
}
