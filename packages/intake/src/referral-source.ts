/**
 * "How did you hear about us?" as a category for the journey map. The visitor's own words stay
 * in the (encrypted) intake; only the category travels with the analytics event.
 *
 * @example
 *   referralSource('A friend recommended you'); // 'referral'
 *   referralSource('');                          // undefined
 */
import type { ReferralSource } from '@retainer/schema/admin';

// Short on purpose: every byte here ships with the form (the page-load budget is 24 KB).
const patterns: [ReferralSource, RegExp][] = [
  ['referral', /friend|famil|recommend|referr|colleague|друг|знаком|рекоменд|朋友|推荐|介绍/i],
  ['search', /google|bing|yandex|baidu|search|поиск|搜索|百度/i],
  ['social', /facebook|instagram|linkedin|twitter|tiktok|social|соцсет|微信|wechat/i],
  ['directory', /avvo|justia|findlaw|martindale|director|каталог|名录/i],
  ['event', /event|seminar|conference|webinar|семинар|конференц|讲座|活动/i],
];

export function referralSource(answer: string | undefined): ReferralSource | undefined {
  const text = answer?.trim();
  if (!text) return undefined;
  return patterns.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
