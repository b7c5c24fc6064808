/**
 * The human check's words in every language. Small enough to ship together inside the check's own chunk,
 * so sites without a check and visitors who never start the form download none of them.
 */
import type { Language } from '@retainer/schema';

type CaptchaMessages = {
  label: string;
  hint: (provider: string) => string;
  required: string;
  refused: string;
  unavailable: string;
};

export const captchaMessages: Record<Language, CaptchaMessages> = {
  en: {
    label: 'Security check',
    hint: (provider) => `${provider} checks that a person, not a program, is sending this form.`,
    required: 'Complete the security check before you send.',
    refused: 'The security check has expired. Please complete it again — your answers are still here.',
    unavailable:
      'The security check could not load, so the form cannot be sent right now. Your answers are still here. Please try again later, or call or email us instead.',
  },
  ru: {
    label: 'Проверка безопасности',
    hint: (provider) => `${provider} проверяет, что форму отправляет человек, а не программа.`,
    required: 'Пройдите проверку безопасности перед отправкой.',
    refused: 'Срок проверки истёк. Пройдите её ещё раз — ваши ответы сохранены.',
    unavailable:
      'Не удалось загрузить проверку безопасности, поэтому форму сейчас нельзя отправить. Ваши ответы сохранены. Попробуйте позже или позвоните либо напишите нам.',
  },
  zh: {
    label: '安全验证',
    hint: (provider) => `${provider} 用于确认提交此表格的是真人而非程序。`,
    required: '请先完成安全验证再提交。',
    refused: '安全验证已过期，请重新完成验证——您填写的内容仍然保留。',
    unavailable:
      '安全验证无法加载，因此表格暂时无法提交。您填写的内容仍然保留。请稍后再试，或直接致电或发邮件联系我们。',
  },
};

export const captchaProviderNames = { turnstile: 'Cloudflare Turnstile', hcaptcha: 'hCaptcha' } as const;
