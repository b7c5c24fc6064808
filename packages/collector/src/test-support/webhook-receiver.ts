/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: records every request and verifies its signature with
 * the `standardwebhooks` package (as a firm's receiver would), answering what the test scripts — a status,
 * headers, a body, or no answer at all (`hang`, to test the send timeout).
 *
 * @example
 *   const receiver = await startWebhookReceiver();
 *   receiver.respond({ status: 500 }); // the next request gets a 500; then 200s again
 *   const [hit] = receiver.received;
 *   receiver.verify(hit, secret); // the parsed payload, or throws
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type ReceivedHook = { path: string; headers: IncomingHttpHeaders; body: string };
export type ScriptedAnswer = { status?: number; headers?: Record<string, string>; body?: string; hang?: boolean };

export type WebhookReceiver = {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly received: ReceivedHook[];
  /** Answers for the next requests, in order; after them every request gets a 200. */
  respond(...answers: ScriptedAnswer[]): void;
  /** Resolves once `count` requests have arrived (hung ones included). */
  waitFor(count: number): Promise<ReceivedHook[]>;
  /** Forgets what was received and what was scripted. */
  reset(): void;
  /** Verifies one request with `secret` (Standard Webhooks); its parsed JSON, or throws. */
  verify(hook: ReceivedHook, secret: string): unknown;
  close(): Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedHook[] = [];
  const script: ScriptedAnswer[] = [];
  const hanging = new Set<ServerResponse>();
  const waiters: { count: number; resolve: (hooks: ReceivedHook[]) => void }[] = [];
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...received]);
      }
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = script.shift() ?? {};
      notify();
      if (answer.hang) {
        hanging.add(res);
        return;
      }
      res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain', ...answer.headers });
      res.end(answer.body ?? 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    received,
    respond: (...answers) => script.push(...answers),
    waitFor(count) {
      return new Promise((resolve) => {
        waiters.push({ count, resolve });
        notify();
      });
    },
    reset() {
      received.length = 0;
      script.length = 0;
    },
    verify(hook, secret) {
      return new Webhook(secret).verify(hook.body, {
        'webhook-id': String(hook.headers['webhook-id']),
        'webhook-timestamp': String(hook.headers['webhook-timestamp']),
        'webhook-signature': String(hook.headers['webhook-signature']),
      });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
