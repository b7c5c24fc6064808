/**
 * Recovery codes, shown once: as a list a screen reader reads code by code, with copy and download,
 * and a button to say they are saved (the only way on, so nobody skips past them by accident).
 */
import { useEffect, useRef } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { CopyButton } from '../../ui/copy-button.tsx';

type Props = { codes: readonly string[]; onDone: () => void };

export function RecoveryCodesPanel({ codes, onDone }: Props) {
  const t = useMessages();
  const m = t.security;
  const user = useDashboard().session.session.value?.user;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = codes.join('\n');

  const download = () => {
    const title = user ? m.codesFileTitle(user.firmName, user.email) : m.codesTitle;
    const blob = new Blob([`${title}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = m.codesFileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section class="panel recovery-codes" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title" class="panel-title" tabIndex={-1} ref={heading}>
        {m.codesTitle}
      </h2>
      <p>{m.codesIntro}</p>
      <ol class="recovery-code-list" aria-label={m.codesListLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div class="button-row">
        <CopyButton text={text} label={m.copyCodes} />
        <button type="button" class="button button-secondary" onClick={download}>
          {m.download}
        </button>
        <button type="button" class="button button-primary" onClick={onDone}>
          {m.codesSaved}
        </button>
      </div>
    </section>
  );
}
