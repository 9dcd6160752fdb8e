import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordInput, ErrorBody, LoginInput, Me } from '@taobo/contracts';
import { DomainError } from '../../errors.ts';
import { actorOf } from '../../platform/request.ts';
import type { AuthService } from './service.ts';

export const SESSION_COOKIE = 'taobo_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to a staff member who must still change the password (who am I, the change itself). */
    beforePasswordChange?: boolean;
  }
}

/**
 * A staff member whose password must change (a new account, a reset) reaches nothing but who am
 * I, the password change and sign-out until it has: 403 PASSWORD_CHANGE_REQUIRED.
 */
export function requirePasswordChanged(request: FastifyRequest) {
  if (request.actor?.me.mustChangePassword && !request.routeOptions.config.beforePasswordChange) {
    throw new DomainError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码，再继续使用');
  }
}

export const authRoutes =
  (auth: AuthService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        config: {
          public: true,
          signIn: { account: (request) => `staff:${(request.body as LoginInput).username}` },
        },
        schema: {
          tags: ['auth'],
          summary: '账号密码登录（失败一律答 401 BAD_CREDENTIALS；过频 429）',
          body: LoginInput,
          response: { 200: Me, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const { token, me } = await auth.login(request.body.username, request.body.password, request.ip);
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
        });
        return me;
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { public: true },
        schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await auth.logout(request.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { beforePasswordChange: true },
        schema: { tags: ['auth'], summary: '当前登录账号', response: { 200: Me, 401: ErrorBody } },
      },
      async (request) => actorOf(request).me,
    );

    app.post(
      '/auth/password',
      {
        config: {
          beforePasswordChange: true,
          signIn: { account: (request) => `staff-id:${actorOf(request).id}` },
        },
        schema: {
          tags: ['auth'],
          summary: '修改密码（其他会话随之失效）',
          body: ChangePasswordInput,
          response: { 204: z.null(), 400: ErrorBody },
        },
      },
      async (request, reply) => {
        await auth.changePassword(
          actorOf(request),
          request.cookies[SESSION_COOKIE]!,
          request.body.currentPassword,
          request.body.newPassword,
        );
        return reply.status(204).send(null);
      },
    );
  };
