/** Request builders shared by the collector's tests. */
import { randomUUID } from 'node:crypto';

export function intakeBody(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    site: 'harbor-vale',
    journey: randomUUID(),
    lang: 'en',
    fields: {
      name: 'Ann Lee',
      email: 'ann.lee@example.com',
      phone: '+1 617 555 0199',
      practiceArea: 'family',
      description: 'My former husband wants to move our children to Ohio.',
      adverseParties: ['Robert Lee'],
      contactMethod: 'email',
    },
    disclaimer: { version: 1, accepted: true },
    fillMs: 45_000,
    ...overrides,
  };
}

export function eventBody(count = 1, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    events: Array.from({ length: count }, () => ({
      id: randomUUID(),
      site: 'harbor-vale',
      journey: 'journey-00000000000001',
      stage: 'discover',
      type: 'intake.shown',
      ts: 1_790_000_000_000,
      props: { page: 'contact' },
      ...overrides,
    })),
  };
}

/** A POST as widgets send it: JSON in a text/plain body. */
export function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
