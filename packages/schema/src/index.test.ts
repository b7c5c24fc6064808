import { describe, expect, it } from 'vitest';
import * as schema from './index.ts';
import {
  defaultIntakeFields,
  eventBatch,
  intakeFieldIssues,
  intakeSubmission,
  issuesToErrors,
  type PublicSiteConfig,
  publicSiteConfig,
} from './index.ts';

const config: PublicSiteConfig = {
  site: 'harbor-vale',
  name: 'Harbor & Vale LLP',
  publicName: 'Harbor & Vale LLP',
  referencePrefix: 'HV',
  defaultLanguage: 'en',
  theme: { accent: '#1d4ed8' },
  practiceAreas: [{ id: 'family', label: { en: 'Family law' } }],
  contact: { phone: '+1 617 555 0100' },
  intake: {
    fields: defaultIntakeFields,
    disclaimer: { version: 1, text: { en: 'No attorney-client relationship.' } },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 3000,
  },
};

const submission = {
  id: '0f8c1c1e-4e2a-4b7a-9a51-2d1f3c4b5a60',
  site: 'harbor-vale',
  fields: { name: 'Ann Lee', email: 'ann@example.com', practiceArea: 'family', description: 'Custody question' },
  disclaimer: { version: 1, accepted: true },
  fillMs: 12_000,
};

describe('@retainer/schema', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(schema).sort()).toMatchInlineSnapshot(`
      [
        "answerLimits",
        "answerOf",
        "barAdmission",
        "captchaAction",
        "captchaFailedProblem",
        "captchaKey",
        "captchaProviders",
        "captchaToken",
        "certification",
        "cesSummary",
        "checkShape",
        "clientId",
        "conditionValues",
        "contactMethods",
        "csatSummary",
        "defaultIntakeFields",
        "disclaimer",
        "disclaimerOutdatedProblem",
        "education",
        "eventBatch",
        "eventBatchReceipt",
        "eventProps",
        "eventType",
        "faqAnswer",
        "faqAsk",
        "faqMatch",
        "faqOutcome",
        "faqOutcomes",
        "faqRelated",
        "hexColor",
        "intakeAnswerIssues",
        "intakeAnswers",
        "intakeFieldConfig",
        "intakeFieldIssues",
        "intakeFieldName",
        "intakeFieldNames",
        "intakeFields",
        "intakeQuestion",
        "intakeReceipt",
        "intakeShape",
        "intakeSubmission",
        "isJourneyEventName",
        "isValidScore",
        "isVisible",
        "isoDate",
        "issuesToErrors",
        "journeyEvent",
        "journeyEventNames",
        "journeyId",
        "journeyStage",
        "journeyStages",
        "language",
        "languageCode",
        "languages",
        "lawyerProfileFields",
        "lawyerRatingSummary",
        "lawyerScale",
        "localizedText",
        "matterView",
        "maxChoiceOptions",
        "maxEventsPerBatch",
        "maxFaqQuestionLength",
        "maxQuestions",
        "maxStatusMessageLength",
        "maxSurveyComment",
        "measureOfMoment",
        "needsFollowUp",
        "npsGroup",
        "npsSummary",
        "office",
        "officeHours",
        "personalIntakeFields",
        "photoUrl",
        "pickText",
        "practiceArea",
        "problem",
        "problemIssue",
        "problemTypes",
        "publicCaptcha",
        "publicDirectory",
        "publicFaqSettings",
        "publicLawyer",
        "publicSiteConfig",
        "questionCondition",
        "questionId",
        "questionKinds",
        "questionOption",
        "questionSetIssues",
        "rating",
        "requiredFields",
        "responseTarget",
        "reviewLink",
        "scoreGroup",
        "shownAnswers",
        "siteContact",
        "siteId",
        "siteIdPattern",
        "slug",
        "stageStates",
        "statusInvoice",
        "statusLookup",
        "statusMatterRequest",
        "statusMessage",
        "statusMessageReceipt",
        "statusNotify",
        "statusNotifyState",
        "statusSession",
        "statusStage",
        "statusUpdate",
        "surveyAnswer",
        "surveyMeasure",
        "surveyMeasures",
        "surveyMoment",
        "surveyMoments",
        "surveyOpenRequest",
        "surveyOpened",
        "surveyReceipt",
        "surveyScales",
        "surveyThanks",
        "surveyToken",
        "testimonial",
        "theme",
        "threadEntry",
        "validationProblem",
        "webUrl",
        "yesNoValues",
      ]
    `);
  });

  it('accepts a valid site config', () => {
    expect(publicSiteConfig.safeParse(config).success).toBe(true);
  });

  it('accepts a valid intake submission and rejects unknown fields', () => {
    expect(intakeSubmission.safeParse(submission).success).toBe(true);
    const extra = intakeSubmission.safeParse({ ...submission, admin: true });
    expect(extra.success).toBe(false);
  });

  it('requires the disclaimer to be accepted', () => {
    const result = intakeSubmission.safeParse({ ...submission, disclaimer: { version: 1, accepted: false } });
    expect(result.success).toBe(false);
  });

  it('reports translatable codes for bad fields', () => {
    const result = intakeSubmission.safeParse({ ...submission, fields: { ...submission.fields, email: 'nope' } });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(issuesToErrors(result.error.issues)).toContainEqual({ path: 'fields.email', code: 'invalid_email' });
  });

  it('checks required fields and practice areas against the site config', () => {
    expect(intakeFieldIssues(config, submission.fields)).toEqual([]);
    expect(intakeFieldIssues(config, { name: 'Ann', practiceArea: 'tax' })).toEqual([
      { path: 'email', code: 'required' },
      { path: 'description', code: 'required' },
      { path: 'practiceArea', code: 'unknown_option' },
    ]);
  });

  it('limits event batches', () => {
    const event = {
      id: 'e0000000000000000001',
      site: 'harbor-vale',
      journey: 'j0000000000000000001',
      stage: 'contact',
      type: 'intake.started',
      ts: Date.now(),
    };
    expect(eventBatch.safeParse({ id: 'b0000000000000000001', events: [event] }).success).toBe(true);
    expect(eventBatch.safeParse({ id: 'b0000000000000000001', events: [{ ...event, stage: 'lunch' }] }).success).toBe(
      false,
    );
    const tooMany = Array.from({ length: 51 }, () => event);
    expect(eventBatch.safeParse({ id: 'b0000000000000000001', events: tooMany }).success).toBe(false);
  });
});
