/**
 * The intake's optional human check, per site (issue 9): Cloudflare Turnstile or hCaptcha,
 * verified server-side, each token accepted once.
 */
export { getCaptchaRoute, putCaptchaRoute } from './admin-routes.ts';
export { type CaptchaFailure, type CaptchaOptions, createCaptchaCheck, siteverifyUrls } from './check-captcha.ts';
export { captchaMigration } from './migration.ts';
