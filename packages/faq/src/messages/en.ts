/**
 * The FAQ bot's English messages: the shape every language file follows, and the fallback.
 * Kept in this package so pages without the bot download none of them.
 */
const en = {
  title: 'Questions?',
  open: 'Ask a question',
  close: 'Close',
  disclosure: 'This is an automated assistant, not a lawyer. It answers from our FAQ and gives no legal advice.',
  label: 'Your question',
  placeholder: 'Type your question…',
  send: 'Send',
  thinking: 'Looking for an answer…',
  you: 'You',
  bot: 'Assistant',
  source: 'Source',
  opensNewTab: '(opens in a new tab)',
  related: 'Related questions',
  suggestions: 'People often ask',
  unanswered: "Sorry, I don't have an answer to that in our FAQ.",
  advice: "I can't advise on your own situation. A person at the firm can — choose how to reach us below.",
  talkToPerson: 'Talk to a person',
  didYouMean: 'Did you mean one of these? If not, a person at the firm can help.',
  handoffIntake: 'Send your question to the firm',
  handoffWrite: 'Write to the firm',
  handoffPhone: (phone: string) => `Call ${phone}`,
  handoffEmail: (email: string) => `Email ${email}`,
  hours: 'Office hours',
  openNow: 'Open now',
  closedNow: 'Closed now — leave a message and we will reply when we open.',
  tooLong: (max: number) => `Please keep it under ${max} characters.`,
  tooMany: 'You have asked a lot of questions in a short time. Please wait a minute and try again.',
  failed: 'The answer could not be loaded. Check your connection and try again.',
  loadFailed: 'The assistant could not be loaded.',
  tryAgain: 'Try again',
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  hoursLine: (days: string, start: string, end: string, zone: string) => `${days}, ${start}–${end} (${zone})`,
  noIntake: 'Our contact form is not on this page.',
};

export type FaqMessages = typeof en;
export default en;
