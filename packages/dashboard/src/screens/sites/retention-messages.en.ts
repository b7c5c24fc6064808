/** The site's retention form (issue 9), English: the shape the other languages follow. */
export const retentionEn = {
  title: 'Data retention',
  intro:
    'How long this site keeps what people wrote and the raw journey events. Older data is removed automatically every few hours.',
  declinedIntakeDays: 'Declined intakes: keep the prospect’s account for (days)',
  declinedIntakeHint:
    'Counted from the decline. Then the description, adverse and related parties and referral are removed; the name, contact details, decision and reason stay as the record that you declined. Parties already in the conflict register stay there.',
  spamIntakeDays: 'Spam: keep for (days)',
  spamIntakeHint: 'Counted from when it arrived or was marked as spam. Then every personal field is removed.',
  surveyCommentDays: 'Survey comments: keep for (days)',
  surveyCommentHint: 'Counted from the answer. Scores stay; comments under an open follow-up stay until it is closed.',
  eventDays: 'Raw journey events: keep for (days)',
  eventHint: 'At least 30. The journey map keeps its numbers: it reads daily totals, not raw events.',
  untouched:
    'Open and retained intakes are never touched (retained ones belong to the client’s file). FAQ questions have their own setting on the FAQ bot screen.',
  save: 'Save retention settings',
  saved: 'Retention settings saved.',
};
export type RetentionMessages = typeof retentionEn;
