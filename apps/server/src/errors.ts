/** One error type with a code: messages are for people (Chinese), codes for programs. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = '记录') => new DomainError('NOT_FOUND', `${what}不存在或您无权查看`, 404);
export const forbidden = (message = '您没有执行此操作的权限') => new DomainError('FORBIDDEN', message, 403);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', '请先登录', 401);
