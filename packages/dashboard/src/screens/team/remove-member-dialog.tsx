/** Confirms removing a member: says what ends (their sessions, at once) and what stays (their work). */
import type { TeamMember } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';
import { Dialog } from '../../ui/dialog.tsx';

type RemoveMemberDialogProps = {
  member: TeamMember | null;
  busy: boolean;
  onConfirm: (member: TeamMember) => void;
  onClose: () => void;
};

export function RemoveMemberDialog({ member, busy, onConfirm, onClose }: RemoveMemberDialogProps) {
  const t = useMessages();
  const w = t.firmWork;
  return (
    <Dialog
      open={member !== null}
      title={member ? w.removeTitle(member.name) : ''}
      onClose={onClose}
      description={<p>{w.removeBody}</p>}
    >
      <div class="form-actions">
        <button type="button" class="button button-danger" disabled={busy} onClick={() => member && onConfirm(member)}>
          {w.removeConfirm}
        </button>
        <button type="button" class="button button-secondary" data-autofocus onClick={onClose}>
          {t.common.cancel}
        </button>
      </div>
    </Dialog>
  );
}
