import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ErrorBody,
  MyUpload,
  Page,
  RemoteEligibility,
  RemotePermission,
  RemotePermissionInput,
  UPLOAD_VIDEO_MAX_BYTES,
  UploadApproveInput,
  UploadDetail,
  UploadFields,
  UploadListItem,
  UploadListQuery,
  UploadRejectInput,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import { DomainError } from '../../errors.ts';
import { readMultipart, sendPrivateFile } from '../../platform/fileHttp.ts';
import type { UploadReviewService } from './uploadReviewService.ts';
import type { UploadFiles, UploadService } from './uploadService.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const appErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/**
 * Reads the multipart body: the `cassette` and `selfie` files (two files, each at most the video
 * limit here; the service checks each by content and type-specific size) and the text fields.
 */
async function readUpload(request: FastifyRequest): Promise<{ fields: UploadFields; files: UploadFiles }> {
  const body = await readMultipart(request, { files: 2, fields: 10, fileSize: UPLOAD_VIDEO_MAX_BYTES });
  const files: UploadFiles = { cassette: null, selfie: null };
  for (const f of body.files) if (f.field === 'cassette' || f.field === 'selfie') files[f.field] = f.bytes;
  const raw = Object.fromEntries(Object.entries(body.fields).filter(([, v]) => typeof v === 'string'));
  const parsed = UploadFields.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new DomainError('VALIDATION', issues[0]?.message ?? '输入无效', issues);
  }
  return { fields: parsed.data, files };
}

/** The person app: may I test remotely, my uploads, and the upload itself. */
export const myUploadRoutes =
  (s: UploadService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/uploads/eligibility',
      {
        schema: {
          tags: ['app'],
          summary: '能否异地检测',
          response: { 200: RemoteEligibility, ...appErrors },
        },
      },
      async (request) => s.eligibility(personOf(request)),
    );
    app.get(
      '/m/uploads',
      {
        schema: {
          tags: ['app'],
          summary: '我的异地检测上传',
          response: { 200: z.array(MyUpload), ...appErrors },
        },
      },
      async (request) => s.mine(personOf(request)),
    );
    app.post(
      '/m/uploads',
      {
        schema: {
          tags: ['app'],
          summary: '异地检测上传（试剂盒照片或视频 cassette + 自拍 selfie，multipart）',
          consumes: ['multipart/form-data'],
          response: { 201: MyUpload, 413: ErrorBody, 415: ErrorBody, ...appErrors },
        },
      },
      async (request, reply) => {
        const person = personOf(request);
        const { fields, files } = await readUpload(request);
        return reply.status(201).send(await s.create(person, fields, files));
      },
    );
  };

/** Staff: the review queue and the remote-test permission on a person's file. */
export const uploadRoutes =
  (s: UploadReviewService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/uploads',
      {
        schema: {
          tags: ['uploads'],
          summary: '异地检测审核队列',
          querystring: UploadListQuery,
          response: { 200: Page(UploadListItem), ...errors },
        },
      },
      async (request) => s.list(actorOf(request), request.query),
    );
    app.get(
      '/uploads/:id',
      {
        schema: {
          tags: ['uploads'],
          summary: '异地检测上传详情',
          params,
          response: { 200: UploadDetail, ...errors },
        },
      },
      async (request) => s.detail(actorOf(request), request.params.id),
    );
    app.get(
      '/uploads/:id/files/:which',
      {
        schema: {
          tags: ['uploads'],
          summary: '上传的试剂盒照片（视频）或自拍（解密，审计）',
          params: params.extend({ which: z.enum(['cassette', 'selfie']) }),
          response: errors,
        },
      },
      async (request, reply) => {
        return sendPrivateFile(
          reply,
          await s.file(actorOf(request), request.params.id, request.params.which),
        );
      },
    );
    app.post(
      '/uploads/:id/approve',
      {
        schema: {
          tags: ['uploads'],
          summary: '审核通过（计为阴性检测）',
          params,
          body: UploadApproveInput,
          response: { 200: UploadDetail, ...errors },
        },
      },
      async (request) => s.approve(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/uploads/:id/reject',
      {
        schema: {
          tags: ['uploads'],
          summary: '审核不通过（按未检测，或须重新检测）',
          params,
          body: UploadRejectInput,
          response: { 200: UploadDetail, ...errors },
        },
      },
      async (request) => s.reject(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/persons/:id/remote-permissions',
      {
        schema: {
          tags: ['uploads'],
          summary: '异地检测准许记录',
          params,
          response: { 200: z.array(RemotePermission), ...errors },
        },
      },
      async (request) => s.permissions(actorOf(request), request.params.id),
    );
    app.post(
      '/persons/:id/remote-permissions',
      {
        schema: {
          tags: ['uploads'],
          summary: '准许异地检测',
          params,
          body: RemotePermissionInput,
          response: { 201: RemotePermission, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await s.grant(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/remote-permissions/:id/revoke',
      {
        schema: {
          tags: ['uploads'],
          summary: '撤销异地检测准许',
          params,
          response: { 200: RemotePermission, ...errors },
        },
      },
      async (request) => s.revoke(actorOf(request), request.params.id),
    );
  };
