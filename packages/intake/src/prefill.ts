/**
 * What the directory (issue 4) hands to the form: the chosen lawyer and practice area, either
 * as a `retainer:prefill` DOM event on this page or in the contact page's URL fragment
 * (`#retainer-lawyer=…&retainer-lawyer-name=…&retainer-practice=…`).
 *
 * @example
 *   readPrefillFragment('#retainer-lawyer=abc&retainer-lawyer-name=Ann%20Lee') // { lawyer: 'abc', lawyerName: 'Ann Lee' }
 */
/** `description`: the visitor's question handed over by the FAQ bot (issue 5). */
export type Prefill = { lawyer?: string; lawyerName?: string; practiceArea?: string; description?: string };

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

/** Keeps only well-formed strings: the detail may come from any script on the page. */
export function cleanPrefill(detail: unknown): Prefill {
  const d = (detail ?? {}) as Record<string, unknown>;
  const lawyer = text(d.lawyer, 64);
  const prefill: Prefill = {};
  if (lawyer && /^[A-Za-z0-9_-]+$/.test(lawyer)) prefill.lawyer = lawyer;
  const name = text(d.lawyerName, 120);
  if (name) prefill.lawyerName = name;
  const area = text(d.practiceArea, 64);
  if (area) prefill.practiceArea = area;
  const description = text(d.description, 2000);
  if (description) prefill.description = description;
  return prefill;
}

export function readPrefillFragment(hash: string): Prefill {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return cleanPrefill({
    lawyer: params.get('retainer-lawyer'),
    lawyerName: params.get('retainer-lawyer-name'),
    practiceArea: params.get('retainer-practice'),
    description: params.get('retainer-description'),
  });
}

/**
 * Takes the handoff out of the address bar once read: a question handed over by the FAQ bot is personal and
 * should not stay in the browser's history. Other fragment parts (the host page's own) are kept.
 */
export function clearPrefillFragment(location: Location, history: History): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const ours = [...params.keys()].filter((key) => key.startsWith('retainer-') && key !== 'retainer-survey');
  if (ours.length === 0) return;
  for (const key of ours) params.delete(key);
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}
