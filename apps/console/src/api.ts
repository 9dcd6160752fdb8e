import { ApiError, createApiClient } from '@taobo/api-client';
import i18n from './i18n/index.ts';

export { ApiError };

/**
 * The console's typed API client: a path of docs/openapi.json fixes what a call takes and answers.
 * Every failed call throws ApiError (the server's `{ code, message, issues }` plus the HTTP status).
 */
export const api = createApiClient({
  messages: {
    network: () => i18n.t('error.network'),
    failed: (status) => i18n.t(status >= 500 ? 'error.server' : 'error.unknown', { status }),
  },
  // 401 on sign-in or on "who am I" is an answer, not a lost session.
  isAuthProbe: (path) => path === '/api/auth/login' || path === '/api/auth/me',
});

/** Called when any request (other than sign-in itself) answers 401: the session is gone. */
export const onUnauthorized = api.onUnauthorized;

/** A user-facing message for anything thrown by a call. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return i18n.t('error.unknown');
}
