/** The case-status tracker's build metadata (read by vite.config.ts; see packages/core/build.ts). */
import type { WidgetBuild } from '@retainer/core/build';

export const statusBuild: WidgetBuild = {
  entry: 'packages/status/src/index.ts',
  // The lookup form (reference, code, button); the matter view that follows is the visitor's doing.
  reserve: [
    [0, 440],
    [420, 370],
  ],
};
