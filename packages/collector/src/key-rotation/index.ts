/**
 * Data key rotation without downtime (issue 9): the keyring at start, the background re-encryption,
 * promotion and status for `npm run rotate-key`.
 *
 * @example
 *   const cipher = await openKeyring(storage, keys);
 *   const stop = startKeyRotation(storage, cipher);
 */
export { type Dependents, dependentsOf } from './dependents.ts';
export { encryptedTables } from './encrypted-columns.ts';
export { liveHolderMs, promoteKey, syncKeyring } from './key-states.ts';
export { keyRotationMigration } from './migration.ts';
export { MissingDataKeyError, openKeyring } from './open-keyring.ts';
export { type RotationStatus, rotationStatus } from './rotation-status.ts';
export { type RotationRun, runRotation } from './run-rotation.ts';
export { startKeyRotation } from './schedule.ts';
