/** Texts of issue 15's email screens: replies by email, forgot password. */
const en = {
  intakeReplies: {
    title: 'Replies by email',
    none: 'No reply sent yet. The first reply counts as first contact and stops the response clock.',
    label: 'Reply to the prospect',
    hint: 'Sent by email with the reference; the email around it is in the prospect’s language. Their own words are never quoted.',
    send: 'Send reply',
    sending: 'Sending…',
    sent: 'Reply sent. It is in the Outbox.',
    noEmail: 'This intake has no email address to reply to.',
  },
  matterReplies: {
    title: 'Replies to the client',
    none: 'No reply yet.',
    label: 'Reply to the client',
    hint: 'The client reads it on the case-status page. If they asked for emails, they get a notice (without the text).',
    send: 'Send reply',
    sending: 'Sending…',
    sent: 'Reply sent.',
    notifyOn: 'The client asked to be emailed when this matter has an update.',
    notifyOff: 'The client has not asked for update emails.',
  },
  forgot: {
    link: 'Forgot your password?',
    title: 'Reset your password',
    intro: 'Enter the email you sign in with. If it belongs to an account, we send a link to choose a new password.',
    email: 'Email',
    submit: 'Send the link',
    sending: 'Sending…',
    sent: 'If an account uses this address, a link is on its way. It works once, for 30 minutes.',
    back: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    password: 'New password',
    hint: 'At least 12 characters. Setting it signs you out everywhere.',
    submit: 'Set the new password',
    saving: 'Saving…',
    done: 'Your password is changed. Sign in with the new one.',
    invalid: 'This link has expired or was already used. Ask for a new one.',
    checking: 'Checking the link…',
    signIn: 'Sign in',
  },
  /** Settings → Email, "Client emails" (issue 15): the firm's targets and each site's case-status page. */
  clientEmails: {
    title: 'Client emails',
    firmNote: 'These two settings apply to every site of the firm.',
    updateTarget: 'Days since the client was updated (target)',
    updateTargetHint:
      'Staff who ask for it are emailed when a matter goes this long without an update to the client. 1 to 365; 14 by default.',
    reminder: 'Send one survey reminder to clients who have not answered',
    reminderDays: 'Days after the emailed invitation',
    reminderDaysHint: '1 to 60.',
    statusPage: 'Case-status page of this site',
    statusPageHint:
      'The page of your website holding the status tracker. Update emails to clients link to it; empty: they have no link.',
    save: 'Save client email settings',
    saved: 'Client email settings saved.',
    adminsOnly: 'Only admins can change these settings.',
  },
};

export type MessagingMessages = typeof en;
export default en;
