import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../testing/multipart.ts';
import { appPerson } from '../testing/personApp.ts';
import { apiAs } from '../testing/supervision.ts';
import { createTestApp, personInput, type TestApp } from '../testing/testApp.ts';

/**
 * Data hygiene (issue 10, item 5): images are re-encoded on upload (no EXIF, no GPS, no maker
 * notes); viewing a person's photo is audited; a person's status follows the measures, not a
 * PATCH; staff pickers list the caller's county only.
 */

let t: TestApp;
let officerCookie: string;
let officer: ReturnType<typeof apiAs>;
beforeAll(async () => {
  t = await createTestApp();
  officerCookie = await t.login('lst_officer');
  officer = apiAs(t, officerCookie);
});
afterAll(() => t?.close());

/** 永州 冷水滩区, where a phone would put a photo taken in 梅湾街道. */
const GPS = { lat: '26/1 25/1 1500/100', lon: '111/1 36/1 4700/100' };
const MAKER = 'TaoboTestPhone';

/** A photo as a phone camera writes it: EXIF with the maker, the time and the GPS position. */
async function cameraPhoto(format: 'jpeg' | 'png' | 'webp' = 'jpeg', orientation?: number): Promise<Buffer> {
  const blank = sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } });
  let img = blank.toFormat(format).withExif({
    IFD0: { Make: MAKER, Model: 'X1' },
    IFD2: { DateTimeOriginal: '2026:11:29 09:00:00' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: GPS.lat, GPSLongitudeRef: 'E', GPSLongitude: GPS.lon },
  });
  if (orientation) img = img.withMetadata({ orientation });
  const bytes = await img.toBuffer();
  // The test image does carry what the server must drop (exifr reads no WebP: sharp tells).
  expect((await sharp(bytes).metadata()).exif?.includes(Buffer.from(MAKER))).toBe(true);
  if (format !== 'webp') expect((await exifr.gps(bytes))?.latitude).toBeCloseTo(26.42, 2);
  return bytes;
}

/** What a stored image still tells about where, when and with what it was taken. */
async function leftOver(bytes: Buffer) {
  const exif = (await exifr
    .parse(bytes, { gps: true, tiff: true, exif: true, xmp: true })
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  const meta = await sharp(bytes).metadata();
  return {
    gps: exif?.latitude ?? null,
    make: exif?.Make ?? null,
    taken: exif?.DateTimeOriginal ?? null,
    hasExif: !!meta.exif,
    hasXmp: !!meta.xmp,
    mentionsMaker: bytes.includes(Buffer.from(MAKER)),
  };
}
const CLEAN = { gps: null, make: null, taken: null, hasExif: false, hasXmp: false, mentionsMaker: false };

const same = { 'sec-fetch-site': 'same-origin' };

async function send(cookie: string, method: 'POST' | 'PUT', url: string, body: ReturnType<typeof multipart>) {
  const res = await t.app.inject({
    method,
    url,
    headers: { cookie, 'content-type': body.contentType, ...same },
    payload: body.payload,
  });
  return res;
}
const get = (url: string, cookie = officerCookie) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('images are re-encoded on upload, without EXIF or GPS', () => {
  it('the person’s photo (JPEG, PNG and WebP)', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const p = await officer.ok('POST', '/api/persons', personInput());
      const photo = await cameraPhoto(format);
      const res = await send(
        officerCookie,
        'PUT',
        `/api/persons/${p.id}/photo`,
        multipart({}, [{ field: 'file', bytes: photo, type: `image/${format}` }]),
      );
      expect(res.statusCode, res.body).toBe(200);
      const back = await get(`/api/persons/${p.id}/photo`);
      expect(back.headers['content-type']).toBe(`image/${format}`);
      expect(await leftOver(back.rawPayload), format).toEqual(CLEAN);
      expect((await sharp(back.rawPayload).metadata()).width).toBe(64);
    }
  });

  it('turns the picture as the camera said before dropping the orientation tag', async () => {
    const p = await officer.ok('POST', '/api/persons', personInput());
    const photo = await cameraPhoto('jpeg', 6);
    await send(
      officerCookie,
      'PUT',
      `/api/persons/${p.id}/photo`,
      multipart({}, [{ field: 'file', bytes: photo, type: 'image/jpeg' }]),
    );
    const meta = await sharp((await get(`/api/persons/${p.id}/photo`)).rawPayload).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([48, 64, undefined]);
  });

  it('the check-in selfie, the remote test’s photos (their EXIF kept as evidence, apart) and assistance attachments', async () => {
    const a = await appPerson(t, officerCookie, { receivedDate: '2026-11-20', reported: true });

    const checkin = await send(
      a.cookie,
      'POST',
      '/api/m/checkins',
      multipart(
        {
          answers: JSON.stringify({
            mood: 'good',
            work: 'employed',
            needs: [],
            callback: false,
            location: { status: 'ok', latitude: 26.4208, longitude: 111.6132, accuracy: 35 },
          }),
        },
        [{ field: 'selfie', bytes: await cameraPhoto(), type: 'image/jpeg' }],
      ),
    );
    expect(checkin.statusCode, checkin.body).toBe(201);
    const selfie = await get(`/api/checkins/${checkin.json().id}/selfie`);
    expect(selfie.statusCode).toBe(200);
    expect(await leftOver(selfie.rawPayload)).toEqual(CLEAN);

    await officer.ok('POST', `/api/persons/${a.personId}/remote-permissions`, {
      from: '2026-11-25',
      to: '2026-12-31',
      reason: '在广东东莞务工',
    });
    const upload = await send(
      a.cookie,
      'POST',
      '/api/m/uploads',
      multipart({ deviceTime: '2026-11-29T02:00:00.000Z' }, [
        { field: 'cassette', bytes: await cameraPhoto(), type: 'image/jpeg' },
        { field: 'selfie', bytes: await cameraPhoto('png'), type: 'image/png' },
      ]),
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const id = upload.json().id as string;
    for (const which of ['cassette', 'selfie']) {
      const file = await get(`/api/uploads/${id}/files/${which}`);
      expect(file.statusCode).toBe(200);
      expect(await leftOver(file.rawPayload), which).toEqual(CLEAN);
    }
    // What the reviewer needs from the camera's EXIF is read before the file is cleaned.
    const review = (await get(`/api/uploads/${id}`)).json();
    expect(review.serverExif.cassette).toMatchObject({ Make: MAKER });
    expect(review.serverExif.cassette.latitude).toBeCloseTo(26.42, 2);

    const application = await send(
      a.cookie,
      'POST',
      '/api/m/assistance',
      multipart({ type: 'employment', description: '希望介绍一份稳定的工作，能够养家糊口。' }, [
        { field: 'file1', bytes: await cameraPhoto('webp'), type: 'image/webp' },
      ]),
    );
    expect(application.statusCode, application.body).toBe(201);
    const { id: appId, attachments } = application.json();
    const attachment = await get(`/api/assistance/${appId}/attachments/${attachments[0].id}`);
    expect(attachment.statusCode).toBe(200);
    expect(await leftOver(attachment.rawPayload)).toEqual(CLEAN);
  });

  it('course media uploaded by staff', async () => {
    const course = await officer.ok('POST', '/api/learning/courses', {
      title: '图片课程',
      summary: '',
      category: 'law',
      creditHours: 1,
      lessons: [{ title: '第一课', body: '内容。' }],
    });
    const media = await send(
      officerCookie,
      'POST',
      `/api/learning/courses/${course.id}/media`,
      multipart({}, [{ field: 'file', bytes: await cameraPhoto(), type: 'image/jpeg' }]),
    );
    expect(media.statusCode, media.body).toBe(201);
    const back = await get(`/api/learning/media/${media.json().id}`);
    expect(await leftOver(back.rawPayload)).toEqual(CLEAN);
  });

  it('refuses an image it cannot decode, with a code (it could not be cleaned)', async () => {
    const p = await officer.ok('POST', '/api/persons', personInput());
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const res = await send(
      officerCookie,
      'PUT',
      `/api/persons/${p.id}/photo`,
      multipart({}, [{ field: 'file', bytes: fake, type: 'image/jpeg' }]),
    );
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_FILE_TYPE');
    expect((await get(`/api/persons/${p.id}`)).json().hasPhoto).toBe(false);
  });
});

describe('viewing a person’s photo', () => {
  it('is audited, for each view', async () => {
    const p = await officer.ok('POST', '/api/persons', personInput());
    await send(
      officerCookie,
      'PUT',
      `/api/persons/${p.id}/photo`,
      multipart({}, [{ field: 'file', bytes: await cameraPhoto(), type: 'image/jpeg' }]),
    );
    await Promise.all([get(`/api/persons/${p.id}/photo`), get(`/api/persons/${p.id}/photo`)]);
    const views = await t.db
      .selectFrom('audit_events')
      .select(['actor_name', 'action'])
      .where('target_id', '=', p.id)
      .where('action', '=', 'person.photo_view')
      .execute();
    expect(views).toHaveLength(2);
    // A refused view (no photo, another county) leaves no event and tells nothing.
    const sp = await t.login('sp_officer');
    expect((await get(`/api/persons/${p.id}/photo`, sp)).statusCode).toBe(404);
  });
});

describe('a person’s status follows the measures', () => {
  it('is not writable by PATCH', async () => {
    const p = await officer.ok('POST', '/api/persons', personInput());
    expect(p.status).toBe('pending_report');
    for (const patch of [{ status: 'abstinent' }, { name: '改个名', status: 'released' }]) {
      const res = await officer.call('PATCH', `/api/persons/${p.id}`, patch);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.issues.map((i: { path: string }) => i.path)).toContain('status');
    }
    const after = await officer.ok('GET', `/api/persons/${p.id}`);
    expect([after.status, after.name]).toEqual(['pending_report', p.name]);
  });
});

describe('staff pickers', () => {
  it('list staff of one county only, even for the city office', async () => {
    const yz = apiAs(t, await t.login('yz_admin'));
    expect(await yz.ok('GET', '/api/staff/options?role=officer')).toEqual([]);
    expect(await yz.ok('GET', '/api/staff/options?role=officer&orgUnitId=4311')).toEqual([]);
    const sp = await yz.ok('GET', '/api/staff/options?role=officer&orgUnitId=431123');
    expect(sp.map((s: { name: string }) => s.name)).toEqual(['唐专干（泷泊镇）']);
    const lst = apiAs(t, await t.login('lst_admin'));
    expect(await lst.ok('GET', '/api/staff/options?role=officer&orgUnitId=431123')).toEqual([]);
    expect((await lst.ok('GET', '/api/staff/options?role=officer')).length).toBeGreaterThan(0);
  });
});
