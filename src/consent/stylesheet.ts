/**
 * Adds a stylesheet from this site and resolves once it has loaded (or failed: the preferences then show unstyled
 * rather than not at all). A <link> to 'self', which the site's CSP allows; no inline style.
 */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}
