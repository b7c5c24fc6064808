/** The site's human-check form (issue 9), English: the shape the other languages follow. */
export const captchaEn = {
  title: 'Spam protection: human check',
  intro:
    'Optionally ask visitors to pass Cloudflare Turnstile or hCaptcha before the intake form is sent. The collector verifies every answer with the provider and accepts each one once.',
  provider: 'Check',
  providers: { none: 'None', turnstile: 'Cloudflare Turnstile', hcaptcha: 'hCaptcha' },
  siteKey: 'Site key (public)',
  siteKeyHint: 'From the provider’s dashboard; widgets receive it with the site’s settings.',
  secret: 'Secret key',
  secretHint: 'Stored encrypted and never shown again. Leave empty to keep the stored one.',
  secretSet: 'A secret key is stored.',
  secretMissing: 'No secret key is stored for this provider yet.',
  cspNote:
    'Under a strict Content-Security-Policy, the firm’s site must allow the provider in script-src and frame-src (see the README).',
  save: 'Save human check',
  saved: 'Human check saved.',
};
export type CaptchaMessages = typeof captchaEn;
