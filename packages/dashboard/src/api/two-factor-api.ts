/**
 * Typed calls for two-factor sign-in (issue 17): the second step of signing in, setting up an
 * authenticator, recovery codes, turning it off, the firm's requirement and an admin's reset of a member.
 *
 * @example
 *   const session = await api.twoFactor.secondFactor({ code: '123456' });
 */
import {
  type AdminSession,
  adminSession,
  type ReauthenticateInput,
  type RecoveryCodes,
  recoveryCodes,
  type SecondFactorInput,
  type Team,
  type TwoFactorEnrolment,
  type TwoFactorStatus,
  team,
  twoFactorEnrolment,
  twoFactorStatus,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

export function createTwoFactorApi(http: KyInstance) {
  return {
    secondFactor: (input: SecondFactorInput): Promise<AdminSession> =>
      read(adminSession, () => http.post('session/second-factor', { json: input })),
    status: (): Promise<TwoFactorStatus> => read(twoFactorStatus, () => http.get('me/two-factor')),
    /** With `proof` when moving to a new app while two-factor is on. */
    startEnrolment: (proof: ReauthenticateInput | Record<string, never> = {}): Promise<TwoFactorEnrolment> =>
      read(twoFactorEnrolment, () => http.post('me/two-factor/enrolment', { json: proof })),
    confirmEnrolment: (code: string): Promise<RecoveryCodes> =>
      read(recoveryCodes, () => http.post('me/two-factor/enrolment/confirm', { json: { code } })),
    renewRecoveryCodes: (proof: ReauthenticateInput): Promise<RecoveryCodes> =>
      read(recoveryCodes, () => http.post('me/two-factor/recovery-codes', { json: proof })),
    disable: (proof: ReauthenticateInput): Promise<TwoFactorStatus> =>
      read(twoFactorStatus, () => http.post('me/two-factor/disable', { json: proof })),
    setFirmRequirement: (required: boolean): Promise<TwoFactorStatus> =>
      read(twoFactorStatus, () => http.put('firm/two-factor', { json: { required } })),
    resetMember: (id: string): Promise<Team> =>
      read(team, () => http.delete(`team/${encodeURIComponent(id)}/two-factor`)),
  };
}
