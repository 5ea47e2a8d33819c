/**
 * The first step of `npm test`: makes sure the programs the suite starts are installed (tests/support/system-packages.ts).
 * As root with apt-get (CI, a fresh Debian machine) it installs the missing ones; otherwise it stops at once with one
 * sentence naming them and the command.
 */
import { spawnSync } from 'node:child_process';
import { locate, missingPackages, planSetup } from '../tests/support/system-packages.ts';

const plan = planSetup({
  missing: missingPackages(),
  root: process.getuid?.() === 0,
  apt: locate(['apt-get']) !== undefined,
});

function run(command: string[]): boolean {
  const [file, ...args] = command as [string, ...string[]];
  const result = spawnSync(file, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (plan.action === 'stop') {
  process.stderr.write(`${plan.message}\n`);
  process.exit(1);
}
if (plan.action === 'install') {
  process.stdout.write(`Installing what the tests need: ${plan.packages.join(' ')}\n`);
  const installed = run(['apt-get', 'update', '-qq']) && run(plan.command);
  const still = missingPackages();
  if (!installed || still.length) {
    process.stderr.write(`apt-get could not install ${(still.length ? still : plan.packages).join(' ')}: install them by hand, then run npm test again.\n`);
    process.exit(1);
  }
}
