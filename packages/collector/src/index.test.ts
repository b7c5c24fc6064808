import { describe, expect, it } from 'vitest';
import * as collector from './index.ts';

describe('@retainer/collector', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(collector).sort()).toEqual([
      'ProblemError',
      'createApp',
      'createFieldCipher',
      'createWriteBatcher',
      'dataKeyFileName',
      'decryptPersonalFields',
      'demoContentSecurityPolicy',
      'demoDisclaimer',
      'demoSettings',
      'demoSiteId',
      'listen',
      'loadDataKey',
      'migrations',
      'newReference',
      'openStorage',
      'parseDataKey',
      'referenceAlphabet',
      'seedDemoSite',
      'startCollector',
      'verifyDataKey',
    ]);
  });
});
