/** Calls `onShown` once, the first time any part of `host` is on screen; returns the cleanup. */
export function observeShown(host: Element, onShown: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onShown();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      onShown();
    }
  });
  observer.observe(host);
  return () => observer.disconnect();
}
