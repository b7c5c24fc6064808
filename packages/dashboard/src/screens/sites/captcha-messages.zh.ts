/** The site's human-check form (issue 9), Chinese. */
import type { CaptchaMessages } from './captcha-messages.en.ts';

export const captchaZh: CaptchaMessages = {
  title: '防垃圾信息：真人验证',
  intro:
    '可选：要求访客在提交咨询表格前通过 Cloudflare Turnstile 或 hCaptcha 验证。收集器会向提供方核实每个验证结果，且每个结果只接受一次。',
  provider: '验证方式',
  providers: { none: '无', turnstile: 'Cloudflare Turnstile', hcaptcha: 'hCaptcha' },
  siteKey: '站点密钥（公开）',
  siteKeyHint: '来自提供方的控制台；小组件会随站点设置一起获取它。',
  secret: '私密密钥',
  secretHint: '加密存储，之后不再显示。留空则保留已存储的密钥。',
  secretSet: '已存储私密密钥。',
  secretMissing: '尚未为此提供方存储私密密钥。',
  cspNote: '如果使用严格的内容安全策略（CSP），律所网站须在 script-src 和 frame-src 中允许该提供方（见 README）。',
  save: '保存真人验证',
  saved: '真人验证已保存。',
};
