/**
 * Adds a stylesheet from this site and resolves once it has loaded (or failed: the preferences then show unstyled
 * rather than not at all). A <link> to 'self', which the site's CSP allows; no inline style.
 */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // One handler for both: a failed stylesheet resolves too (properties, not listeners: fewer bytes in the banner's script).
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}
