import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, onUnauthorized } from './api.ts';
import { markSessionExpired } from './auth/expired.ts';

/**
 * The server answers 403 PASSWORD_CHANGE_REQUIRED to everything while the password must change:
 * read "who am I" again, and the layout asks for the new password instead of showing pages.
 */
function onError(error: unknown) {
  if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself by asking again; a dropped connection might.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      // Opening a person's file is an audited event: never re-read it just because the window got focus.
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});

onUnauthorized(() => {
  if (queryClient.getQueryData(['me'])) markSessionExpired();
  queryClient.setQueryData(['me'], null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
});
