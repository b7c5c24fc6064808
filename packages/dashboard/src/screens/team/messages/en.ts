/** Issue 17: managing members and opening a matter from an intake (the `firmWork` key of the dashboard's messages). */
const en = {
  formerMember: (name: string) => `${name} (former member)`,
  lastSignIn: 'Last sign-in',
  neverSignedIn: 'Not yet',
  makeAdmin: 'Make admin',
  makeStaff: 'Make staff',
  makeAdminLabel: (name: string) => `Make ${name} an admin`,
  makeStaffLabel: (name: string) => `Make ${name} staff`,
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from the team`,
  removeTitle: (name: string) => `Remove ${name}?`,
  removeBody:
    'They are signed out everywhere at once and cannot sign in again. Intakes assigned to them, their notes and updates stay, marked as by a former member.',
  removeConfirm: 'Remove from the team',
  removed: (name: string) => `${name} was removed from the team.`,
  roleChanged: (name: string, role: string) => `${name} is now ${role}.`,
  lastAdmin: 'The firm needs at least one admin: make someone else an admin first.',
  openMatterTitle: 'Matter',
  openMatterHint: 'Opens a matter with this client, practice area, lawyer and parties. Nothing to retype.',
  openMatter: 'Open a matter',
  openingMatter: 'Opening…',
  matterLink: 'Go to the matter',
  matterOpened: 'Matter opened.',
  matterExists: 'A matter was opened from this intake already.',
  fromIntake: 'Opened from',
  intakeLink: 'The intake',
  parties: 'Parties',
  partyKinds: { adverse: 'adverse', related: 'related' },
};

export type FirmWorkMessages = typeof en;
export default en;
