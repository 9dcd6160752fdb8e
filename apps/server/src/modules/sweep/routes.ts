import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, SweepResult } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import { requirePermission } from '../../platform/access.ts';
import type { SweepService } from './service.ts';

export const sweepRoutes =
  (sweep: SweepService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/system/sweep',
      {
        schema: {
          tags: ['system'],
          summary: '立即执行每日巡检（仅管理员）',
          response: { 200: SweepResult, 403: ErrorBody, 409: ErrorBody },
        },
      },
      async (request) => {
        requirePermission(actorOf(request), 'system:sweep');
        return sweep.run();
      },
    );
  };
