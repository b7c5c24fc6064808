/**
 * The FAQ bot's collector side: the public ask and settings endpoints, the staff's entries, settings and
 * report, the demo seed and the retention purge.
 *
 * @example
 *   app.post('/v1/faq/ask', askFaq({ storage, sites, cipher, indexes: createFaqIndexCache(storage.db) }));
 */

export {
  addFaqPhrasingRoute,
  createFaqEntryRoute,
  deleteFaqEntryRoute,
  faqReportRoute,
  getFaqSettingsRoute,
  listFaqEntriesRoute,
  putFaqSettingsRoute,
  updateFaqEntryRoute,
} from './admin-routes.ts';
export { askFaq, defaultAskLimits } from './ask-route.ts';
export { createFaqIndexCache } from './index-cache.ts';
export { serveFaqSettings } from './public-settings.ts';
export { purgeFaqQuestions } from './question-store.ts';
export { seedDemoFaq } from './seed-faq.ts';
