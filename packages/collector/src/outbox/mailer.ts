/**
 * Sending one email over SMTP with nodemailer. Transports are kept per server (by `MailServer.key`) and
 * rebuilt when the settings change. Errors come back as short text without addresses: they are shown in
 * the Outbox and never logged.
 *
 * @example
 *   const mailer = createMailer();
 *   await mailer.send(server, { to, subject, text, html, messageId, headers });
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailServer } from './email-settings.ts';

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** RFC 5322 `<id@host>`: the same on every attempt, so a duplicate can be recognised. */
  messageId: string;
  headers?: Record<string, string> | undefined;
};

export type Mailer = {
  send(server: MailServer, email: OutgoingEmail): Promise<void>;
  close(): void;
};

export type MailerOptions = { timeoutMs?: number };

export function createMailer({ timeoutMs = 20_000 }: MailerOptions = {}): Mailer {
  const transports = new Map<string, Transporter>();
  const transportFor = (server: MailServer) => {
    let transport = transports.get(server.key);
    if (!transport) {
      if (transports.size > 100) {
        for (const old of transports.values()) old.close();
        transports.clear();
      }
      transport = nodemailer.createTransport({
        // A few connections kept open per server: a burst of alerts does not pay a handshake each.
        pool: true,
        maxConnections: 3,
        host: server.host,
        port: server.port,
        secure: server.secure,
        ...(server.user ? { auth: { user: server.user, pass: server.password } } : {}),
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      });
      transports.set(server.key, transport);
    }
    return transport;
  };
  return {
    async send(server, email) {
      await transportFor(server).sendMail({
        from: server.from,
        ...(server.replyTo ? { replyTo: server.replyTo } : {}),
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        // RFC 3834: automatic mail; auto-responders should not answer it.
        headers: { 'Auto-Submitted': 'auto-generated', ...email.headers },
      });
    },
    close() {
      for (const transport of transports.values()) transport.close();
      transports.clear();
    },
  };
}

type SmtpError = { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };

/** A 5xx answer to the message itself will not change on retry; a connection or 4xx problem may. */
export function isPermanent(error: unknown): boolean {
  const code = (error as SmtpError)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 && (error as SmtpError).code !== 'EAUTH';
}

/** Short, address-free text for the Outbox: the error code and the server's answer, addresses blanked. */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const code = typeof e.code === 'string' ? e.code : '';
  const answer = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : '';
  const clean = answer
    .split(/\r?\n/)[0]!
    .replace(/<[^<>\s]*>/g, '<…>')
    .replace(/[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g, '…')
    .slice(0, 200);
  return [code, clean].filter(Boolean).join(': ') || 'Unknown error';
}
