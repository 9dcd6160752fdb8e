import crypto from 'node:crypto';
import {
  UPLOAD_IMAGE_MAX_BYTES,
  UPLOAD_IMAGE_TYPES,
  UPLOAD_VIDEO_MAX_BYTES,
  UPLOAD_VIDEO_TYPES,
  type MyUpload,
  type RemoteEligibility,
  type RemotePermission,
  type RemotePermissionInput,
  type UploadApproveInput,
  type UploadDetail,
  type UploadFields,
  type UploadListItem,
  type UploadRejectInput,
  type UploadStatus,
  type WindowRef,
} from '@taobo/contracts';
import { addDays } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, conflict, notFound } from '../../errors.ts';
import { personScope, requirePermission, type Actor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { sniff, type FileStore } from '../../platform/files.ts';
import { openWindows, windowOn } from '../appointments/repo.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import { readExif } from './exif.ts';
import type { RemoteTestPermissionRow, RemoteUploadRow } from './tables.ts';

/** Is the person away on approved leave that covers `date`? Wired by the leave module. */
export type LeaveCheck = (db: Db, personId: string, date: string) => Promise<boolean>;

export interface UploadFiles {
  cassette: Buffer | null;
  selfie: Buffer | null;
}

const NO_WINDOW = '当前没有待完成的检测（本期已完成，或下一期尚未开始），无需上传。';
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function windowRef(t: {
  id: string;
  plan: WindowRef['plan'];
  window_start: string;
  window_end: string;
}): WindowRef {
  return { testId: t.id, start: t.window_start, deadline: addDays(t.window_end, -1), plan: t.plan };
}

/** The phone's EXIF, as sent: a JSON object of at most two objects; anything else is dropped. */
function clientExif(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: Record<string, unknown> = {};
    for (const k of ['cassette', 'selfie']) {
      const x = (v as Record<string, unknown>)[k];
      if (x && typeof x === 'object' && !Array.isArray(x)) out[k] = x;
    }
    return out;
  } catch {
    return {};
  }
}

export function createUploadService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  tests: TestPlanService;
  notifications: NotificationService;
  /** Approved leave allows a remote test by itself; the leave module supplies this. Default: never. */
  isOnApprovedLeave?: LeaveCheck;
}) {
  const { db, clock, audit, cipher, files, tests, notifications } = deps;
  const isOnApprovedLeave: LeaveCheck = deps.isOnApprovedLeave ?? (async () => false);
  const today = () => businessDate(clock.now());

  async function activePermission(exec: Db, personId: string, date: string) {
    return exec
      .selectFrom('remote_test_permissions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .where('from_date', '<=', date)
      .where('to_date', '>=', date)
      .orderBy('to_date', 'desc')
      .executeTakeFirst();
  }

  async function eligibility(
    exec: Db,
    personId: string,
  ): Promise<RemoteEligibility & { permissionId: string | null }> {
    const day = today();
    const window = windowOn(await openWindows(exec, personId, day, day, day), day);
    const base = { window: window ? windowRef(window) : null, permissionId: null };
    if (await isOnApprovedLeave(exec, personId, day)) {
      return {
        ...base,
        allowed: !!window,
        basis: 'leave',
        until: null,
        reason: window ? null : NO_WINDOW,
      };
    }
    const permission = await activePermission(exec, personId, day);
    if (!permission) {
      return {
        ...base,
        allowed: false,
        basis: null,
        until: null,
        reason: '异地检测须在请假外出期间，或经工作人员准许。请到检测站检测，或联系负责您的工作人员。',
      };
    }
    return {
      ...base,
      permissionId: permission.id,
      allowed: !!window,
      basis: 'permission',
      until: permission.to_date,
      reason: window ? null : NO_WINDOW,
    };
  }

  /** A file by its content: the cassette may be a photo or a short video, the selfie a photo. */
  async function checkFile(bytes: Buffer | null, what: 'cassette' | 'selfie') {
    const name = what === 'cassette' ? '试剂盒照片或视频' : '自拍照片';
    if (!bytes)
      throw new DomainError('VALIDATION', `请拍摄${name}`, [{ path: what, message: `请拍摄${name}` }]);
    const allowed =
      what === 'cassette' ? [...UPLOAD_IMAGE_TYPES, ...UPLOAD_VIDEO_TYPES] : [...UPLOAD_IMAGE_TYPES];
    const mime = await sniff(bytes, allowed, UPLOAD_VIDEO_MAX_BYTES);
    if (mime.startsWith('image/') && bytes.length > UPLOAD_IMAGE_MAX_BYTES) {
      throw new DomainError('FILE_TOO_LARGE', `${name}过大（照片不超过 8 MB）`);
    }
    return mime;
  }

  async function scopedUpload(actor: Actor, id: string) {
    const row = await db
      .selectFrom('remote_uploads')
      .innerJoin('persons', 'persons.id', 'remote_uploads.person_id')
      .selectAll('remote_uploads')
      .select('persons.name as person_name')
      .where('remote_uploads.id', '=', id)
      .where(personScope(actor))
      .executeTakeFirst();
    if (!row) throw notFound('异地检测上传');
    return row;
  }

  async function windows(ids: string[]) {
    if (!ids.length) return new Map<string, WindowRef>();
    const rows = await db
      .selectFrom('tests')
      .select(['id', 'plan', 'window_start', 'window_end'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, windowRef(r)]));
  }

  function listItem(r: RemoteUploadRow & { person_name: string }, w: Map<string, WindowRef>): UploadListItem {
    return {
      id: r.id,
      person: { id: r.person_id, name: r.person_name },
      receivedAt: iso(r.received_at)!,
      date: r.business_date,
      basis: r.basis,
      status: r.status,
      deviceTime: iso(r.device_time),
      hasLocation: r.latitude !== null && r.longitude !== null,
      window: r.test_id ? (w.get(r.test_id) ?? null) : null,
    };
  }

  const toMine = (r: RemoteUploadRow): MyUpload => ({
    id: r.id,
    receivedAt: iso(r.received_at)!,
    date: r.business_date,
    status: r.status,
    reason: r.decision_reason,
  });

  function toPermission(p: RemoteTestPermissionRow & { granted_by_name: string }): RemotePermission {
    return {
      id: p.id,
      from: p.from_date,
      to: p.to_date,
      reason: p.reason,
      grantedBy: { id: p.granted_by, name: p.granted_by_name },
      grantedAt: iso(p.granted_at)!,
      revokedAt: iso(p.revoked_at),
      active: p.revoked_at === null && p.to_date >= today(),
    };
  }

  async function decide(
    actor: Actor,
    id: string,
    apply: (
      trx: Db,
      u: RemoteUploadRow,
    ) => Promise<{ status: UploadStatus; reason: string | null; title: string; body: string }>,
  ): Promise<UploadDetail> {
    requirePermission(actor, 'upload:review');
    await scopedUpload(actor, id);
    await db.transaction().execute(async (trx) => {
      const u = await trx
        .selectFrom('remote_uploads')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (u.status !== 'pending') throw conflict('UPLOAD_DECIDED', '该上传已审核');
      const d = await apply(trx, u);
      await trx
        .updateTable('remote_uploads')
        .set({ status: d.status, decision_reason: d.reason, decided_by: actor.id, decided_at: clock.now() })
        .where('id', '=', id)
        .execute();
      // The review task is done by the deciding staff member.
      await closeTasksFor(
        trx,
        { kind: 'remote_upload', id },
        { status: 'done', at: clock.now(), by: actor.id },
      );
      await notifications.notify(trx, {
        personId: u.person_id,
        kind: 'upload_review',
        title: d.title,
        body: d.body,
        link: '/m/uploads',
      });
      await audit.record(trx, {
        ...auditActor(actor),
        action: `upload.${d.status}`,
        targetType: 'person',
        targetId: u.person_id,
        details: { uploadId: id },
      });
    });
    return loadDetail(actor, id);
  }

  async function loadDetail(actor: Actor, id: string): Promise<UploadDetail> {
    const r = await scopedUpload(actor, id);
    const [w, decider] = await Promise.all([
      windows(r.test_id ? [r.test_id] : []),
      r.decided_by
        ? db
            .selectFrom('staff')
            .select(['id', 'display_name'])
            .where('id', '=', r.decided_by)
            .executeTakeFirst()
        : Promise.resolve(undefined),
    ]);
    return {
      ...listItem(r, w),
      cassetteType: r.cassette_type,
      selfieType: r.selfie_type,
      clockDriftSeconds: r.device_time
        ? Math.round((new Date(r.device_time).getTime() - new Date(r.received_at).getTime()) / 1000)
        : null,
      location:
        r.latitude !== null && r.longitude !== null
          ? { latitude: r.latitude, longitude: r.longitude, accuracy: r.accuracy_m }
          : null,
      locationError: r.location_error,
      clientExif: r.client_exif,
      serverExif: r.server_exif,
      note: r.note,
      decisionReason: r.decision_reason,
      decidedBy: decider ? { id: decider.id, name: decider.display_name } : null,
      decidedAt: iso(r.decided_at),
    };
  }

  return {
    // ——— The person ———

    async eligibility(person: PersonActor): Promise<RemoteEligibility> {
      const { permissionId: _p, ...e } = await eligibility(db, person.personId);
      return e;
    },

    async mine(person: PersonActor): Promise<MyUpload[]> {
      const rows = await db
        .selectFrom('remote_uploads')
        .selectAll()
        .where('person_id', '=', person.personId)
        .orderBy('created_at', 'desc')
        .limit(30)
        .execute();
      return rows.map(toMine);
    },

    /**
     * A remote test: both files checked by content and size, stored encrypted, EXIF re-read from
     * the bytes; the server's time is the test time (the phone's is kept beside it). Opens the
     * review task.
     */
    async create(person: PersonActor, fields: UploadFields, input: UploadFiles): Promise<MyUpload> {
      const e = await eligibility(db, person.personId);
      if (!e.allowed || !e.window || !e.basis)
        throw new DomainError('REMOTE_NOT_ALLOWED', e.reason ?? '不能异地检测');
      const [cassetteType, selfieType] = [
        await checkFile(input.cassette, 'cassette'),
        await checkFile(input.selfie, 'selfie'),
      ];
      const cassette = input.cassette!;
      const selfie = input.selfie!;
      const id = crypto.randomUUID();
      const keys = {
        cassette: `uploads/${person.personId}/${id}-cassette`,
        selfie: `uploads/${person.personId}/${id}-selfie`,
      };
      const serverExif = {
        cassette: await readExif(cassette, cassetteType),
        selfie: await readExif(selfie, selfieType),
      };
      await files.put(keys.cassette, cipher.encrypt('remote_upload', cassette));
      await files.put(keys.selfie, cipher.encrypt('remote_upload', selfie));
      try {
        const row = await db.transaction().execute(async (trx) => {
          const pending = await trx
            .selectFrom('remote_uploads')
            .select('id')
            .where('person_id', '=', person.personId)
            .where('test_id', '=', e.window!.testId)
            .where('status', '=', 'pending')
            .forUpdate()
            .executeTakeFirst();
          if (pending) throw conflict('UPLOAD_PENDING', '本检测期已有一份上传正在审核，请等待审核结果');
          const now = clock.now();
          const day = businessDate(now);
          const hasLocation = fields.latitude !== undefined && fields.longitude !== undefined;
          const u = await trx
            .insertInto('remote_uploads')
            .values({
              id,
              person_id: person.personId,
              test_id: e.window!.testId,
              basis: e.basis!,
              permission_id: e.permissionId,
              cassette_key: keys.cassette,
              cassette_type: cassetteType,
              selfie_key: keys.selfie,
              selfie_type: selfieType,
              device_time: fields.deviceTime ?? null,
              received_at: now,
              business_date: day,
              latitude: hasLocation ? fields.latitude! : null,
              longitude: hasLocation ? fields.longitude! : null,
              accuracy_m: hasLocation ? (fields.accuracy ?? null) : null,
              location_error: hasLocation ? null : fields.locationError || '未提供位置',
              client_exif: JSON.stringify(clientExif(fields.exif)),
              server_exif: JSON.stringify(serverExif),
              note: fields.note || null,
              status: 'pending',
              created_at: now,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          const test = await trx
            .selectFrom('tests')
            .select('measure_id')
            .where('id', '=', e.window!.testId)
            .executeTakeFirstOrThrow();
          await openTask(trx, {
            kind: 'upload_review',
            personId: person.personId,
            measureId: test.measure_id,
            title: `异地检测上传待审核（${monthDay(day)}）`,
            dueDate: addDays(day, 1),
            evidence: [{ label: `检测期 ${e.window!.start} 至 ${e.window!.deadline}`, date: day, ref: id }],
            dedupeKey: `upload_review:${id}`,
            now,
            ref: { kind: 'remote_upload', id },
          });
          await audit.record(trx, {
            ...AUDIT_PERSON,
            action: 'upload.create',
            targetType: 'person',
            targetId: person.personId,
            details: { uploadId: id, cassetteType, selfieType },
          });
          return u;
        });
        return toMine(row);
      } catch (err) {
        await Promise.all([files.delete(keys.cassette), files.delete(keys.selfie)]);
        throw err;
      }
    },

    // ——— Staff: the review queue (upload:review) ———

    async list(
      actor: Actor,
      query: { status?: UploadStatus; q?: string; page: number; pageSize: number },
    ): Promise<{ items: UploadListItem[]; total: number }> {
      requirePermission(actor, 'upload:review');
      let q = db
        .selectFrom('remote_uploads')
        .innerJoin('persons', 'persons.id', 'remote_uploads.person_id')
        .where(personScope(actor))
        .where('remote_uploads.status', '=', query.status ?? 'pending');
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) =>
          eb.or([eb('persons.name', 'like', like), eb('persons.name_pinyin', 'like', like.toLowerCase())]),
        );
      }
      const [rows, total] = await Promise.all([
        q
          .selectAll('remote_uploads')
          .select('persons.name as person_name')
          .orderBy('remote_uploads.created_at', query.status && query.status !== 'pending' ? 'desc' : 'asc')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const w = await windows([...new Set(rows.map((r) => r.test_id).filter((x): x is string => !!x))]);
      return { items: rows.map((r) => listItem(r, w)), total: Number(total.n) };
    },

    /** One upload with its evidence; opening it is a view of the person's file, audited. */
    async detail(actor: Actor, id: string): Promise<UploadDetail> {
      requirePermission(actor, 'upload:review');
      const d = await loadDetail(actor, id);
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'upload.view',
          targetType: 'person',
          targetId: d.person.id,
          details: { uploadId: id },
        }),
      );
      return d;
    },

    /** A file of the upload, decrypted for the reviewer; every read is audited. */
    async file(
      actor: Actor,
      id: string,
      which: 'cassette' | 'selfie',
    ): Promise<{ bytes: Buffer; type: string }> {
      requirePermission(actor, 'upload:review');
      const u = await scopedUpload(actor, id);
      const enc = await files.get(which === 'cassette' ? u.cassette_key : u.selfie_key);
      if (!enc) throw notFound('文件');
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'upload.file_view',
          targetType: 'person',
          targetId: u.person_id,
          details: { uploadId: id, file: which },
        }),
      );
      return {
        bytes: cipher.decryptBytes('remote_upload', enc),
        type: which === 'cassette' ? u.cassette_type : u.selfie_type,
      };
    },

    /** Approval counts as a negative test on the day it arrived, in the window it was taken for. */
    async approve(actor: Actor, id: string, input: UploadApproveInput): Promise<UploadDetail> {
      return decide(actor, id, async (trx, u) => {
        if (!u.test_id) throw conflict('TEST_CLOSED', '该上传没有对应的检测期');
        await tests.recordAuthorized(trx, actor, u.test_id, {
          kind: 'remote',
          outcome: 'negative',
          date: u.business_date,
          collectorIds: [actor.id],
          note: input.note?.trim() || '异地上传检测，经审核为阴性',
        });
        return {
          status: 'approved',
          reason: input.note?.trim() || null,
          title: '异地检测已通过审核',
          body: `您 ${monthDay(u.business_date)} 上传的检测已审核通过，结果为阴性，已计入本期检测。`,
        };
      });
    },

    /** Rejection: counted as not tested ('missed', the window runs its course), or the person must test again. */
    async reject(actor: Actor, id: string, input: UploadRejectInput): Promise<UploadDetail> {
      return decide(actor, id, async (_trx, u) => {
        const deadline = u.test_id ? (await windows([u.test_id])).get(u.test_id)?.deadline : null;
        const retest = input.outcome === 'retest';
        return {
          status: retest ? 'rejected_retest' : 'rejected_missed',
          reason: input.reason,
          title: retest ? '异地检测须重新检测' : '异地检测未通过审核',
          body: retest
            ? `您 ${monthDay(u.business_date)} 上传的检测未通过：${input.reason}。请${deadline ? `在 ${deadline} 前` : '尽快'}重新上传或到检测站检测。`
            : `您 ${monthDay(u.business_date)} 上传的检测未通过：${input.reason}。本次上传不计为检测${deadline ? `，请在 ${deadline} 前完成本期检测` : ''}。`,
        };
      });
    },

    // ——— Staff: remote-test permission on the person's file ———

    async permissions(actor: Actor, personId: string): Promise<RemotePermission[]> {
      requirePermission(actor, 'measure:read');
      await scopedPerson(actor, personId);
      const rows = await db
        .selectFrom('remote_test_permissions')
        .innerJoin('staff', 'staff.id', 'remote_test_permissions.granted_by')
        .selectAll('remote_test_permissions')
        .select('staff.display_name as granted_by_name')
        .where('person_id', '=', personId)
        .orderBy('granted_at', 'desc')
        .limit(50)
        .execute();
      return rows.map(toPermission);
    },

    async grant(actor: Actor, personId: string, input: RemotePermissionInput): Promise<RemotePermission> {
      requirePermission(actor, 'measure:manage');
      await scopedPerson(actor, personId);
      if (input.to < today())
        throw new DomainError('VALIDATION', '结束日期不能早于今天', [
          { path: 'to', message: '结束日期不能早于今天' },
        ]);
      const id = await db.transaction().execute(async (trx) => {
        const p = await trx
          .insertInto('remote_test_permissions')
          .values({
            person_id: personId,
            from_date: input.from,
            to_date: input.to,
            reason: input.reason,
            granted_by: actor.id,
            granted_at: clock.now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await notifications.notify(trx, {
          personId,
          kind: 'remote_permission',
          title: '已准许异地检测',
          body: `${monthDay(input.from)}至${monthDay(input.to)}期间，您可以在“异地上传”中拍摄检测结果上传。`,
          link: '/m/uploads',
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'remote_permission.grant',
          targetType: 'person',
          targetId: personId,
          details: { permissionId: p.id, from: input.from, to: input.to },
        });
        return p.id;
      });
      return (await loadPermissions(personId)).find((p) => p.id === id)!;
    },

    async revoke(actor: Actor, id: string): Promise<RemotePermission> {
      requirePermission(actor, 'measure:manage');
      const p = await db
        .selectFrom('remote_test_permissions')
        .innerJoin('persons', 'persons.id', 'remote_test_permissions.person_id')
        .selectAll('remote_test_permissions')
        .where('remote_test_permissions.id', '=', id)
        .where(personScope(actor))
        .executeTakeFirst();
      if (!p) throw notFound('异地检测准许');
      if (p.revoked_at) throw conflict('ALREADY_REVOKED', '该准许已撤销');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('remote_test_permissions')
          .set({ revoked_at: clock.now(), revoked_by: actor.id })
          .where('id', '=', id)
          .execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'remote_permission.revoke',
          targetType: 'person',
          targetId: p.person_id,
          details: { permissionId: id },
        });
      });
      return (await loadPermissions(p.person_id)).find((x) => x.id === id)!;
    },
  };

  async function scopedPerson(actor: Actor, personId: string) {
    const p = await db
      .selectFrom('persons')
      .select('id')
      .where('id', '=', personId)
      .where(personScope(actor))
      .executeTakeFirst();
    if (!p) throw notFound('人员');
  }

  async function loadPermissions(personId: string) {
    const rows = await db
      .selectFrom('remote_test_permissions')
      .innerJoin('staff', 'staff.id', 'remote_test_permissions.granted_by')
      .selectAll('remote_test_permissions')
      .select('staff.display_name as granted_by_name')
      .where('person_id', '=', personId)
      .execute();
    return rows.map(toPermission);
  }
}
export type UploadService = ReturnType<typeof createUploadService>;
