/**
 * The intake's English messages: the source of truth for the shape every language file follows
 * (`IntakeMessages`), and the fallback when another file cannot load. English ships in the intake's chunk; the
 * other languages are chunks of their own (core's `messageLoader`).
 */
import type { ResponseTarget } from '@retainer/schema';

const en = {
  requiredNote: 'Fields marked * are required.',
  errors: {
    required: 'This field is required.',
    invalid_email: 'Enter an email address like name@example.com.',
    invalid_phone: 'Enter a phone number using digits, spaces and + ( ) - only.',
    invalid_date: 'Enter a real date.',
    too_long: 'This is too long. Please shorten it.',
    too_many: 'That is too many names. List the most important ones.',
    disclaimer: 'Tick the box to confirm you have read the notice.',
    disclaimer_outdated: 'The notice has just been updated. Please read it and tick the box again.',
    unknown_option: 'Choose one of the options.',
    invalid: 'Check this answer.',
  },
  errorSummary: (count: number) =>
    count === 1 ? 'There is 1 problem with your answers.' : `There are ${count} problems with your answers.`,
  within: ({ amount, unit }: ResponseTarget) => {
    const noun = { hour: 'hour', businessDay: 'business day', day: 'day' }[unit];
    return `within ${amount} ${noun}${amount === 1 ? '' : 's'}`;
  },
  intake: {
    title: 'Tell us about your legal matter',
    contacting: (name: string) => `Your message will go to ${name}.`,
    labels: {
      name: 'Full name',
      email: 'Email',
      phone: 'Phone',
      contactMethod: 'How should we contact you?',
      practiceArea: 'What do you need help with?',
      jurisdiction: 'Where is this happening?',
      description: 'What happened?',
      adverseParties: 'Other parties involved',
      relatedParties: 'Related parties',
      deadline: 'Deadline or court date',
      referral: 'How did you hear about us?',
    },
    hints: {
      phone: 'Include the country code if you are outside the country.',
      jurisdiction: 'City, state or country.',
      description: 'A short summary is enough. Please leave out anything you would only tell your lawyer.',
      adverseParties: 'People or companies on the other side, so we can check for conflicts of interest.',
      relatedParties: 'Others connected to the matter, for example a spouse or business partner.',
      deadline: 'Only if there is one.',
    },
    contactMethods: { email: 'Email', phone: 'Phone', either: 'Either' },
    yesNo: { yes: 'Yes', no: 'No' },
    choose: 'Choose one',
    partyName: (n: number) => `Name ${n}`,
    addParty: 'Add a name',
    removeParty: (n: number) => `Remove name ${n}`,
    disclaimerTitle: 'Please read before you send',
    disclaimerAccept: 'I have read and accept this notice.',
    submit: 'Send request',
    sending: 'Sending your request…',
    offline: "You're offline — we'll send it as soon as you're back.",
    unreachable: "We can't reach the firm right now — we'll keep trying.",
    sentTitle: 'Thank you — we have your request',
    reference: 'Your reference number',
    expect: (within: string) => `We will get back to you ${within}.`,
    failedTitle: 'Your request was not sent',
    failedBody: 'Please try again in a moment, or contact us directly.',
    callUs: 'Call us:',
    emailUs: 'Email us:',
    limitedTitle: 'Your request was not sent yet',
    limited: (minutes: number) =>
      `Too many requests came from your connection. Please try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`} — your answers are kept.`,
    honeypot: 'Leave this field empty',
  },
};

export type IntakeMessages = typeof en;
export default en;
