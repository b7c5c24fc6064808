/** The FAQ bot's build metadata (read by vite.config.ts; see packages/core/build.ts). */
import type { WidgetBuild } from '@retainer/core/build';

export const faqBuild: WidgetBuild = {
  entry: 'packages/faq/src/index.ts',
  // A launcher bubble in a corner (its own loader only); the chat chunk loads when the visitor opens it.
  // `<retainer-faq>` placed inline reserves the chat's height.
  float: true,
  reserve: [[0, 560]],
};
