/**
 * English messages every widget shares (the load-failure notice, the support reference): the source of truth for
 * the shape every language file follows (`Messages`), and the fallback when another file cannot load. Each widget's
 * own strings live in its package (issue 18: the intake's were here, and every widget downloaded them).
 * Adding a language means adding one file beside this one.
 */
const en = {
  loadFailed: 'The form could not be loaded.',
  loadFailedHint: 'Check your connection, then try again.',
  tryAgain: 'Try again',
  supportReference: 'Reference for support:',
};

export type Messages = typeof en;
export default en;
