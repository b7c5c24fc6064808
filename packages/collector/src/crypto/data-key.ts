/**
 * The keys that encrypt personal fields at rest: from `RETAINER_DATA_KEY` and `RETAINER_DATA_KEYS`
 * (base64, 32 bytes each), or generated once into the data directory as a 0600 file that may list
 * more keys, one a line, while a rotation is under way (see key-rotation/).
 *
 * @example
 *   const keys = loadDataKeys({ envKey: process.env.RETAINER_DATA_KEY, envKeys: process.env.RETAINER_DATA_KEYS, dataDir: './data' });
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type DataKeyOptions = {
  /** Base64 (or base64url) of 32 random bytes. */
  envKey?: string | undefined;
  /** Where a generated key lives: `<dataDir>/data.key`. */
  dataDir: string;
  /** More keys during a rotation: base64, separated by commas or white space. */
  envKeys?: string | undefined;
  log?: (line: string) => void;
};

export const dataKeyFileName = 'data.key';

/** Decodes a base64 key and insists on 32 bytes. */
export function parseDataKey(text: string, source: string): Buffer {
  // Node's base64 decoder also reads the base64url alphabet.
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(
      `${source} must be 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`), got ${key.length} bytes`,
    );
  }
  return key;
}

/** Keys separated by commas or white space (a key file: one a line). */
export function parseDataKeys(text: string, source: string): Buffer[] {
  const keys = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => parseDataKey(part, source));
  if (keys.length === 0) throw new Error(`${source} must hold at least one key (32 random bytes in base64)`);
  return keys;
}

/** The first configured key: the original one on a database that never rotated. */
export function loadDataKey(options: DataKeyOptions): Buffer {
  return loadDataKeys(options)[0]!;
}

/** Issue 19: a key other local users can read or write is no secret; stop rather than use it. */
function refuseSharedKeyFile(file: string): void {
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  throw new Error(
    `[retainer] The data key ${file} is readable by other users (mode ${mode.toString(8).padStart(4, '0')}). ` +
      `Run \`chmod 600 ${file}\` (and check who could have copied it), then start again.`,
  );
}

/** Every configured key, the original (or the only) one first. */
export function loadDataKeys({ envKey, envKeys, dataDir, log = console.log }: DataKeyOptions): Buffer[] {
  if (envKey || envKeys) {
    return [
      ...(envKey ? [parseDataKey(envKey, 'RETAINER_DATA_KEY')] : []),
      ...(envKeys ? parseDataKeys(envKeys, 'RETAINER_DATA_KEYS') : []),
    ];
  }
  const file = resolve(join(dataDir, dataKeyFileName));
  try {
    refuseSharedKeyFile(file);
    return parseDataKeys(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  try {
    // 'wx': if another process created it meanwhile, use theirs instead of overwriting it.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parseDataKeys(readFileSync(file, 'utf8'), file);
    throw error;
  }
  log(
    `Generated a new data key at ${file}. BACK IT UP: without it the encrypted intake fields cannot be read. ` +
      'To use your own, set RETAINER_DATA_KEY (base64 of 32 bytes).',
  );
  return [key];
}
