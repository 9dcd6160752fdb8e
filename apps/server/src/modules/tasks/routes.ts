import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Page, Task, TaskDoneInput, TaskQuery, Worklist } from '@taobo/contracts';
import { actorOf } from '../../platform/request.ts';
import type { TaskService } from './service.ts';

export const taskRoutes =
  (tasks: TaskService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/tasks',
      {
        schema: {
          tags: ['tasks'],
          summary: '待办任务（mine=1：本人辖区）',
          querystring: TaskQuery,
          response: { 200: Page(Task), 403: ErrorBody },
        },
      },
      async (request) => tasks.list(actorOf(request), request.query),
    );
    app.post(
      '/tasks/:id/done',
      {
        schema: {
          tags: ['tasks'],
          summary: '办结待办',
          params: z.object({ id: z.string().uuid('ID 格式无效') }),
          body: TaskDoneInput,
          response: { 200: Task, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (request) => tasks.done(actorOf(request), request.params.id, request.body.note ?? null),
    );
    app.get(
      '/worklist',
      {
        schema: {
          tags: ['tasks'],
          summary: '待办清单（按类别）',
          response: { 200: Worklist, 403: ErrorBody },
        },
      },
      async (request) => tasks.worklist(actorOf(request)),
    );
  };
