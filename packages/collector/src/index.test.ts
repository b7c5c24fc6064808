import { describe, expect, it } from 'vitest';
import * as collector from './index.ts';

describe('@retainer/collector', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(collector).sort()).toEqual([
      'ConfigError',
      'ProblemError',
      'configurationTable',
      'createApp',
      'createFieldCipher',
      'createWriteBatcher',
      'dataKeyFileName',
      'decryptPersonalFields',
      'demoContentSecurityPolicy',
      'demoDisclaimer',
      'demoSettings',
      'demoSiteId',
      'describeConfiguration',
      'listen',
      'loadDataKey',
      'migrations',
      'newReference',
      'openStorage',
      'parseDataKey',
      'readEnvironment',
      'referenceAlphabet',
      'seedDemoSite',
      'settings',
      'startCollector',
      'verifyDataKey',
      'withConfigurationTable',
    ]);
  });
});
