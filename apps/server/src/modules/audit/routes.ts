import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditLogItem, AuditQuery, ErrorBody, Page } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { AuditQueryService } from './service.ts';

export const auditRoutes =
  (auditQuery: AuditQueryService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: '审计日志查询（本辖区；管理员）',
          querystring: AuditQuery,
          response: { 200: Page(AuditLogItem), 400: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => auditQuery.search(actorOf(request), request.query),
    );
  };
