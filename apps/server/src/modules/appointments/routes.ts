import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppointmentResultInput,
  BookInput,
  Collector,
  DateString,
  DayAppointment,
  ErrorBody,
  MyAppointment,
  MyAppointments,
  MyStation,
  Page,
  StaffCancelInput,
  Station,
  StationAvailability,
  StationClosureInput,
  StationDay,
  StationDayQuery,
  StationDetail,
  StationInput,
  StationListQuery,
  StationSlotsInput,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import type { AppointmentService } from './appointmentService.ts';
import type { StationDayService } from './stationDayService.ts';
import type { StationService } from './stationService.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const appErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Staff: test stations, their weekly slots and closures. */
export const stationRoutes =
  (s: StationService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/stations',
      {
        schema: {
          tags: ['appointments'],
          summary: '检测站点列表',
          querystring: StationListQuery,
          response: { 200: Page(Station), ...errors },
        },
      },
      async (request) => s.listStations(actorOf(request), request.query),
    );
    app.post(
      '/stations',
      {
        schema: {
          tags: ['appointments'],
          summary: '新建检测站点',
          body: StationInput,
          response: { 201: StationDetail, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await s.createStation(actorOf(request), request.body)),
    );
    app.get(
      '/stations/:id',
      {
        schema: {
          tags: ['appointments'],
          summary: '检测站点详情',
          params,
          response: { 200: StationDetail, ...errors },
        },
      },
      async (request) => s.station(actorOf(request), request.params.id),
    );
    app.put(
      '/stations/:id',
      {
        schema: {
          tags: ['appointments'],
          summary: '修改检测站点',
          params,
          body: StationInput,
          response: { 200: StationDetail, ...errors },
        },
      },
      async (request) => s.updateStation(actorOf(request), request.params.id, request.body),
    );
    app.put(
      '/stations/:id/slots',
      {
        schema: {
          tags: ['appointments'],
          summary: '设置每周检测时段',
          params,
          body: StationSlotsInput,
          response: { 200: StationDetail, ...errors },
        },
      },
      async (request) => s.setSlots(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/stations/:id/closures',
      {
        schema: {
          tags: ['appointments'],
          summary: '设置停诊日（节假日）',
          params,
          body: StationClosureInput,
          response: { 200: StationDetail, ...errors },
        },
      },
      async (request) => s.closeDay(actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/stations/:id/closures/:date',
      {
        schema: {
          tags: ['appointments'],
          summary: '取消停诊日',
          params: params.extend({ date: DateString }),
          response: { 200: StationDetail, ...errors },
        },
      },
      async (request) => s.reopenDay(actorOf(request), request.params.id, request.params.date),
    );
  };

/** Station staff: the day's list, arrivals, results and cancellations. */
export const stationDayRoutes =
  (s: StationDayService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/stations/:id/day',
      {
        schema: {
          tags: ['appointments'],
          summary: '检测站某日的预约名单',
          params,
          querystring: StationDayQuery,
          response: { 200: StationDay, ...errors },
        },
      },
      async (request) => s.day(actorOf(request), request.params.id, request.query.date),
    );
    app.get(
      '/stations/:id/collectors',
      {
        schema: {
          tags: ['appointments'],
          summary: '可选的采集人员',
          params,
          response: { 200: z.array(Collector), ...errors },
        },
      },
      async (request) => s.collectors(actorOf(request), request.params.id),
    );
    app.post(
      '/appointments/:id/arrive',
      {
        schema: {
          tags: ['appointments'],
          summary: '登记到检',
          params,
          response: { 200: DayAppointment, ...errors },
        },
      },
      async (request) => s.arrive(actorOf(request), request.params.id),
    );
    app.post(
      '/appointments/:id/result',
      {
        schema: {
          tags: ['appointments'],
          summary: '录入预约检测的结果（计入检测计划）',
          params,
          body: AppointmentResultInput,
          response: { 200: DayAppointment, ...errors },
        },
      },
      async (request) => s.recordResult(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/appointments/:id/cancel',
      {
        schema: {
          tags: ['appointments'],
          summary: '工作人员取消预约（通知本人）',
          params,
          body: StaffCancelInput,
          response: { 200: DayAppointment, ...errors },
        },
      },
      async (request) => s.cancelByStaff(actorOf(request), request.params.id, request.body),
    );
  };

/** The person app: stations of the person's county, availability, and their own bookings. */
export const myAppointmentRoutes =
  (s: AppointmentService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/stations',
      {
        schema: {
          tags: ['app'],
          summary: '本县（区）的检测站点',
          response: { 200: z.array(MyStation), ...appErrors },
        },
      },
      async (request) => s.myStations(personOf(request)),
    );
    app.get(
      '/m/stations/:id/availability',
      {
        schema: {
          tags: ['app'],
          summary: '检测站未来 14 天的可约时段',
          params,
          response: { 200: StationAvailability, ...appErrors },
        },
      },
      async (request) => s.availability(personOf(request), request.params.id),
    );
    app.get(
      '/m/appointments',
      {
        schema: { tags: ['app'], summary: '我的检测预约', response: { 200: MyAppointments, ...appErrors } },
      },
      async (request) => s.mine(personOf(request)),
    );
    app.post(
      '/m/appointments',
      {
        schema: {
          tags: ['app'],
          summary: '预约检测',
          body: BookInput,
          response: { 201: MyAppointment, ...appErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await s.book(personOf(request), request.body)),
    );
    app.post(
      '/m/appointments/:id/reschedule',
      {
        schema: {
          tags: ['app'],
          summary: '改约',
          params,
          body: BookInput,
          response: { 200: MyAppointment, ...appErrors },
        },
      },
      async (request) => s.reschedule(personOf(request), request.params.id, request.body),
    );
    app.post(
      '/m/appointments/:id/cancel',
      {
        schema: {
          tags: ['app'],
          summary: '取消预约',
          params,
          response: { 200: MyAppointment, ...appErrors },
        },
      },
      async (request) => s.cancel(personOf(request), request.params.id),
    );
  };
