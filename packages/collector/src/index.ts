/**
 * @retainer/collector — the HTTP service widgets report to.
 *
 * @example
 *   import { startCollector } from '@retainer/collector';
 *   const collector = await startCollector({ port: 0, dataDir: '/tmp/retainer' });
 *   console.log(collector.url); // http://localhost:PORT
 *   await collector.close();
 */
export { type AppOptions, type CollectorApp, createApp, demoContentSecurityPolicy } from './app.ts';
export { configurationTable, withConfigurationTable } from './config/config-reference.ts';
export { describeConfiguration } from './config/doctor.ts';
export { ConfigError, readEnvironment, settings } from './config/settings.ts';
export type { DataKeyOptions } from './crypto/data-key.ts';
export { dataKeyFileName, loadDataKey, parseDataKey } from './crypto/data-key.ts';
export type { FieldAddress, FieldCipher } from './crypto/field-cipher.ts';
export { createFieldCipher } from './crypto/field-cipher.ts';
export { verifyDataKey } from './crypto/verify-data-key.ts';
export { ProblemError } from './errors/index.ts';
export { decryptPersonalFields } from './intake/personal-fields.ts';
export { newReference, referenceAlphabet } from './intake/reference.ts';
export type { SeedOptions } from './seed/demo-site.ts';
export { demoDisclaimer, demoSettings, demoSiteId, seedDemoSite } from './seed/demo-site.ts';
export type { ListenOptions, RunningCollector } from './server/listen.ts';
export { listen } from './server/listen.ts';
export type { CollectorConfig, StartedCollector } from './server/start-collector.ts';
export { startCollector } from './server/start-collector.ts';
export type { SiteSettings } from './sites/site-settings.ts';
export type { Database, Db } from './storage/database.ts';
export { migrations } from './storage/migrations.ts';
export type { Storage, StorageOptions } from './storage/open-storage.ts';
export { openStorage } from './storage/open-storage.ts';
export type { EventRow, IntakeRow } from './storage/tables.ts';
export type { WriteBatcher, WriteBatcherOptions } from './storage/write-batcher.ts';
export { createWriteBatcher } from './storage/write-batcher.ts';
