/**
 * One HTTP POST of a signed webhook: no redirects followed (a 3xx is an answer like any other), one deadline
 * for the whole exchange, the first 1 KB of the answer kept, and the address checks of `address-policy.ts`
 * applied to the socket itself — the name is resolved once and the checked address is the one connected to.
 *
 * @example
 *   const answer = await postWebhook({ url, headers, body, policy });
 *   if (answer.status >= 200 && answer.status < 300) …
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import {
  ForbiddenAddressError,
  forbiddenAddress,
  guardedLookup,
  isAllowListed,
  refusal,
  type WebhookPolicy,
} from './address-policy.ts';

export const maxExcerptBytes = 1024;

export type WebhookAnswer = { status: number; body: string; retryAfter: string | undefined; durationMs: number };

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly durationMs: number,
    /** True when the address rules refused it: no request left the collector. */
    readonly refused = false,
  ) {
    super(message);
  }
}

export type PostOptions = { url: string; headers: Record<string, string>; body: string; policy: WebhookPolicy };

/** Sends the request; resolves with the answer (any status), rejects with a `DeliveryError` when none came. */
export function postWebhook({ url: text, headers, body, policy }: PostOptions): Promise<WebhookAnswer> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<WebhookAnswer>((resolve, reject) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      reject(new DeliveryError('Not a valid URL', 0, true));
      return;
    }
    const allowListed = isAllowListed(url, policy);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!allowListed && (url.protocol !== 'https:' || url.username || url.password)) {
      reject(new DeliveryError('Webhooks need an https:// URL without credentials', 0, true));
      return;
    }
    // A literal address is connected to without a lookup: check it here.
    const literal = isIP(host) ? forbiddenAddress(host) : undefined;
    if (!allowListed && literal) {
      reject(new DeliveryError(refusal(host, host, literal), 0, true));
      return;
    }
    let settled = false;
    const fail = (error: DeliveryError) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      reject(error);
    };
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(policy, allowListed) as never,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Retainer-Webhooks/1',
        ...headers,
      },
    });
    const deadline = setTimeout(
      () => fail(new DeliveryError(`No answer within ${Math.round(policy.timeoutMs / 100) / 10} s`, elapsed())),
      policy.timeoutMs,
    );
    request.on('socket', (socket) => {
      // Belt and braces: whatever resolved, the peer actually connected to must be allowed.
      socket.once('connect', () => {
        const peer = socket.remoteAddress ?? '';
        const why = allowListed ? undefined : forbiddenAddress(peer);
        if (why) fail(new DeliveryError(refusal(host, peer, why), elapsed(), true));
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const refused = error instanceof ForbiddenAddressError;
      fail(new DeliveryError(describeNetworkError(error), elapsed(), refused));
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        const excerpt = Buffer.concat(chunks).subarray(0, maxExcerptBytes).toString('utf8');
        const retryAfter = response.headers['retry-after'];
        response.destroy();
        resolve({ status: response.statusCode ?? 0, body: excerpt, retryAfter, durationMs: elapsed() });
      };
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= maxExcerptBytes) finish();
      });
      response.on('end', finish);
      response.on('error', finish);
    });
    request.end(body);
  });
}

/** A network failure in words for the delivery log; never the payload. */
export function describeNetworkError(error: NodeJS.ErrnoException): string {
  if (error instanceof ForbiddenAddressError) return error.message;
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'Connection refused';
    case 'ECONNRESET':
      return 'Connection reset by the receiver';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'The host could not be resolved';
    case 'ETIMEDOUT':
      return 'Connection timed out';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate not accepted (${error.code})`;
    default:
      return error.code ? `Network error (${error.code})` : 'Network error';
  }
}
