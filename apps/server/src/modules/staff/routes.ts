import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Page, Ref, Role, StaffCreateInput, StaffItem, StaffQuery } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { StaffService } from './service.ts';

export const staffRoutes =
  (staff: StaffService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/staff',
      {
        schema: {
          tags: ['staff'],
          summary: '本辖区工作人员账号',
          querystring: StaffQuery,
          response: { 200: Page(StaffItem), 403: ErrorBody },
        },
      },
      async (request) => staff.list(actorOf(request), request.query),
    );

    app.post(
      '/staff',
      {
        schema: {
          tags: ['staff'],
          summary: '新建工作人员账号（限本辖区）',
          body: StaffCreateInput,
          response: { 201: StaffItem, 400: ErrorBody, 403: ErrorBody, 409: ErrorBody },
        },
      },
      async (request, reply) => reply.status(201).send(await staff.create(actorOf(request), request.body)),
    );

    app.get(
      '/staff/options',
      {
        schema: {
          tags: ['staff'],
          summary: '可选的管控小组成员（本县区某一角色）',
          querystring: z.object({ role: Role, orgUnitId: z.string().max(24).optional() }),
          response: { 200: z.array(Ref), 403: ErrorBody },
        },
      },
      async (request) => staff.options(actorOf(request), request.query.role, request.query.orgUnitId),
    );
  };
