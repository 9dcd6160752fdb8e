import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '@taobo/contracts';
import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import { handleError } from './platform/errorHandler.ts';
import type { Actor } from './platform/access.ts';
import './platform/request.ts';
import { createAuditLog } from './platform/audit/auditLog.ts';
import { registerIdempotency } from './platform/idempotency.ts';
import type { FieldCipher } from './platform/crypto.ts';
import type { FileStore } from './platform/files.ts';
import { createAuthRepo } from './modules/auth/repo.ts';
import { createAuthService } from './modules/auth/service.ts';
import { authRoutes, SESSION_COOKIE } from './modules/auth/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { createOrgRepo } from './modules/org/repo.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { createOrgService } from './modules/org/service.ts';
import { createPersonRepo } from './modules/persons/repo.ts';
import { personRoutes } from './modules/persons/routes.ts';
import { createPersonService } from './modules/persons/service.ts';
import {
  APP_SESSION_COOKIE,
  personAppAccountRoutes,
  personAuthRoutes,
  setAppSessionCookie,
} from './modules/personAuth/routes.ts';
import { createPersonAuthService } from './modules/personAuth/service.ts';
import { createStaffRepo } from './modules/staff/repo.ts';
import { staffRoutes } from './modules/staff/routes.ts';
import { createStaffService } from './modules/staff/service.ts';
import { statsRoutes } from './modules/stats/routes.ts';
import { createStatsService } from './modules/stats/service.ts';
import { createNotificationService } from './modules/notifications/service.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { createHomeService } from './modules/home/service.ts';
import { createMeasureRepo } from './modules/measures/repo.ts';
import { measureRoutes } from './modules/measures/routes.ts';
import { createMeasureService } from './modules/measures/service.ts';
import { personTimeline } from './modules/measures/timeline.ts';
import { policyRoutes } from './modules/policies/routes.ts';
import { createPolicyService } from './modules/policies/service.ts';
import { sweepRoutes } from './modules/sweep/routes.ts';
import { createSweepRepo } from './modules/sweep/repo.ts';
import { createSweepService } from './modules/sweep/service.ts';
import { taskRoutes } from './modules/tasks/routes.ts';
import { createTaskRepo } from './modules/tasks/repo.ts';
import { createTaskService } from './modules/tasks/service.ts';
import { testRoutes } from './modules/drugTests/routes.ts';
import { createTestPlanService } from './modules/drugTests/service.ts';
import { violationRoutes } from './modules/violations/routes.ts';
import { assistanceRoutes, personAssistanceRoutes } from './modules/assistance/routes.ts';
import { createAssistanceService } from './modules/assistance/service.ts';
import { counsellingRoutes, personCounsellingRoutes } from './modules/counselling/routes.ts';
import { createCounsellingService } from './modules/counselling/service.ts';
import { createViolationService } from './modules/violations/service.ts';
import { myAppointmentRoutes, stationRoutes } from './modules/appointments/routes.ts';
import { createAppointmentService } from './modules/appointments/service.ts';
import { myUploadRoutes, uploadRoutes } from './modules/uploads/routes.ts';
import { createUploadService } from './modules/uploads/service.ts';
import { learningRoutes } from './modules/learning/routes.ts';
import { createLearningService } from './modules/learning/service.ts';
import { checkinRoutes } from './modules/checkins/routes.ts';
import { createCheckinService } from './modules/checkins/service.ts';
import { leaveRoutes } from './modules/leave/routes.ts';
import { createLeaveService } from './modules/leave/service.ts';

// Validation messages in Chinese, for every schema that does not name its own.
z.config(z.locales.zhCN());

export interface AppDeps {
  db: Db;
  dbKind: 'embedded' | 'external';
  clock: Clock;
  cipher: FieldCipher;
  files: FileStore;
  /** The built console to serve at `/`, when there is one. */
  consoleDir?: string;
  /** The built person app (洮泊家园) to serve at `/m`, when there is one. */
  mobileDir?: string;
  logLevel?: string;
  secureCookies?: boolean;
}

/** The composition root: repositories → services, built once from their dependencies. */
export function buildServices(deps: AppDeps) {
  const { db, clock, cipher, files } = deps;
  const audit = createAuditLog(clock);
  const org = createOrgService({ repo: createOrgRepo(db) });
  const violations = createViolationService({ db, clock, audit });
  const tests = createTestPlanService({ db, clock, audit, violations: () => violations });
  const personRepo = createPersonRepo(db);
  const notifications = createNotificationService({
    db,
    clock,
    cipher,
    onPushError: (message) => console.warn(message),
  });
  const checkins = createCheckinService({ db, clock, audit, cipher, files, notifications });
  const leave = createLeaveService({ db, clock, audit, notifications, violations });
  const appointments = createAppointmentService({ db, clock, audit, tests, notifications });
  const measures = createMeasureService({
    db,
    repo: createMeasureRepo(db),
    audit,
    clock,
    cipher,
    testPlans: tests,
  });
  return {
    notifications,
    auth: createAuthService({ repo: createAuthRepo(db), clock }),
    personAuth: createPersonAuthService({ db, persons: personRepo, clock, cipher, audit }),
    org,
    persons: createPersonService({ db, repo: personRepo, org, audit, cipher, clock, files }),
    staff: createStaffService({ repo: createStaffRepo(db), org }),
    stats: createStatsService({ db }),
    measures,
    home: createHomeService({
      db,
      clock,
      measures,
      notifications,
      // Each module's "what is due" on the home screen.
      dueProviders: [
        (p, d) => appointments.homeDue(p, d),
        (p, d) => checkins.homeDue(p, d),
        (p, d) => leave.homeDue(p, d),
      ],
    }),
    tests,
    appointments,
    // A remote test is allowed during approved leave (条例第十九条), or when staff allow it.
    uploads: createUploadService({
      db,
      clock,
      audit,
      cipher,
      files,
      tests,
      notifications,
      isOnApprovedLeave: (_exec, personId, date) => leave.isOnApprovedLeave(personId, date),
    }),
    violations,
    tasks: createTaskService({ repo: createTaskRepo(db), clock, audit }),
    policies: createPolicyService({ db, clock }),
    sweep: createSweepService({
      repo: createSweepRepo(db),
      clock,
      testPlans: tests,
      violations,
      checkins,
      leave,
      notifications,
    }),
    checkins,
    leave,
    timeline: (actor: Actor, personId: string) => personTimeline(db, actor, personId),
    counselling: createCounsellingService({ db, clock, audit, cipher, notifications }),
    assistance: createAssistanceService({ db, clock, audit, cipher, files, notifications }),
    learning: createLearningService({ db, clock, audit, files, notifications }),
  };
}
export type Services = ReturnType<typeof buildServices>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const services = buildServices(deps);
  const app = Fastify({
    logger:
      deps.logLevel === 'silent' || !deps.logLevel
        ? false
        : {
            level: deps.logLevel,
            // No personal data in logs: log the path only, never the query string or bodies.
            serializers: {
              req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
            },
          },
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // The person app plays back the video it just recorded (a blob: URL) before upload.
        mediaSrc: ["'self'", 'blob:'],
        // The person app's service worker (/m/sw.js) and web manifest are same-origin files.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: 20 * 1024 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '洮泊 Taobo API', version: '0.1.0', description: '社区戒毒社区康复管控平台 API' },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorate('services', services);
  app.decorateRequest('actor', null);
  app.decorateRequest('person', null);
  app.addHook('onRequest', async (request, reply) => {
    if (
      !request.url.startsWith('/api/') ||
      request.routeOptions.config?.public ||
      request.url.startsWith('/api/docs')
    )
      return;
    // The person app's routes take the app cookie only; every other route the staff cookie only.
    if (request.routeOptions.url?.startsWith('/api/m/')) {
      const token = request.cookies[APP_SESSION_COOKIE];
      const { person, slid } = await services.personAuth.authenticate(token);
      request.person = person;
      if (slid) setAppSessionCookie(reply, request, token!);
      return;
    }
    request.actor = await services.auth.authenticate(request.cookies[SESSION_COOKIE], request.ip);
  });

  registerIdempotency(app, deps.db, deps.clock);

  app.setErrorHandler(handleError);
  // Every API route documents (and serializes) its failures as the one ErrorBody.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !route.schema) return;
    route.schema.response = { '4xx': ErrorBody, '5xx': ErrorBody, ...(route.schema.response as object) };
  });

  await app.register(healthRoutes(deps.dbKind, deps.db), { prefix: '/api' });
  await app.register(authRoutes(services), { prefix: '/api' });
  await app.register(orgRoutes(services), { prefix: '/api' });
  await app.register(personRoutes(services), { prefix: '/api' });
  await app.register(personAppAccountRoutes(services), { prefix: '/api' });
  await app.register(personAuthRoutes(services), { prefix: '/api' });
  await app.register(staffRoutes(services), { prefix: '/api' });
  await app.register(statsRoutes(services), { prefix: '/api' });
  await app.register(measureRoutes(services), { prefix: '/api' });
  await app.register(testRoutes(services), { prefix: '/api' });
  await app.register(violationRoutes(services), { prefix: '/api' });
  await app.register(taskRoutes(services.tasks), { prefix: '/api' });
  await app.register(policyRoutes(services), { prefix: '/api' });
  await app.register(sweepRoutes(services.sweep), { prefix: '/api' });
  await app.register(stationRoutes(services), { prefix: '/api' });
  await app.register(myAppointmentRoutes(services), { prefix: '/api' });
  await app.register(uploadRoutes(services), { prefix: '/api' });
  await app.register(myUploadRoutes(services), { prefix: '/api' });
  await app.register(counsellingRoutes(services), { prefix: '/api' });
  await app.register(personCounsellingRoutes(services), { prefix: '/api' });
  await app.register(assistanceRoutes(services), { prefix: '/api' });
  await app.register(personAssistanceRoutes(services), { prefix: '/api' });
  await app.register(learningRoutes(services), { prefix: '/api' });
  await app.register(checkinRoutes(services), { prefix: '/api' });
  await app.register(leaveRoutes(services), { prefix: '/api' });
  await app.register(homeRoutes(services), { prefix: '/api' });
  await app.register(notificationRoutes(services), { prefix: '/api' });
  app.addHook('onClose', async () => services.notifications.close());

  const hasBuild = (dir: string | undefined): dir is string =>
    !!dir && fs.existsSync(path.join(dir, 'index.html'));
  const consoleDir = hasBuild(deps.consoleDir) ? deps.consoleDir : null;
  const mobileDir = hasBuild(deps.mobileDir) ? deps.mobileDir : null;
  // Files are looked up per request (a rebuilt front end is served without a restart), and the
  // build's .br/.gz siblings are sent as they are.
  if (consoleDir) await app.register(fastifyStatic, { root: consoleDir, preCompressed: true });
  if (mobileDir) {
    await app.register(fastifyStatic, {
      root: mobileDir,
      prefix: '/m/',
      preCompressed: true,
      decorateReply: !consoleDir,
      // The service worker and the page that loads it must be checked on every visit, or an
      // update would wait for the browser's HTTP cache; hashed assets never change.
      setHeaders(reply, filePath) {
        const name = path.basename(filePath).replace(/\.(br|gz)$/, '');
        if (name === 'sw.js' || name === 'index.html' || name === 'manifest.webmanifest') {
          reply.header('cache-control', 'no-cache');
        } else if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        }
        if (name === 'sw.js') reply.header('service-worker-allowed', '/m/');
      },
    });
  }
  // The front ends route on the client: a page GET gets its app's index.html (`/m…` the person
  // app's, anything else the console's); a missing asset or API is a 404.
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0]!;
    const isPage = request.method === 'GET' && !url.startsWith('/api/') && !/\/assets\//.test(url);
    // The app lives at /m/ (the service worker's scope); /m alone is sent there.
    if (isPage && mobileDir && url === '/m') {
      const query = request.url.slice(url.length);
      return reply.redirect(`/m/${query}`, 301);
    }
    if (isPage && mobileDir && url.startsWith('/m/')) {
      return reply
        .header('cache-control', 'no-cache')
        .sendFile('index.html', mobileDir, { cacheControl: false });
    }
    if (isPage && consoleDir && url !== '/m' && !url.startsWith('/m/')) {
      return reply.sendFile('index.html', consoleDir);
    }
    return reply.status(404).send({ code: 'NOT_FOUND', message: '接口不存在' } satisfies ErrorBody);
  });

  return app;
}
