/**
 * `npm run rotate-key -- <command> [--data-dir data]`: data key rotation (README "Operating it").
 *   new             generate a key; appended to <data-dir>/data.key when that file holds the keys,
 *                   else printed for RETAINER_DATA_KEYS
 *   promote <kid>   make a loaded key the one every collector writes with (refused while a running
 *                   collector has not loaded it)
 *   status          each key's state and what still depends on it, collectors, re-encryption progress
 *   run             re-encrypt everything to the primary key now (collectors also do it in the background)
 * Uses DATABASE_URL (else SQLite in the data dir) and RETAINER_DATA_KEY / RETAINER_DATA_KEYS like the collector.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataKeyFileName, loadDataKeys } from '../packages/collector/src/crypto/data-key.ts';
import { keyCheckOf } from '../packages/collector/src/crypto/field-cipher.ts';
import { keyIdOf } from '../packages/collector/src/crypto/keyring.ts';
import { openKeyring, promoteKey, rotationStatus, runRotation } from '../packages/collector/src/key-rotation/index.ts';
import { openStorage } from '../packages/collector/src/storage/open-storage.ts';

const { values, positionals } = parseArgs({ options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
const dataDir = resolve(values['data-dir'] ?? process.env.RETAINER_DATA_DIR ?? 'data');
const env = {
  envKey: process.env.RETAINER_DATA_KEY || undefined,
  envKeys: process.env.RETAINER_DATA_KEYS || undefined,
};
const [command, argument] = positionals;

async function withStorage<T>(work: (storage: Awaited<ReturnType<typeof openStorage>>) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  const storage = await openStorage(
    url ? { kind: 'postgres', url } : { kind: 'sqlite', file: join(dataDir, 'retainer.db') },
  );
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

function newKey(): void {
  const key = randomBytes(32);
  const kid = keyIdOf(keyCheckOf(key));
  const file = join(dataDir, dataKeyFileName);
  if (!env.envKey && !env.envKeys && existsSync(file)) {
    appendFileSync(file, `${key.toString('base64')}\n`);
    console.log(`Added data key ${kid} to ${file}. Back the file up, restart the collector, then:`);
  } else {
    console.log(`New data key ${kid} (keep it secret, back it up):\n${key.toString('base64')}`);
    console.log('Add it to RETAINER_DATA_KEYS on every collector (keep the current keys), restart them, then:');
  }
  console.log(`  npm run rotate-key -- promote ${kid}`);
}

async function printStatus(): Promise<void> {
  const status = await withStorage((storage) => rotationStatus(storage.db, Date.now()));
  for (const key of status.keys) {
    console.log(`key ${key.kid}  ${key.state}${key.legacy ? '  (original key: v1 tokens)' : ''}`);
    for (const d of key.dependents) {
      const why = {
        token: '',
        recompute: '',
        expires: ' (cleared once older than a day)',
        pinned: ' (reissue access codes to release)',
      };
      console.log(`  ${d.table}.${d.column}: ${d.rows} rows${why[d.kind]}`);
    }
    if (key.state !== 'retired' && key.state !== 'primary' && key.dependents.length === 0 && key.state !== 'added') {
      console.log('  nothing depends on it: the collectors retire it on their next check');
    }
  }
  for (const c of status.collectors) {
    console.log(
      `collector ${c.live ? 'live' : 'gone'}: keys ${c.kids.join(',')}, writes with ${c.writesWith}, seen ${new Date(c.seenAt).toISOString()}`,
    );
  }
  for (const p of status.progress) {
    console.log(
      `re-encryption ${p.table}: ${p.done ? 'done' : 'in progress'} to ${p.targetKid}, ${p.rewritten} rows rewritten`,
    );
  }
}

async function run(): Promise<void> {
  const keys = loadDataKeys({ ...env, dataDir });
  await withStorage(async (storage) => {
    const ring = await openKeyring(storage, keys);
    const result = await runRotation(storage.db, ring, { now: Date.now(), recheck: true });
    console.log(`Rewrote ${result.rewritten} rows in ${result.batches} batches to key ${ring.primaryKid}.`);
    if (result.failed > 0) console.log(`${result.failed} values did not decrypt and were left as they are.`);
    if (result.retired.length > 0) console.log(`Retired: ${result.retired.join(', ')}.`);
  });
}

try {
  if (command === 'new') newKey();
  else if (command === 'promote' && argument) {
    await withStorage((storage) => promoteKey(storage.db, argument, Date.now()));
    console.log(
      `Data key ${argument} is primary: collectors switch within about 20 seconds and re-encrypt in the background.`,
    );
  } else if (command === 'status') await printStatus();
  else if (command === 'run') await run();
  else {
    console.error('Usage: npm run rotate-key -- new | promote <kid> | status | run [--data-dir data]');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
