import { describe, expect, it } from 'vitest';
import * as admin from './index.ts';
import { changeIntakeState, intakeTransitions, setupAdmin, siteSettingsInput } from './index.ts';

describe('@retainer/schema/admin', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(admin).sort()).toMatchInlineSnapshot(`
      [
        "acceptInvitation",
        "accessCodeIssued",
        "addIntakeNote",
        "adminFaqEntry",
        "adminLawyer",
        "adminSession",
        "adminSite",
        "adminUser",
        "assignIntake",
        "businessHours",
        "captchaSettings",
        "captchaSettingsInput",
        "cesFigures",
        "changeIntakeState",
        "clientMessage",
        "conflictFlag",
        "createMatter",
        "createSite",
        "createSurveyInvitation",
        "csatFigures",
        "defaultBusinessHours",
        "defaultDirectorySettings",
        "defaultFaqGreeting",
        "defaultFaqRetentionDays",
        "defaultRetention",
        "defaultUpdateTargetDays",
        "deviceClasses",
        "directorySettings",
        "disclaimerHistory",
        "disclaimerVersionRecord",
        "erasureResult",
        "faqEntryInput",
        "faqEntryList",
        "faqPhrasingInput",
        "faqQuestionRecord",
        "faqReport",
        "faqSettings",
        "faqUnansweredGroup",
        "followUp",
        "followUpList",
        "followUpStates",
        "inboxItem",
        "inboxList",
        "inboxQuery",
        "inboxStats",
        "intakeDetail",
        "intakeNote",
        "intakeState",
        "intakeStates",
        "intakeTransitions",
        "invitation",
        "invitationCreated",
        "invitationPreview",
        "invitationToken",
        "inviteUser",
        "invoiceInput",
        "invoiceStatus",
        "invoiceStatuses",
        "journeyDimensions",
        "journeyQuery",
        "lawyerInput",
        "lawyerList",
        "lawyerStatus",
        "lawyerStatuses",
        "matterCreated",
        "matterDetail",
        "matterInvoice",
        "matterList",
        "matterStage",
        "matterStatuses",
        "matterSummary",
        "matterUpdate",
        "maxPhotoBytes",
        "npsFigures",
        "partyImportResult",
        "partyList",
        "partyRecord",
        "partyRecordKinds",
        "paymentUrl",
        "personExport",
        "personMatches",
        "personQuery",
        "personSurvey",
        "postMatterUpdate",
        "referralSources",
        "reorderLawyers",
        "responseClock",
        "retentionSettings",
        "role",
        "roles",
        "setInvoiceStatus",
        "setNextStep",
        "setupAdmin",
        "setupStatus",
        "signIn",
        "siteList",
        "siteSettingsInput",
        "siteSnippets",
        "surveyComment",
        "surveyCommentList",
        "surveyFigures",
        "surveyImportResult",
        "surveyInvitation",
        "surveyInvitationIssued",
        "surveyInvitationList",
        "surveyInvitationState",
        "surveyInvitationStates",
        "surveyResults",
        "surveySettings",
        "team",
        "teamMember",
        "updateFollowUp",
        "updateMatterLawyer",
        "updateMatterStages",
        "uploadedPhoto",
      ]
    `);
  });

  it('allows only forward intake transitions', () => {
    expect(intakeTransitions.new).toContain('contacted');
    expect(intakeTransitions.retained).toEqual([]);
    expect(changeIntakeState.safeParse({ state: 'lost' }).success).toBe(false);
  });

  it('asks for a real password and normalises the email at setup', () => {
    const base = { token: 'x'.repeat(32), firmName: 'Harbor & Vale LLP', name: 'Ann' };
    expect(setupAdmin.safeParse({ ...base, email: 'a@b.co', password: 'short' }).success).toBe(false);
    const ok = setupAdmin.safeParse({ ...base, email: ' Ann@Example.COM ', password: 'correct horse battery' });
    expect(ok.success && ok.data.email).toBe('ann@example.com');
  });

  it('rejects an origin with a path', () => {
    const result = siteSettingsInput.shape.allowedOrigins.safeParse(['https://firm.example/contact']);
    expect(result.success).toBe(false);
  });
});
