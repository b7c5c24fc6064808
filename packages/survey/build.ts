/** The client survey's build metadata (read by vite.config.ts; see packages/core/build.ts). */
import type { WidgetBuild } from '@retainer/core/build';

export const surveyBuild: WidgetBuild = {
  entry: 'packages/survey/src/index.ts',
  // Opens from an invitation link or `Retainer('survey', token)` as a floating dialog (no space to reserve: its
  // CSS drops the reservation), or inside a `<retainer-survey>` placement; never by itself after its script tag.
  inline: false,
  // Inline, the tallest state it can show at load (issue 18): NPS with the lawyer question, in en/ru/zh, with a long
  // lawyer name — 736/634/562px at host widths 304/404/544 on the demo's fonts (the notice without a token is 58–82px,
  // thanks 221–326px). Reserving less shifted the page when the questions came (CLS 0.0038 on the bench's page).
  reserve: [
    [0, 780],
    [404, 670],
    [540, 600],
  ],
};
