import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorBody,
  LeaveDecisionInput,
  LeaveExtensionInput,
  LeaveListQuery,
  LeaveRefusalInput,
  LeaveRequest,
  LeaveRequestInput,
  Page,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import type { MyLeaveService } from './myLeave.ts';
import type { LeaveService } from './service.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** 在线请假, the person's side (/api/m). */
export const myLeaveRoutes =
  (myLeave: MyLeaveService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/leave',
      {
        schema: { tags: ['leave'], summary: '我的请假', response: { 200: z.array(LeaveRequest), ...errors } },
      },
      async (request) => myLeave.mine(personOf(request)),
    );
    app.post(
      '/m/leave',
      {
        schema: {
          tags: ['leave'],
          summary: '申请外出请假（离开执行地所在县3日以上须请假，戒毒条例第十九条）',
          body: LeaveRequestInput,
          response: { 201: LeaveRequest, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await myLeave.request(personOf(request), request.body)),
    );
    app.post(
      '/m/leave/:id/extension',
      {
        schema: {
          tags: ['leave'],
          summary: '申请续假',
          params,
          body: LeaveExtensionInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => myLeave.requestExtension(personOf(request), request.params.id, request.body),
    );
    app.post(
      '/m/leave/:id/return',
      {
        schema: {
          tags: ['leave'],
          summary: '销假（已返回执行地）',
          params,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => myLeave.returnBack(personOf(request), request.params.id),
    );
  };

/** 在线请假, the officer's side (/api). */
export const leaveRoutes =
  (leave: LeaveService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/leave-requests',
      {
        schema: {
          tags: ['leave'],
          summary: '请假审批列表（待审、续假、超时在前）',
          querystring: LeaveListQuery,
          response: { 200: Page(LeaveRequest), ...errors },
        },
      },
      async (request) => leave.list(actorOf(request), request.query),
    );
    app.get(
      '/leave-requests/:id',
      {
        schema: { tags: ['leave'], summary: '请假申请', params, response: { 200: LeaveRequest, ...errors } },
      },
      async (request) => leave.get(actorOf(request), request.params.id),
    );
    app.get(
      '/persons/:id/leave-requests',
      {
        schema: {
          tags: ['leave'],
          summary: '人员的请假记录',
          params,
          response: { 200: z.array(LeaveRequest), ...errors },
        },
      },
      async (request) => leave.listForPerson(actorOf(request), request.params.id),
    );
    app.post(
      '/leave-requests/:id/approve',
      {
        schema: {
          tags: ['leave'],
          summary: '同意请假',
          params,
          body: LeaveDecisionInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => leave.approve(actorOf(request), request.params.id, request.body.note ?? null),
    );
    app.post(
      '/leave-requests/:id/refuse',
      {
        schema: {
          tags: ['leave'],
          summary: '拒绝请假',
          params,
          body: LeaveRefusalInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => leave.refuse(actorOf(request), request.params.id, request.body.note),
    );
    app.post(
      '/leave-requests/:id/extension/approve',
      {
        schema: {
          tags: ['leave'],
          summary: '同意续假',
          params,
          body: LeaveDecisionInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) =>
        leave.approveExtension(actorOf(request), request.params.id, request.body.note ?? null),
    );
    app.post(
      '/leave-requests/:id/extension/refuse',
      {
        schema: {
          tags: ['leave'],
          summary: '拒绝续假',
          params,
          body: LeaveRefusalInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => leave.refuseExtension(actorOf(request), request.params.id, request.body.note),
    );
  };
