import type { TestApp } from './testApp.ts';
import { personInput } from './testApp.ts';
import type { PersonCreateInput } from '@taobo/contracts';

/** Small helpers for supervision tests: call the API as a signed-in user and expect success. */
export function apiAs(t: TestApp, cookie: string) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };
  const ok = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => {
    const res = await call(method, url, payload);
    if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { call, ok };
}

export async function staffIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.db.selectFrom('staff').select(['id', 'username']).execute();
  return Object.fromEntries(rows.map((r) => [r.username, r.id]));
}

/** A person in 梅湾街道 with a 社区戒毒 measure received on `receivedDate`. */
export async function personWithMeasure(
  api: ReturnType<typeof apiAs>,
  receivedDate: string,
  person: Partial<PersonCreateInput> = {},
  type: 'community_detox' | 'community_rehab' = 'community_detox',
  termMonths?: number,
) {
  const p = await api.ok('POST', '/api/persons', personInput(person));
  const m = await api.ok('POST', `/api/persons/${p.id}/measures`, {
    type,
    decisionNo: `冷公（禁）决字〔2026〕${Math.floor(Math.random() * 9000) + 1000}号`,
    decisionDate: receivedDate,
    receivedDate,
    decidingAuthority: '永州市公安局冷水滩分局',
    ...(termMonths !== undefined && { termMonths }),
  });
  return { person: p, measure: m };
}
