/**
 * @retainer/collector/testing — helpers for tests and benchmarks outside the package: a real SMTP
 * server that keeps what it receives, and a fake Clio Grow Lead Inbox (issue 16).
 *
 * @example
 *   import { startSmtpSink } from '@retainer/collector/testing';
 *   const sink = await startSmtpSink();
 */
export { type ReceivedLead, startFakeClio } from './clio-grow/fake-clio.ts';
export { type Mailbox, type Received, startMailbox } from './messaging/test-mailbox.ts';
export { type ReceivedMail, type SmtpSink, startSmtpSink } from './test-support/smtp-sink.ts';
