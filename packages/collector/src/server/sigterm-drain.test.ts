import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { intakeBody } from '../test-support/requests.ts';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

// Issue 9: "SIGTERM drains in-flight requests within 10 s". The request is provably in flight when the
// signal arrives: the server has parsed its headers (it sent 100 Continue) and the body is sent only
// after the collector said it is stopping.
describe('SIGTERM', () => {
  it('answers and stores a request in flight, then exits 0 within the 10 s drain', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-sigterm-'));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RETAINER_DATA_DIR: dir, DATABASE_URL: '' },
    });
    let output = '';
    const printed = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => output.includes(text) && resolve();
        child.stdout.on('data', check);
        child.once('exit', () => reject(new Error(`exited before printing "${text}":\n${output}`)));
        check();
      });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
      });
    }
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await printed('Storage:');
    const port = Number(/Retainer collector: http:\/\/[^:]+:(\d+)/.exec(output)?.[1]);

    const submission = intakeBody();
    const body = JSON.stringify(submission);
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/intake',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    req.flushHeaders();
    await new Promise<void>((resolve) => req.once('continue', resolve));

    const signalled = Date.now();
    child.kill('SIGTERM');
    await printed('SIGTERM: finishing in-flight requests');
    req.end(body);

    const answer = await answered;
    expect(answer.status, answer.text).toBe(201);
    expect(await exited).toBe(0);
    // The drain gives up on connections after 10 s; this one finished, so the exit came well before.
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(output).toContain('Collector stopped.');

    const db = new Database(join(dir, 'retainer.db'), { readonly: true, fileMustExist: true });
    const stored = db.prepare('select count(*) as n from intakes where id = ?').get(submission.id) as { n: number };
    db.close();
    expect(stored.n).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
