/**
 * Reads `#token=…` from the address. Setup and invitation links carry their secret in the
 * fragment because browsers never send it to servers (no access logs, no Referer).
 */
export function fragmentToken(hash: string = location.hash): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() || undefined;
}

/** Removes the secret from the address bar and history once it has done its job. */
export function forgetFragment() {
  history.replaceState(history.state, '', location.pathname + location.search);
}
