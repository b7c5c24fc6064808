/**
 * `npm run backup -- [--data-dir data] [--out backups/retainer-<time>.db]`: an online copy of the
 * embedded SQLite database, safe while the collector runs. Keep the data key (data/data.key or
 * RETAINER_DATA_KEY) backed up separately: without it the encrypted fields cannot be read.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupSqlite } from '@retainer/collector';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, out: { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env.RETAINER_DATA_DIR ?? 'data');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = resolve(values.out ?? join('backups', `retainer-${stamp}.db`));

try {
  const { pages } = await backupSqlite(join(dataDir, 'retainer.db'), out);
  console.log(`Backed up ${pages} pages to ${out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
