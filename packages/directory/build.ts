/** The lawyer directory's build metadata (read by vite.config.ts; see packages/core/build.ts). */
import type { WidgetBuild } from '@retainer/core/build';

export const directoryBuild: WidgetBuild = {
  entry: 'packages/directory/src/index.ts',
  // Six demo lawyers: one column below 560px, two up to 880px, three above.
  reserve: [
    [0, 1700],
    [320, 1520],
    [400, 1390],
    [560, 940],
    [700, 770],
    [880, 540],
    [1100, 490],
  ],
};
