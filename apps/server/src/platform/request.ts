import type { FastifyRequest } from 'fastify';
import type { Me } from '@taobo/contracts';
import { unauthenticated } from '../errors.ts';
import type { Actor, PersonActor } from './access.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: (Actor & { me: Me }) | null;
    /** The signed-in supervised person, on person-app routes (`/api/m/*`) only. */
    person: PersonActor | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a session. */
    public?: boolean;
    /**
     * Content that is no one's personal data (course media), which its route may let browsers
     * cache; every other `/api/` answer is `no-store` (platform/requestGuards.ts).
     */
    cacheable?: boolean;
  }
}

/** The signed-in staff member of a request on an authenticated route. */
export function actorOf(request: FastifyRequest): Actor & { me: Me } {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** The signed-in person of a request on an authenticated person-app route. */
export function personOf(request: FastifyRequest): PersonActor {
  if (!request.person) throw unauthenticated();
  return request.person;
}
