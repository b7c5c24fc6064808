/**
 * Data retention (issue 9): per-site settings for how long intake text, survey comments and raw journey
 * events are kept, the admin routes that edit them, and one scheduler that runs every purge (the FAQ's
 * questions included) in bounded batches.
 *
 * @example
 *   api.get('/sites/:site/retention', getRetentionRoute(deps));
 *   const stop = schedulePurges(storage, cipher);
 */

export { purgedNote, purgeIntakeText } from './intake-text.ts';
export { schedulePurges } from './purge-timer.ts';
export { pruneRawEvents } from './raw-events.ts';
export { getRetentionRoute, putRetentionRoute } from './routes.ts';
export { runPurges } from './run-purges.ts';
export { everySiteRetention, loadRetentionSettings } from './settings-store.ts';
export { purgeSurveyComments } from './survey-comments.ts';
