/**
 * The collector's structured log: pino, one JSON line per event on stdout (pretty when stdout is a terminal),
 * level from `LOG_LEVEL`. Nothing a person wrote goes in: callers log ids, routes, counts and error classes only.
 * Code outside a request (background jobs, the SQLite writer) logs through `processLogger()`, which `main.ts`
 * points at its logger; requests log through the logger given to `createApp` (see request-log.ts).
 *
 * @example
 *   const logger = createLogger({ level: 'info' });
 *   setProcessLogger(logger);
 *   processLogger().warn({ job: 'retention_purge' }, 'background job failed');
 */
import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export type LoggerOptions = {
  level?: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON; default: when stdout is a terminal. */
  pretty?: boolean;
  /** Where lines go (tests capture them); default stdout. */
  stream?: Writable;
};

export function createLogger({ level = 'info', pretty = false, stream }: LoggerOptions = {}): Logger {
  const options = {
    level,
    base: { service: 'retainer-collector' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (stream) return pino(options, stream);
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard' } } });
  }
  // Asynchronous writes: a slow reader (a pipe to journald, a full terminal) must not stall requests; pino
  // flushes what is buffered when the process exits.
  return pino(options, pino.destination({ dest: 1, sync: false }));
}

/** A logger that writes nothing (tests, and apps built without one). */
export const silentLogger: Logger = pino({ level: 'silent' });

let shared: Logger | undefined;

/** The logger for code that runs outside a request; JSON at LOG_LEVEL on stdout until `setProcessLogger`. */
export function processLogger(): Logger {
  shared ??= createLogger({ level: (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info' });
  return shared;
}

export function setProcessLogger(logger: Logger): void {
  shared = logger;
}

/** What an error may say in a log: its class and code, never its message (it can quote request data). */
export function errorFacts(error: unknown): { name: string; code?: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { name, code } : { name };
}
