import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorToProblem } from '../errors/index.ts';
import { readJsonBody } from './index.ts';

const app = new Hono();
app.onError((error) => errorToProblem(error));
app.post('/echo', async (c) => c.json({ value: await readJsonBody(c, 16 * 1024) }));

const post = (body: string, type = 'text/plain;charset=UTF-8') =>
  app.request('/echo', { method: 'POST', headers: { 'content-type': type }, body });

describe('readJsonBody', () => {
  it('keeps well-formed text, escaped or not, incl. a surrogate pair and a literal backslash-u', async () => {
    for (const [body, value] of [
      ['{"a":"\\ud83d\\ude00 😀"}', { a: '😀 😀' }],
      ['{"a":"C:\\\\u0000 is text"}', { a: 'C:\\u0000 is text' }],
      ['["Иван","张伟"]', ['Иван', '张伟']],
    ] as const) {
      const res = await post(body);
      expect(res.status).toBe(200);
      expect((await res.json()).value).toEqual(value);
    }
  });

  it.each([
    ['a NUL', '{"a":"x\\u0000y"}'],
    ['a lone high surrogate', '{"a":"\\ud800"}'],
    ['a lone low surrogate in a key', '{"\\udc00":1}'],
    ['a lone surrogate deep inside', `${'['.repeat(5000)}"\\ud800"${']'.repeat(5000)}`],
  ])('refuses %s with a 400 problem', async (_, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: 'urn:retainer:problem:malformed-json' });
  });

  it('refuses a body over the limit (413), a form type (415) and broken UTF-8 (400)', async () => {
    expect((await post(`"${'x'.repeat(17_000)}"`)).status).toBe(413);
    expect((await post('{}', 'application/x-www-form-urlencoded')).status).toBe(415);
    const res = await app.request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: new Uint8Array([0x22, 0xff, 0x22]),
    });
    expect(res.status).toBe(400);
  });
});
