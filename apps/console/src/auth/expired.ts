/** Set when a signed-in session answers 401, so the login page can say why the user is there. */
let expired = false;

export function markSessionExpired(): void {
  expired = true;
}

export function isSessionExpired(): boolean {
  return expired;
}

export function clearSessionExpired(): void {
  expired = false;
}
