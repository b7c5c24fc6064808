/**
 * Each site's mail settings (Settings → Email): its own SMTP server or the instance's (`RETAINER_SMTP_URL`),
 * the sender, reply-to, and whether prospects get an acknowledgement. The password is a field-cipher token
 * and never leaves this module except into the SMTP transport.
 *
 * @example
 *   const server = await resolveServer(db, cipher, 'harbor-vale', instanceUrl); // undefined: hold the messages
 */
import type { EmailSettings, EmailSettingsInput } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { smtpPasswordAddress } from './tables.ts';

export type StoredEmailSettings = {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  from: string;
  fromName: string;
  replyTo: string;
  acknowledgeIntakes: boolean;
};

export const defaultEmailSettings: StoredEmailSettings = {
  host: '',
  port: 587,
  secure: false,
  user: '',
  from: '',
  fromName: '',
  replyTo: '',
  acknowledgeIntakes: true,
};

/** Where and as whom a message goes out. */
export type MailServer = {
  /** Stable text naming the server and account (transport cache key); never logged. */
  key: string;
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  from: string;
  replyTo: string;
};

type Loaded = { settings: StoredEmailSettings; password: string | null };

export async function loadEmailSettings(db: Db, site: string): Promise<Loaded> {
  const row = await db
    .selectFrom('email_settings')
    .select(['settings', 'password'])
    .where('site', '=', site)
    .executeTakeFirst();
  return {
    settings: row
      ? { ...defaultEmailSettings, ...(JSON.parse(row.settings) as Partial<StoredEmailSettings>) }
      : { ...defaultEmailSettings },
    password: row?.password ?? null,
  };
}

/** The instance default: `smtp://user:pass@host:587` or `smtps://…`; `?from=` may name the sender. */
export function parseSmtpUrl(url: string): Omit<MailServer, 'key' | 'replyTo'> & { fromName: string } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new Error('The mail server URL must start with smtp:// or smtps://');
  if (!parsed.hostname) throw new Error('The mail server URL names no host');
  const secure = parsed.protocol === 'smtps:';
  const user = decodeURIComponent(parsed.username);
  const from = parsed.searchParams.get('from') ?? (user.includes('@') ? user : `retainer@${parsed.hostname}`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    user,
    password: decodeURIComponent(parsed.password),
    from,
    fromName: parsed.searchParams.get('fromName') ?? '',
  };
}

const sender = (from: string, name: string) => (name ? `"${name.replace(/["\\]/g, '')}" <${from}>` : from);

/** The server a site's messages use now: its own, else the instance's, else none (hold them). */
export async function resolveServer(
  db: Db,
  cipher: FieldCipher,
  site: string,
  instanceUrl: string | undefined,
): Promise<MailServer | undefined> {
  const { settings, password } = site
    ? await loadEmailSettings(db, site)
    : { settings: defaultEmailSettings, password: null };
  const instance = instanceUrl ? parseSmtpUrl(instanceUrl) : undefined;
  if (settings.host) {
    const secret = password ? cipher.decrypt(password, smtpPasswordAddress(site)) : '';
    const from = settings.from || instance?.from || `retainer@${settings.host}`;
    return {
      key: JSON.stringify(['site', site, settings.host, settings.port, settings.secure, settings.user, secret]),
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      user: settings.user,
      password: secret,
      from: sender(from, settings.fromName),
      replyTo: settings.replyTo,
    };
  }
  if (!instance) return undefined;
  return {
    key: JSON.stringify(['instance', instanceUrl]),
    host: instance.host,
    port: instance.port,
    secure: instance.secure,
    user: instance.user,
    password: instance.password,
    // A site may name its own sender and reply-to on the instance's server.
    from: sender(settings.from || instance.from, settings.fromName || instance.fromName),
    replyTo: settings.replyTo,
  };
}

export function publicEmailSettings(loaded: Loaded, instanceServer: boolean): EmailSettings {
  const { settings, password } = loaded;
  return {
    ...settings,
    passwordSet: password !== null,
    instanceServer,
    delivery: settings.host ? 'site' : instanceServer ? 'instance' : 'held',
  };
}

/** Applies `input` over what is stored: a URL fills host, port, security, user and password. */
export function mergeEmailSettings(
  loaded: Loaded,
  input: EmailSettingsInput,
): { settings: StoredEmailSettings; password: string | null | undefined } {
  const next: StoredEmailSettings = { ...loaded.settings };
  let password: string | null | undefined;
  if (input.smtpUrl) {
    const server = parseSmtpUrl(input.smtpUrl);
    Object.assign(next, { host: server.host, port: server.port, secure: server.secure, user: server.user });
    password = server.password || null;
  }
  for (const key of ['host', 'port', 'secure', 'user', 'from', 'fromName', 'replyTo', 'acknowledgeIntakes'] as const) {
    if (input[key] !== undefined) (next as Record<string, unknown>)[key] = input[key];
  }
  if (input.password !== undefined) password = input.password === '' ? null : input.password;
  if (!next.host) password = null;
  return { settings: next, password };
}

export async function saveEmailSettings(
  db: Db,
  cipher: FieldCipher,
  site: string,
  merged: { settings: StoredEmailSettings; password: string | null | undefined },
  now: number,
): Promise<void> {
  const values = {
    settings: JSON.stringify(merged.settings),
    updated_at: now,
    ...(merged.password === undefined
      ? {}
      : { password: merged.password === null ? null : cipher.encrypt(merged.password, smtpPasswordAddress(site)) }),
  };
  await db
    .insertInto('email_settings')
    .values({ site, password: null, ...values })
    .onConflict((oc) => oc.column('site').doUpdateSet(values))
    .execute();
}
