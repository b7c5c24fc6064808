export type { AcceptInvitation, AdminSession, AdminUser, InviteUser, Role, SetupAdmin, SignIn } from './auth.ts';
export {
  acceptInvitation,
  adminSession,
  adminUser,
  inviteUser,
  role,
  roles,
  setupAdmin,
  signIn,
} from './auth.ts';
export type {
  ConflictFlag,
  InboxItem,
  InboxList,
  InboxQuery,
  InboxStats,
  IntakeDetail,
  IntakeNote,
  IntakeState,
  PartyImportResult,
  ResponseClock,
} from './inbox.ts';
export {
  addIntakeNote,
  assignIntake,
  changeIntakeState,
  conflictFlag,
  inboxItem,
  inboxList,
  inboxQuery,
  inboxStats,
  intakeDetail,
  intakeNote,
  intakeState,
  intakeStates,
  intakeTransitions,
  partyImportResult,
  partyRecordKinds,
  responseClock,
} from './inbox.ts';
export type { AdminSite, BusinessHours, CreateSite, DisclaimerVersionRecord, SiteSettingsInput } from './site.ts';
export {
  adminSite,
  businessHours,
  createSite,
  defaultBusinessHours,
  disclaimerVersionRecord,
  siteSettingsInput,
} from './site.ts';
