import { ApiError, createApiClient, isApiError, isNetworkError } from '@taobo/api-client';

export { ApiError, isApiError, isNetworkError };

/**
 * The app's typed API client: a path of docs/openapi.json fixes what a call takes and answers.
 * Every failed call throws ApiError (the server's `{ code, message, issues }` plus the HTTP status,
 * 0 when there was no network). Writes go through the outbox (offline/outbox.ts), not through here.
 */
export const api = createApiClient({
  messages: {
    network: () => '网络不可用，请检查网络后重试',
    failed: (status) => (status >= 500 ? '服务器繁忙，请稍后重试' : '请求失败'),
  },
  // 401 on sign-in, activation or "who am I" is an answer, not a lost session.
  isAuthProbe: (path) => path.startsWith('/api/m/auth/') || path === '/api/m/me',
});

/** Called when a call answers 401: the app session is gone (revoked or expired). */
export const onUnauthorized = api.onUnauthorized;

export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请稍后重试';
}
