/**
 * @retainer/schema — the one contract between widgets, collector and dashboard.
 * Written with `zod/mini` so widgets can validate without shipping classic zod.
 *
 * @example
 *   import { intakeSubmission } from '@retainer/schema';
 *   const result = intakeSubmission.safeParse(body);
 */

export type { CaptchaProvider, PublicCaptcha } from './captcha.ts';
export { captchaAction, captchaKey, captchaProviders, captchaToken, publicCaptcha } from './captcha.ts';
export { siteIdPattern } from './constants.ts';
export type { EventBatch, EventBatchReceipt, JourneyEvent, JourneyStage } from './event.ts';
export {
  eventBatch,
  eventBatchReceipt,
  eventProps,
  eventType,
  journeyEvent,
  journeyStage,
  journeyStages,
  maxEventsPerBatch,
} from './event.ts';
export type { JourneyEventName } from './event-names.ts';
export { isJourneyEventName, journeyEventNames } from './event-names.ts';
export type {
  FaqAnswer,
  FaqAsk,
  FaqMatch,
  FaqOutcome,
  FaqRelated,
  OfficeHours,
  PublicFaqSettings,
} from './faq.ts';
export {
  faqAnswer,
  faqAsk,
  faqMatch,
  faqOutcome,
  faqOutcomes,
  faqRelated,
  maxFaqQuestionLength,
  officeHours,
  publicFaqSettings,
} from './faq.ts';
export type { Language, LocalizedText } from './i18n.ts';
export { language, languages, localizedText, pickText } from './i18n.ts';
export { clientId, journeyId, siteId, slug } from './ids.ts';
export type { FieldIssue, IntakeFields, IntakeReceipt, IntakeSubmission } from './intake.ts';
export {
  contactMethods,
  intakeAnswerIssues,
  intakeFieldIssues,
  intakeFields,
  intakeReceipt,
  intakeSubmission,
  personalIntakeFields,
} from './intake.ts';
export type { IntakeQuestion, IntakeValues, QuestionCondition, QuestionKind } from './intake-conditions.ts';
export { answerOf, isVisible, requiredFields, shownAnswers, yesNoValues } from './intake-conditions.ts';
export {
  answerLimits,
  conditionValues,
  intakeAnswers,
  intakeQuestion,
  maxChoiceOptions,
  maxQuestions,
  questionCondition,
  questionId,
  questionKinds,
  questionOption,
  questionSetIssues,
} from './intake-questions.ts';
export type {
  BarAdmission,
  Certification,
  Education,
  Office,
  PublicDirectory,
  PublicLawyer,
  Rating,
  Testimonial,
} from './lawyer.ts';
export {
  barAdmission,
  certification,
  education,
  isoDate,
  languageCode,
  lawyerProfileFields,
  office,
  photoUrl,
  publicDirectory,
  publicLawyer,
  rating,
  testimonial,
  webUrl,
} from './lawyer.ts';
export type { LawyerRatingSummary } from './lawyer-rating.ts';
export { lawyerRatingSummary } from './lawyer-rating.ts';
export type { Problem, ProblemType } from './problem.ts';
export {
  captchaFailedProblem,
  disclaimerOutdatedProblem,
  issuesToErrors,
  problem,
  problemIssue,
  problemTypes,
  validationProblem,
} from './problem.ts';
export { checkShape } from './shape-check/check-shape.ts';
export { intakeShape } from './shape-check/intake-shape.ts';
export type { Shape } from './shape-check/shape.ts';
export type {
  Disclaimer,
  IntakeFieldConfig,
  IntakeFieldName,
  PracticeArea,
  PublicSiteConfig,
  ResponseTarget,
  SiteContact,
  Theme,
} from './site-config.ts';
export {
  defaultIntakeFields,
  disclaimer,
  hexColor,
  intakeFieldConfig,
  intakeFieldName,
  intakeFieldNames,
  practiceArea,
  publicSiteConfig,
  responseTarget,
  siteContact,
  theme,
} from './site-config.ts';
export type {
  MatterView,
  StatusInvoice,
  StatusLookup,
  StatusMatterRequest,
  StatusMessage,
  StatusMessageReceipt,
  StatusNotify,
  StatusNotifyState,
  StatusSession,
  StatusStage,
  StatusUpdate,
  ThreadEntry,
} from './status.ts';
export {
  matterView,
  maxStatusMessageLength,
  stageStates,
  statusInvoice,
  statusLookup,
  statusMatterRequest,
  statusMessage,
  statusMessageReceipt,
  statusNotify,
  statusNotifyState,
  statusSession,
  statusStage,
  statusUpdate,
  threadEntry,
} from './status.ts';
export type {
  ReviewLink,
  SurveyAnswer,
  SurveyOpened,
  SurveyOpenRequest,
  SurveyReceipt,
  SurveyThanks,
} from './survey.ts';
export {
  maxSurveyComment,
  reviewLink,
  surveyAnswer,
  surveyMeasure,
  surveyMoment,
  surveyOpened,
  surveyOpenRequest,
  surveyReceipt,
  surveyThanks,
  surveyToken,
} from './survey.ts';
export type {
  CesSummary,
  CsatSummary,
  NpsGroup,
  NpsSummary,
  ScoreGroup,
  SurveyMeasure,
  SurveyMoment,
} from './survey-scores.ts';
export {
  cesSummary,
  csatSummary,
  isValidScore,
  lawyerScale,
  measureOfMoment,
  needsFollowUp,
  npsGroup,
  npsSummary,
  scoreGroup,
  surveyMeasures,
  surveyMoments,
  surveyScales,
} from './survey-scores.ts';
