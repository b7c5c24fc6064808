/**
 * Starts the collector (child process, SQLite in a temp dir) and the fixture server for the whole
 * e2e run, hands their URLs to the tests through `inject()`, and stops both at the end.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, startCollector } from './support/collector-process.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import { freePort } from './support/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    collectorUrl: string;
    fixtureUrl: string;
    dataDir: string;
    dbFile: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(repoRoot, 'dist/w/manifest.json'))) {
    throw new Error('The widgets are not built: run `npm run test:e2e` (it builds first) or `npm run build`.');
  }
  const resultsDir = join(repoRoot, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const fixturePort = await freePort();
  const fixtureOrigin = `http://127.0.0.1:${fixturePort}`;
  const collector = await startCollector({
    demoOrigins: [fixtureOrigin],
    logFile: join(resultsDir, 'e2e-collector.log'),
  });
  const fixtures = await startFixtureServer({ collectorUrl: collector.url, port: fixturePort });
  project.provide('collectorUrl', collector.url);
  project.provide('fixtureUrl', fixtures.url);
  project.provide('dataDir', collector.dataDir);
  project.provide('dbFile', collector.dbFile);
  return async () => {
    await fixtures.close();
    await collector.stop();
  };
}
