import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';

export const healthRoutes =
  (dbKind: 'embedded' | 'external', db: Db): FastifyPluginAsyncZod =>
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
        try {
          await sql`SELECT 1`.execute(db);
          return { status: 'ok' as const, db: dbKind };
        } catch {
          return reply.status(503).send({ status: 'unavailable' as const, db: dbKind });
        }
      },
    );
  };
