import { queryOptions, useQuery } from '@tanstack/react-query';
import { workdayCalendar, type Calendar } from '@taobo/domain';
import { useMemo } from 'react';
import { api } from '../api.ts';

/** The days administrators entered (all years): few, and rarely changed. */
export const enteredDaysQuery = queryOptions({
  queryKey: ['calendar', 'days'] as const,
  queryFn: ({ signal }) => api.get('/api/calendar/days', { signal }),
  staleTime: 10 * 60_000,
});

export const calendarYearQuery = (year: number) =>
  queryOptions({
    queryKey: ['calendar', 'year', year] as const,
    queryFn: ({ signal }) => api.get('/api/calendar/years/{year}', { params: { year }, signal }),
  });

/**
 * The working-day calendar the server counts deadlines on (民法典 第二百零三条), for previews in
 * forms: the same domain function, the same entered days.
 */
export function useWorkdayCalendar(): Calendar {
  const { data } = useQuery(enteredDaysQuery);
  return useMemo(() => workdayCalendar(data ?? []), [data]);
}
