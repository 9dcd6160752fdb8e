import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Checkin,
  CheckinFollowupInput,
  CheckinListQuery,
  CheckinPolicy,
  CheckinPolicyInput,
  CheckinSummary,
  ErrorBody,
  MyCheckin,
  MyCheckins,
  Page,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import { readMultipart, sendPrivateFile } from '../../platform/fileHttp.ts';
import { SELFIE_MAX_BYTES, type MyCheckinService } from './myCheckins.ts';
import type { CheckinService } from './service.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const countyParams = z.object({ countyId: z.string().regex(/^\d{6}$/, '县（区）代码应为 6 位数字') });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** 在线报到, the person's side (/api/m). */
export const myCheckinRoutes =
  (myCheckins: MyCheckinService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/checkins',
      {
        schema: {
          tags: ['checkins'],
          summary: '本期报到状态与我的报到记录',
          response: { 200: MyCheckins, ...errors },
        },
      },
      async (request) => myCheckins.mine(personOf(request)),
    );
    app.post(
      '/m/checkins',
      {
        schema: {
          tags: ['checkins'],
          summary: '在线报到（multipart：answers 为问卷 JSON，selfie 为自拍照 JPEG/PNG/WebP ≤ 5 MB）',
          consumes: ['multipart/form-data'],
          response: { 201: MyCheckin, 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const person = personOf(request);
        const { files, fields } = await readMultipart(request, { fileSize: SELFIE_MAX_BYTES + 1, files: 1 });
        const selfie = files.findLast((f) => f.field === 'selfie')?.bytes ?? null;
        const parsed = myCheckins.parseAnswers(
          typeof fields.answers === 'string' ? fields.answers : undefined,
        );
        return reply.status(201).send(await myCheckins.submit(person, parsed, selfie));
      },
    );
  };

/** 在线报到, staff's side (/api). */
export const checkinRoutes =
  (checkins: CheckinService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/checkins',
      {
        schema: {
          tags: ['checkins'],
          summary: '在线报到列表（可按周期、需回访、姓名筛选）',
          querystring: CheckinListQuery,
          response: { 200: Page(CheckinSummary), ...errors },
        },
      },
      async (request) => checkins.list(actorOf(request), request.query),
    );
    app.get(
      '/checkins/:id',
      {
        schema: {
          tags: ['checkins'],
          summary: '报到详情（查看留痕）',
          params,
          response: { 200: Checkin, ...errors },
        },
      },
      async (request) => checkins.get(actorOf(request), request.params.id),
    );
    app.get(
      '/checkins/:id/selfie',
      {
        schema: {
          tags: ['checkins'],
          summary: '报到自拍照（查看留痕）',
          params,
          produces: ['image/jpeg', 'image/png', 'image/webp'],
          response: errors,
        },
      },
      async (request, reply) => {
        return sendPrivateFile(reply, await checkins.selfie(actorOf(request), request.params.id));
      },
    );
    app.post(
      '/checkins/:id/followup',
      {
        schema: {
          tags: ['checkins'],
          summary: '登记回访（关闭回访待办）',
          params,
          body: CheckinFollowupInput,
          response: { 200: Checkin, ...errors },
        },
      },
      async (request) => checkins.followup(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/persons/:id/checkins',
      {
        schema: {
          tags: ['checkins'],
          summary: '人员的在线报到记录',
          params,
          response: { 200: z.array(CheckinSummary), ...errors },
        },
      },
      async (request) => checkins.listForPerson(actorOf(request), request.params.id),
    );
    app.get(
      '/checkin-policies/:countyId',
      {
        schema: {
          tags: ['checkins'],
          summary: '县（区）在线报到政策',
          params: countyParams,
          response: { 200: CheckinPolicy, ...errors },
        },
      },
      async (request) => checkins.policy(actorOf(request), request.params.countyId),
    );
    app.put(
      '/checkin-policies/:countyId',
      {
        schema: {
          tags: ['checkins'],
          summary: '设置县（区）在线报到政策',
          params: countyParams,
          body: CheckinPolicyInput,
          response: { 200: CheckinPolicy, ...errors },
        },
      },
      async (request) => checkins.setPolicy(actorOf(request), request.params.countyId, request.body),
    );
  };
