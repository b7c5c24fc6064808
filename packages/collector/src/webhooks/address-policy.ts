/**
 * Where a webhook may go (issue 16, SSRF): https only — http only for hosts the operator lists in
 * `RETAINER_WEBHOOK_ALLOW_HOSTS` — and never to a private, loopback, link-local, multicast, unspecified or
 * cloud-metadata address unless the host is listed. Checked when an endpoint is saved (every resolved
 * address) and again when sending, on the address actually connected to (`guardedLookup`), so a name that
 * resolves elsewhere later (DNS rebinding) gets nowhere. Numeric hosts (`2130706433`, `0x7f.1`, `127.1`) are
 * normalised by the URL parser to the address they mean before the check.
 *
 * @example
 *   const verdict = await checkWebhookUrl('http://169.254.169.254/', policy);
 *   if (!verdict.ok) throw new ProblemError(422, …, { detail: verdict.reason });
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export type ResolvedAddress = { address: string; family: 4 | 6 };

export type WebhookPolicy = {
  /** Hosts (`name`, `address` or `host:port`, lower case) allowed over http and on private addresses. */
  allowHosts: readonly string[];
  /** How long one delivery may take (Standard Webhooks: 15 s). */
  timeoutMs: number;
  /** Every address of a name (default: the system resolver). */
  resolve: (host: string) => Promise<ResolvedAddress[]>;
};

export const systemResolve = async (host: string): Promise<ResolvedAddress[]> =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export const defaultWebhookPolicy: WebhookPolicy = { allowHosts: [], timeoutMs: 15_000, resolve: systemResolve };

/** `RETAINER_WEBHOOK_ALLOW_HOSTS`: comma-separated hosts, each `name` or `name:port`. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

type Range = [string, number, 'ipv4' | 'ipv6', string];
const ranges: Range[] = [
  ['169.254.169.254', 32, 'ipv4', 'the cloud metadata address'],
  ['fd00:ec2::254', 128, 'ipv6', 'the cloud metadata address'],
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'private'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'private'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'private'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'private'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
  ['100::', 64, 'ipv6', 'reserved'],
];
const lists = ranges.map(([network, prefix, family, label]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, label };
});

/** IPv4 inside IPv6 (`::ffff:127.0.0.1`, NAT64 `64:ff9b::7f00:1`, `::127.0.0.1`): the IPv4 address it carries. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const high = Number.parseInt(hex[1]!, 16);
  const low = Number.parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why an address may not receive webhooks (`loopback`, `private`, …), or undefined when it may. */
export function forbiddenAddress(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4) return forbiddenAddress(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return lists.find(({ list, family: f }) => f === type && list.check(bare, type))?.label;
}

export type UrlVerdict = { ok: true; url: URL; allowListed: boolean } | { ok: false; code: string; reason: string };

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
/** Listed as the host (any port) or as `host:port`. */
export function isAllowListed(url: URL, policy: Pick<WebhookPolicy, 'allowHosts'>): boolean {
  const host = hostOf(url);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return policy.allowHosts.some((entry) => entry === host || entry === `${host}:${port}`);
}

/** The save-time check: scheme, credentials, and every address the host resolves to now. */
export async function checkWebhookUrl(text: string, policy: WebhookPolicy): Promise<UrlVerdict> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'invalid_url', reason: 'Not a valid URL' };
  }
  const allowListed = isAllowListed(url, policy);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, code: 'invalid_url', reason: 'Only https:// URLs can receive webhooks' };
  }
  if (url.protocol === 'http:' && !allowListed) {
    return {
      ok: false,
      code: 'https_required',
      reason: 'Webhooks need an https:// URL (http only for hosts in RETAINER_WEBHOOK_ALLOW_HOSTS)',
    };
  }
  if (url.username || url.password) {
    return { ok: false, code: 'credentials_in_url', reason: 'Put no user name or password in the URL' };
  }
  if (allowListed) return { ok: true, url, allowListed };
  const host = hostOf(url);
  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) === 6 ? 6 : 4 }] : await policy.resolve(host);
  } catch {
    return { ok: false, code: 'unresolvable', reason: `The host ${host} could not be resolved` };
  }
  if (addresses.length === 0) {
    return { ok: false, code: 'unresolvable', reason: `The host ${host} could not be resolved` };
  }
  for (const { address } of addresses) {
    const why = forbiddenAddress(address);
    if (why) return { ok: false, code: 'address_not_allowed', reason: refusal(host, address, why) };
  }
  return { ok: true, url, allowListed };
}

export const refusal = (host: string, address: string, why: string) =>
  host === address
    ? `${address} is ${why === 'not an IP address' ? 'not allowed' : `${why}`}: webhooks go to public addresses only`
    : `${host} resolves to ${address}, which is ${why}: webhooks go to public addresses only`;

export class ForbiddenAddressError extends Error {
  readonly code = 'EADDRNOTALLOWED';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void;

/**
 * The `lookup` of a delivery's socket: resolves once, refuses the connection if any address is forbidden,
 * and hands the checked addresses to the socket — it connects to exactly what was checked.
 */
export function guardedLookup(policy: WebhookPolicy, allowListed: boolean) {
  return (hostname: string, options: { all?: boolean } | number, callback: LookupCallback) => {
    policy.resolve(hostname).then(
      (addresses) => {
        const bad = allowListed ? undefined : addresses.find((a) => forbiddenAddress(a.address));
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`The host ${hostname} could not be resolved`), { code: 'ENOTFOUND' }), '');
        } else if (bad) {
          callback(new ForbiddenAddressError(refusal(hostname, bad.address, forbiddenAddress(bad.address) ?? '')), '');
        } else if (typeof options === 'object' && options.all) {
          callback(null, addresses);
        } else {
          callback(null, addresses[0]!.address, addresses[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
