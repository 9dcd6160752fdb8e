import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

/**
 * Request hygiene for every API route, decided on the route the router matched (so `/%61pi/…`
 * is `/api/…`), never on the raw URL:
 * - CSRF: a write (POST, PUT, PATCH, DELETE) from a browser must come from our own origin.
 *   `Sec-Fetch-Site`, when sent, must be `same-origin`; else `Origin`, when sent, must name this
 *   host. A request with neither is not from a current browser (one sends at least `Origin` on
 *   every write), and may carry a JSON body or none: what an HTML form can send
 *   (`text/plain`, `application/x-www-form-urlencoded`, `multipart/form-data`) needs a same-origin
 *   header. `text/plain` has no parser at all, so no JSON route reads it.
 * - A NUL character (U+0000) anywhere in the body, query or path answers 400 INVALID_CHARACTER:
 *   PostgreSQL cannot store it in text, so it would otherwise fail as a 500.
 * - Every answer under `/api/` is `Cache-Control: no-store`: personal data never sits in a
 *   browser's or a proxy's cache. Only course media, which is no one's personal data, keeps the
 *   caching its route sets (`config: { cacheable: true }`).
 */
export function registerRequestGuards(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request) => {
    if (!WRITE_METHODS.has(request.method) || !isApiRoute(request)) return;
    if (!isSameOrigin(request)) throw crossSite();
  });

  app.addHook('preValidation', async (request) => {
    if (!isApiRoute(request)) return;
    assertNoNul(request.params, 'params');
    assertNoNul(request.query, 'query');
    assertNoNul(request.body, 'body');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.config?.cacheable && reply.statusCode < 400) return payload;
    if (isApiRoute(request) || apiPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The route the router matched lies under `/api/` (undefined before routing: not found). */
export function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/') ?? false;
}

/** An unmatched URL under `/api/`, after percent-decoding (a 404 is no-store too). */
function apiPath(url: string): boolean {
  try {
    return decodeURIComponent(url.split('?')[0]!).startsWith('/api/');
  } catch {
    return false;
  }
}

function isSameOrigin(request: FastifyRequest): boolean {
  const site = header(request, 'sec-fetch-site');
  const origin = header(request, 'origin');
  if (site !== undefined && site !== 'same-origin') return false;
  if (origin !== undefined && !originIsOurs(origin, request)) return false;
  if (site !== undefined || origin !== undefined) return true;
  // Neither header: not a browser. A JSON body, or none.
  const type = header(request, 'content-type');
  return type === undefined || /^application\/json\s*(;|$)/i.test(type);
}

function originIsOurs(origin: string, request: FastifyRequest): boolean {
  try {
    // URL drops default ports on both sides (`http://localhost` is `localhost:80`).
    const ours = new URL(`${request.protocol}://${request.host}`);
    return new URL(origin).host === ours.host;
  } catch {
    return false; // `null` (a sandboxed frame, a redirect) or garbage
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

const crossSite = () =>
  new DomainError('CROSS_SITE_REQUEST', '请求来自其他网站，已拒绝。请在本系统页面内操作。');

/** Refuses any string (value or key) holding U+0000, at any depth. */
export function assertNoNul(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw nulCharacter(path);
    return;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('\u0000')) throw nulCharacter(path);
    assertNoNul(v, `${path}.${key}`);
  }
}

const nulCharacter = (path: string) =>
  new DomainError('INVALID_CHARACTER', '输入含有不允许的字符（NUL），请检查后重新提交', [
    { path, message: '含有不允许的字符' },
  ]);
