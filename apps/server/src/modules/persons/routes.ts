import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuditEvent,
  ErrorBody,
  Page,
  PageQuery,
  PersonCreateInput,
  PersonDetail,
  PersonList,
  PersonListQuery,
  PersonUpdateInput,
  RevealInput,
  RevealResult,
} from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import { DomainError } from '../../errors.ts';
import { requireMultipart, sendPrivateFile } from '../../platform/fileHttp.ts';
import { PHOTO_MAX_BYTES, type PersonService } from './service.ts';

const params = z.object({ id: z.string().uuid('档案 ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const personRoutes =
  (persons: PersonService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/persons',
      {
        schema: {
          tags: ['persons'],
          summary: '人员档案列表（敏感字段已脱敏）',
          description: 'q 可为姓名、拼音全拼或首字母、身份证号（全号或后4位）、手机号。',
          querystring: PersonListQuery,
          response: { 200: PersonList, ...errors },
        },
      },
      async (request) => persons.list(actorOf(request), request.query),
    );

    app.post(
      '/persons',
      {
        schema: {
          tags: ['persons'],
          summary: '新建人员档案',
          body: PersonCreateInput,
          response: { 201: PersonDetail, 409: ErrorBody, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await persons.create(actorOf(request), request.body)),
    );

    app.get(
      '/persons/:id',
      {
        schema: {
          tags: ['persons'],
          summary: '人员档案详情（查看即留痕）',
          params,
          response: { 200: PersonDetail, ...errors },
        },
      },
      async (request) => persons.detail(actorOf(request), request.params.id),
    );

    app.patch(
      '/persons/:id',
      {
        schema: {
          tags: ['persons'],
          summary: '修改人员档案（只传要修改的字段）',
          params,
          body: PersonUpdateInput,
          response: { 200: PersonDetail, 409: ErrorBody, ...errors },
        },
      },
      async (request) => persons.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/persons/:id/reveal',
      {
        schema: {
          tags: ['persons'],
          summary: '查看一项敏感信息原文（须填写原因，留痕）',
          params,
          body: RevealInput,
          response: { 200: RevealResult, ...errors },
        },
      },
      async (request) => ({
        field: request.body.field,
        value: await persons.reveal(
          actorOf(request),
          request.params.id,
          request.body.field,
          request.body.reason,
        ),
      }),
    );

    app.put(
      '/persons/:id/photo',
      {
        schema: {
          tags: ['persons'],
          summary: '上传人员照片（JPEG/PNG/WebP，≤ 2 MB，按内容识别类型）',
          params,
          consumes: ['multipart/form-data'],
          response: { 200: PersonDetail, 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      async (request) => {
        requireMultipart(request);
        const file = await request.file({ limits: { fileSize: PHOTO_MAX_BYTES, files: 1 } });
        if (!file) throw new DomainError('VALIDATION', '请选择照片文件');
        return persons.setPhoto(actorOf(request), request.params.id, await file.toBuffer());
      },
    );

    app.get(
      '/persons/:id/photo',
      {
        schema: {
          tags: ['persons'],
          summary: '人员照片',
          params,
          produces: ['image/jpeg', 'image/png', 'image/webp'],
          response: errors,
        },
      },
      async (request, reply) => {
        return sendPrivateFile(reply, await persons.photo(actorOf(request), request.params.id));
      },
    );

    app.get(
      '/persons/:id/audit',
      {
        schema: {
          tags: ['persons'],
          summary: '人员档案的审计记录',
          params,
          querystring: PageQuery,
          response: { 200: Page(AuditEvent), ...errors },
        },
      },
      async (request) =>
        persons.auditTrail(actorOf(request), request.params.id, request.query.page, request.query.pageSize),
    );
  };
