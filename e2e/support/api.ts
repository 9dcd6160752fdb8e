import type { APIResponse, Page } from 'playwright-core';

/** The JSON of a 2xx answer; anything else throws with the status and the body, so a failed setup step says why. */
export async function ok<T>(res: APIResponse, what: string): Promise<T> {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}

/**
 * A JSON request made by the page itself (its origin, its cookies), as the front end's own calls
 * are; throws unless the answer is 2xx.
 */
export async function fetchInPage<T>(
  page: Page,
  url: string,
  init: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; body?: unknown } = {},
): Promise<T> {
  const method = init.method ?? 'GET';
  const res = await page.evaluate(
    async ([u, m, body]) => {
      const r = await fetch(u, {
        method: m,
        ...(body !== undefined && { headers: { 'content-type': 'application/json' }, body }),
      });
      return { status: r.status, text: await r.text() };
    },
    [url, method, init.body === undefined ? undefined : JSON.stringify(init.body)] as const,
  );
  if (res.status < 200 || res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${res.text}`);
  return (res.text ? JSON.parse(res.text) : null) as T;
}

/** `ok` for a `fetch` Response (outside any browser). */
export async function okFetch<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}
