/**
 * Starts the built production server once for the site tests (the `site` project in vitest.config.ts), as
 * `npm run serve` runs it: no SMTP (an outbox folder), consent records in an SQLite file, no e-ID.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp } from '../support/app.ts';

export default async function setup(project: TestProject) {
  if (!existsSync(new URL('../../dist/server/entry.mjs', import.meta.url))) {
    throw new Error('The site tests read the built site: run `npm run build` first (npm test builds before them).');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'jainkasso-site-'));
  const consent = { file: path.join(dir, 'consent.sqlite'), rateLimit: 20 };
  const app = await startApp({
    SMTP_URL: '',
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
    DATABASE_URL: '',
    CONSENT_DB_PATH: consent.file,
    CONSENT_RATE_LIMIT_MAX: String(consent.rateLimit),
    REDIS_URL: '',
    EID_ISSUER: '',
    EID_CLIENT_ID: '',
    EID_CLIENT_SECRET: '',
    EID_BROKER: '',
  });
  project.provide('siteUrl', app.url);
  project.provide('siteConsent', consent);
  return async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
