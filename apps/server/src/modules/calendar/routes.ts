import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarDay, CalendarYear, CalendarYearInput, CalendarYearSaved, ErrorBody } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { CalendarService } from './service.ts';

const params = z.object({ year: z.coerce.number().int('年份应为整数') });
const errors = { 400: ErrorBody, 403: ErrorBody };

export const calendarRoutes =
  (calendar: CalendarService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/calendar/days',
      {
        schema: {
          tags: ['calendar'],
          summary: '人工录入的节假日安排（全部年份，供期限预览）',
          response: { 200: z.array(CalendarDay), ...errors },
        },
      },
      async (request) => calendar.entered(actorOf(request)),
    );
    app.get(
      '/calendar/years/:year',
      {
        schema: {
          tags: ['calendar'],
          summary: '某年的节假日与调休安排（民法典第二百零三条）',
          params,
          response: { 200: CalendarYear, ...errors },
        },
      },
      async (request) => calendar.year(actorOf(request), request.params.year),
    );
    app.put(
      '/calendar/years/:year',
      {
        schema: {
          tags: ['calendar'],
          summary: '录入某年的节假日安排（留痕；相关报到期限随之顺延）',
          params,
          body: CalendarYearInput,
          response: { 200: CalendarYearSaved, ...errors },
        },
      },
      async (request) => calendar.saveYear(actorOf(request), request.params.year, request.body),
    );
  };
