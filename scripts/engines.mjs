// Before `npm test`: the engines the suite starts for real (Chromium, PostgreSQL, HAProxy, Caddy) must be
// on the machine. Running as root where apt-get exists, the missing Debian packages are installed
// here (saying so); anywhere else the run stops at once with the exact command to type, because a
// test that finds no engine must fail, never skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { postgresBin } from './engine-paths.mjs';

/** What each engine is found by, and the Debian package that provides it. */
const ENGINES = [
  { name: 'Chromium', pkg: 'chromium', found: () => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { name: 'PostgreSQL server', pkg: 'postgresql', found: () => postgresBin() !== null },
  { name: 'HAProxy', pkg: 'haproxy', found: () => onPath('haproxy') },
  { name: 'Caddy', pkg: 'caddy', found: () => onPath('caddy') },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function missing() {
  return ENGINES.filter((e) => !e.found());
}

const lacking = missing();
if (lacking.length > 0) {
  const packages = lacking.map((e) => e.pkg).join(' ');
  const command = `apt-get update && apt-get install -y ${packages}`;
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (!canInstall) {
    console.error(`The test suite needs ${lacking.map((e) => e.name).join(', ')}, which this machine lacks.`);
    console.error(`Install them first (as root):\n\n  ${command}\n`);
    process.exit(1);
  }
  console.log(`Installing ${lacking.map((e) => e.name).join(', ')} from Debian (${packages}) for the tests…`);
  // policy-rc.d keeps Debian from starting the packaged services: the tests start their own.
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = fs.existsSync(policy);
  if (!hadPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [
    ['apt-get', ['update', '-qq']],
    ['apt-get', ['install', '-y', '-qq', ...lacking.map((e) => e.pkg)]],
  ];
  try {
    for (const [cmd, args] of steps) {
      const run = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
      if (run.status !== 0) {
        console.error(`\`${cmd} ${args.join(' ')}\` failed (exit ${run.status}). Run it yourself:\n\n  ${command}\n`);
        process.exit(1);
      }
    }
  } finally {
    if (!hadPolicy) fs.rmSync(policy, { force: true });
  }
  const still = missing();
  if (still.length > 0) {
    console.error(`Still missing after the install: ${still.map((e) => e.name).join(', ')}.`);
    process.exit(1);
  }
  console.log('Installed.');
}
