import type {
  RemotePermission,
  RemotePermissionInput,
  UploadApproveInput,
  UploadDetail,
  UploadListItem,
  UploadRejectInput,
  UploadStatus,
  WindowRef,
} from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { conflict, notFound, invalid } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { FileStore } from '../../platform/files.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import { windowRef } from '../drugTests/windows.ts';
import type { NotificationService } from '../notifications/service.ts';
import { closeTasksFor } from '../tasks/tasks.ts';
import { iso, monthDay } from './format.ts';
import type { UploadRepo } from './repo.ts';
import type { RemoteTestPermissionRow, RemoteUploadRow } from './tables.ts';

interface Decision {
  status: UploadStatus;
  reason: string | null;
  /** The message to the person. */
  title: string;
  body: string;
}

/**
 * Staff: the review queue of remote uploads (upload:review) — the evidence and its files, approval
 * or rejection — and the remote-test permission on a person's file (measure:manage).
 */
export function createUploadReviewService(deps: {
  repo: UploadRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  tests: TestPlanService;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, cipher, files, tests, notifications } = deps;
  const today = () => businessDate(clock.now());

  async function scopedUpload(actor: Actor, id: string) {
    const row = await repo.scoped(actor, id);
    if (!row) throw notFound('异地检测上传');
    return row;
  }

  async function windows(ids: string[]): Promise<Map<string, WindowRef>> {
    const rows = await repo.tests(ids);
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

  async function loadDetail(actor: Actor, id: string): Promise<UploadDetail> {
    const r = await scopedUpload(actor, id);
    const [w, decider] = await Promise.all([
      windows(r.test_id ? [r.test_id] : []),
      r.decided_by ? repo.staffMember(r.decided_by) : Promise.resolve(undefined),
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

  /**
   * Decides a pending upload once: `apply` does what the decision means and words the message;
   * the review task is closed, the person told, the decision audited.
   */
  async function decide(
    actor: Actor,
    id: string,
    apply: (trx: Db, u: RemoteUploadRow) => Promise<Decision>,
  ): Promise<UploadDetail> {
    requirePermission(actor, 'upload:review');
    await scopedUpload(actor, id);
    await repo.transaction(async (r, trx) => {
      const u = await r.lock(id);
      if (u.status !== 'pending') throw conflict('UPLOAD_DECIDED', '该上传已审核');
      const d = await apply(trx, u);
      await r.update(id, {
        status: d.status,
        decision_reason: d.reason,
        decided_by: actor.id,
        decided_at: clock.now(),
      });
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

  async function requirePersonInScope(actor: Actor, personId: string) {
    if (!(await repo.personInScope(actor, personId))) throw notFound('人员');
  }

  return {
    // ——— The review queue (upload:review) ———

    async list(
      actor: Actor,
      query: { status?: UploadStatus; q?: string; page: number; pageSize: number },
    ): Promise<{ items: UploadListItem[]; total: number }> {
      requirePermission(actor, 'upload:review');
      const { rows, total } = await repo.list(actor, { ...query, status: query.status ?? 'pending' });
      const w = await windows([...new Set(rows.map((r) => r.test_id).filter((x): x is string => !!x))]);
      return { items: rows.map((r) => listItem(r, w)), total };
    },

    /** One upload with its evidence; opening it is a view of the person's file, audited. */
    async detail(actor: Actor, id: string): Promise<UploadDetail> {
      requirePermission(actor, 'upload:review');
      const d = await loadDetail(actor, id);
      await repo.transaction((_r, trx) =>
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
      await repo.transaction((_r, trx) =>
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

    // ——— Remote-test permission on the person's file ———

    async permissions(actor: Actor, personId: string): Promise<RemotePermission[]> {
      requirePermission(actor, 'measure:read');
      await requirePersonInScope(actor, personId);
      return (await repo.permissions(personId)).map(toPermission);
    },

    async grant(actor: Actor, personId: string, input: RemotePermissionInput): Promise<RemotePermission> {
      requirePermission(actor, 'measure:manage');
      await requirePersonInScope(actor, personId);
      if (input.to < today()) throw invalid('to', '结束日期不能早于今天');
      const id = await repo.transaction(async (r, trx) => {
        const permissionId = await r.insertPermission({
          person_id: personId,
          from_date: input.from,
          to_date: input.to,
          reason: input.reason,
          granted_by: actor.id,
          granted_at: clock.now(),
        });
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
          details: { permissionId, from: input.from, to: input.to },
        });
        return permissionId;
      });
      return toPermission(await repo.permission(id));
    },

    async revoke(actor: Actor, id: string): Promise<RemotePermission> {
      requirePermission(actor, 'measure:manage');
      const p = await repo.scopedPermission(actor, id);
      if (!p) throw notFound('异地检测准许');
      if (p.revoked_at) throw conflict('ALREADY_REVOKED', '该准许已撤销');
      await repo.transaction(async (r, trx) => {
        await r.revokePermission(id, actor.id, clock.now());
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'remote_permission.revoke',
          targetType: 'person',
          targetId: p.person_id,
          details: { permissionId: id },
        });
      });
      return toPermission(await repo.permission(id));
    },
  };
}
export type UploadReviewService = ReturnType<typeof createUploadReviewService>;
