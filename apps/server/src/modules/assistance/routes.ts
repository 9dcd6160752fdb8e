import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ASSISTANCE_FILE_MAX_BYTES,
  ASSISTANCE_MAX_FILES,
  AssistanceAcceptInput,
  AssistanceApplication,
  AssistanceConcludeInput,
  AssistanceListItem,
  AssistanceQuery,
  ErrorBody,
  Page,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import { DomainError } from '../../errors.ts';
import { readMultipart, sendPrivateFile } from '../../platform/fileHttp.ts';
import type { MyAssistanceService, UploadedFile } from './myAssistance.ts';
import type { AssistanceService } from './service.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const fileParams = z.object({
  id: z.string().uuid('ID 格式无效'),
  attachmentId: z.string().uuid('ID 格式无效'),
});
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['assistance'];

/**
 * Reads an application: multipart (text fields + up to 3 files) or, without attachments, JSON.
 * A file over the limit stops at the limit and is refused with FILE_TOO_LARGE.
 */
async function readApplication(request: FastifyRequest) {
  if (!request.isMultipart()) return { fields: (request.body ?? {}) as Record<string, unknown>, uploads: [] };
  const body = await readMultipart(
    request,
    { files: ASSISTANCE_MAX_FILES + 1, fileSize: ASSISTANCE_FILE_MAX_BYTES + 1, fields: 10 },
    () =>
      new DomainError('FILE_TOO_LARGE', `文件过大（不超过 ${ASSISTANCE_FILE_MAX_BYTES / 1024 / 1024} MB）`),
  );
  const fields = Object.fromEntries(Object.entries(body.fields).map(([k, v]) => [k, v === '' ? null : v]));
  const uploads: UploadedFile[] = body.files.map((f) => ({ name: f.filename || '附件', bytes: f.bytes }));
  return { fields, uploads };
}

/** Staff: applications of persons in their jurisdiction (case:followup). */
export const assistanceRoutes =
  (assistance: AssistanceService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/assistance',
      {
        schema: {
          tags,
          summary: '帮扶申请（按类别、状态筛选，按姓名搜索）',
          querystring: AssistanceQuery,
          response: { 200: Page(AssistanceListItem), ...errors },
        },
      },
      async (request) => assistance.list(actorOf(request), request.query),
    );
    app.get(
      '/assistance/:id',
      {
        schema: {
          tags,
          summary: '帮扶申请详情（留痕）',
          params,
          response: { 200: AssistanceApplication, ...errors },
        },
      },
      async (request) => assistance.get(actorOf(request), request.params.id),
    );
    app.get(
      '/assistance/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: '查看申请附件（留痕）',
          params: fileParams,
          produces: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
          response: errors,
        },
      },
      async (request, reply) =>
        sendPrivateFile(
          reply,
          await assistance.attachment(actorOf(request), request.params.id, request.params.attachmentId),
        ),
    );
    app.post(
      '/assistance/:id/accept',
      {
        schema: {
          tags,
          summary: '受理（已提交 → 受理中）',
          params,
          body: AssistanceAcceptInput,
          response: { 200: AssistanceApplication, ...errors },
        },
      },
      async (request) => assistance.accept(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/assistance/:id/conclude',
      {
        schema: {
          tags,
          summary: '办结（已帮扶 / 未获批）',
          params,
          body: AssistanceConcludeInput,
          response: { 200: AssistanceApplication, ...errors },
        },
      },
      async (request) => assistance.conclude(actorOf(request), request.params.id, request.body),
    );
  };

/** The person app: apply, see one's own applications, withdraw. */
export const myAssistanceRoutes =
  (myAssistance: MyAssistanceService): FastifyPluginAsyncZod =>
  async (app) => {
    const mtags = ['person app'];
    app.post(
      '/m/assistance',
      {
        schema: {
          tags: mtags,
          summary:
            '提交帮扶申请（multipart：type、otherType、description 与至多 3 个附件；无附件时可用 JSON）',
          consumes: ['multipart/form-data', 'application/json'],
          response: { 201: AssistanceApplication, 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const { fields, uploads } = await readApplication(request);
        return reply.status(201).send(await myAssistance.apply(personOf(request), fields, uploads));
      },
    );
    app.get(
      '/m/assistance',
      { schema: { tags: mtags, summary: '我的帮扶申请', response: { 200: z.array(AssistanceApplication) } } },
      async (request) => myAssistance.mine(personOf(request)),
    );
    app.post(
      '/m/assistance/:id/withdraw',
      {
        schema: {
          tags: mtags,
          summary: '撤回我的帮扶申请（办结前）',
          params,
          response: { 200: AssistanceApplication, ...errors },
        },
      },
      async (request) => myAssistance.withdraw(personOf(request), request.params.id),
    );
    app.get(
      '/m/assistance/:id/attachments/:attachmentId',
      {
        schema: {
          tags: mtags,
          summary: '我的申请附件',
          params: fileParams,
          produces: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
          response: errors,
        },
      },
      async (request, reply) =>
        sendPrivateFile(
          reply,
          await myAssistance.myAttachment(personOf(request), request.params.id, request.params.attachmentId),
        ),
    );
  };
