/**
 * An intake as a Clio Grow lead: the seven `inbox_lead` fields of Clio's Lead Inbox API
 * (https://docs.developers.clio.com/guides/clio-grow/lead-inbox-api/). Five are required by Clio, so an
 * intake without a name or description still sends a placeholder rather than being refused.
 *
 * @example
 *   const lead = leadOf(fields, { reference: 'HV-7Q2K', practiceArea: 'Family law', referringUrl, now });
 */
import type { IntakeFields } from '@retainer/schema';
import type { ClioGrowLeadField } from '@retainer/schema/admin';

export type InboxLead = Record<ClioGrowLeadField, string>;

export type LeadContext = {
  reference: string;
  /** The practice area's label in the site's default language, or null. */
  practiceArea: string | null;
  /** The page (origin) the intake came from, or a description when unknown. */
  referringUrl: string;
};

/** "Ann Marie Lee" → first "Ann Marie", last "Lee"; a single word is the last name (Clio requires both). */
function splitName(name: string | undefined): { first: string; last: string } {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { first: '(not given)', last: '(not given)' };
  if (words.length === 1) return { first: '-', last: words[0]! };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1)! };
}

/** The description first, then the other answers as `label: value` lines (Clio's advice for extra form fields). */
function messageOf(fields: IntakeFields, ctx: LeadContext): string {
  const lines = [
    `Retainer intake ${ctx.reference}`,
    ctx.practiceArea ? `Practice area: ${ctx.practiceArea}` : '',
    fields.jurisdiction ? `Jurisdiction: ${fields.jurisdiction}` : '',
    fields.deadline ? `Deadline: ${fields.deadline}` : '',
    fields.contactMethod ? `Preferred contact: ${fields.contactMethod}` : '',
    fields.adverseParties?.length ? `Adverse parties: ${fields.adverseParties.join('; ')}` : '',
    fields.relatedParties?.length ? `Related parties: ${fields.relatedParties.join('; ')}` : '',
    fields.referral ? `Referral: ${fields.referral}` : '',
  ].filter(Boolean);
  return [fields.description?.trim() || '(no description)', '', ...lines].join('\n');
}

export function leadOf(fields: IntakeFields, ctx: LeadContext): InboxLead {
  const { first, last } = splitName(fields.name);
  return {
    from_first: first,
    from_last: last,
    from_message: messageOf(fields, ctx),
    from_email: fields.email ?? '',
    from_phone: fields.phone ?? '',
    referring_url: ctx.referringUrl,
    from_source: 'Retainer',
  };
}

/** The fields that carry a value: what the intake detail lists as sent (names only, never the text). */
export const filledFields = (lead: InboxLead): ClioGrowLeadField[] =>
  (Object.keys(lead) as ClioGrowLeadField[]).filter((field) => lead[field] !== '');
