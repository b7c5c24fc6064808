/** The Hono environment shared by every route: Node bindings when served, and per-request variables. */
import type { HttpBindings } from '@hono/node-server';

export type AppEnv = {
  /** Absent under `app.request()` in tests. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** Set once the request's Origin is known to be allowed; echoed in Access-Control-Allow-Origin. */
    corsOrigin: string | undefined;
  };
};
