/**
 * Confirms an admin's action on a member before it is sent: removing them (their sessions end at once, their work
 * stays) or resetting their two-factor sign-in (their sessions end; they set it up again). Focus starts on Cancel.
 */
import type { TeamMember } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';
import { Dialog } from '../../ui/dialog.tsx';

export type MemberAction = { kind: 'remove' | 'resetTwoFactor'; member: TeamMember };

type MemberConfirmDialogProps = {
  action: MemberAction | null;
  busy: boolean;
  onConfirm: (action: MemberAction) => void;
  onClose: () => void;
};

export function MemberConfirmDialog({ action, busy, onConfirm, onClose }: MemberConfirmDialogProps) {
  const t = useMessages();
  const name = action?.member.name ?? '';
  const text =
    action?.kind === 'resetTwoFactor'
      ? { title: t.security.resetTitle(name), body: t.security.resetBody, confirm: t.security.resetConfirm }
      : { title: t.firmWork.removeTitle(name), body: t.firmWork.removeBody, confirm: t.firmWork.removeConfirm };
  return (
    <Dialog open={action !== null} title={action ? text.title : ''} onClose={onClose} description={<p>{text.body}</p>}>
      <div class="form-actions">
        <button type="button" class="button button-danger" disabled={busy} onClick={() => action && onConfirm(action)}>
          {text.confirm}
        </button>
        <button type="button" class="button button-secondary" data-autofocus onClick={onClose}>
          {t.common.cancel}
        </button>
      </div>
    </Dialog>
  );
}
