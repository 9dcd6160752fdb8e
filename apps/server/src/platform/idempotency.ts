import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';

/** The header every person-app write carries; the offline outbox makes one per queued write. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while a write with an Idempotency-Key runs for the first time. */
    idempotencyKey: string | null;
  }
}

/**
 * Replayable person-app writes (design.md "Idempotency"). The first request with a key claims it;
 * its answer (any 2xx or 4xx but 401) is kept and sent again, unchanged, for every replay. A replay
 * while the first is still running gets 409; a key reused for another path gets 422. A 5xx or 401
 * frees the key, so the outbox's retry runs the write again.
 */
export function registerIdempotency(app: FastifyInstance, db: Db, clock: Clock): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (!request.person || !WRITE_METHODS.has(request.method) || key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new DomainError('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key 须为 8–128 位字母、数字、- 或 _');
    }
    const personId = request.person.personId;
    const path = routePath(request);
    const claimed = await db
      .insertInto('idempotency_keys')
      .values({ person_id: personId, key, method: request.method, path, created_at: clock.now() })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed) {
      request.idempotencyKey = key;
      return;
    }
    const first = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('person_id', '=', personId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!first || first.method !== request.method || first.path !== path) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一个操作');
    }
    if (first.status_code === null) {
      throw new DomainError('IDEMPOTENCY_IN_PROGRESS', '同一操作正在处理中，请稍后再试');
    }
    reply.header(REPLAYED_HEADER, 'true');
    reply.header('content-type', 'application/json; charset=utf-8');
    return reply.status(first.status_code).send(first.body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key || !request.person) return payload;
    request.idempotencyKey = null;
    const status = reply.statusCode;
    const where = db
      .updateTable('idempotency_keys')
      .where('person_id', '=', request.person.personId)
      .where('key', '=', key);
    if (status >= 500 || status === 401 || status === 429 || typeof payload !== 'string') {
      await db
        .deleteFrom('idempotency_keys')
        .where('person_id', '=', request.person.personId)
        .where('key', '=', key)
        .execute();
    } else {
      await where.set({ status_code: status, body: payload }).execute();
    }
    return payload;
  });
}

/** The concrete path without its query string: one key belongs to one write on one record. */
function routePath(request: FastifyRequest): string {
  return request.url.split('?')[0]!;
}
