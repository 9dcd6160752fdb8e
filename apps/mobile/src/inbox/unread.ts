import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

/** The inbox's first page; its `unread` feeds the tab badge and the home screen. */
export const inboxKey = (page: number) => ['notifications', page] as const;

export function useUnreadCount(enabled: boolean): number {
  const q = useQuery({
    queryKey: inboxKey(1),
    queryFn: ({ signal }) => api.get('/api/m/notifications', { query: { page: 1, pageSize: 20 }, signal }),
    enabled,
    refetchInterval: 60_000,
  });
  return q.data?.unread ?? 0;
}
