/** The intake form's build metadata (read by vite.config.ts; see packages/core/build.ts). */
import type { WidgetBuild } from '@retainer/core/build';

export const intakeBuild: WidgetBuild = {
  entry: 'packages/intake/src/index.ts',
  // Sends a form through `transport.post`, which loads the runtime's lazy ky chunk; counted in its bytes.
  posts: true,
  reserve: [
    [0, 2150],
    [420, 1820],
    [560, 1420],
  ],
  // Fetched only on sites that turn on the intake's human check (issue 9): not in every visitor's bytes.
  optional: [/\/intake\/src\/captcha\.tsx$/],
};
