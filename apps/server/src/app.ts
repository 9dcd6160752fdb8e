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
import { systemClock, type Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import { handleError } from './platform/errorHandler.ts';
import './platform/request.ts';
import { createAuditLog } from './platform/audit/auditLog.ts';
import { registerIdempotency } from './platform/idempotency.ts';
import {
  createThrottle,
  registerSignInLimits,
  SIGN_IN_LIMITS,
  type SignInLimits,
} from './platform/signInLimits.ts';
import { registerRequestGuards } from './platform/requestGuards.ts';
import type { FieldCipher } from './platform/crypto.ts';
import type { FileStore } from './platform/files.ts';
import { createAuthRepo } from './modules/auth/repo.ts';
import { createAuthService } from './modules/auth/service.ts';
import { authRoutes, requirePasswordChanged, SESSION_COOKIE } from './modules/auth/routes.ts';
import { createHealthRepo } from './modules/health/repo.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { createHealthService } from './modules/health/service.ts';
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
import { createPersonAuthRepo } from './modules/personAuth/repo.ts';
import { createPersonAuthService } from './modules/personAuth/service.ts';
import { createStaffRepo } from './modules/staff/repo.ts';
import { staffRoutes } from './modules/staff/routes.ts';
import { createStaffService } from './modules/staff/service.ts';
import { createStatsRepo } from './modules/stats/repo.ts';
import { statsRoutes } from './modules/stats/routes.ts';
import { createStatsService } from './modules/stats/service.ts';
import { createNotificationRepo } from './modules/notifications/repo.ts';
import { createNotificationService } from './modules/notifications/service.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { createHomeRepo } from './modules/home/repo.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { createHomeService } from './modules/home/service.ts';
import { createMeasureRepo } from './modules/measures/repo.ts';
import { measureRoutes } from './modules/measures/routes.ts';
import { createMeasureService } from './modules/measures/service.ts';
import { createTimelineService } from './modules/measures/timeline.ts';
import { createCalendarRepo } from './modules/calendar/repo.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { createCalendarService } from './modules/calendar/service.ts';
import { createExemptionFactsService } from './modules/measures/exemptionFacts.ts';
import { createPolicyRepo } from './modules/policies/repo.ts';
import { policyRoutes } from './modules/policies/routes.ts';
import { createPolicyService, policyCounty } from './modules/policies/service.ts';
import { sweepRoutes } from './modules/sweep/routes.ts';
import { createSweepRepo } from './modules/sweep/repo.ts';
import { createSweepService } from './modules/sweep/service.ts';
import { taskRoutes } from './modules/tasks/routes.ts';
import { createTaskRepo } from './modules/tasks/repo.ts';
import { createTaskService } from './modules/tasks/service.ts';
import { createTestRepo } from './modules/drugTests/repo.ts';
import { testRoutes } from './modules/drugTests/routes.ts';
import { createTestPlanService } from './modules/drugTests/service.ts';
import { createViolationRepo } from './modules/violations/repo.ts';
import { violationRoutes } from './modules/violations/routes.ts';
import { createAssistanceRepo } from './modules/assistance/repo.ts';
import { assistanceRoutes, myAssistanceRoutes } from './modules/assistance/routes.ts';
import { createMyAssistanceService } from './modules/assistance/myAssistance.ts';
import { createAssistanceService } from './modules/assistance/service.ts';
import { counsellingRoutes, personCounsellingRoutes } from './modules/counselling/routes.ts';
import { createCounsellingRepo } from './modules/counselling/repo.ts';
import { createAvailabilityService } from './modules/counselling/availabilityService.ts';
import { createBookingService } from './modules/counselling/bookingService.ts';
import { createPersonBookingService } from './modules/counselling/personBookingService.ts';
import { createSessionNoteService } from './modules/counselling/sessionNoteService.ts';
import { createScreeningService } from './modules/counselling/screeningService.ts';
import { createPersonScreeningService } from './modules/counselling/personScreeningService.ts';
import { createCounsellingHistoryService } from './modules/counselling/historyService.ts';
import { createViolationService } from './modules/violations/service.ts';
import { createEducationService } from './modules/violations/education.ts';
import { createTestRefusalService } from './modules/violations/testRefusals.ts';
import { myAppointmentRoutes, stationDayRoutes, stationRoutes } from './modules/appointments/routes.ts';
import {
  createAppointmentRepo,
  createStationDayRepo,
  createStationRepo,
} from './modules/appointments/repo.ts';
import { createAppointmentService } from './modules/appointments/appointmentService.ts';
import { createStationDayService } from './modules/appointments/stationDayService.ts';
import { createStationService } from './modules/appointments/stationService.ts';
import { myUploadRoutes, uploadRoutes } from './modules/uploads/routes.ts';
import { createUploadRepo } from './modules/uploads/repo.ts';
import { createUploadReviewService } from './modules/uploads/uploadReviewService.ts';
import { createUploadService } from './modules/uploads/uploadService.ts';
import { learningRoutes, personLearningRoutes } from './modules/learning/routes.ts';
import { createLearningRepo } from './modules/learning/repo.ts';
import { createCourseService } from './modules/learning/courseService.ts';
import { createLearningRecordService } from './modules/learning/learningRecordService.ts';
import { createStudyService } from './modules/learning/studyService.ts';
import { createCheckinRepo } from './modules/checkins/repo.ts';
import { checkinRoutes, myCheckinRoutes } from './modules/checkins/routes.ts';
import { createMyCheckinService } from './modules/checkins/myCheckins.ts';
import { createCheckinService } from './modules/checkins/service.ts';
import { createLeaveRepo } from './modules/leave/repo.ts';
import { leaveRoutes, myLeaveRoutes } from './modules/leave/routes.ts';
import { createMyLeaveService } from './modules/leave/myLeave.ts';
import { createLeaveService } from './modules/leave/service.ts';
import { createAuditRepo } from './modules/audit/repo.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { createAuditQueryService } from './modules/audit/service.ts';

// Validation messages in Chinese, for every schema that does not name its own.
z.config(z.locales.zhCN());

export interface AppDeps {
  db: Db;
  dbKind: 'embedded' | 'external';
  clock: Clock;
  cipher: FieldCipher;
  /** The audit chain's key (platform/crypto.ts `deriveAuditKey`): never stored in the database. */
  auditKey: Buffer;
  files: FileStore;
  /** The built console to serve at `/`, when there is one. */
  consoleDir?: string;
  /** The built person app (洮泊家园) to serve at `/m`, when there is one. */
  mobileDir?: string;
  logLevel?: string;
  secureCookies?: boolean;
  /** The rate limits of the sign-in routes (default `SIGN_IN_LIMITS`). */
  signInLimits?: SignInLimits;
  /** The clock of the rate limits' windows: real time, even when `clock` is fixed (default). */
  limitClock?: Clock;
  /**
   * NODE_ENV=production: session cookies are always `Secure` (TLS may end at a proxy in front),
   * and the API docs need a staff session.
   */
  production?: boolean;
  /** Fastify's `trustProxy`: whose X-Forwarded-For / -Proto / -Host to believe (`TAOBO_TRUST_PROXY`). */
  trustProxy?: boolean | string | number;
  /** Push service hosts allowed besides the browsers' own (tests: a local stand-in). */
  extraPushHosts?: readonly string[];
}

/** The composition root: repositories → services, built once from their dependencies. */
export function buildServices(deps: AppDeps) {
  const { db, clock, cipher, files } = deps;
  const audit = createAuditLog(clock, deps.auditKey);
  const signInLimits = deps.signInLimits ?? SIGN_IN_LIMITS;
  const throttle = createThrottle(db, deps.limitClock ?? systemClock);
  const org = createOrgService({ repo: createOrgRepo(db) });
  const persons = createPersonService({ repo: createPersonRepo(db), org, audit, cipher, clock, files });
  const notifications = createNotificationService({
    repo: createNotificationRepo(db),
    clock,
    cipher,
    onPushError: (message) => console.warn(message),
    extraPushHosts: deps.extraPushHosts,
  });
  const calendar = createCalendarService({ repo: createCalendarRepo(db), clock, audit });
  const currentCalendar = () => calendar.current();
  const measureRepo = createMeasureRepo(db);
  const measures = createMeasureService({
    repo: measureRepo,
    persons,
    audit,
    clock,
    calendar: currentCalendar,
    notifications,
  });
  const tests = createTestPlanService({ repo: createTestRepo(db), clock, audit, measures });
  const violationRepo = createViolationRepo(db);
  const violations = createViolationService({
    repo: violationRepo,
    clock,
    audit,
    measures,
    persons,
    calendar: currentCalendar,
  });
  const checkinRepo = createCheckinRepo(db);
  const checkins = createCheckinService({
    repo: checkinRepo,
    clock,
    audit,
    cipher,
    files,
    notifications,
    policyCounty: (actor, countyId) => policyCounty(db, actor, countyId),
  });
  const myCheckins = createMyCheckinService({ repo: checkinRepo, clock, audit, cipher, files });
  const leaveRepo = createLeaveRepo(db);
  const leave = createLeaveService({
    repo: leaveRepo,
    clock,
    audit,
    notifications,
    violations,
    policyCounty: (actor, countyId) => policyCounty(db, actor, countyId),
  });
  const myLeave = createMyLeaveService({ repo: leaveRepo, clock, audit, violations });
  const assistanceRepo = createAssistanceRepo(db);
  const appointments = createAppointmentService({
    repo: createAppointmentRepo(db),
    clock,
    audit,
    tests,
    notifications,
  });
  const uploadRepo = createUploadRepo(db);
  const counsellingRepo = createCounsellingRepo(db);
  const learningRepo = createLearningRepo(db);
  return {
    notifications,
    auth: createAuthService({ repo: createAuthRepo(db), clock, audit }),
    health: createHealthService({ repo: createHealthRepo(db), dbKind: deps.dbKind }),
    personAuth: createPersonAuthService({
      repo: createPersonAuthRepo(db),
      persons,
      clock,
      cipher,
      audit,
      throttle,
      activationFailuresPerIp: signInLimits.activationFailuresPerIp,
    }),
    signIn: { throttle, limits: signInLimits },
    org,
    persons,
    staff: createStaffService({ repo: createStaffRepo(db), org, audit }),
    stats: createStatsService({ repo: createStatsRepo(db) }),
    measures,
    home: createHomeService({
      repo: createHomeRepo(db),
      clock,
      measures,
      notifications,
      // Each module's "what is due" on the home screen.
      dueProviders: [
        (p, d) => appointments.homeDue(p, d),
        (p, d) => myCheckins.homeDue(p, d),
        (p, d) => myLeave.homeDue(p, d),
      ],
    }),
    tests,
    stations: createStationService({ repo: createStationRepo(db), clock, audit }),
    stationDay: createStationDayService({
      repo: createStationDayRepo(db),
      clock,
      audit,
      tests,
      notifications,
    }),
    appointments,
    // A remote test is allowed while away on reported leave (条例第十九条), or when staff allow it.
    uploads: createUploadService({
      repo: uploadRepo,
      clock,
      audit,
      cipher,
      files,
      tests,
      isOnApprovedLeave: (personId, date) => leave.isAwayOnLeave(personId, date),
    }),
    uploadReview: createUploadReviewService({
      repo: uploadRepo,
      clock,
      audit,
      cipher,
      files,
      tests,
      notifications,
    }),
    violations,
    // 批评教育 (禁毒法 第三十五条 第二款) and 现场拒绝检测 (条例 第二十条).
    education: createEducationService({ repo: violationRepo, clock, audit, measures }),
    testRefusals: createTestRefusalService({ repo: violationRepo, clock, audit, measures, violations }),
    exemptionFacts: createExemptionFactsService({ repo: measureRepo, measures, audit, clock }),
    tasks: createTaskService({ repo: createTaskRepo(db), clock, audit, calendar: currentCalendar }),
    policies: createPolicyService({ repo: createPolicyRepo(db), clock, audit }),
    calendar,
    sweep: createSweepService({
      repo: createSweepRepo(db),
      clock,
      testPlans: tests,
      measures,
      violations,
      checkins,
      leave,
      notifications,
    }),
    checkins,
    myCheckins,
    leave,
    myLeave,
    timeline: createTimelineService({ repo: measureRepo, persons }),
    // 心理康复: the counsellor's and officers' side, and the person's.
    counselling: {
      availability: createAvailabilityService({ repo: counsellingRepo, clock }),
      bookings: createBookingService({ repo: counsellingRepo, clock, audit, notifications }),
      notes: createSessionNoteService({ repo: counsellingRepo, clock, audit, cipher }),
      screenings: createScreeningService({ repo: counsellingRepo, clock, audit, cipher }),
      history: createCounsellingHistoryService({ repo: counsellingRepo, audit }),
    },
    personCounselling: {
      bookings: createPersonBookingService({ repo: counsellingRepo, clock, audit }),
      screenings: createPersonScreeningService({ repo: counsellingRepo, clock, audit, cipher }),
    },
    assistance: createAssistanceService({ repo: assistanceRepo, clock, audit, cipher, files, notifications }),
    myAssistance: createMyAssistanceService({
      repo: assistanceRepo,
      clock,
      audit,
      cipher,
      files,
      notifications,
    }),
    // 网上学习: staff author courses and read the records; the person studies.
    learning: {
      courses: createCourseService({ repo: learningRepo, clock, audit, files }),
      records: createLearningRecordService({ repo: learningRepo, audit }),
    },
    personLearning: createStudyService({ repo: learningRepo, clock, audit, files, notifications }),
    auditQuery: createAuditQueryService({ repo: createAuditRepo(db), audit }),
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
    // A hop count is valid at run time (Fastify's docs), though its types name strings only.
    trustProxy: (deps.trustProxy ?? false) as boolean | string,
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
  // Every cookie we set: `Secure` in production, else when the request came over HTTPS.
  await app.register(cookie, { parseOptions: { secure: deps.production ? true : 'auto' } });
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
  // CSRF, NUL bytes, no-store: before the session is looked up.
  registerRequestGuards(app);
  await registerSignInLimits(app, {
    ...services.signIn,
    hash: (value) => deps.cipher.blindIndex('signInLimit', value).toString('hex'),
  });
  // Who may call a route is decided on the route the router matched (`/%61pi/…` is `/api/…`).
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/') || request.routeOptions.config?.public) return;
    // The API docs are open in development; in production they need a staff session.
    if (route === '/api/docs' || route.startsWith('/api/docs/')) {
      if (deps.production) {
        request.actor = await services.auth.authenticate(request.cookies[SESSION_COOKIE], request.ip);
      }
      return;
    }
    // The person app's routes take the app cookie only; every other route the staff cookie only.
    if (route.startsWith('/api/m/')) {
      const token = request.cookies[APP_SESSION_COOKIE];
      const { person, slid } = await services.personAuth.authenticate(token);
      request.person = person;
      if (slid) setAppSessionCookie(reply, token!);
      return;
    }
    request.actor = await services.auth.authenticate(request.cookies[SESSION_COOKIE], request.ip);
    requirePasswordChanged(request);
  });

  registerIdempotency(app, deps.db, deps.clock);

  app.setErrorHandler(handleError);
  // Every API route documents (and serializes) its failures as the one ErrorBody.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !route.schema) return;
    route.schema.response = { '4xx': ErrorBody, '5xx': ErrorBody, ...(route.schema.response as object) };
  });

  await app.register(healthRoutes(services.health), { prefix: '/api' });
  await app.register(authRoutes(services.auth), { prefix: '/api' });
  await app.register(orgRoutes(services.org), { prefix: '/api' });
  await app.register(personRoutes(services.persons), { prefix: '/api' });
  await app.register(personAppAccountRoutes(services.personAuth), { prefix: '/api' });
  await app.register(personAuthRoutes(services.personAuth), { prefix: '/api' });
  await app.register(staffRoutes(services.staff), { prefix: '/api' });
  await app.register(statsRoutes(services.stats), { prefix: '/api' });
  await app.register(measureRoutes(services.measures, services.timeline, services.exemptionFacts), {
    prefix: '/api',
  });
  await app.register(testRoutes(services.tests), { prefix: '/api' });
  await app.register(violationRoutes(services.violations, services.education, services.testRefusals), {
    prefix: '/api',
  });
  await app.register(taskRoutes(services.tasks), { prefix: '/api' });
  await app.register(policyRoutes(services.policies), { prefix: '/api' });
  await app.register(calendarRoutes(services.calendar), { prefix: '/api' });
  await app.register(sweepRoutes(services.sweep), { prefix: '/api' });
  await app.register(stationRoutes(services.stations), { prefix: '/api' });
  await app.register(stationDayRoutes(services.stationDay), { prefix: '/api' });
  await app.register(myAppointmentRoutes(services.appointments), { prefix: '/api' });
  await app.register(uploadRoutes(services.uploadReview), { prefix: '/api' });
  await app.register(myUploadRoutes(services.uploads), { prefix: '/api' });
  await app.register(counsellingRoutes(services.counselling), { prefix: '/api' });
  await app.register(personCounsellingRoutes(services.personCounselling), { prefix: '/api' });
  await app.register(assistanceRoutes(services.assistance), { prefix: '/api' });
  await app.register(myAssistanceRoutes(services.myAssistance), { prefix: '/api' });
  await app.register(learningRoutes(services.learning), { prefix: '/api' });
  await app.register(personLearningRoutes(services.personLearning), { prefix: '/api' });
  await app.register(myCheckinRoutes(services.myCheckins), { prefix: '/api' });
  await app.register(checkinRoutes(services.checkins), { prefix: '/api' });
  await app.register(myLeaveRoutes(services.myLeave), { prefix: '/api' });
  await app.register(leaveRoutes(services.leave), { prefix: '/api' });
  await app.register(homeRoutes(services.home), { prefix: '/api' });
  await app.register(notificationRoutes(services.notifications), { prefix: '/api' });
  await app.register(auditRoutes(services.auditQuery), { prefix: '/api' });
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
