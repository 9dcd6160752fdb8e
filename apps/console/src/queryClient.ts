import { QueryClient } from '@tanstack/react-query';
import { ApiError, onUnauthorized } from './api.ts';
import { markSessionExpired } from './auth/expired.ts';

export const queryClient = new QueryClient({
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
