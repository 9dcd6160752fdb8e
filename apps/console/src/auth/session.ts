import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, Permission } from '@taobo/contracts';
import { ApiError, api } from '../api.ts';
import { syncServerToday } from '../forms/dates.ts';
import { clearDrafts } from '../forms/draft.ts';

export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      const me = await api.get('/api/auth/me', { signal });
      syncServerToday(me.today);
      return me;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: Infinity,
});

/** The signed-in user; `undefined` while the first check runs, `null` when signed out. */
export function useMe(): { me: Me | null | undefined; isPending: boolean; error: unknown } {
  const { data, isPending, error } = useQuery(meQuery);
  return { me: data, isPending, error };
}

/** Only for pages below RequireAuth, where `me` is known. */
export function useSignedInMe(): Me {
  const { me } = useMe();
  if (!me) throw new Error('useSignedInMe outside RequireAuth');
  return me;
}

export function useCan(): (permission: Permission) => boolean {
  const { me } = useMe();
  return (permission) => Boolean(me?.permissions.includes(permission));
}

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      clearDrafts();
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    }
  };
}
