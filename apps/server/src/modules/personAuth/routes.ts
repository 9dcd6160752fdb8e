import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivationCodeIssued,
  AppSessionsRevoked,
  ErrorBody,
  PersonActivateInput,
  PersonAppSessions,
  PersonLoginInput,
  PersonMe,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import { APP_SESSION_TTL_MS, type PersonAuthService } from './service.ts';

/** The person app's session cookie; distinct from the staff one, and neither opens the other's routes. */
export const APP_SESSION_COOKIE = 'taobo_app_session';

/** Sets (or slides) the long-lived app cookie. */
export function setAppSessionCookie(reply: FastifyReply, token: string) {
  reply.setCookie(APP_SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: APP_SESSION_TTL_MS / 1000,
  });
}

/** The account a sign-in or activation tries, for its rate limit (keyed, so never kept as such). */
const phoneAccount = (request: FastifyRequest) => `phone:${(request.body as { phone: string }).phone}`;

const params = z.object({ id: z.string().uuid('档案 ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Staff: activation codes and app sessions of a person in their jurisdiction. */
export const personAppAccountRoutes =
  (personAuth: PersonAuthService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/persons/:id/activation-code',
      {
        schema: {
          tags: ['person app'],
          summary: '生成洮泊家园激活码（8 位，72 小时内一次有效，旧码作废）',
          params,
          response: { 201: ActivationCodeIssued, 409: ErrorBody, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await personAuth.issueActivationCode(actorOf(request), request.params.id)),
    );

    app.get(
      '/persons/:id/app-sessions',
      {
        schema: {
          tags: ['person app'],
          summary: '洮泊家园账号状态与登录中的设备',
          params,
          response: { 200: PersonAppSessions, ...errors },
        },
      },
      async (request) => personAuth.appSessions(actorOf(request), request.params.id),
    );

    app.post(
      '/persons/:id/app-sessions/revoke',
      {
        schema: {
          tags: ['person app'],
          summary: '让该人员在所有设备上退出洮泊家园',
          params,
          response: { 200: AppSessionsRevoked, ...errors },
        },
      },
      async (request) => personAuth.revokeAppSessions(actorOf(request), request.params.id),
    );
  };

/** The person app (洮泊家园), under /api/m: activation, sign-in, the signed-in person. */
export const personAuthRoutes =
  (personAuth: PersonAuthService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/m/auth/activate',
      {
        config: { public: true, signIn: { account: phoneAccount } },
        schema: {
          tags: ['person app'],
          summary: '用工作人员提供的激活码激活账号并设置密码（同一地址 15 分钟内错 5 次后 429）',
          body: PersonActivateInput,
          response: { 200: PersonMe, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const { token, me } = await personAuth.activate(request.body, request.ip);
        setAppSessionCookie(reply, token);
        return me;
      },
    );

    app.post(
      '/m/auth/login',
      {
        config: { public: true, signIn: { account: phoneAccount } },
        schema: {
          tags: ['person app'],
          summary: '手机号与密码登录（失败一律答 401 BAD_CREDENTIALS；过频 429）',
          body: PersonLoginInput,
          response: { 200: PersonMe, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const { token, me } = await personAuth.login(request.body, request.ip);
        setAppSessionCookie(reply, token);
        return me;
      },
    );

    app.post(
      '/m/auth/logout',
      {
        config: { public: true },
        schema: { tags: ['person app'], summary: '退出登录', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await personAuth.logout(request.cookies[APP_SESSION_COOKIE]);
        reply.clearCookie(APP_SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/m/me',
      {
        schema: {
          tags: ['person app'],
          summary: '当前登录的人员',
          response: { 200: PersonMe, 401: ErrorBody },
        },
      },
      async (request) => personAuth.me(personOf(request)),
    );
  };
