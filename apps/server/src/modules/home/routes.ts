import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, Home } from '@taobo/contracts';
import { personOf } from '../../platform/request.ts';
import type { HomeService } from './service.ts';

/** The person app's home screen (/api/m/home): the signed-in person's own data only. */
export const homeRoutes =
  (home: HomeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/home',
      {
        schema: {
          tags: ['person app'],
          summary: '首页：我的措施与期限进度、下一次检测、待办事项、未读消息数',
          response: { 200: Home, 401: ErrorBody },
        },
      },
      async (request) => home.get(personOf(request)),
    );
  };
