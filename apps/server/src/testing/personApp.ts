import crypto from 'node:crypto';
import type { PersonCreateInput } from '@taobo/contracts';
import { apiAs, personWithMeasure } from './supervision.ts';
import { personInput, type TestApp } from './testApp.ts';

export const APP_PASSWORD = 'Jiayuan2026';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the person app's API (`/api/m/*`) with the app cookie, and an Idempotency-Key when given. */
export function appApi(t: TestApp, cookie: string) {
  const call = async (
    method: Method,
    url: string,
    payload?: object,
    opts: { key?: string; headers?: Record<string, string> } = {},
  ) => {
    const res = await t.app.inject({
      method,
      url,
      headers: { cookie, ...(opts.key && { 'idempotency-key': opts.key }), ...opts.headers },
      ...(payload && { payload }),
    });
    return {
      status: res.statusCode,
      body: res.body ? res.json() : null,
      replayed: res.headers['idempotent-replayed'] === 'true',
    };
  };
  const ok = async (method: Method, url: string, payload?: object, opts?: { key?: string }) => {
    const res = await call(method, url, payload, opts);
    if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { call, ok };
}

/** A fresh idempotency key, as the app's outbox makes one. */
export const newKey = () => crypto.randomUUID();

function appCookie(res: { cookies: { name: string; value: string }[] }): string {
  const c = res.cookies.find((x) => x.name === 'taobo_app_session');
  if (!c) throw new Error('no app session cookie');
  return `taobo_app_session=${c.value}`;
}

/**
 * A person in 梅湾街道 (lst_officer's township) who has activated the app: staff issue a code, the
 * person activates with it. With `receivedDate`, the person has a 社区戒毒 measure received then;
 * with `reported` too, 报到 is recorded that day (so the term runs and the test plan exists).
 */
export async function appPerson(
  t: TestApp,
  officerCookie: string,
  opts: { person?: Partial<PersonCreateInput>; receivedDate?: string; reported?: boolean } = {},
) {
  const staff = apiAs(t, officerCookie);
  let personId: string;
  let phone: string;
  let measureId: string | null = null;
  if (opts.receivedDate) {
    const input = { ...personInput(), ...opts.person };
    const { person, measure } = await personWithMeasure(staff, opts.receivedDate, input);
    personId = person.id;
    phone = input.phone!;
    measureId = measure.id;
    if (opts.reported) {
      await staff.ok('POST', `/api/measures/${measure.id}/report`, { date: opts.receivedDate });
    }
  } else {
    const input = personInput(opts.person);
    const person = await staff.ok('POST', '/api/persons', input);
    personId = person.id;
    phone = input.phone!;
  }
  const { code } = await staff.ok('POST', `/api/persons/${personId}/activation-code`);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/m/auth/activate',
    payload: { phone, code, password: APP_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`activate: ${res.statusCode} ${res.body}`);
  const cookie = appCookie(res);
  return { personId, phone, measureId, cookie, api: appApi(t, cookie) };
}
