import { describe, expect, it } from 'vitest';
import * as collector from './index.ts';
import * as testing from './testing.ts';

describe('@retainer/collector', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(collector).sort()).toEqual([
      'ConfigError',
      'ProblemError',
      'answerQuestion',
      'backupSqlite',
      'buildJourneyBreakdown',
      'buildJourneyMap',
      'buildJourneyTrends',
      'configurationTable',
      'createApp',
      'createFaqIndexCache',
      'createFieldCipher',
      'createWriteBatcher',
      'dataKeyFileName',
      'decryptPersonalFields',
      'demoContentSecurityPolicy',
      'demoDisclaimer',
      'demoSettings',
      'demoSiteId',
      'describeConfiguration',
      'fillGeneratedJourneys',
      'generateJourneys',
      'keyCheckOf',
      'keyIdOf',
      'listen',
      'loadDataKey',
      'loadDataKeys',
      'migrateToLatest',
      'migrations',
      'newReference',
      'openKeyring',
      'openSqliteFile',
      'openStorage',
      'parseDataKey',
      'promoteKey',
      'readEnvironment',
      'recordGeneratedJourneys',
      'referenceAlphabet',
      'refreshAllCohorts',
      'rotationStatus',
      'runRotation',
      'saveFaqSettings',
      'seedDemoSite',
      'settings',
      'startCollector',
      'sumFreshCohorts',
      'verifyDataKey',
      'withConfigurationTable',
      'withOtherLawyers',
    ]);
  });

  it('exports its test helpers from @retainer/collector/testing', () => {
    expect(Object.keys(testing).sort()).toEqual(['startFakeClio', 'startMailbox', 'startSmtpSink']);
  });
});
