/** The Hono environment shared by every route: Node bindings when served, and per-request variables. */
import type { HttpBindings } from '@hono/node-server';
import type { Logger } from 'pino';

export type AppEnv = {
  /** Absent under `app.request()` in tests. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** Set once the request's Origin is known to be allowed; echoed in Access-Control-Allow-Origin. */
    corsOrigin: string | undefined;
    /** Issue 19: `X-Request-Id`, also in problem bodies and the request's log line. */
    requestId: string;
    /** The site a public request was about, for its log line (set where its origin is granted). */
    site: string | undefined;
    /** The app's logger (logging/request-log.ts). */
    logger: Logger;
  };
};
