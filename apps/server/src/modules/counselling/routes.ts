import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Availability,
  AvailabilityInput,
  BookableSlot,
  Booking,
  BookingCancelInput,
  BookingInput,
  BookingQuery,
  ErrorBody,
  Page,
  PersonCounselling,
  Ref,
  Screening,
  ScreeningInput,
  ScreeningQuery,
  ScreeningReviewInput,
  SessionNote,
  SessionNoteInput,
  StaffScreening,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import type { AvailabilityService } from './availabilityService.ts';
import type { BookingService } from './bookingService.ts';
import type { CounsellingHistoryService } from './historyService.ts';
import type { PersonBookingService } from './personBookingService.ts';
import type { PersonScreeningService } from './personScreeningService.ts';
import type { ScreeningService } from './screeningService.ts';
import type { SessionNoteService } from './sessionNoteService.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['counselling'];

/** Staff: the counsellor's 心理康复 console, and the officers' view on the person file. */
export const counsellingRoutes =
  (c: {
    availability: AvailabilityService;
    bookings: BookingService;
    notes: SessionNoteService;
    screenings: ScreeningService;
    history: CounsellingHistoryService;
  }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/counselling/availability',
      { schema: { tags, summary: '我的可预约时段', response: { 200: z.array(Availability), ...errors } } },
      async (request) => c.availability.mine(actorOf(request)),
    );
    app.post(
      '/counselling/availability',
      {
        schema: {
          tags,
          summary: '发布可预约时段（每周固定或指定日期）',
          body: AvailabilityInput,
          response: { 201: Availability, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await c.availability.add(actorOf(request), request.body)),
    );
    app.delete(
      '/counselling/availability/:id',
      {
        schema: {
          tags,
          summary: '停止开放该时段（已有预约不受影响）',
          params,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await c.availability.withdraw(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/counselling/bookings',
      {
        schema: {
          tags,
          summary: '我的咨询预约（待确认在前）',
          querystring: BookingQuery,
          response: { 200: Page(Booking), ...errors },
        },
      },
      async (request) => c.bookings.list(actorOf(request), request.query),
    );
    app.post(
      '/counselling/bookings/:id/confirm',
      { schema: { tags, summary: '确认预约', params, response: { 200: Booking, ...errors } } },
      async (request) => c.bookings.confirm(actorOf(request), request.params.id),
    );
    app.post(
      '/counselling/bookings/:id/complete',
      { schema: { tags, summary: '标记咨询已完成', params, response: { 200: Booking, ...errors } } },
      async (request) => c.bookings.complete(actorOf(request), request.params.id),
    );
    app.post(
      '/counselling/bookings/:id/cancel',
      {
        schema: {
          tags,
          summary: '咨询师取消预约（须填原因）',
          params,
          body: BookingCancelInput,
          response: { 200: Booking, ...errors },
        },
      },
      async (request) => c.bookings.cancel(actorOf(request), request.params.id, request.body.reason),
    );
    app.get(
      '/counselling/bookings/:id/note',
      {
        schema: {
          tags,
          summary: '咨询记录（仅本场咨询的咨询师，留痕）',
          params,
          response: { 200: SessionNote.nullable(), ...errors },
        },
      },
      async (request) => c.notes.get(actorOf(request), request.params.id),
    );
    app.put(
      '/counselling/bookings/:id/note',
      {
        schema: {
          tags,
          summary: '保存咨询记录（加密存储）',
          params,
          body: SessionNoteInput,
          response: { 200: SessionNote, ...errors },
        },
      },
      async (request) => c.notes.save(actorOf(request), request.params.id, request.body.body),
    );
    app.get(
      '/counselling/screenings',
      {
        schema: {
          tags,
          summary: '辖区内的心理自评结果（未跟进的预警在前）',
          querystring: ScreeningQuery,
          response: { 200: Page(StaffScreening), ...errors },
        },
      },
      async (request) => c.screenings.list(actorOf(request), request.query),
    );
    app.get(
      '/counselling/screenings/:id',
      {
        schema: {
          tags,
          summary: '自评详情（含每题作答，留痕）',
          params,
          response: { 200: StaffScreening, ...errors },
        },
      },
      async (request) => c.screenings.detail(actorOf(request), request.params.id),
    );
    app.post(
      '/counselling/screenings/:id/review',
      {
        schema: {
          tags,
          summary: '登记预警跟进情况（办结预警待办）',
          params,
          body: ScreeningReviewInput,
          response: { 200: StaffScreening, ...errors },
        },
      },
      async (request) => c.screenings.review(actorOf(request), request.params.id, request.body.note),
    );
    app.get(
      '/counselling/clients/:id',
      {
        schema: {
          tags,
          summary: '来访者的自评与咨询历史（咨询师）',
          params,
          response: { 200: PersonCounselling.extend({ person: Ref }), ...errors },
        },
      },
      async (request) => c.history.ofClient(actorOf(request), request.params.id),
    );
    app.get(
      '/persons/:id/counselling',
      {
        schema: {
          tags,
          summary: '人员的心理自评分数与咨询安排（不含作答与咨询记录）',
          params,
          response: { 200: PersonCounselling, ...errors },
        },
      },
      async (request) => c.history.ofPerson(actorOf(request), request.params.id),
    );
  };

/** The person app (洮泊家园): book a counsellor, self-screening. Always the signed-in person's own. */
export const personCounsellingRoutes =
  (c: { bookings: PersonBookingService; screenings: PersonScreeningService }): FastifyPluginAsyncZod =>
  async (app) => {
    const mtags = ['person app'];
    app.get(
      '/m/counselling/slots',
      {
        schema: {
          tags: mtags,
          summary: '可预约的咨询时段（未来两周）',
          response: { 200: z.array(BookableSlot) },
        },
      },
      async (request) => c.bookings.slots(personOf(request)),
    );
    app.get(
      '/m/counselling/bookings',
      { schema: { tags: mtags, summary: '我的咨询预约', response: { 200: z.array(Booking) } } },
      async (request) => c.bookings.mine(personOf(request)),
    );
    app.post(
      '/m/counselling/bookings',
      {
        schema: {
          tags: mtags,
          summary: '预约心理咨询',
          body: BookingInput,
          response: { 201: Booking, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await c.bookings.book(personOf(request), request.body)),
    );
    app.post(
      '/m/counselling/bookings/:id/cancel',
      {
        schema: {
          tags: mtags,
          summary: '取消我的咨询预约',
          params,
          body: BookingCancelInput,
          response: { 200: Booking, ...errors },
        },
      },
      async (request) => c.bookings.cancel(personOf(request), request.params.id, request.body.reason),
    );
    app.get(
      '/m/counselling/screenings',
      { schema: { tags: mtags, summary: '我的心理自评记录', response: { 200: z.array(Screening) } } },
      async (request) => c.screenings.mine(personOf(request)),
    );
    app.post(
      '/m/counselling/screenings',
      {
        schema: {
          tags: mtags,
          summary: '提交心理自评（PHQ-9 / GAD-7，服务器计分）',
          body: ScreeningInput,
          response: { 201: Screening, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await c.screenings.submit(personOf(request), request.body)),
    );
  };
