import { ApiError, errorBody } from './ApiError.ts';
import type { paths } from './api.gen.ts';

// The typed API client of the console and the app. A path of docs/openapi.json fixes what a call
// takes (path parameters, query, body) and what it answers, so callers never assert a type:
//
//   api.get('/api/persons/{id}', { params: { id }, signal })   // → Promise<PersonDetail-shaped>
//   api.post('/api/measures/{id}/report', { params: { id }, body })

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API paths that answer `method`. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: object } ? P : never;
}[keyof paths];

type Operation<M extends Method, P extends keyof paths> = paths[P][M];

type SuccessStatus = 200 | 201 | 204;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : null;
/** What a successful call answers (`null` for 204 No Content). */
export type ResponseOf<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { responses: infer R } ? JsonOf<R[keyof R & SuccessStatus]> : never;

/** Optional query values may be left null or empty: such keys are not sent. */
type LooseQuery<Q> = { [K in keyof Q]: undefined extends Q[K] ? Q[K] | null : Q[K] };

type ParamsOption<O> = O extends { parameters: { path: infer X } } ? { params: X } : { params?: undefined };
type QueryOption<O> = O extends { parameters: { query: infer Q } }
  ? { query: LooseQuery<Q> }
  : O extends { parameters: { query?: infer Q } }
    ? [NonNullable<Q>] extends [never]
      ? { query?: undefined }
      : { query?: LooseQuery<NonNullable<Q>> }
    : { query?: undefined };
// Uploads are multipart; the document does not describe their parts, so such a path takes FormData.
type BodyOption<O> = O extends { requestBody?: never }
  ? { body?: FormData }
  : O extends { requestBody: { content: { 'application/json': infer B } } }
    ? { body: B }
    : O extends { requestBody?: { content: { 'application/json': infer B } } }
      ? { body?: B }
      : { body?: FormData };

interface CommonOptions {
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: the server does the write once, however often it is sent. */
  idempotencyKey?: string;
}

export type RequestOptions<M extends Method, P extends PathOf<M>> = ParamsOption<Operation<M, P>> &
  QueryOption<Operation<M, P>> &
  BodyOption<Operation<M, P>> &
  CommonOptions;

/** The path parameters a path takes (`{ id }` for `/api/persons/{id}`), undefined when none. */
export type ParamsOf<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { parameters: { path: infer X } } ? X : undefined;

/** The JSON body a path takes; never for multipart uploads and calls without a body. */
export type BodyOf<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { requestBody?: never }
    ? never
    : Operation<M, P> extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B
      : never;

/** The query a GET path takes, e.g. a list's filters. */
export type QueryOf<P extends PathOf<'get'>> = NonNullable<RequestOptions<'get', P>['query']>;

/** The options argument may be left out when nothing in it is required. */
type OptionsArg<T> = object extends T ? [options?: T] : [options: T];

type QueryValue = string | number | boolean | null | undefined;

export interface ApiClientConfig {
  /** What the person reads when a call fails without an answer of ours. */
  messages: {
    /** No connection: the call never reached the server. */
    network: () => string;
    /** An answer that is not the API's error body (a proxy's page, an empty 502). */
    failed: (status: number) => string;
  };
  /** Paths whose 401 is an answer (sign-in, "who am I"), not a lost session. */
  isAuthProbe: (path: string) => boolean;
}

/** `/api/persons/{id}` with `{ id }` and a query → the URL to fetch; empty query values are left out. */
export function buildUrl(route: string, params?: unknown, query?: unknown): string {
  const values = (params ?? {}) as Record<string, unknown>;
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '')
      throw new Error(`${route}: no value for {${name}}`);
    return encodeURIComponent(String(value as string | number));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, QueryValue>)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A typed call: the path fixes the options it takes and what it answers. */
type Call<M extends Method> = <P extends PathOf<M>>(
  path: P,
  ...[options]: OptionsArg<RequestOptions<M, P>>
) => Promise<ResponseOf<M, P>>;

interface AnyOptions extends CommonOptions {
  params?: object;
  query?: object;
  body?: unknown;
}

/** Whether `url` is a URL of the API path `route`: `/api/m/leave/0b5e…/return` of `/api/m/leave/{id}/return`. */
export function matchesPath(route: string, url: string): boolean {
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = route
    .split(/\{\w+\}/)
    .map(literal)
    .join('[^/?]+');
  return new RegExp(`^${pattern}(\\?|$)`).test(url);
}

export interface SendOptions {
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export function createApiClient(config: ApiClientConfig) {
  let unauthorizedHandler: (() => void) | null = null;

  /**
   * One call to a URL already built. Answers the parsed JSON (null when empty); throws ApiError.
   * A FormData body is sent as multipart; a POST without a body sends `{}`.
   */
  async function send(method: string, url: string, { body, idempotencyKey, signal }: SendOptions = {}) {
    const payload = body === undefined && method === 'POST' ? {} : body;
    const headers: Record<string, string> = { accept: 'application/json' };
    // A FormData body (a file upload) sets its own multipart content type.
    if (payload !== undefined && !(payload instanceof FormData)) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers,
        body: payload === undefined || payload instanceof FormData ? payload : JSON.stringify(payload),
        signal,
      });
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new ApiError(0, { code: 'NETWORK', message: config.messages.network() });
    }

    const text = res.status === 204 ? '' : await res.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!res.ok) {
      const error = new ApiError(res.status, errorBody(res.status, data, config.messages.failed(res.status)));
      const path = url.split('?')[0]!;
      // A wrong password is an answer too, wherever it is asked for.
      if (res.status === 401 && !config.isAuthProbe(path) && error.code !== 'BAD_CREDENTIALS') {
        unauthorizedHandler?.();
      }
      throw error;
    }
    return data;
  }

  function call<M extends Method>(method: M): Call<M> {
    const untyped = (path: string, { params, query, body, signal, idempotencyKey }: AnyOptions = {}) =>
      send(method.toUpperCase(), buildUrl(path, params, query), { body, signal, idempotencyKey });
    // The one place types are asserted: the answer is what docs/openapi.json says this path
    // answers (the server validates its output against the same schema).
    return untyped as Call<M>;
  }

  return {
    get: call('get'),
    post: call('post'),
    put: call('put'),
    patch: call('patch'),
    delete: call('delete'),
    send,
    /** Called when any call (other than an auth probe) answers 401: the session is gone. */
    onUnauthorized(handler: () => void): void {
      unauthorizedHandler = handler;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
