import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, OrgUnit, OrgUnitDetail, OrgUnitQuery } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { OrgService } from './service.ts';

export const orgRoutes =
  (org: OrgService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/org-units',
      {
        schema: {
          tags: ['org'],
          summary: '下级单位（无 parentId 时为本单位）；或按名称搜索（q）',
          querystring: OrgUnitQuery,
          response: { 200: z.array(OrgUnit), 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { parentId, q } = request.query;
        return q ? org.search(actor, q) : org.children(actor, parentId);
      },
    );

    app.get(
      '/org-units/:id',
      {
        schema: {
          tags: ['org'],
          summary: '单位详情（含上级路径）',
          params: z.object({ id: z.string().max(24) }),
          response: { 200: OrgUnitDetail, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => org.detail(actorOf(request), request.params.id),
    );
  };
