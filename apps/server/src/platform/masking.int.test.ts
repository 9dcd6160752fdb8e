import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '@taobo/domain';
import { multipart, TINY_PNG } from '../testing/multipart.ts';
import { permissionFixtures, type PermissionFixtures } from '../testing/permissionFixtures.ts';
import { createTestApp, personInput, type TestApp } from '../testing/testApp.ts';

/**
 * Masking that cannot be undone (issue 10, item 2). The masked ID keeps its first 3 and last 4
 * characters, and the managing unit's county gives the region code (digits 1–6): with the birth
 * date (digits 7–14) beside them, the whole number follows, around the audited reveal. So no
 * answer may carry both a person's full birth date and the tail of their ID number; the reveal
 * (POST /api/persons/:id/reveal) stays the only way to the number.
 *
 * The test crawls every GET route of the API (from the OpenAPI document the app serves) as every
 * kind of caller, on the permission matrix's fixtures (one of everything), plus the writes that
 * answer with a person's file. The crawl also checks that no answer may be cached (item 4).
 */

let t: TestApp;
let f: PermissionFixtures;
/** Each person's birth date (two spellings) and ID tail, from the stored (encrypted) number. */
let secrets: { id: string; birth: string[]; tail: string }[];

beforeAll(async () => {
  t = await createTestApp();
  f = await permissionFixtures(t);
  await t.app.ready();
}, 120_000);
afterAll(() => t?.close());

async function loadSecrets() {
  const rows = await t.db.selectFrom('persons').select(['id', 'id_number_enc']).execute();
  secrets = rows.map((r) => {
    const idNumber = t.cipher.decrypt('idNumber', r.id_number_enc);
    const { birthDate } = parseIdNumber(idNumber);
    return { id: r.id, birth: [birthDate, birthDate.replaceAll('-', '')], tail: idNumber.slice(-4) };
  });
}

/** The persons whose full birth date and ID tail both appear in `body`. */
function leaks(body: string): string[] {
  return secrets
    .filter((s) => s.birth.some((b) => body.includes(b)) && body.includes(s.tail))
    .map((s) => s.id);
}

/** Every value of the fixtures that can fill a path parameter. */
function candidates(name: string): string[] {
  if (name === 'countyId') return ['431103'];
  if (name === 'year') return ['2026'];
  if (name === 'which') return ['cassette', 'selfie'];
  if (name === 'attachmentId') return [f.attachmentId, f.otherAttachmentId];
  const ids = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v)) ids.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(f);
  return [...ids];
}

function urls(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  let out = [template];
  for (const name of names) {
    out = out.flatMap((u) => candidates(name).map((v) => u.replace(`{${name}}`, encodeURIComponent(v))));
  }
  return out;
}

describe('masking', () => {
  it('no answer of any GET route, to any caller, carries a full birth date with the ID tail', async () => {
    await loadSecrets();
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path)
      .filter((p) => !p.startsWith('/api/docs'));
    const callers = [
      ...[
        'yz_admin',
        'lst_admin',
        'lst_officer',
        'lst_police',
        'lst_grid',
        'lst_social',
        'lst_counsellor',
      ].map((u) => f.cookies[u]!),
      f.person.cookie,
      f.otherPerson.cookie,
    ];
    const found: string[] = [];
    const cached = new Set<string>();
    let answered = 0;
    for (const route of routes) {
      const requests = urls(route).flatMap((url) => callers.map((cookie) => ({ url, cookie })));
      for (let i = 0; i < requests.length; i += 25) {
        const batch = requests.slice(i, i + 25);
        const answers = await Promise.all(
          batch.map((r) => t.app.inject({ method: 'GET', url: r.url, headers: { cookie: r.cookie } })),
        );
        for (const [j, res] of answers.entries()) {
          if (res.statusCode >= 300) continue;
          answered++;
          // Nothing personal is left in a browser's or a proxy's cache (requestGuards.ts).
          if (res.headers['cache-control'] !== 'no-store') cached.add(route);
          // Files (photos, PDFs) are checked below; the printed agreement is an audited print.
          if (!/json|text/.test(String(res.headers['content-type']))) continue;
          const who = leaks(res.body);
          if (who.length) found.push(`${batch[j]!.url} → ${who.join(', ')}`);
        }
      }
    }
    // The crawl reached the persons' files, not only 404s.
    expect(answered).toBeGreaterThan(300);
    expect(found).toEqual([]);
    // Only course media (no one's personal data) may be cached.
    expect([...cached].sort()).toEqual(['/api/learning/media/{id}', '/api/m/learning/media/{id}']);
  }, 300_000);

  it('the person list and file give the age, not the birth date', async () => {
    await loadSecrets();
    const officer = f.cookies.lst_officer!;
    const list = await t.app.inject({ method: 'GET', url: '/api/persons', headers: { cookie: officer } });
    const item = list.json().items.find((p: { id: string }) => p.id === f.plainPersonId);
    expect(item).not.toHaveProperty('birthDate');
    expect(typeof item.age).toBe('number');
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/persons/${f.plainPersonId}`,
      headers: { cookie: officer },
    });
    expect(detail.json()).not.toHaveProperty('birthDate');
    expect(detail.json().idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  });

  it('nor do the writes that answer with a file: create, update, photo', async () => {
    const officer = f.cookies.lst_officer!;
    const input = personInput({ name: '周八' });
    const birth = parseIdNumber(input.idNumber).birthDate;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: officer },
      payload: input,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const updated = await t.app.inject({
      method: 'PATCH',
      url: `/api/persons/${id}`,
      headers: { cookie: officer },
      payload: { name: '周八一' },
    });
    const form = multipart({}, [{ field: 'file', bytes: TINY_PNG, type: 'image/png' }]);
    const photo = await t.app.inject({
      method: 'PUT',
      url: `/api/persons/${id}/photo`,
      headers: { cookie: officer, 'content-type': form.contentType, 'sec-fetch-site': 'same-origin' },
      payload: form.payload,
    });
    for (const res of [created, updated, photo]) {
      expect(res.statusCode, res.body).toBeLessThan(300);
      expect(res.body).not.toContain(birth);
    }
    // The audited reveal still gives the whole number to whom may see it.
    const reveal = await t.app.inject({
      method: 'POST',
      url: `/api/persons/${id}/reveal`,
      headers: { cookie: officer },
      payload: { field: 'idNumber', reason: '核对身份证件' },
    });
    expect(reveal.json().value).toBe(input.idNumber);
  });
});
