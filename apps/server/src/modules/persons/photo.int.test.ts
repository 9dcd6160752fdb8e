import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';
import { picture } from '../../testing/testImages.ts';

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function multipart(filename: string, type: string, bytes: Buffer) {
  const boundary = '----taobo' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

let t: TestApp;
let officer: string;
let person: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('lst_officer');
  person = (
    await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: officer },
      payload: personInput(),
    })
  ).json();
});
afterAll(() => t.close());

const upload = (filename: string, type: string, bytes: Buffer, cookie = officer) => {
  const { body, contentType } = multipart(filename, type, bytes);
  return t.app.inject({
    method: 'PUT',
    url: `/api/persons/${person.id}/photo`,
    headers: { cookie, 'content-type': contentType, 'sec-fetch-site': 'same-origin' },
    payload: body,
  });
};

describe('person photo', () => {
  it('stores a real image encrypted on disk and serves it back to staff in scope', async () => {
    const res = await upload('face.png', 'image/png', PNG);
    expect(res.statusCode).toBe(200);
    expect(res.json().hasPhoto).toBe(true);

    const stored = fs.readFileSync(path.join(t.filesDir, 'photos', person.id));
    expect(stored.includes(PNG.subarray(0, 8))).toBe(false); // no PNG signature: ciphertext
    const back = await t.app.inject({
      method: 'GET',
      url: `/api/persons/${person.id}/photo`,
      headers: { cookie: officer },
    });
    expect(back.headers['content-type']).toBe('image/png');
    // The same picture, re-encoded without metadata.
    expect(await picture(back.rawPayload)).toEqual(await picture(PNG));

    const outside = await t.login('sp_officer');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/persons/${person.id}/photo`,
          headers: { cookie: outside },
        })
      ).statusCode,
    ).toBe(404);
    expect((await upload('x.png', 'image/png', PNG, await t.login('lst_police'))).statusCode).toBe(403);
  });

  it('checks the content, not the name or the declared type, and limits the size', async () => {
    const fake = await upload('face.png', 'image/png', Buffer.from('<script>alert(1)</script>'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe('UNSUPPORTED_FILE_TYPE');
    const big = await upload('big.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 + 1)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toMatch(/过大/);
  });
});
