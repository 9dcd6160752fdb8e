import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Absence,
  AbsenceInput,
  Education,
  EducationInput,
  ErrorBody,
  Measure,
  RefusalDecisionInput,
  TestRefusalInput,
  Violation,
  ViolationDecisionInput,
  ViolationExcuseInput,
} from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { EducationService } from './education.ts';
import type { ViolationService } from './service.ts';
import type { TestRefusalService } from './testRefusals.ts';

const params = z.object({ id: z.string().uuid('ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const violationRoutes =
  (
    violations: ViolationService,
    education: EducationService,
    testRefusals: TestRefusalService,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/measures/:id/absences',
      {
        schema: {
          tags: ['violations'],
          summary: '登记外出（已报告或擅自离开，条例第十九条）',
          params,
          body: AbsenceInput,
          response: { 201: Absence, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await violations.recordAbsence(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/measures/:id/refusal-decision',
      {
        schema: {
          tags: ['violations'],
          summary: '审查逾期未报到：正当理由或视为拒绝（条例第十四条）',
          params,
          body: RefusalDecisionInput,
          response: { 200: Measure, ...errors },
        },
      },
      async (request) => violations.decideRefusal(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/measures/:id/absences',
      {
        schema: {
          tags: ['violations'],
          summary: '外出记录',
          params,
          response: { 200: z.array(Absence), ...errors },
        },
      },
      async (request) => violations.absences(actorOf(request), request.params.id),
    );
    app.post(
      '/measures/:id/test-refusals',
      {
        schema: {
          tags: ['violations'],
          summary: '登记现场拒绝接受检测（即记为逃避检测，条例第二十条）',
          params,
          body: TestRefusalInput,
          response: { 201: Violation, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await testRefusals.record(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/measures/:id/education',
      {
        schema: {
          tags: ['violations'],
          summary: '登记批评教育（禁毒法第三十五条第二款）',
          params,
          body: EducationInput,
          response: { 201: Education, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await education.record(actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/measures/:id/education',
      {
        schema: {
          tags: ['violations'],
          summary: '批评教育记录',
          params,
          response: { 200: z.array(Education), ...errors },
        },
      },
      async (request) => education.list(actorOf(request), request.params.id),
    );
    app.get(
      '/persons/:id/violations',
      {
        schema: {
          tags: ['violations'],
          summary: '违规记录',
          params,
          response: { 200: z.array(Violation), ...errors },
        },
      },
      async (request) => violations.listForPerson(actorOf(request), request.params.id),
    );
    app.post(
      '/violations/:id/confirm',
      {
        schema: {
          tags: ['violations'],
          summary: '确认违规',
          params,
          body: ViolationDecisionInput,
          response: { 200: Violation, ...errors },
        },
      },
      async (request) => violations.confirm(actorOf(request), request.params.id, request.body.reason ?? null),
    );
    app.post(
      '/violations/:id/excuse',
      {
        schema: {
          tags: ['violations'],
          summary: '说明排除',
          params,
          body: ViolationExcuseInput,
          response: { 200: Violation, ...errors },
        },
      },
      async (request) => violations.excuse(actorOf(request), request.params.id, request.body.reason),
    );
  };
