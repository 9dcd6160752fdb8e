import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, PersonStats } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { StatsService } from './service.ts';

export const statsRoutes =
  (stats: StatsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/stats/persons',
      {
        schema: {
          tags: ['stats'],
          summary: '辖区人员统计（仅汇总数，不含个人信息）',
          response: { 200: PersonStats, 403: ErrorBody },
        },
      },
      async (request) => stats.persons(actorOf(request)),
    );
  };
