import { describe, expect, it } from 'vitest';
import * as core from './index.ts';

describe('@retainer/core', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "LoadFailed",
        "Skeleton",
        "SupportReference",
        "baseCss",
        "contrastRatio",
        "createEventQueue",
        "createJourney",
        "createRuntime",
        "createTransport",
        "defineWidget",
        "describeFailure",
        "emitHostEvent",
        "installCommandQueue",
        "journeyKey",
        "loadMessages",
        "matchLanguage",
        "messageLanguages",
        "mountShadow",
        "newId",
        "pageRuntime",
        "parseCommand",
        "readWidgetConfig",
        "resolveLanguage",
        "resolveTheme",
        "runCommand",
        "setupError",
        "styleSheet",
        "themeDefaults",
        "themeVariables",
        "usePaintStep",
        "warn",
        "writeTheme",
      ]
    `);
  });
});
