/**
 * The survey's English messages: the shape every language file follows, and the fallback.
 * Kept in this package so pages without a survey do not download them.
 */
const en = {
  title: (firm: string) => `How did ${firm} do?`,
  questions: {
    nps: (firm: string) => `How likely are you to recommend ${firm} to a friend or colleague?`,
    csat: 'How satisfied are you with our work on your matter so far?',
    ces: 'How easy was it to reach us?',
  },
  ends: {
    nps: ['Not at all likely', 'Extremely likely'],
    csat: ['Very dissatisfied', 'Very satisfied'],
    ces: ['Very difficult', 'Very easy'],
  },
  lawyerQuestion: (name: string) => `How would you rate ${name}?`,
  lawyerEnds: ['Poor', 'Excellent'],
  comment: 'What is the main reason for your score? (optional)',
  commentHint: 'Please leave out anything confidential about your matter.',
  send: 'Send',
  sending: 'Sending…',
  pickScore: 'Choose a score first.',
  thanks: 'Thank you for your answer.',
  thanksBody: 'We read every answer, and it helps us serve you better.',
  alreadyAnswered: 'Thank you, you have already answered this survey.',
  reviewInvite: 'Would you share your experience publicly? It helps others find a lawyer.',
  reviewOn: (label: string) => `Review us on ${label}`,
  talk: 'Would you rather talk to us?',
  call: (phone: string) => `Call ${phone}`,
  email: (email: string) => `Email ${email}`,
  opensNewTab: '(opens in a new tab)',
  invalid: 'This survey link is not valid any more. It may have expired or been answered already.',
  failed: 'The survey could not be loaded. Please try again later.',
  sendFailed: 'Your answer could not be sent. Please try again.',
  retry: 'Try again',
  close: 'Close',
  noToken: 'Open the link from your invitation email to answer our short survey.',
};

export type SurveyMessages = typeof en;
export default en;
