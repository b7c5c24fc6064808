/**
 * The action the intake renders Turnstile with and the collector checks in the provider's answer (issue 9).
 * A module of its own, importing nothing: the widget's check chunk takes it without zod or the shared runtime.
 */
export const captchaAction = 'intake';
