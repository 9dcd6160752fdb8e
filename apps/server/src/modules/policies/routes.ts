import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, TestPolicy, TestPolicyInput } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { PolicyService } from './service.ts';

const params = z.object({ countyId: z.string().regex(/^\d{6}$/, '县（区）代码应为 6 位数字') });

export const policyRoutes =
  (policies: PolicyService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/test-policies/:countyId',
      {
        schema: {
          tags: ['tests'],
          summary: '县（区）检测政策',
          params,
          response: { 200: TestPolicy, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => policies.get(actorOf(request), request.params.countyId),
    );
    app.put(
      '/test-policies/:countyId',
      {
        schema: {
          tags: ['tests'],
          summary: '设置县（区）检测政策',
          params,
          body: TestPolicyInput,
          response: { 200: TestPolicy, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => policies.put(actorOf(request), request.params.countyId, request.body),
    );
  };
