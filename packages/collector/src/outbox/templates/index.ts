/**
 * The template registry: every email the collector can send, by name. A new template is one file here
 * (see `./template.ts` and `./staff-new-intake.ts`) plus one line in `emailTemplates`.
 */

// Issue 16: an endpoint stopped receiving.
import { webhookPausedEmail } from '../../webhooks/paused-email.ts';
import { intakeAcknowledgement } from './intake-acknowledgement.ts';
// Issue 15's email flows (h15b): replies, client notices, password reset.
import { intakeReply } from './intake-reply.ts';
import { matterUpdateNotice } from './matter-update-notice.ts';
import { passwordReset } from './password-reset.ts';
import { staffAlert } from './staff-alert.ts';
import { staffNewIntake } from './staff-new-intake.ts';
import { surveyInvitationEmail } from './survey-invitation.ts';
import type { EmailTemplate } from './template.ts';
import { testEmail } from './test-email.ts';
import { weeklyDigest } from './weekly-digest.ts';

export const emailTemplates: Record<string, EmailTemplate<never>> = {
  [staffNewIntake.name]: staffNewIntake as EmailTemplate<never>,
  [intakeAcknowledgement.name]: intakeAcknowledgement as EmailTemplate<never>,
  [testEmail.name]: testEmail as EmailTemplate<never>,
  [intakeReply.name]: intakeReply as EmailTemplate<never>,
  [matterUpdateNotice.name]: matterUpdateNotice as EmailTemplate<never>,
  [passwordReset.name]: passwordReset as EmailTemplate<never>,
  [surveyInvitationEmail.name]: surveyInvitationEmail as EmailTemplate<never>,
  [staffAlert.name]: staffAlert as EmailTemplate<never>,
  [weeklyDigest.name]: weeklyDigest as EmailTemplate<never>,
  [webhookPausedEmail.name]: webhookPausedEmail as EmailTemplate<never>,
};

export type { EmailAction, LayoutInput } from './layout.ts';
export { emailLayout, escapeHtml } from './layout.ts';
export type { EmailTemplate, RenderContext, RenderedEmail } from './template.ts';
export { defineTemplate, inLanguage } from './template.ts';
export { intakeAcknowledgement, staffNewIntake, testEmail };
