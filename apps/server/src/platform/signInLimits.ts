/** At most `max` within `windowMs` (a fixed window from the first hit). */
export interface Limit {
  max: number;
  windowMs: number;
}

/** The rate limits of `/api/auth/*` and `/api/m/auth/*` (README "Security notes"). */
export interface SignInLimits {
  /** Credential checks (staff and app sign-in, activation, password change) from one IP address. */
  perIp: Limit;
  /** Credential checks against one account: a username, a phone, a signed-in staff member. */
  perAccount: Limit;
  /** The other routes there (who am I, sign-out) from one IP address. */
  perIpOther: Limit;
  /** Wrong activation codes from one IP address; a right one does not count. */
  activationFailuresPerIp: Limit;
}

const minutes = (n: number) => n * 60_000;

export const SIGN_IN_LIMITS: SignInLimits = {
  perIp: { max: 30, windowMs: minutes(10) },
  perAccount: { max: 10, windowMs: minutes(15) },
  perIpOther: { max: 300, windowMs: minutes(1) },
  activationFailuresPerIp: { max: 5, windowMs: minutes(15) },
};
