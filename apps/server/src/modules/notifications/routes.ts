import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorBody,
  NotificationPage,
  NotificationsRead,
  PageQuery,
  PushKey,
  PushStatus,
  PushSubscribeInput,
  PushUnsubscribeInput,
} from '@taobo/contracts';
import { personOf } from '../../platform/request.ts';
import type { NotificationService } from './service.ts';

const params = z.object({ id: z.string().uuid('消息 ID 格式无效') });
const errors = { 400: ErrorBody, 401: ErrorBody };

/** The person app's inbox and web push (/api/m). A person reaches only their own messages. */
export const notificationRoutes =
  (notifications: NotificationService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/notifications',
      {
        schema: {
          tags: ['person app'],
          summary: '我的消息（最新在前），含未读数',
          querystring: PageQuery,
          response: { 200: NotificationPage, ...errors },
        },
      },
      async (request) => notifications.list(personOf(request), request.query.page, request.query.pageSize),
    );

    app.post(
      '/m/notifications/:id/read',
      {
        schema: {
          tags: ['person app'],
          summary: '标记一条消息为已读',
          params,
          response: { 200: NotificationsRead, 404: ErrorBody, ...errors },
        },
      },
      async (request) => notifications.markRead(personOf(request), request.params.id),
    );

    app.post(
      '/m/notifications/read-all',
      {
        schema: {
          tags: ['person app'],
          summary: '全部标为已读',
          response: { 200: NotificationsRead, ...errors },
        },
      },
      async (request) => notifications.markAllRead(personOf(request)),
    );

    app.get(
      '/m/push/key',
      {
        schema: {
          tags: ['person app'],
          summary: '网页推送的 VAPID 公钥',
          response: { 200: PushKey, ...errors },
        },
      },
      async () => ({ publicKey: await notifications.publicKey() }),
    );

    app.post(
      '/m/push/subscribe',
      {
        schema: {
          tags: ['person app'],
          summary: '在本设备上接收消息推送',
          body: PushSubscribeInput,
          response: { 200: PushStatus, ...errors },
        },
      },
      async (request) => notifications.subscribe(personOf(request), request.body),
    );

    app.post(
      '/m/push/unsubscribe',
      {
        schema: {
          tags: ['person app'],
          summary: '本设备不再接收消息推送',
          body: PushUnsubscribeInput,
          response: { 200: PushStatus, ...errors },
        },
      },
      async (request) => notifications.unsubscribe(personOf(request), request.body),
    );
  };
