/**
 * The one look every email shares: plain text, and simple HTML with inline styles (mail clients drop
 * style sheets), no remote images, no tracking. The firm's public name heads it; the footer says why the
 * person got it.
 *
 * @example
 *   const { text, html } = emailLayout({ firmName: 'Harbor & Vale', lang: 'en', lines: ['Hello'], footer: '…' });
 */
import type { Language } from '@retainer/schema';

export type EmailAction = { label: string; url: string };

export type LayoutInput = {
  firmName: string;
  lang: Language;
  /** A short heading above the lines. */
  heading: string;
  /** Paragraphs, in order; plain text (escaped for HTML here). */
  lines: string[];
  /** One button (and a plain link in the text part). */
  action?: EmailAction | undefined;
  /** Why the reader got this email. */
  footer: string;
};

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);

/** Only http(s) links reach a button; anything else is left out rather than made clickable. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '');

export function emailLayout({ firmName, lang, heading, lines, action, footer }: LayoutInput): {
  text: string;
  html: string;
} {
  const url = action ? safeUrl(action.url) : '';
  const text = [
    firmName,
    '',
    heading,
    '',
    ...lines.flatMap((line) => [line, '']),
    ...(action && url ? [`${action.label}: ${url}`, ''] : []),
    '--',
    footer,
    '',
  ].join('\n');
  const paragraph = (line: string) =>
    `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1f2933">${escapeHtml(line)}</p>`;
  const button =
    action && url
      ? `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(action.label)}</a></p>`
      : '';
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;padding:24px;background:#f5f7fa;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-size:14px;color:#52606d;font-weight:600">${escapeHtml(firmName)}</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;color:#1f2933">${escapeHtml(heading)}</h1>
${lines.map(paragraph).join('\n')}
${button}
<hr style="border:none;border-top:1px solid #e4e7eb;margin:24px 0 12px">
<p style="margin:0;font-size:12px;line-height:1.5;color:#7b8794">${escapeHtml(footer)}</p>
</div>
</body></html>
`;
  return { text, html };
}
