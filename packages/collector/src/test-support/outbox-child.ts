/**
 * A collector in a child process for the outbox's crash tests: `node --import tsx outbox-child.ts <json config>`.
 * Prints one JSON line `{ "url": … }` once it listens; killed with SIGKILL by the test.
 */
import { unlimited } from '../rate-limit/public-limits.ts';
import { startCollector } from '../server/start-collector.ts';

const config = JSON.parse(process.argv[2] ?? '{}') as {
  dataDir: string;
  smtpUrl: string;
  databaseUrl?: string;
  databaseSchema?: string;
  leaseMs?: number;
  /** Issue 16: webhook hosts allowed over http (the test's receiver). */
  webhookAllowHosts?: string[];
};
const collector = await startCollector({
  port: 0,
  host: '127.0.0.1',
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  databaseSchema: config.databaseSchema,
  seedDemo: true,
  publicLimits: unlimited,
  firstAdmin: {
    email: 'hana@harborvale.example',
    password: 'correct horse battery staple',
    name: 'Hana',
    firmName: 'Harbor & Vale',
  },
  admin: { passwordCost: { logN: 10, r: 8, p: 1 } },
  outbox: {
    smtpUrl: config.smtpUrl,
    pollMs: 200,
    ...(config.leaseMs ? { leaseMs: config.leaseMs } : {}),
    ...(config.webhookAllowHosts ? { webhookAllowHosts: config.webhookAllowHosts } : {}),
  },
  log: () => {},
});
console.log(JSON.stringify({ url: collector.url }));
// SIGTERM: stop cleanly (the delivery worker settles what it is sending); SIGKILL is the crash.
process.on('SIGTERM', () => {
  void collector.close().then(() => process.exit(0));
});
