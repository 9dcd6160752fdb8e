import type { ClientErrorBody, ClientErrorCode } from '@taobo/contracts';

export interface ApiIssue {
  path: string;
  message: string;
}

/**
 * Every failed call throws this, in the console and in the app alike: the server's
 * `{ code, message, issues }` plus the HTTP status (0: the call never reached the server).
 */
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

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** True when the call never reached the server (offline, a dropped connection). */
export const isNetworkError = (e: unknown): boolean => e instanceof ApiError && e.status === 0;

/**
 * The error body of a failed answer. `fallback` is the message for an answer that is not ours
 * (a proxy's page, an empty body): its code is then `HTTP_<status>`.
 */
export function errorBody(status: number, data: unknown, fallback: string): ClientErrorBody {
  const d: Record<string, unknown> = data !== null && typeof data === 'object' ? { ...data } : {};
  const ours = typeof d.code === 'string' && typeof d.message === 'string';
  return {
    // The server answers only with codes of the ErrorCode vocabulary (contracts/errors.ts).
    code: ours ? (d.code as ClientErrorCode) : `HTTP_${status}`,
    message: ours ? (d.message as string) : fallback,
    correlationId: typeof d.correlationId === 'string' ? d.correlationId : undefined,
    issues: Array.isArray(d.issues) ? (d.issues as ApiIssue[]) : undefined,
  };
}
