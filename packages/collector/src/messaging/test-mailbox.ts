/**
 * A real SMTP server in the test process (`smtp-server`), keeping every message it accepts parsed by
 * `mailparser`, plus the delivery worker that sends the outbox to it. Tests read what actually arrived.
 *
 * @example
 *   const mailbox = await startMailbox();
 *   const outbox = createOutbox({ cipher, smtpUrl: mailbox.url });
 *   ...; await deliverAll(kit.storage, outbox); mailbox.to('ann@example.com');
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startDeliveryWorker } from '../outbox/delivery-worker.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { Storage } from '../storage/open-storage.ts';

export type Received = { to: string[]; mail: ParsedMail };

export type Mailbox = {
  url: string;
  received: Received[];
  /** Messages addressed to `address`, in arrival order. */
  to(address: string): ParsedMail[];
  clear(): void;
  close(): Promise<void>;
};

export async function startMailbox(): Promise<Mailbox> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((r) => r.to.includes(address.toLowerCase())).map((r) => r.mail),
    clear: () => {
      received.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Sends every due message once (the worker's own claim and send), then stops the worker. */
export async function deliverAll(storage: Storage, outbox: Outbox): Promise<number> {
  const worker = startDeliveryWorker({ db: storage.db, kind: storage.kind, outbox, pollMs: 3_600_000 });
  try {
    let sent = 0;
    for (let round = 0; round < 10; round++) {
      const now = await worker.runOnce();
      sent += now;
      if (now === 0) break;
    }
    return sent;
  } finally {
    await worker.stop();
  }
}

/** Every text part and header of a message, for "nothing confidential leaked" checks. */
export function everything(mail: ParsedMail): string {
  const headers = [...mail.headers.entries()].map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  return `${headers}\n${mail.subject ?? ''}\n${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
}
