/**
 * The template registry: every email the collector can send, by name. A new template is one file here
 * (see `./template.ts` and `./staff-new-intake.ts`) plus one line in `emailTemplates`.
 */
import { intakeAcknowledgement } from './intake-acknowledgement.ts';
import { staffNewIntake } from './staff-new-intake.ts';
import type { EmailTemplate } from './template.ts';
import { testEmail } from './test-email.ts';

export const emailTemplates: Record<string, EmailTemplate<never>> = {
  [staffNewIntake.name]: staffNewIntake as EmailTemplate<never>,
  [intakeAcknowledgement.name]: intakeAcknowledgement as EmailTemplate<never>,
  [testEmail.name]: testEmail as EmailTemplate<never>,
};

export type { EmailAction, LayoutInput } from './layout.ts';
export { emailLayout, escapeHtml } from './layout.ts';
export type { EmailTemplate, RenderContext, RenderedEmail } from './template.ts';
export { defineTemplate, inLanguage } from './template.ts';
export { intakeAcknowledgement, staffNewIntake, testEmail };
