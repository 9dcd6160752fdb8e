import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Collector, ErrorBody, MeasureTests, TestItem, TestResultInput } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { TestPlanService } from './service.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const testRoutes =
  (tests: TestPlanService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/measures/:id/tests',
      {
        schema: {
          tags: ['tests'],
          summary: '检测计划与结果',
          params,
          response: { 200: MeasureTests, ...errors },
        },
      },
      async (request) => tests.list(actorOf(request), request.params.id),
    );
    app.get(
      '/measures/:id/collectors',
      {
        schema: {
          tags: ['tests'],
          summary: '可选的采集人员',
          params,
          response: { 200: z.array(Collector), ...errors },
        },
      },
      async (request) => tests.collectors(actorOf(request), request.params.id),
    );
    app.post(
      '/measures/:id/tests',
      {
        schema: {
          tags: ['tests'],
          summary: '登记计划外检测（毛发、复检等）',
          params,
          body: TestResultInput,
          response: { 201: TestItem, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await tests.recordExtra(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/tests/:id/result',
      {
        schema: {
          tags: ['tests'],
          summary: '录入检测结果',
          params,
          body: TestResultInput,
          response: { 200: TestItem, ...errors },
        },
      },
      async (request) => tests.recordResult(actorOf(request), request.params.id, request.body),
    );
  };
