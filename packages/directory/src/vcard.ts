/**
 * A vCard 4.0 for one lawyer, offered as a Blob download (no inline script, no server round trip).
 *
 * @example
 *   downloadVCard(shadowRoot, lawyer, endpoint);
 */
import type { PublicLawyer } from '@retainer/schema';
import { resolvePhoto } from './json-ld.ts';

/** RFC 6350 escaping of text values. */
const escapeText = (text: string) => text.replace(/[\\,;]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, '\\n');

export function toVCard(lawyer: PublicLawyer, firm: string, endpoint: string): string {
  const photo = resolvePhoto(lawyer.photoUrl, endpoint);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(lawyer.name)}`,
    `ORG:${escapeText(firm)}`,
    `TITLE:${escapeText(lawyer.title)}`,
    lawyer.email && `EMAIL;TYPE=work:${escapeText(lawyer.email)}`,
    lawyer.phone && `TEL;TYPE=work,voice;VALUE=uri:tel:${lawyer.phone.replace(/[^+0-9]/g, '')}`,
    photo && `PHOTO:${photo}`,
    lawyer.bookingUrl && `URL:${lawyer.bookingUrl}`,
    'END:VCARD',
  ];
  return `${lines.filter(Boolean).join('\r\n')}\r\n`;
}

export function downloadVCard(parent: Node, lawyer: PublicLawyer, firm: string, endpoint: string): void {
  const url = URL.createObjectURL(new Blob([toVCard(lawyer, firm, endpoint)], { type: 'text/vcard' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${lawyer.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.vcf`;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
