/**
 * A real SMTP server in the test process (smtp-server), reading what arrives with mailparser. It can be
 * stopped and started again on the same port (mail server down), refuse messages, or hold each message's
 * answer until released (to kill a sender mid-delivery or to see two deliveries overlap).
 *
 * @example
 *   const sink = await startSmtpSink();
 *   // RETAINER_SMTP_URL = sink.url
 *   const [mail] = await sink.waitFor(1);
 *   await sink.close();
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  raw: string;
  parsed: ParsedMail;
  messageId: string;
};

export type SmtpSink = {
  readonly port: number;
  readonly url: string;
  readonly received: ReceivedMail[];
  /** Message-IDs whose DATA is being received right now, and the most ever at once per id. */
  readonly overlaps: string[];
  /** Resolves once at least `count` messages were accepted. */
  waitFor(count: number): Promise<ReceivedMail[]>;
  /** From now on, hold each message's final answer until `release()`; `onHeld` is told each Message-ID. */
  hold(onHeld?: (messageId: string) => void): void;
  release(): void;
  /** Answers every held message with a 451 and forgets it (the sender died before the server accepted it). */
  dropHeld(): void;
  /** Delays every answer by `ms` (to let deliveries overlap if they could). */
  delay(ms: number): void;
  /** Answer 550 to every message (a permanent refusal). */
  refuse(on: boolean): void;
  /** Stops listening (connections refused), keeping what arrived. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
};

/**
 * `parse: false` (benchmarks): no mailparser per message, so the sink costs the process it runs in little;
 * `parsed` is then empty and `messageId` read from the raw header.
 */
export async function startSmtpSink(port = 0, { parse = true }: { parse?: boolean } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const overlaps: string[] = [];
  const inFlight = new Set<string>();
  const waiters: Array<{ count: number; resolve: (mails: ReceivedMail[]) => void }> = [];
  let holding: ((messageId: string) => void) | false = false;
  let held: Array<() => void> = [];
  let refusing = false;
  let delayMs = 0;
  let dropped: Array<() => void> = [];

  const notify = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...received]);
      }
    }
  };

  const makeServer = () =>
    new SMTPServer({
      authOptional: true,
      // Close lingering connections at once on stop (the default waits 30 s).
      closeTimeout: 100,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(_auth, _session, callback) {
        callback(null, { user: 'test' });
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed = parse ? await simpleParser(raw) : ({} as ParsedMail);
          const messageId = parse ? (parsed.messageId ?? '') : (/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '');
          if (inFlight.has(messageId)) overlaps.push(messageId);
          inFlight.add(messageId);
          const finish = () => {
            inFlight.delete(messageId);
            if (refusing) {
              const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
              callback(error);
              return;
            }
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              raw,
              parsed,
              messageId,
            });
            callback();
            notify();
          };
          if (holding) {
            holding(messageId);
            held.push(finish);
            dropped.push(() => {
              inFlight.delete(messageId);
              callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            });
          } else if (delayMs > 0) {
            setTimeout(finish, delayMs);
          } else {
            finish();
          }
        });
      },
    });

  let server = makeServer();
  let listening = false;
  const listen = (at: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        listening = true;
        resolve((server.server.address() as AddressInfo).port);
      });
    });
  const bound = await listen(port);

  const sink: SmtpSink = {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    received,
    overlaps,
    waitFor(count) {
      if (received.length >= count) return Promise.resolve([...received]);
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    hold(onHeld) {
      holding = onHeld ?? (() => {});
    },
    release() {
      holding = false;
      const pending = held;
      held = [];
      dropped = [];
      for (const finish of pending) finish();
    },
    dropHeld() {
      holding = false;
      const pending = dropped;
      held = [];
      dropped = [];
      for (const drop of pending) drop();
    },
    delay(ms) {
      delayMs = ms;
    },
    refuse(on) {
      refusing = on;
    },
    stop() {
      if (!listening) return Promise.resolve();
      listening = false;
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async start() {
      if (listening) return;
      server = makeServer();
      await listen(bound);
    },
    async close() {
      sink.release();
      await sink.stop();
    },
  };
  return sink;
}
