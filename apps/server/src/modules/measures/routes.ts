import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgreementInput,
  ErrorBody,
  ExemptionFacts,
  Measure,
  MeasureCreateInput,
  ReleaseNoticeInput,
  ReportInput,
  ResumeInput,
  SuspendInput,
  TerminateInput,
  TimelineEvent,
  TransferInput,
  WorkingGroupInput,
} from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { ExemptionFactsService } from './exemptionFacts.ts';
import type { MeasureService } from './service.ts';
import type { TimelineService } from './timeline.ts';

const personParams = z.object({ id: z.string().uuid('档案 ID 格式无效') });
const params = z.object({ id: z.string().uuid('措施 ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const measureRoutes =
  (
    measures: MeasureService,
    timeline: TimelineService,
    exemptionFacts: ExemptionFactsService,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/persons/:id/measures',
      {
        schema: {
          tags: ['measures'],
          summary: '登记社区戒毒/社区康复决定',
          params: personParams,
          body: MeasureCreateInput,
          response: { 201: Measure, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await measures.create(actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/persons/:id/measures',
      {
        schema: {
          tags: ['measures'],
          summary: '人员的全部措施（新的在前）',
          params: personParams,
          response: { 200: z.array(Measure), ...errors },
        },
      },
      async (request) => measures.listForPerson(actorOf(request), request.params.id),
    );
    app.get(
      '/persons/:id/timeline',
      {
        schema: {
          tags: ['measures'],
          summary: '管控时间轴',
          params: personParams,
          response: { 200: z.array(TimelineEvent), ...errors },
        },
      },
      async (request) => timeline.forPerson(actorOf(request), request.params.id),
    );
    app.get(
      '/measures/:id',
      { schema: { tags: ['measures'], summary: '措施详情', params, response: { 200: Measure, ...errors } } },
      async (request) => measures.get(actorOf(request), request.params.id),
    );

    const action = <S extends z.ZodType>(
      path: string,
      summary: string,
      body: S,
      run: (actor: ReturnType<typeof actorOf>, id: string, input: z.infer<S>) => Promise<Measure>,
    ) =>
      app.post(
        path,
        { schema: { tags: ['measures'], summary, params, body, response: { 200: Measure, ...errors } } },
        async (request) =>
          run(actorOf(request), (request.params as { id: string }).id, request.body as z.infer<S>),
      );
    action('/measures/:id/report', '报到（条例第十四条）', ReportInput, (a, id, b) =>
      measures.report(a, id, b),
    );
    action('/measures/:id/agreement', '签订协议（条例第十六条）', AgreementInput, (a, id, b) =>
      measures.agreement(a, id, b),
    );
    action('/measures/:id/suspend', '中止执行（条例第二十四条）', SuspendInput, (a, id, b) =>
      measures.suspend(a, id, b),
    );
    action('/measures/:id/resume', '恢复执行', ResumeInput, (a, id, b) => measures.resume(a, id, b));
    action('/measures/:id/terminate', '终止执行（条例第二十四条）', TerminateInput, (a, id, b) =>
      measures.terminate(a, id, b),
    );
    action('/measures/:id/transfer', '变更执行地（条例第二十二条）', TransferInput, (a, id, b) =>
      measures.transfer(a, id, b),
    );
    action(
      '/measures/:id/release-notice',
      '登记公安机关解除通知书并告知本人（条例第二十三条）',
      ReleaseNoticeInput,
      (a, id, b) => measures.recordReleaseNotice(a, id, b),
    );

    app.get(
      '/measures/:id/agreement.pdf',
      {
        schema: {
          tags: ['measures'],
          summary: '打印社区戒毒（康复）协议书 PDF（留痕）',
          params,
          produces: ['application/pdf'],
          // No 200 schema: the body is the PDF's bytes, sent as they are.
          response: errors,
        },
      },
      async (request, reply) => {
        const { pdf, filename } = await measures.agreementPdf(actorOf(request), request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${filename}"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(pdf) as never); // bytes, not the error schema's JSON
      },
    );

    app.get(
      '/measures/:id/release.pdf',
      {
        schema: {
          tags: ['measures'],
          summary: '打印解除告知书 PDF（登记解除通知书后；留痕）',
          params,
          produces: ['application/pdf'],
          response: errors,
        },
      },
      async (request, reply) => {
        const { pdf, filename } = await measures.releasePdf(actorOf(request), request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${filename}"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(pdf) as never);
      },
    );

    app.put(
      '/measures/:id/working-group',
      {
        schema: {
          tags: ['measures'],
          summary: '社区戒毒工作小组（条例第十七条）',
          params,
          body: WorkingGroupInput,
          response: { 200: Measure, ...errors },
        },
      },
      async (request) => measures.setWorkingGroup(actorOf(request), request.params.id, request.body.members),
    );
    app.put(
      '/measures/:id/exemption-facts',
      {
        schema: {
          tags: ['measures'],
          summary: '更新禁毒法第三十九条第一款情形（怀孕、哺乳不满一周岁婴儿），重新判断',
          params,
          body: ExemptionFacts,
          response: { 200: Measure, ...errors },
        },
      },
      async (request) => exemptionFacts.update(actorOf(request), request.params.id, request.body),
    );
  };
