import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorBody,
  LeaveDecisionInput,
  LeaveExtensionInput,
  LeaveListQuery,
  LeavePolicy,
  LeavePolicyInput,
  LeaveRefusalInput,
  LeaveRequest,
  LeaveRequestInput,
  Page,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import type { MyLeaveService } from './myLeave.ts';
import type { LeaveService } from './service.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const countyParams = z.object({ countyId: z.string().regex(/^\d{6}$/, '县（区）代码应为 6 位数字') });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** 外出报告 / 在线请假, the person's side (/api/m). */
export const myLeaveRoutes =
  (myLeave: MyLeaveService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/leave',
      {
        schema: {
          tags: ['leave'],
          summary: '我的外出报告（请假）',
          response: { 200: z.array(LeaveRequest), ...errors },
        },
      },
      async (request) => myLeave.mine(personOf(request)),
    );
    app.get(
      '/m/leave-policy',
      {
        schema: {
          tags: ['leave'],
          summary: '本县外出报告政策：仅书面报告（法定），或协议约定须经同意（地方政策）',
          response: { 200: LeavePolicy, ...errors },
        },
      },
      async (request) => myLeave.policy(personOf(request)),
    );
    app.post(
      '/m/leave',
      {
        schema: {
          tags: ['leave'],
          summary:
            '外出报告：离开执行地所在县（市、区）3日以上须书面报告，提交即视为已报告（戒毒条例第十九条）；本县协议约定须经同意的，为请假申请（地方政策）',
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
          summary: '续报（或按地方政策申请续假）：报告新的返回日期',
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

/** 外出报告 / 在线请假, the officer's side (/api). */
export const leaveRoutes =
  (leave: LeaveService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/leave-requests',
      {
        schema: {
          tags: ['leave'],
          summary: '外出报告（请假）列表（待知悉、待审批、续假、超时在前）',
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
      '/leave-requests/:id/acknowledge',
      {
        schema: {
          tags: ['leave'],
          summary: '已知悉外出报告（或其续报），可附关注意见（戒毒条例第十九条：报告无须审批）',
          params,
          body: LeaveDecisionInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => leave.acknowledge(actorOf(request), request.params.id, request.body.note ?? null),
    );
    app.post(
      '/leave-requests/:id/approve',
      {
        schema: {
          tags: ['leave'],
          summary: '同意请假（地方政策）；对外出报告即为“已知悉”',
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
          summary: '不同意请假（仅限协议约定须经同意的县，地方政策；外出报告不能拒绝）',
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
          summary: '同意续假（地方政策）；对续报即为“已知悉”',
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
          summary: '不同意续假（仅限地方政策；续报不能拒绝）',
          params,
          body: LeaveRefusalInput,
          response: { 200: LeaveRequest, ...errors },
        },
      },
      async (request) => leave.refuseExtension(actorOf(request), request.params.id, request.body.note),
    );
    app.get(
      '/leave-policies/:countyId',
      {
        schema: {
          tags: ['leave'],
          summary: '县（区）外出报告政策（是否另须审批：地方政策）',
          params: countyParams,
          response: { 200: LeavePolicy, ...errors },
        },
      },
      async (request) => leave.policy(actorOf(request), request.params.countyId),
    );
    app.put(
      '/leave-policies/:countyId',
      {
        schema: {
          tags: ['leave'],
          summary: '设置县（区）外出报告政策（协议约定外出须经同意的，为地方政策）',
          params: countyParams,
          body: LeavePolicyInput,
          response: { 200: LeavePolicy, ...errors },
        },
      },
      async (request) => leave.setPolicy(actorOf(request), request.params.countyId, request.body),
    );
  };
