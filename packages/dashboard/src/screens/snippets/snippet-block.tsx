/** A snippet shown as code (scrollable and reachable by keyboard) with its copy button. */
import { CopyButton } from '../../ui/copy-button.tsx';

export function SnippetBlock({ code, label }: { code: string; label: string }) {
  return (
    <div class="snippet">
      <pre class="code">
        <code>{code}</code>
      </pre>
      <CopyButton text={code} label={label} />
    </div>
  );
}
