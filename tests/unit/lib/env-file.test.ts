import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvFileError, loadEnvFile } from '../../../src/lib/env-file';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-env-file-'));
  file = path.join(dir, 'jainkasso-web.env');
  // As deploy/env.example writes it: comments, empty values, a percent-encoded password.
  await writeFile(file, '# mail\nSMTP_URL=smtps://webb:h%23mligt@mail.example.se:465\nMAIL_TO=\nHOST=127.0.0.1\nPORT=4321\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('--env-file', () => {
  it("reads the service's settings file into the environment; a variable set in the shell wins, an empty one does not", () => {
    const env: NodeJS.ProcessEnv = { PORT: '5000', HOST: '' };
    expect(loadEnvFile(file, env).sort()).toEqual(['HOST', 'MAIL_TO', 'SMTP_URL']);
    expect(env).toEqual({ PORT: '5000', HOST: '127.0.0.1', MAIL_TO: '', SMTP_URL: 'smtps://webb:h%23mligt@mail.example.se:465' });
  });

  it('a file it cannot read is one sentence naming it and why', () => {
    expect(() => loadEnvFile(path.join(dir, 'missing.env'), {})).toThrow(EnvFileError);
    expect(() => loadEnvFile(path.join(dir, 'missing.env'), {})).toThrow(`--env-file ${path.join(dir, 'missing.env')} cannot be read: there is no such file.`);
    expect(() => loadEnvFile(dir, {})).toThrow(`--env-file ${dir} cannot be read: it is a folder.`);
  });
});
