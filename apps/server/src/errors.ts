import { ErrorStatus, type ErrorCode } from '@taobo/contracts';

export interface ErrorIssue {
  path: string;
  message: string;
}

/**
 * One error type with a code: messages are for people (Chinese), codes for programs. The HTTP
 * status comes from the code (`ErrorStatus` in contracts), so a code always answers alike.
 */
export class DomainError extends Error {
  readonly status: number;
  /** Sent as `Retry-After` (seconds): when a refused request may be tried again. */
  retryAfterSeconds?: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
    this.status = ErrorStatus[code];
  }
}

/** Bad input in one field: a 400 naming the field, so a form can show it where it belongs. */
export const invalid = (path: string, message: string, code: ErrorCode = 'VALIDATION') =>
  new DomainError(code, message, [{ path, message }]);
/** The state of things does not allow this (a 409 unless the code says otherwise). */
export const conflict = (code: ErrorCode, message: string) => new DomainError(code, message);
export const notFound = (what = '记录') => new DomainError('NOT_FOUND', `${what}不存在或您无权查看`);
export const forbidden = (message = '您没有执行此操作的权限') => new DomainError('FORBIDDEN', message);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', '请先登录');
/** Too many attempts: 429 with `Retry-After`. */
export function rateLimited(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const error = new DomainError('RATE_LIMITED', `尝试过于频繁，请 ${minutes} 分钟后再试`);
  error.retryAfterSeconds = retryAfterSeconds;
  return error;
}
/** An upload route was sent something other than multipart/form-data. */
export const notMultipart = () =>
  new DomainError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传文件');
