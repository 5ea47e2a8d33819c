import type { Page } from '@playwright/test';

/**
 * Starts recording the page's Content-Security-Policy violations; call the returned function to read them.
 * Every document the page loads reports to the test (a flow crosses several: form, error page, confirmation),
 * and Chromium's console messages about the policy are kept as well. Call once per page.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const violations: string[] = [];
  await page.exposeBinding('__reportCspViolation', ({ frame }, line: string) => {
    violations.push(`${frame.url()}: ${line}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => Promise<void> }).__reportCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return async () => {
    // Reports travel asynchronously: a round trip to the page lets the last ones arrive.
    await page.evaluate(() => true).catch(() => undefined);
    return [...violations];
  };
}
