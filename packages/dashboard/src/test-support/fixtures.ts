/** Realistic admin API answers for component tests, built from the contract's types. */
import type { AdminSession, AdminSite, InboxItem, IntakeDetail, Team } from '@retainer/schema/admin';

export const hour = 3_600_000;
export const received = Date.UTC(2025, 4, 6, 14, 0);

export const adminSession: AdminSession = {
  user: {
    id: 'u-ann',
    firmId: 'f-1',
    firmName: 'Harbor & Vale LLP',
    email: 'ann@harborvale.example',
    name: 'Ann Harbor',
    role: 'admin',
  },
  csrfToken: 'csrf-token-1234567890',
};

export const staffSession: AdminSession = {
  ...adminSession,
  user: { ...adminSession.user, id: 'u-ben', name: 'Ben Vale', email: 'ben@harborvale.example', role: 'staff' },
};

export const site: AdminSite = {
  id: 'harbor-vale',
  name: 'Harbor & Vale',
  publicName: 'Harbor & Vale LLP',
  allowedOrigins: ['https://www.harborvale.example'],
  businessHours: { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  responseTarget: { amount: 1, unit: 'businessDay' },
  practiceAreas: [
    { id: 'family', label: { en: 'Family law', ru: 'Семейное право' } },
    { id: 'employment', label: { en: 'Employment' } },
  ],
  intakeFields: [
    { name: 'name', required: true },
    { name: 'email', required: true },
    { name: 'description', required: true },
  ],
  intakeQuestions: [],
  disclaimerText: { en: 'No attorney–client relationship yet.' },
  accent: '#1f4e79',
  defaultLanguage: 'en',
  contact: { phone: '+1 555 0100' },
  disclaimerVersion: 3,
  createdAt: received - 30 * 24 * hour,
  updatedAt: received,
};

export const teamAnswer: Team = {
  users: [
    { id: 'u-ann', email: 'ann@harborvale.example', name: 'Ann Harbor', role: 'admin', createdAt: received },
    { id: 'u-ben', email: 'ben@harborvale.example', name: 'Ben Vale', role: 'staff', createdAt: received },
  ],
  invitations: [],
};

export function inboxItem(overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    id: 'i-1',
    site: 'harbor-vale',
    reference: 'HV-1001',
    receivedAt: received,
    state: 'new',
    practiceArea: 'family',
    name: 'Maria Lopez',
    assignee: null,
    clock: {
      businessMs: 3 * hour + 10 * 60_000,
      targetMs: 8 * hour,
      dueAt: received + 20 * hour,
      firstContactAt: null,
      overdue: false,
    },
    conflicts: [],
    erased: false,
    ...overrides,
  };
}

export function intakeDetail(overrides: Partial<IntakeDetail> = {}): IntakeDetail {
  return {
    ...inboxItem(),
    fields: {
      name: 'Maria Lopez',
      email: 'maria@example.com',
      description: 'My employer has not paid overtime since March.',
      adverseParties: ['Acme Logistics LLC'],
    },
    lang: 'en',
    disclaimerVersion: 3,
    declineReason: null,
    notes: [],
    history: [],
    ...overrides,
  };
}
