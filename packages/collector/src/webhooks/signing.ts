/**
 * Standard Webhooks signing (standardwebhooks.com) with the `standardwebhooks` package: `whsec_` secrets,
 * `v1,<base64 HMAC-SHA256 of id.timestamp.body>`. During a rotation the old and new secrets both sign, so the
 * header carries two signatures and a receiver with either secret accepts the message.
 *
 * @example
 *   const headers = signedHeaders('msg_…', new Date(), body, [secret, previousSecret]);
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new secret: 32 random bytes, `whsec_` + base64 (what every Standard Webhooks library reads). */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export function signedHeaders(id: string, at: Date, body: string, secrets: string[]): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(id, at, body));
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
