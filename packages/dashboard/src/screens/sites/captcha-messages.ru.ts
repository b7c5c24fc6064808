/** The site's human-check form (issue 9), Russian. */
import type { CaptchaMessages } from './captcha-messages.en.ts';

export const captchaRu: CaptchaMessages = {
  title: 'Защита от спама: проверка на человека',
  intro:
    'При желании посетители проходят Cloudflare Turnstile или hCaptcha перед отправкой формы заявки. Коллектор проверяет каждый ответ у провайдера и принимает его только один раз.',
  provider: 'Проверка',
  providers: { none: 'Нет', turnstile: 'Cloudflare Turnstile', hcaptcha: 'hCaptcha' },
  siteKey: 'Ключ сайта (публичный)',
  siteKeyHint: 'Из панели провайдера; виджеты получают его вместе с настройками сайта.',
  secret: 'Секретный ключ',
  secretHint: 'Хранится в зашифрованном виде и больше не показывается. Оставьте пустым, чтобы сохранить текущий.',
  secretSet: 'Секретный ключ сохранён.',
  secretMissing: 'Для этого провайдера секретный ключ ещё не сохранён.',
  cspNote:
    'При строгой Content-Security-Policy сайт фирмы должен разрешать провайдера в script-src и frame-src (см. README).',
  save: 'Сохранить проверку',
  saved: 'Проверка сохранена.',
};
