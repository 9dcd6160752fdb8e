import { z } from 'zod';

/**
 * The one error vocabulary of the API: every code the server can answer with, and its HTTP
 * status. Messages are for people (Chinese), codes are for programs; a client branches on the code.
 */
export const ErrorStatus = {
  // Input the server cannot take.
  VALIDATION: 400,
  BAD_REQUEST: 400,
  EMPTY_FILE: 400,
  TOO_MANY_FILES: 400,
  SELFIE_REQUIRED: 400,
  LEAVE_WITHIN_COUNTY: 400,
  DATE_OUT_OF_RANGE: 400,
  FEMALE_COLLECTOR_REQUIRED: 400,
  RECORDER_NOT_COLLECTOR: 400,
  TEST_OUTSIDE_WINDOW: 400,
  // 折抵 (条例 第三十一条) and the place of execution (禁毒法 第三十三条 第二款).
  CREDIT_NOT_ALLOWED: 400,
  CREDIT_BASIS_REQUIRED: 400,
  EXECUTION_PLACE_MISMATCH: 400,
  FIXED_RESIDENCE_REQUIRED: 400,
  RESIDENCE_UNKNOWN: 400,
  PASSWORD_UNCHANGED: 400,
  WRONG_PASSWORD: 400,
  IDEMPOTENCY_KEY_INVALID: 400,
  ACTIVATION_INVALID: 400,
  /** A NUL character (U+0000) anywhere in the body, query or path. */
  INVALID_CHARACTER: 400,
  // Who you are, and what you may do.
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  /** A staff member must change the password before anything else (a new account, a reset). */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** A write from another site (CSRF): a foreign Origin or Sec-Fetch-Site, or a form without either. */
  CROSS_SITE_REQUEST: 403,
  REMOTE_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  // The state of things does not allow it.
  ALREADY_BOOKED: 409,
  ALREADY_REPORTED: 409,
  ALREADY_REVOKED: 409,
  APPOINTMENT_CLOSED: 409,
  ASSISTANCE_STATE: 409,
  BOOKING_NOT_YET: 409,
  BOOKING_PAST: 409,
  BOOKING_STATE: 409,
  CHECKIN_FOLLOWED_UP: 409,
  COURSE_EMPTY: 409,
  COURSE_HAS_LEARNERS: 409,
  COURSE_PUBLISHED: 409,
  DUPLICATE_ID_NUMBER: 409,
  /** The ID number or phone is on a file the caller cannot see: a city admin reviews it. */
  DUPLICATE_REVIEW: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  INVALID_TRANSITION: 409,
  LEAVE_ENDED: 409,
  /** Acknowledging a request a county's approval policy says must be decided. */
  LEAVE_NEEDS_DECISION: 409,
  /** Refusing a written report (戒毒条例 第十九条: a report, not a request). */
  LEAVE_NOT_REFUSABLE: 409,
  LEAVE_NOT_STARTED: 409,
  LEAVE_OVERLAPS: 409,
  LEAVE_PAST: 409,
  LEAVE_STATE: 409,
  LESSON_EMPTY: 409,
  MEASURE_ALREADY_LIVE: 409,
  MEASURE_CLOSED: 409,
  NO_MEASURE: 409,
  NO_QUIZ: 409,
  NO_REFUSAL_CANDIDATE: 409,
  NO_TEST_DUE: 409,
  NOT_RELEASED: 409,
  NOT_REPORTED: 409,
  NOT_TODAY: 409,
  PHONE_IN_USE: 409,
  RELEASE_NOTICE_MISSING: 409,
  SCREENING_NO_ALERT: 409,
  SCREENING_REVIEWED: 409,
  SLOT_FULL: 409,
  SLOT_STARTED: 409,
  SLOT_TAKEN: 409,
  SLOT_UNAVAILABLE: 409,
  STATION_CLOSED: 409,
  SWEEP_RUNNING: 409,
  TASK_CLOSED: 409,
  TEST_CLOSED: 409,
  TEST_REFUSAL_RECORDED: 409,
  TOO_MANY_BOOKINGS: 409,
  UPLOAD_DECIDED: 409,
  UPLOAD_PENDING: 409,
  USERNAME_TAKEN: 409,
  VIOLATION_DECIDED: 409,
  // The request itself.
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_FILE_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ErrorStatus;
export const ErrorCode = z.enum(Object.keys(ErrorStatus) as [ErrorCode, ...ErrorCode[]]);

/** Every error answer of the API has this shape. */
export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  correlationId: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * What a client sees fail: the server's codes, plus no answer at all (`NETWORK`) or an answer
 * that was not ours (`HTTP_<status>`, e.g. from a proxy).
 */
export type ClientErrorCode = ErrorCode | 'NETWORK' | `HTTP_${number}`;
export type ClientErrorBody = Omit<ErrorBody, 'code'> & { code: ClientErrorCode };
