import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isNetworkError } from './ApiError.ts';
import { buildUrl, createApiClient, matchesPath } from './client.ts';

describe('buildUrl', () => {
  it('fills path parameters, encoded, and leaves empty query values out', () => {
    expect(
      buildUrl('/api/persons/{id}/audit', { id: 'a/b c' }, { page: 2, q: '', x: null, y: undefined }),
    ).toBe('/api/persons/a%2Fb%20c/audit?page=2');
    expect(buildUrl('/api/stations', undefined, { active: 'true', q: '东' })).toBe(
      '/api/stations?active=true&q=%E4%B8%9C',
    );
  });

  it('refuses a path parameter without a value', () => {
    expect(() => buildUrl('/api/persons/{id}', { id: '' })).toThrow('{id}');
  });
});

describe('matchesPath', () => {
  it('tells which API path a URL belongs to', () => {
    const route = '/api/m/courses/{id}/lessons/{lessonId}/quiz';
    expect(matchesPath(route, '/api/m/courses/c1/lessons/l%2F2/quiz')).toBe(true);
    expect(matchesPath(route, '/api/m/courses/c1/lessons/l2/quiz?x=1')).toBe(true);
    expect(matchesPath(route, '/api/m/courses/c1/lessons/l2/progress')).toBe(false);
    expect(matchesPath(route, '/api/m/courses/c1/x/lessons/l2/quiz')).toBe(false);
  });
});

describe('createApiClient', () => {
  const calls: { url: string; init: RequestInit }[] = [];
  let answer: () => Promise<Response>;
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    messages: { network: () => '网络不可用', failed: (status) => `失败 ${status}` },
    isAuthProbe: (path) => path === '/api/auth/login' || path === '/api/auth/me',
  });
  api.onUnauthorized(onUnauthorized);

  beforeEach(() => {
    calls.length = 0;
    onUnauthorized.mockReset();
    answer = () => Promise.resolve(Response.json({ ok: true }));
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        calls.push({ url, init });
        return answer();
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('GETs a typed path with its parameters, query and signal', async () => {
    const signal = new AbortController().signal;
    await api.get('/api/persons/{id}/audit', {
      params: { id: 'p1' },
      query: { page: 1, pageSize: 20 },
      signal,
    });
    expect(calls[0]!.url).toBe('/api/persons/p1/audit?page=1&pageSize=20');
    expect(calls[0]!.init).toMatchObject({ method: 'GET', credentials: 'same-origin', signal });
    expect(calls[0]!.init.body).toBeUndefined();
  });

  it('sends JSON bodies, {} for a POST without one, FormData as it is, and the idempotency key', async () => {
    await api.post('/api/auth/login', { body: { username: 'u', password: 'p' } });
    await api.post('/api/system/sweep');
    const form = new FormData();
    await api.put('/api/persons/{id}/photo', { params: { id: 'p1' }, body: form });
    await api.post('/api/m/notifications/read-all', { idempotencyKey: 'k1' });

    expect(calls.map((c) => [c.init.method, c.init.body])).toEqual([
      ['POST', '{"username":"u","password":"p"}'],
      ['POST', '{}'],
      ['PUT', form],
      ['POST', '{}'],
    ]);
    const headers = calls.map((c) => c.init.headers as Record<string, string>);
    expect(headers[0]!['content-type']).toBe('application/json');
    expect(headers[2]!['content-type']).toBeUndefined(); // the browser sets the multipart boundary
    expect(headers[3]!['idempotency-key']).toBe('k1');
  });

  it('answers null for 204 No Content', async () => {
    answer = () => Promise.resolve(new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/logout')).resolves.toBeNull();
  });

  it("throws the server's error body as ApiError", async () => {
    answer = () =>
      Promise.resolve(
        Response.json(
          {
            code: 'VALIDATION',
            message: '请检查输入',
            correlationId: 'c1',
            issues: [{ path: 'name', message: '必填' }],
          },
          { status: 400 },
        ),
      );
    const error = await api.get('/api/persons').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      message: '请检查输入',
      correlationId: 'c1',
      issues: [{ path: 'name', message: '必填' }],
    });
  });

  it("names an answer that is not the API's by its status", async () => {
    answer = () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api.get('/api/persons')).rejects.toMatchObject({
      status: 502,
      code: 'HTTP_502',
      message: '失败 502',
    });
  });

  it('throws a network ApiError (status 0) when there is no connection, but rethrows an abort', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await api.get('/api/persons').catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'NETWORK', message: '网络不可用' });

    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    answer = () => Promise.reject(abort);
    await expect(api.get('/api/persons', { signal: controller.signal })).rejects.toBe(abort);
  });

  it('reports a lost session on 401, but not for sign-in, "who am I" or a wrong password', async () => {
    const unauthenticated = () =>
      Promise.resolve(Response.json({ code: 'UNAUTHENTICATED', message: '请先登录' }, { status: 401 }));
    answer = unauthenticated;
    await api.get('/api/auth/me').catch(() => undefined);
    await api.post('/api/auth/login', { body: { username: 'u', password: 'p' } }).catch(() => undefined);
    answer = () =>
      Promise.resolve(Response.json({ code: 'BAD_CREDENTIALS', message: '密码错误' }, { status: 401 }));
    await api
      .post('/api/auth/password', { body: { currentPassword: 'a', newPassword: 'b' } })
      .catch(() => undefined);
    expect(onUnauthorized).not.toHaveBeenCalled();

    answer = unauthenticated;
    await api.get('/api/persons').catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
