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
        "messageLoader",
        "mountShadow",
        "newId",
        "pageRuntime",
        "parseCommand",
        "plural",
        "readWidgetConfig",
        "resolveLanguage",
        "resolveTheme",
        "runCommand",
        "setupError",
        "styleSheet",
        "themeDefaults",
        "themeVariables",
        "trapFocus",
        "usePaintStep",
        "warn",
        "writeTheme",
      ]
    `);
  });
});
