/**
 * What the server decides at start, once per kind of failure: wrong settings, no build to serve, a port in use. Each
 * stops it with sentences for the operator (no stack trace) and exit 1, before it listens. The sentence of every
 * wrong setting is checked against the settings loader in tests/unit/server/settings.test.ts; here, one start shows
 * that the running server prints them all at once.
 */
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { runAppToExit } from '../../support/app';
import { unusedPort } from '../../support/smtp';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Nothing of the run is written into the repository. */
const scratch = (dir: string) => ({ MAIL_OUTBOX_DIR: path.join(dir, 'outbox'), CONSENT_DB_PATH: path.join(dir, 'consent.sqlite') });

/** A sentence for the operator: no stack frame, no error class, no Node internals. */
function expectSentencesOnly(output: string) {
  expect(output).not.toMatch(/^ {4}at /m);
  expect(output).not.toMatch(/\n\s+at |Error:|node:internal/);
}

test('wrong settings in three groups are named together at one start, without their values; exit 1', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-start-'));
  try {
    const result = await runAppToExit({
      ...scratch(dir),
      PORT: '0',
      MAIL_TO: 'not-an-address',
      EID_ISSUER: 'http://example.com',
      REDIS_URL: 'http://webb:hemligt@127.0.0.1:6379',
    });
    expect(result.listened).toBe(false);
    expect(result.code).toBe(1);
    for (const sentence of [
      'PORT must be a whole number from 1 to 65535.',
      'MAIL_TO must be one e-mail address',
      "EID_ISSUER must be the broker's https issuer URL",
      'EID_CLIENT_ID must be set when EID_ISSUER is',
      'REDIS_URL must be a URL starting with redis://',
    ]) {
      expect(result.output).toContain(sentence);
    }
    for (const value of ['not-an-address', 'example.com', 'hemligt']) expect(result.output).not.toContain(value);
    expectSentencesOnly(result.output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('without the facts file, then without a build in dist/, the server says what is missing in one sentence; exit 1', async () => {
  // A copy of the project's server with no dist/ beside it (the real dist/ serves the other tests meanwhile).
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-unbuilt-'));
  try {
    await cp(path.join(root, 'src'), path.join(dir, 'src'), { recursive: true });
    await cp(path.join(root, 'package.json'), path.join(dir, 'package.json'));
    await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    // Without the site's facts file first: its one sentence, no stack trace.
    const noFacts = await runAppToExit(scratch(dir), { cwd: dir });
    expect(noFacts.listened).toBe(false);
    expect(noFacts.code).toBe(1);
    expect(noFacts.output).toContain("The site's facts file");
    expect(noFacts.output).toContain('(SITE_FACTS_FILE) does not exist');
    expectSentencesOnly(noFacts.output);
    await cp(path.join(root, 'site-facts.example.json'), path.join(dir, 'site-facts.example.json'));
    const result = await runAppToExit(scratch(dir), { cwd: dir });
    expect(result.listened).toBe(false);
    expect(result.code).toBe(1);
    expect(result.output).toContain('There is no build to serve in dist/. Run `npm run build` first');
    expectSentencesOnly(result.output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a port in use by another program is named, with what to do; exit 1', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-start-'));
  const port = await unusedPort();
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
  try {
    const result = await runAppToExit({ ...scratch(dir), PORT: String(port) });
    expect(result.listened).toBe(false);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Port ${port} on 127.0.0.1 is in use by another program: set PORT to a free port.`);
    expectSentencesOnly(result.output);
  } finally {
    await new Promise((resolve) => other.close(resolve));
    await rm(dir, { recursive: true, force: true });
  }
});
