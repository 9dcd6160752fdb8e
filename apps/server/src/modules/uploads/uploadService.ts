import crypto from 'node:crypto';
import {
  UPLOAD_IMAGE_MAX_BYTES,
  UPLOAD_IMAGE_TYPES,
  UPLOAD_VIDEO_MAX_BYTES,
  UPLOAD_VIDEO_TYPES,
  type MyUpload,
  type RemoteEligibility,
  type UploadFields,
} from '@taobo/contracts';
import { addDays } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, conflict } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { cleanImage, sniff, type FileStore } from '../../platform/files.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import { windowOn } from '../drugTests/windows.ts';
import { openTask } from '../tasks/tasks.ts';
import { readExif } from './exif.ts';
import { iso, monthDay } from './format.ts';
import type { UploadRepo } from './repo.ts';
import type { RemoteUploadRow } from './tables.ts';

/** Is the person away on approved leave that covers `date`? The leave module answers. */
export type LeaveCheck = (personId: string, date: string) => Promise<boolean>;

export interface UploadFiles {
  cassette: Buffer | null;
  selfie: Buffer | null;
}

const NO_WINDOW = '当前没有待完成的检测（本期已完成，或下一期尚未开始），无需上传。';

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

const toMine = (r: RemoteUploadRow): MyUpload => ({
  id: r.id,
  receivedAt: iso(r.received_at)!,
  date: r.business_date,
  status: r.status,
  reason: r.decision_reason,
});

/** The person (洮泊家园): may I test remotely, my uploads, and the upload itself. */
export function createUploadService(deps: {
  repo: UploadRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  tests: TestPlanService;
  /** Approved leave allows a remote test by itself. */
  isOnApprovedLeave: LeaveCheck;
}) {
  const { repo, clock, audit, cipher, files, tests, isOnApprovedLeave } = deps;
  const today = () => businessDate(clock.now());

  /**
   * A remote test is allowed for today's open window, while the person is on approved leave or
   * holds a staff permission for today.
   */
  async function eligibility(personId: string): Promise<RemoteEligibility & { permissionId: string | null }> {
    const day = today();
    const window = windowOn(await tests.openWindows(personId, day, day, day), day);
    const base = { window, permissionId: null };
    if (await isOnApprovedLeave(personId, day)) {
      return {
        ...base,
        allowed: !!window,
        basis: 'leave',
        until: null,
        reason: window ? null : NO_WINDOW,
      };
    }
    const permission = await repo.activePermission(personId, day);
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

  return {
    async eligibility(person: PersonActor): Promise<RemoteEligibility> {
      const { permissionId: _p, ...e } = await eligibility(person.personId);
      return e;
    },

    async mine(person: PersonActor): Promise<MyUpload[]> {
      return (await repo.mine(person.personId)).map(toMine);
    },

    /**
     * A remote test: both files checked by content and size, stored encrypted, EXIF re-read from
     * the bytes; the server's time is the test time (the phone's is kept beside it). Opens the
     * review task.
     */
    async create(person: PersonActor, fields: UploadFields, input: UploadFiles): Promise<MyUpload> {
      const e = await eligibility(person.personId);
      if (!e.allowed || !e.window || !e.basis)
        throw new DomainError('REMOTE_NOT_ALLOWED', e.reason ?? '不能异地检测');
      const { window, basis } = e;
      const [cassetteType, selfieType] = [
        await checkFile(input.cassette, 'cassette'),
        await checkFile(input.selfie, 'selfie'),
      ];
      // What the reviewer needs of the camera's EXIF (time, place, phone) is read first and kept
      // apart; the stored photos are re-encoded without it.
      const serverExif = {
        cassette: await readExif(input.cassette!, cassetteType),
        selfie: await readExif(input.selfie!, selfieType),
      };
      const cassette = await cleanImage(input.cassette!, cassetteType);
      const selfie = await cleanImage(input.selfie!, selfieType);
      const id = crypto.randomUUID();
      const keys = {
        cassette: `uploads/${person.personId}/${id}-cassette`,
        selfie: `uploads/${person.personId}/${id}-selfie`,
      };
      await files.put(keys.cassette, cipher.encrypt('remote_upload', cassette));
      await files.put(keys.selfie, cipher.encrypt('remote_upload', selfie));
      try {
        const row = await repo.transaction(async (r, trx) => {
          if (await r.lockPending(person.personId, window.testId))
            throw conflict('UPLOAD_PENDING', '本检测期已有一份上传正在审核，请等待审核结果');
          const now = clock.now();
          const day = businessDate(now);
          const hasLocation = fields.latitude !== undefined && fields.longitude !== undefined;
          const u = await r.insert({
            id,
            person_id: person.personId,
            test_id: window.testId,
            basis,
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
          });
          await openTask(trx, {
            kind: 'upload_review',
            personId: person.personId,
            measureId: await r.measureOfTest(window.testId),
            title: `异地检测上传待审核（${monthDay(day)}）`,
            dueDate: addDays(day, 1),
            evidence: [{ label: `检测期 ${window.start} 至 ${window.deadline}`, date: day, ref: id }],
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
  };
}
export type UploadService = ReturnType<typeof createUploadService>;
