import crypto from 'node:crypto';
import { CheckinAnswers, type Checkin, type HomeDueItem, type MyCheckins } from '@taobo/contracts';
import {
  checkinFlagLabels,
  checkinFollowupDue,
  checkinOwed,
  checkinPeriodOf,
  inReminderWindow,
  worryingAnswers,
  type CheckinInterval,
} from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, invalid } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import type { AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { cleanImage, sniff, type FileStore } from '../../platform/files.ts';
import { openTask } from '../tasks/tasks.ts';
import type { CheckinRepo, CheckinRow } from './repo.ts';

/** A selfie: JPEG, PNG or WebP by content, at most 5 MB (the app sends a downscaled JPEG). */
export const SELFIE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const SELFIE_MAX_BYTES = 5 * 1024 * 1024;
/** The selfie is stored encrypted under this field name. */
export const SELFIE_FIELD = 'checkin-selfie';
export const CHECKIN_LINK = '/m/checkins';

const toItem = (r: CheckinRow): MyCheckins['items'][number] => ({
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
});

/**
 * 在线报到, the person's side (洮泊家园): periodic check-ins (default monthly) with a questionnaire,
 * a selfie and the location; worrying answers open a follow-up task for the social worker.
 */
export function createMyCheckinService(deps: {
  repo: CheckinRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
}) {
  const { repo, clock, audit, cipher, files } = deps;
  const today = () => businessDate(clock.now());

  /** The period `day` falls in for the person's measure in execution, with the county's policy. */
  async function periodFor(personId: string, day: string) {
    const m = await repo.liveMeasure(personId);
    if (!m?.term_start) return null;
    const policy = await repo.policy(m.county_id);
    const period = checkinPeriodOf(day, policy.intervalMonths as CheckinInterval);
    return { measureId: m.id, termStart: m.term_start, policy, period };
  }

  return {
    async mine(person: PersonActor): Promise<MyCheckins> {
      const current = await periodFor(person.personId, today());
      const rows = await repo.ofPerson(person.personId, 24);
      return {
        period: current && {
          key: current.period.key,
          start: current.period.start,
          lastDay: current.period.lastDay,
          intervalMonths: current.policy.intervalMonths,
          owed: checkinOwed(current.termStart, current.period),
          done: await repo.isDone(current.measureId, current.period.key),
        },
        items: rows.map(toItem),
      };
    },

    /** Parses the multipart answers field; a bad one is a 400 with the issue's path, never a 500. */
    parseAnswers(raw: string | undefined): CheckinAnswers {
      if (!raw) throw invalid('answers', '请填写报到问卷');
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw invalid('answers', '报到问卷格式无效');
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
      if (!selfie) throw invalid('selfie', '请拍摄一张自拍照', 'SELFIE_REQUIRED');
      const mime = await sniff(selfie, SELFIE_TYPES, SELFIE_MAX_BYTES);
      // Re-encoded: no EXIF or GPS of the phone is kept (the location is asked for, and shown, apart).
      const clean = await cleanImage(selfie, mime);
      const day = today();
      const current = await periodFor(person.personId, day);
      if (!current) throw new DomainError('NO_MEASURE', '您当前没有执行中的社区戒毒（康复），无需报到');
      const { measureId, period } = current;
      const id = crypto.randomUUID();
      const key = `checkins/${id}`;
      await files.put(key, cipher.encrypt(SELFIE_FIELD, clean));
      try {
        const row = await repo.transaction(async (r, trx) => {
          const flags = worryingAnswers(answers, await r.lastMood(person.personId));
          const loc = answers.location;
          const row = await r.insert({
            id,
            person_id: person.personId,
            measure_id: measureId,
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
          });
          if (flags.length) {
            await openTask(trx, {
              kind: 'checkin_followup',
              personId: person.personId,
              measureId,
              title: `在线报到需回访：${flags.map((f) => checkinFlagLabels[f].zh).join('、')}`,
              dueDate: checkinFollowupDue(day),
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
        return toItem(row);
      } catch (e) {
        await files.delete(key);
        throw e;
      }
    },

    /** For the home screen (a HomeDueProvider): this period's check-in, while it is owed and not done. */
    async homeDue(personId: string, day: string): Promise<HomeDueItem[]> {
      const current = await periodFor(personId, day);
      if (!current) return [];
      const { measureId, termStart, policy, period } = current;
      if (!checkinOwed(termStart, period) || (await repo.isDone(measureId, period.key))) return [];
      return [
        {
          kind: 'checkin',
          title: '在线报到',
          detail: `本期报到请在 ${period.lastDay} 前完成`,
          date: period.lastDay,
          link: CHECKIN_LINK,
          urgent: inReminderWindow(day, period, policy.remindDays),
        },
      ];
    },
  };
}
export type MyCheckinService = ReturnType<typeof createMyCheckinService>;
