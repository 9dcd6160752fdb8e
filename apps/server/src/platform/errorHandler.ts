import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, ErrorCode } from '@taobo/contracts';
import { DomainError } from '../errors.ts';

// One component each in the OpenAPI document, referenced by every route's error answers.
z.globalRegistry.add(ErrorCode, { id: 'ErrorCode' });
z.globalRegistry.add(ErrorBody, { id: 'ErrorBody' });

/** What the framework's own 4xx errors mean in our vocabulary. */
const frameworkErrors: Record<number, { code: ErrorCode; message: string }> = {
  404: { code: 'NOT_FOUND', message: '接口不存在' },
  406: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '请以 multipart/form-data 上传文件' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求格式' },
  429: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' },
};

/**
 * The one error handler: a DomainError answers with its code and status; a schema failure is
 * VALIDATION naming the first field; the framework's own 4xx get a code of ours; anything else
 * is logged and answers 500 with a correlation id, never a stack trace.
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
  if (error instanceof DomainError) {
    if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    return send(error.status, { code: error.code, message: error.message, issues: error.issues });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: String(v.instancePath ?? '')
        .replace(/^\//, '')
        .replaceAll('/', '.'),
      message: v.message ?? '输入无效',
    }));
    const first = issues[0];
    const message = first ? `${first.path ? first.path + '：' : ''}${first.message}` : '输入无效';
    return send(400, { code: 'VALIDATION', message, issues });
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status && status >= 400 && status < 500) {
    const known = frameworkErrors[status] ?? { code: 'BAD_REQUEST', message: '请求无效' };
    const answer = status === 406 ? 415 : status;
    return send(answer, known);
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(500, { code: 'INTERNAL', message: '服务器内部错误，请稍后重试', correlationId: request.id });
}
