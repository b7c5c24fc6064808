/**
 * Starts `outbox-child.ts` (a collector with its outbox worker) in a process of its own, for tests that SIGKILL it
 * mid-delivery; resolves once it listens, with its URL.
 *
 * @example
 *   const one = await startOutboxChild({ dataDir, smtpUrl });
 *   one.process.kill('SIGKILL');
 *   await one.exited;
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./outbox-child.ts', import.meta.url));

export type RunningChild = { process: ChildProcess; url: string; exited: Promise<unknown> };

export function startOutboxChild(config: Record<string, unknown>): Promise<RunningChild> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify(config)], {
    env: { ...process.env, DATABASE_URL: '' },
  });
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  let output = '';
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk) => {
      output += chunk;
      const line = /\{"url":"[^"]+"\}/.exec(output);
      if (line) resolve({ process: proc, url: (JSON.parse(line[0]) as { url: string }).url, exited });
    });
    proc.stderr.on('data', (chunk) => {
      output += chunk;
    });
    proc.once('exit', () => reject(new Error(`collector exited before listening:\n${output}`)));
  });
}
