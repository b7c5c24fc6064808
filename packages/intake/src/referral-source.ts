/**
 * "How did you hear about us?" as a category for the journey map. The visitor's own words stay
 * in the (encrypted) intake; only the category travels with the analytics event.
 *
 * @example
 *   referralSource('A friend recommended you'); // 'referral'
 *   referralSource('');                          // undefined
 */
import type { ReferralSource } from '@retainer/schema/admin';

const patterns: [ReferralSource, RegExp][] = [
  [
    'referral',
    /friend|famil|colleague|recommend|referr|word of mouth|друг|знаком|рекоменд|коллег|朋友|推荐|介绍|同事/i,
  ],
  ['search', /google|bing|yandex|baidu|duckduckgo|search|поиск|яндекс|гугл|搜索|百度/i],
  [
    'social',
    /facebook|instagram|linkedin|twitter|tiktok|youtube|social|telegram|вконтакте|соцсет|微信|微博|wechat|weibo|小红书|抖音/i,
  ],
  ['directory', /avvo|justia|martindale|findlaw|directory|listing|каталог|справочник|目录|名录/i],
  ['event', /event|seminar|conference|webinar|talk|семинар|конференц|мероприят|讲座|会议|活动/i],
];

export function referralSource(answer: string | undefined): ReferralSource | undefined {
  const text = answer?.trim();
  if (!text) return undefined;
  return patterns.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
