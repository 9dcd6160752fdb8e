import type { ClientErrorBody, ClientErrorCode } from '@taobo/contracts';

/** Every failed call throws this: the server's `{ code, message, issues }` plus the HTTP status (0: no network). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly issues: { path: string; message: string }[];

  constructor(status: number, body: ClientErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** True when the call never reached the server (offline, a dropped connection). */
export const isNetworkError = (e: unknown) => e instanceof ApiError && e.status === 0;

export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请稍后重试';
}

let unauthorizedHandler: (() => void) | null = null;
/** Called when a call answers 401: the app session is gone (revoked or expired). */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as `Idempotency-Key`: the server does the write once, however often it is sent. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** One call to the person app's API. A FormData body is sent as multipart (uploads). */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const { body, idempotencyKey, signal } = opts;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, { code: 'NETWORK', message: '网络不可用，请检查网络后重试' });
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const d = (data ?? {}) as Partial<ClientErrorBody>;
    const error = new ApiError(res.status, {
      code: typeof d.code === 'string' ? d.code : `HTTP_${res.status}`,
      message:
        typeof d.message === 'string' ? d.message : res.status >= 500 ? '服务器繁忙，请稍后重试' : '请求失败',
      issues: Array.isArray(d.issues) ? d.issues : undefined,
    });
    const isAuthProbe = path.startsWith('/api/m/auth/') || path === '/api/m/me';
    if (res.status === 401 && !isAuthProbe) unauthorizedHandler?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, { body: body ?? {}, idempotencyKey }),
  put: <T>(path: string, body: unknown, idempotencyKey?: string) =>
    request<T>('PUT', path, { body, idempotencyKey }),
  delete: <T>(path: string, idempotencyKey?: string) => request<T>('DELETE', path, { idempotencyKey }),
};
