import crypto from 'node:crypto';
import {
  CheckinAnswers,
  type Checkin,
  type CheckinFlag,
  type CheckinListQuery,
  type CheckinPolicy,
  type CheckinPolicyInput,
  type CheckinSummary,
  type FollowupOutcome,
  type HomeDueItem,
  type MyCheckins,
} from '@taobo/contracts';
import {
  addDays,
  checkinFlagLabels,
  checkinOwed,
  checkinPeriodOf,
  DEFAULT_CHECKIN_INTERVAL,
  DEFAULT_CHECKIN_REMIND_DAYS,
  inReminderWindow,
  previousCheckinPeriod,
  worryingAnswers,
  type CheckinInterval,
} from '@taobo/domain';
import { sql, type Selectable } from 'kysely';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { isWithin, personScope, requirePermission, type Actor } from '../../platform/access.ts';
import type { AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { sniff, type FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import { policyCounty } from '../policies/service.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import type { CheckinTables } from './tables.ts';

type CheckinRow = Selectable<CheckinTables['checkins']>;

/** A selfie: JPEG, PNG or WebP by content, at most 5 MB (the app sends a downscaled JPEG). */
export const SELFIE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const SELFIE_MAX_BYTES = 5 * 1024 * 1024;
/** Days the social worker has to follow up a worrying check-in (our policy). */
export const FOLLOWUP_WITHIN_DAYS = 2;
/** Days staff have to look into a missed check-in (our policy). */
export const MISSED_CHECKIN_WITHIN_DAYS = 3;

const CHECKIN_LINK = '/m/checkins';

export async function checkinPolicyOf(db: Db, countyId: string): Promise<CheckinPolicy> {
  const row = await db
    .selectFrom('checkin_policies')
    .selectAll()
    .where('county_id', '=', countyId)
    .executeTakeFirst();
  if (!row)
    return {
      countyId,
      intervalMonths: DEFAULT_CHECKIN_INTERVAL,
      remindDays: DEFAULT_CHECKIN_REMIND_DAYS,
      updatedAt: null,
    };
  return {
    countyId,
    intervalMonths: row.interval_months as CheckinInterval,
    remindDays: row.remind_days,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * 在线报到: periodic check-ins (default monthly) with a questionnaire, a selfie and the location;
 * worrying answers open a follow-up for the social worker, a missed period a task for staff.
 */
export function createCheckinService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  notifications: NotificationService;
}) {
  const { db, clock, audit, cipher, files, notifications } = deps;
  const today = () => businessDate(clock.now());

  function staffQuery() {
    return db
      .selectFrom('checkins')
      .innerJoin('persons', 'persons.id', 'checkins.person_id')
      .leftJoin('staff', 'staff.id', 'checkins.followup_by')
      .selectAll('checkins')
      .select(['persons.name as person_name', 'staff.display_name as followup_by_name']);
  }
  type StaffRow = CheckinRow & { person_name: string; followup_by_name: string | null };

  const toSummary = (r: StaffRow): CheckinSummary => ({
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

  const toDetail = (r: StaffRow): Checkin => ({
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

  async function scoped(actor: Actor, id: string): Promise<StaffRow> {
    const row = await staffQuery().where('checkins.id', '=', id).where(personScope(actor)).executeTakeFirst();
    if (!row) throw notFound('报到记录');
    return row;
  }

  async function liveMeasure(exec: Db, personId: string) {
    return exec
      .selectFrom('measures')
      .innerJoin('persons', 'persons.id', 'measures.person_id')
      .select(['measures.id', 'measures.status', 'measures.term_start', 'persons.county_id'])
      .where('measures.person_id', '=', personId)
      .where('measures.status', '=', 'executing')
      .executeTakeFirst();
  }

  const countyOf = (actor: Actor, countyId: string) => policyCounty(db, actor, countyId);

  return {
    // ——— the person (洮泊家园) ———

    async mine(person: PersonActor): Promise<MyCheckins> {
      const day = today();
      const m = await liveMeasure(db, person.personId);
      let period: MyCheckins['period'] = null;
      if (m?.term_start) {
        const policy = await checkinPolicyOf(db, m.county_id);
        const p = checkinPeriodOf(day, policy.intervalMonths as CheckinInterval);
        const done = await db
          .selectFrom('checkins')
          .select('id')
          .where('measure_id', '=', m.id)
          .where('period_key', '=', p.key)
          .executeTakeFirst();
        period = {
          key: p.key,
          start: p.start,
          lastDay: p.lastDay,
          intervalMonths: policy.intervalMonths,
          owed: checkinOwed(m.term_start, p),
          done: done !== undefined,
        };
      }
      const rows = await db
        .selectFrom('checkins')
        .selectAll()
        .where('person_id', '=', person.personId)
        .orderBy('at', 'desc')
        .limit(24)
        .execute();
      return {
        period,
        items: rows.map((r) => ({
          id: r.id,
          periodKey: r.period_key,
          at: new Date(r.at).toISOString(),
          date: r.date,
          mood: r.mood,
          work: r.work,
          needs: r.needs as Checkin['needs'],
          callback: r.callback,
          followUpPlanned: r.flags.length > 0,
          followedUp: r.followup_at !== null,
        })),
      };
    },

    /** Parses the multipart answers field; a bad one is a 400 with the issue's path, never a 500. */
    parseAnswers(raw: string | undefined): CheckinAnswers {
      if (!raw)
        throw new DomainError('VALIDATION', '请填写报到问卷', [
          { path: 'answers', message: '请填写报到问卷' },
        ]);
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new DomainError('VALIDATION', '报到问卷格式无效', [
          { path: 'answers', message: '报到问卷格式无效' },
        ]);
      }
      const parsed = CheckinAnswers.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new DomainError('VALIDATION', issues[0]?.message ?? '报到问卷无效', issues);
      }
      return parsed.data;
    },

    async submit(
      person: PersonActor,
      answers: CheckinAnswers,
      selfie: Buffer | null,
    ): Promise<MyCheckins['items'][number]> {
      if (!selfie)
        throw new DomainError('SELFIE_REQUIRED', '请拍摄一张自拍照', [
          { path: 'selfie', message: '请拍摄一张自拍照' },
        ]);
      const mime = await sniff(selfie, SELFIE_TYPES, SELFIE_MAX_BYTES);
      const day = today();
      const m = await liveMeasure(db, person.personId);
      if (!m?.term_start) throw new DomainError('NO_MEASURE', '您当前没有执行中的社区戒毒（康复），无需报到');
      const policy = await checkinPolicyOf(db, m.county_id);
      const period = checkinPeriodOf(day, policy.intervalMonths as CheckinInterval);
      const id = crypto.randomUUID();
      const key = `checkins/${id}`;
      await files.put(key, cipher.encrypt('checkin-selfie', selfie));
      try {
        const row = await db.transaction().execute(async (trx) => {
          const previous = await trx
            .selectFrom('checkins')
            .select('mood')
            .where('person_id', '=', person.personId)
            .orderBy('at', 'desc')
            .limit(1)
            .executeTakeFirst();
          const flags = worryingAnswers(answers, previous?.mood ?? null);
          const loc = answers.location;
          const row = await trx
            .insertInto('checkins')
            .values({
              id,
              person_id: person.personId,
              measure_id: m.id,
              period_key: period.key,
              at: clock.now(),
              date: day,
              device_time: answers.deviceTime ?? null,
              mood: answers.mood,
              work: answers.work,
              needs: [...new Set(answers.needs)],
              needs_other: answers.needs.includes('other') ? (answers.needsOther ?? null) : null,
              callback: answers.callback,
              selfie_key: key,
              selfie_type: mime,
              location_status: loc.status,
              latitude: loc.status === 'ok' ? loc.latitude : null,
              longitude: loc.status === 'ok' ? loc.longitude : null,
              accuracy_m: loc.status === 'ok' ? loc.accuracy : null,
              flags,
              followup_outcome: null,
              followup_note: null,
              followup_by: null,
              followup_at: null,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          if (flags.length) {
            await openTask(trx, {
              kind: 'checkin_followup',
              personId: person.personId,
              measureId: m.id,
              title: `在线报到需回访：${flags.map((f) => checkinFlagLabels[f].zh).join('、')}`,
              dueDate: addDays(day, FOLLOWUP_WITHIN_DAYS),
              evidence: [{ label: `在线报到（${day}）`, date: day, ref: id }],
              dedupeKey: `checkin-followup:${id}`,
              now: clock.now(),
              ref: { kind: 'checkin', id },
            });
          }
          await audit.record(trx, {
            actorId: null,
            actorName: `本人（洮泊家园）${person.name}`,
            ip: null,
            action: 'checkin.submit',
            targetType: 'person',
            targetId: person.personId,
            details: {
              checkinId: id,
              periodKey: period.key,
              flagged: flags.length > 0,
              location: loc.status,
            },
          });
          return row;
        });
        return {
          id: row.id,
          periodKey: row.period_key,
          at: new Date(row.at).toISOString(),
          date: row.date,
          mood: row.mood,
          work: row.work,
          needs: row.needs as Checkin['needs'],
          callback: row.callback,
          followUpPlanned: row.flags.length > 0,
          followedUp: false,
        };
      } catch (e) {
        await files.delete(key);
        throw e;
      }
    },

    /** For the home screen (a HomeDueProvider): this period's check-in, while it is owed and not done. */
    async homeDue(personId: string, day: string): Promise<HomeDueItem[]> {
      const m = await liveMeasure(db, personId);
      if (!m?.term_start) return [];
      const policy = await checkinPolicyOf(db, m.county_id);
      const p = checkinPeriodOf(day, policy.intervalMonths as CheckinInterval);
      if (!checkinOwed(m.term_start, p)) return [];
      const done = await db
        .selectFrom('checkins')
        .select('id')
        .where('measure_id', '=', m.id)
        .where('period_key', '=', p.key)
        .executeTakeFirst();
      if (done) return [];
      return [
        {
          kind: 'checkin',
          title: '在线报到',
          detail: `本期报到请在 ${p.lastDay} 前完成`,
          date: p.lastDay,
          link: CHECKIN_LINK,
          urgent: inReminderWindow(day, p, policy.remindDays),
        },
      ];
    },

    // ——— staff ———

    async list(actor: Actor, q: CheckinListQuery) {
      requirePermission(actor, 'measure:read');
      let query = staffQuery().where(personScope(actor));
      if (q.period) query = query.where('checkins.period_key', '=', q.period);
      const flagged = sql<boolean>`cardinality(checkins.flags) > 0`;
      if (q.flagged === 'flagged') query = query.where(flagged);
      if (q.flagged === 'open') query = query.where(flagged).where('checkins.followup_at', 'is', null);
      if (q.q) {
        const like = `%${escapeLike(q.q)}%`;
        const prefix = `${escapeLike(q.q.toLowerCase())}%`;
        query = query.where((eb) =>
          eb.or([
            eb('persons.name', 'like', like),
            eb('persons.name_pinyin', 'like', prefix),
            eb('persons.name_initials', 'like', prefix),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        query
          .orderBy('checkins.at', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toSummary), total: Number(count.n) };
    },

    /** A check-in's answers and location are part of the person's file: the view is audited. */
    async get(actor: Actor, id: string): Promise<Checkin> {
      requirePermission(actor, 'measure:read');
      const row = await scoped(actor, id);
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          actorId: actor.id,
          actorName: actor.displayName,
          ip: actor.ip,
          action: 'checkin.view',
          targetType: 'person',
          targetId: row.person_id,
          details: { checkinId: id },
        }),
      );
      return toDetail(row);
    },

    async selfie(actor: Actor, id: string): Promise<{ bytes: Buffer; type: string }> {
      requirePermission(actor, 'measure:read');
      const row = await scoped(actor, id);
      const enc = await files.get(row.selfie_key);
      if (!enc) throw notFound('自拍照');
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          actorId: actor.id,
          actorName: actor.displayName,
          ip: actor.ip,
          action: 'checkin.selfie_view',
          targetType: 'person',
          targetId: row.person_id,
          details: { checkinId: id },
        }),
      );
      return { bytes: cipher.decryptBytes('checkin-selfie', enc), type: row.selfie_type };
    },

    async listForPerson(actor: Actor, personId: string): Promise<CheckinSummary[]> {
      requirePermission(actor, 'measure:read');
      const p = await db
        .selectFrom('persons')
        .select('id')
        .where('id', '=', personId)
        .where(personScope(actor))
        .executeTakeFirst();
      if (!p) throw notFound('人员档案');
      return (
        await staffQuery()
          .where('checkins.person_id', '=', personId)
          .orderBy('checkins.at', 'desc')
          .limit(100)
          .execute()
      ).map(toSummary);
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
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('checkins')
          .set({
            followup_outcome: input.outcome,
            followup_note: input.note,
            followup_by: actor.id,
            followup_at: clock.now(),
          })
          .where('id', '=', id)
          .where('followup_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw new DomainError('CHECKIN_FOLLOWED_UP', '该报到已登记回访');
        await closeTasksFor(
          trx,
          { kind: 'checkin', id },
          { status: 'done', at: clock.now(), by: actor.id, note: input.note },
        );
        await audit.record(trx, {
          actorId: actor.id,
          actorName: actor.displayName,
          ip: actor.ip,
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
      await countyOf(actor, countyId);
      return checkinPolicyOf(db, countyId);
    },

    async setPolicy(actor: Actor, countyId: string, input: CheckinPolicyInput): Promise<CheckinPolicy> {
      requirePermission(actor, 'policy:manage');
      const unit = await countyOf(actor, countyId);
      if (!isWithin(unit.path, actor.orgPath))
        throw new DomainError('FORBIDDEN', '只能设置本辖区县（区）的报到政策');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('checkin_policies')
          .values({
            county_id: countyId,
            interval_months: input.intervalMonths,
            remind_days: input.remindDays,
            updated_at: now,
            updated_by: actor.id,
          })
          .onConflict((oc) =>
            oc.column('county_id').doUpdateSet({
              interval_months: input.intervalMonths,
              remind_days: input.remindDays,
              updated_at: now,
              updated_by: actor.id,
            }),
          )
          .execute();
        await audit.record(trx, {
          actorId: actor.id,
          actorName: actor.displayName,
          ip: actor.ip,
          action: 'checkin.policy',
          targetType: 'org_unit',
          targetId: countyId,
          details: { ...input },
        });
      });
      return checkinPolicyOf(db, countyId);
    },

    /**
     * The daily sweep's part: a period that closed without a check-in opens a `checkin_missed` task
     * (once per period), and a person who has not checked in yet is reminded near the period's end.
     */
    async sweep(trx: Db, day: string): Promise<{ missed: number; reminded: number }> {
      const result = { missed: 0, reminded: 0 };
      const measures = await trx
        .selectFrom('measures')
        .innerJoin('persons', 'persons.id', 'measures.person_id')
        .select(['measures.id', 'measures.person_id', 'measures.term_start', 'persons.county_id'])
        .where('measures.status', '=', 'executing')
        .where('measures.term_start', 'is not', null)
        .execute();
      if (!measures.length) return result;
      const policies = new Map<string, CheckinPolicy>();
      for (const county of new Set(measures.map((m) => m.county_id)))
        policies.set(county, await checkinPolicyOf(trx, county));
      const periods = measures.map((m) => {
        const interval = policies.get(m.county_id)!.intervalMonths as CheckinInterval;
        return { m, current: checkinPeriodOf(day, interval), previous: previousCheckinPeriod(day, interval) };
      });
      const keys = [...new Set(periods.flatMap((p) => [p.current.key, p.previous.key]))];
      const done = new Set(
        (
          await trx
            .selectFrom('checkins')
            .select(['measure_id', 'period_key'])
            .where('period_key', 'in', keys)
            .where(
              'measure_id',
              'in',
              measures.map((m) => m.id),
            )
            .execute()
        ).map((c) => `${c.measure_id}:${c.period_key}`),
      );
      for (const { m, current, previous } of periods) {
        const termStart = m.term_start!;
        if (checkinOwed(termStart, previous) && !done.has(`${m.id}:${previous.key}`)) {
          const opened = await openTask(trx, {
            kind: 'checkin_missed',
            personId: m.person_id,
            measureId: m.id,
            title: `未按期在线报到（${previous.start} 至 ${previous.lastDay}）`,
            dueDate: addDays(day, MISSED_CHECKIN_WITHIN_DAYS),
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
