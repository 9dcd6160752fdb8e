import type { ClientErrorBody, ClientErrorCode } from '@taobo/contracts';
import i18n from './i18n/index.ts';

export interface ApiIssue {
  path: string;
  message: string;
}

/** Every failed call throws this: the server's `{ code, message, issues }` plus the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly issues: ApiIssue[];
  readonly correlationId: string | undefined;

  constructor(status: number, body: ClientErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.correlationId = body.correlationId;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A user-facing message for anything thrown by a call. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return i18n.t('error.unknown');
}

export interface Paged<T> {
  items: T[];
  total: number;
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

let unauthorizedHandler: (() => void) | null = null;

/** Called when any request (other than sign-in itself) answers 401: the session is gone. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function toErrorBody(status: number, data: unknown): ClientErrorBody {
  if (data && typeof data === 'object' && 'code' in data && 'message' in data) {
    const d = data as Partial<ClientErrorBody>;
    if (typeof d.code === 'string' && typeof d.message === 'string') {
      return {
        code: d.code,
        message: d.message,
        correlationId: typeof d.correlationId === 'string' ? d.correlationId : undefined,
        issues: Array.isArray(d.issues) ? d.issues : undefined,
      };
    }
  }
  return {
    code: `HTTP_${status}`,
    message: i18n.t(status >= 500 ? 'error.server' : 'error.unknown', { status }),
  };
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

async function request<T>(
  method: string,
  path: string,
  { query, body, signal }: RequestOptions = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      method,
      credentials: 'same-origin',
      // A FormData body (a file upload) sets its own multipart content type.
      headers:
        body === undefined || body instanceof FormData
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, { code: 'NETWORK', message: i18n.t('error.network') });
  }

  const text = res.status === 204 ? '' : await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!res.ok) {
    const error = new ApiError(res.status, toErrorBody(res.status, data));
    // 401 on sign-in or on "who am I" is an answer, not a lost session.
    const isAuthProbe = path === '/api/auth/login' || path === '/api/auth/me';
    if (res.status === 401 && !isAuthProbe && error.code !== 'BAD_CREDENTIALS') unauthorizedHandler?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
