import type {
  Checkin,
  CheckinFlag,
  CheckinListQuery,
  CheckinPolicy,
  CheckinPolicyInput,
  CheckinSummary,
  FollowupOutcome,
} from '@taobo/contracts';
import {
  checkinOwed,
  checkinPeriodOf,
  inReminderWindow,
  missedCheckinDue,
  previousCheckinPeriod,
  type CheckinInterval,
} from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import { CHECKIN_LINK, SELFIE_FIELD } from './myCheckins.ts';
import { checkinQueries, type CheckinRepo, type StaffCheckinRow } from './repo.ts';

const toSummary = (r: StaffCheckinRow): CheckinSummary => ({
  id: r.id,
  person: { id: r.person_id, name: r.person_name },
  periodKey: r.period_key,
  at: new Date(r.at).toISOString(),
  mood: r.mood,
  work: r.work,
  callback: r.callback,
  flags: r.flags as CheckinFlag[],
  followup:
    r.followup_at && r.followup_outcome && r.followup_by
      ? {
          outcome: r.followup_outcome,
          by: { id: r.followup_by, name: r.followup_by_name ?? '' },
          at: new Date(r.followup_at).toISOString(),
          note: r.followup_note ?? '',
        }
      : null,
  locationStatus: r.location_status,
});

const toDetail = (r: StaffCheckinRow): Checkin => ({
  ...toSummary(r),
  date: r.date,
  needs: r.needs as Checkin['needs'],
  needsOther: r.needs_other,
  location:
    r.location_status === 'ok'
      ? { status: 'ok', latitude: r.latitude ?? 0, longitude: r.longitude ?? 0, accuracy: r.accuracy_m }
      : { status: r.location_status },
  deviceTime: r.device_time ? new Date(r.device_time).toISOString() : null,
  hasSelfie: true,
});

/**
 * 在线报到, staff's side: the list of check-ins, a check-in and its selfie (viewing is audited),
 * the social worker's follow-up, the county's policy, and the daily sweep's missed periods and
 * reminders. The person's side is `myCheckins.ts`.
 */
export function createCheckinService(deps: {
  repo: CheckinRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  notifications: NotificationService;
  /** A county whose policy the actor may see (404 otherwise): the policies module's check. */
  policyCounty: (actor: Actor, countyId: string) => Promise<{ path: string }>;
}) {
  const { repo, clock, audit, cipher, files, notifications, policyCounty } = deps;

  async function scoped(actor: Actor, id: string): Promise<StaffCheckinRow> {
    const row = await repo.findScoped(actor, id);
    if (!row) throw notFound('报到记录');
    return row;
  }

  /** Reading a check-in is reading the person's file: it leaves an audit entry. */
  const auditView = (actor: Actor, row: StaffCheckinRow, action: 'checkin.view' | 'checkin.selfie_view') =>
    repo.transaction((_, trx) =>
      audit.record(trx, {
        ...auditActor(actor),
        action,
        targetType: 'person',
        targetId: row.person_id,
        details: { checkinId: row.id },
      }),
    );

  return {
    async list(actor: Actor, q: CheckinListQuery) {
      requirePermission(actor, 'measure:read');
      const { rows, total } = await repo.list(actor, q);
      return { items: rows.map(toSummary), total };
    },

    /** A check-in's answers and location are part of the person's file: the view is audited. */
    async get(actor: Actor, id: string): Promise<Checkin> {
      requirePermission(actor, 'measure:read');
      const row = await scoped(actor, id);
      await auditView(actor, row, 'checkin.view');
      return toDetail(row);
    },

    async selfie(actor: Actor, id: string): Promise<{ bytes: Buffer; type: string }> {
      requirePermission(actor, 'measure:read');
      const row = await scoped(actor, id);
      const enc = await files.get(row.selfie_key);
      if (!enc) throw notFound('自拍照');
      await auditView(actor, row, 'checkin.selfie_view');
      return { bytes: cipher.decryptBytes(SELFIE_FIELD, enc), type: row.selfie_type };
    },

    async listForPerson(actor: Actor, personId: string): Promise<CheckinSummary[]> {
      requirePermission(actor, 'measure:read');
      if (!(await repo.personInScope(actor, personId))) throw notFound('人员档案');
      return (await repo.forPerson(personId)).map(toSummary);
    },

    /** The social worker records the call back and its outcome; that closes the follow-up task. */
    async followup(
      actor: Actor,
      id: string,
      input: { outcome: FollowupOutcome; note: string },
    ): Promise<Checkin> {
      requirePermission(actor, 'case:followup');
      const before = await scoped(actor, id);
      if (before.followup_at) throw new DomainError('CHECKIN_FOLLOWED_UP', '该报到已登记回访');
      await repo.transaction(async (r, trx) => {
        const now = clock.now();
        if (!(await r.recordFollowup(id, { ...input, by: actor.id, at: now })))
          throw new DomainError('CHECKIN_FOLLOWED_UP', '该报到已登记回访');
        await closeTasksFor(
          trx,
          { kind: 'checkin', id },
          { status: 'done', at: now, by: actor.id, note: input.note },
        );
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'checkin.followup',
          targetType: 'person',
          targetId: before.person_id,
          reason: input.note,
          details: { checkinId: id, outcome: input.outcome },
        });
      });
      return toDetail(await scoped(actor, id));
    },

    async policy(actor: Actor, countyId: string): Promise<CheckinPolicy> {
      requirePermission(actor, 'measure:read');
      await policyCounty(actor, countyId);
      return repo.policy(countyId);
    },

    async setPolicy(actor: Actor, countyId: string, input: CheckinPolicyInput): Promise<CheckinPolicy> {
      requirePermission(actor, 'policy:manage');
      const unit = await policyCounty(actor, countyId);
      if (!isWithin(unit.path, actor.orgPath))
        throw new DomainError('FORBIDDEN', '只能设置本辖区县（区）的报到政策');
      await repo.transaction(async (r, trx) => {
        await r.setPolicy({ countyId, ...input, at: clock.now(), by: actor.id });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'checkin.policy',
          targetType: 'org_unit',
          targetId: countyId,
          details: { ...input },
        });
      });
      return repo.policy(countyId);
    },

    /**
     * The daily sweep's part, one page of executing measures (by id) inside the sweep's
     * transaction: a period that closed without a check-in opens a `checkin_missed` task (once
     * per period), and a person who has not checked in yet is reminded near the period's end.
     * `lastId` is the page's last measure (null when the page was empty: the end).
     */
    async sweep(
      trx: Db,
      day: string,
      page: { after: string | null; limit: number },
    ): Promise<{ missed: number; reminded: number; lastId: string | null }> {
      const r = checkinQueries(trx);
      const measures = await r.executingMeasures(page);
      const result = { missed: 0, reminded: 0, lastId: measures.at(-1)?.id ?? null };
      if (!measures.length) return result;
      const policies = new Map<string, CheckinPolicy>();
      for (const county of new Set(measures.map((m) => m.county_id)))
        policies.set(county, await r.policy(county));
      const periods = measures.map((m) => {
        const interval = policies.get(m.county_id)!.intervalMonths as CheckinInterval;
        return { m, current: checkinPeriodOf(day, interval), previous: previousCheckinPeriod(day, interval) };
      });
      const done = await r.doneIn(
        measures.map((m) => m.id),
        [...new Set(periods.flatMap((p) => [p.current.key, p.previous.key]))],
      );
      for (const { m, current, previous } of periods) {
        const termStart = m.term_start!;
        if (checkinOwed(termStart, previous) && !done.has(`${m.id}:${previous.key}`)) {
          const opened = await openTask(trx, {
            kind: 'checkin_missed',
            personId: m.person_id,
            measureId: m.id,
            title: `未按期在线报到（${previous.start} 至 ${previous.lastDay}）`,
            dueDate: missedCheckinDue(day),
            evidence: [
              {
                label: `报到周期 ${previous.start} 至 ${previous.lastDay}`,
                date: previous.lastDay,
                ref: null,
              },
            ],
            dedupeKey: `checkin-missed:${m.id}:${previous.key}`,
            now: clock.now(),
          });
          if (opened) result.missed++;
        }
        const remindDays = policies.get(m.county_id)!.remindDays;
        if (
          checkinOwed(termStart, current) &&
          !done.has(`${m.id}:${current.key}`) &&
          inReminderWindow(day, current, remindDays)
        ) {
          const sent = await notifications.notify(trx, {
            personId: m.person_id,
            kind: 'checkin_due',
            title: '请按时在线报到',
            body: `本期在线报到截止 ${current.lastDay}，请在此之前打开洮泊家园完成报到（约 2 分钟）。`,
            link: CHECKIN_LINK,
            dedupeKey: `checkin-remind:${m.id}:${current.key}`,
          });
          if (sent) result.reminded++;
        }
      }
      return result;
    },
  };
}
export type CheckinService = ReturnType<typeof createCheckinService>;
