/**
 * @retainer/collector — the HTTP service widgets report to.
 *
 * @example
 *   import { startCollector } from '@retainer/collector';
 *   const collector = await startCollector({ port: 0, dataDir: '/tmp/retainer' });
 *   console.log(collector.url); // http://localhost:PORT
 *   await collector.close();
 *
 * The one way into the package from outside it (scripts/, test/): nothing imports its src/ by path
 * (test/boundary.test.ts). Test helpers that start mail servers are in `@retainer/collector/testing`.
 */
export { type AppOptions, type CollectorApp, createApp, demoContentSecurityPolicy } from './app.ts';
export { configurationTable, withConfigurationTable } from './config/config-reference.ts';
export { describeConfiguration } from './config/doctor.ts';
export { ConfigError, readEnvironment, settings } from './config/settings.ts';
export type { DataKeyOptions } from './crypto/data-key.ts';
export { dataKeyFileName, loadDataKey, loadDataKeys, parseDataKey } from './crypto/data-key.ts';
export type { FieldAddress, FieldCipher } from './crypto/field-cipher.ts';
export { createFieldCipher, keyCheckOf } from './crypto/field-cipher.ts';
export { keyIdOf } from './crypto/keyring.ts';
export { verifyDataKey } from './crypto/verify-data-key.ts';
export { ProblemError } from './errors/index.ts';
export { answerQuestion } from './faq/answer-question.ts';
export { createFaqIndexCache } from './faq/index-cache.ts';
export type { OfficeFact } from './faq/search-index.ts';
export { saveFaqSettings } from './faq/settings-store.ts';
export { decryptPersonalFields } from './intake/personal-fields.ts';
export { newReference, referenceAlphabet } from './intake/reference.ts';
export { refreshAllCohorts, sumFreshCohorts } from './journey/cohorts.ts';
export { fillGeneratedJourneys } from './journey/fill-generated.ts';
export { type GenerateOptions, generateJourneys } from './journey/generate-journeys.ts';
export { buildJourneyBreakdown } from './journey/journey-breakdown.ts';
export type { Scope } from './journey/journey-filters.ts';
export { buildJourneyMap } from './journey/journey-map.ts';
export { buildJourneyTrends } from './journey/journey-trends.ts';
export { withOtherLawyers } from './journey/other-lawyers.ts';
export { recordGeneratedJourneys } from './journey/record-generated.ts';
export { openKeyring, promoteKey, rotationStatus, runRotation } from './key-rotation/index.ts';
export type { SeedOptions } from './seed/demo-site.ts';
export { demoDisclaimer, demoSettings, demoSiteId, seedDemoSite } from './seed/demo-site.ts';
export type { ListenOptions, RunningCollector } from './server/listen.ts';
export { listen } from './server/listen.ts';
export type { CollectorConfig, StartedCollector } from './server/start-collector.ts';
export { startCollector } from './server/start-collector.ts';
export type { SiteSettings } from './sites/site-settings.ts';
export { backupSqlite } from './storage/backup-sqlite.ts';
export type { Database, Db } from './storage/database.ts';
export { migrateToLatest, migrations } from './storage/migrations.ts';
export type { Storage, StorageOptions } from './storage/open-storage.ts';
export { openStorage } from './storage/open-storage.ts';
export { openSqliteFile } from './storage/sqlite-file.ts';
export type { EventRow, IntakeRow } from './storage/tables.ts';
export type { WriteBatcher, WriteBatcherOptions } from './storage/write-batcher.ts';
export { createWriteBatcher } from './storage/write-batcher.ts';
