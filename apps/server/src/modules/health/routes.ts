import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HealthService } from './service.ts';

export const healthRoutes =
  (health: HealthService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { public: true },
        schema: {
          tags: ['system'],
          summary: '健康检查',
          response: {
            200: z.object({ status: z.literal('ok'), db: z.enum(['embedded', 'external']) }),
            503: z.object({ status: z.literal('unavailable'), db: z.enum(['embedded', 'external']) }),
          },
        },
      },
      async (_request, reply) => {
        const { ok, db } = await health.check();
        if (ok) return { status: 'ok' as const, db };
        return reply.status(503).send({ status: 'unavailable' as const, db });
      },
    );
  };
