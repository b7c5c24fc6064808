/** The client survey's build metadata (read by vite.config.ts; see packages/core/build.ts). */
import type { WidgetBuild } from '@retainer/core/build';

export const surveyBuild: WidgetBuild = {
  entry: 'packages/survey/src/index.ts',
  // Opens from an invitation link or `Retainer('survey', token)` as a floating dialog (no space to reserve), or
  // inside a `<retainer-survey>` placement; never by itself after its script tag.
  inline: false,
  reserve: [],
};
