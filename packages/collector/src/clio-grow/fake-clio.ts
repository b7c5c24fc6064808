/**
 * A local stand-in for Clio Grow's Lead Inbox API on 127.0.0.1, for tests: it checks what Clio documents
 * (POST /inbox_leads, JSON in and out, the five required lead fields, a known token) and answers with the
 * next queued status (default 201).
 *
 * @example
 *   const clio = await startFakeClio('tok_1234567890');
 *   clio.answers.push(503); // the next request fails
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedLead = {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: { inbox_lead: Record<string, string>; inbox_lead_token: string };
};

const required = ['from_first', 'from_last', 'from_message', 'referring_url', 'from_source'];
const documented = new Set([...required, 'from_email', 'from_phone']);

export async function startFakeClio(token: string) {
  const received: ReceivedLead[] = [];
  const answers: number[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/inbox_leads') return answer(404, { error: 'not found' });
      if (!/^application\/json/.test(req.headers['content-type'] ?? '') || req.headers.accept !== 'application/json') {
        return answer(415, { error: 'JSON only' });
      }
      const body = JSON.parse(text) as ReceivedLead['body'];
      received.push({ path: req.url, headers: req.headers, body });
      const lead = body.inbox_lead ?? {};
      if (body.inbox_lead_token !== token) return answer(401, { error: 'Invalid inbox lead token' });
      const unknown = Object.keys(lead).filter((key) => !documented.has(key));
      const missing = required.filter((key) => !lead[key]);
      if (unknown.length || missing.length) return answer(422, { error: 'invalid lead', unknown, missing });
      const status = answers.shift() ?? 201;
      answer(status, status < 300 ? { inbox_lead: { id: received.length, ...lead } } : { error: 'Server error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
