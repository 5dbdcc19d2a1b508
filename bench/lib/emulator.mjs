/**
 * The local Roles Anywhere emulator as the user starts it: `node dist/cli/index.js emulate
 * --generate DIR`, which makes a throw-away CA, leaf and key in DIR and writes DIR/emulator.env
 * once it listens on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function parseEnvFile(text) {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

export async function startEmulator({ node, cli, dir, timeoutMs = 20_000, extraArgs = [] }) {
  const child = spawn(node, [cli, 'emulate', '--generate', dir, ...extraArgs], {
    env: { PATH: process.env.PATH ?? '', HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', () => undefined);
  child.stderr.on('data', (chunk) => {
    log += chunk.toString('utf8');
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const envFile = join(dir, 'emulator.env');
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(envFile) || !readFileSync(envFile, 'utf8').includes('private-key=')) {
    if (exited) throw new Error(`the emulator exited before it listened: ${log.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the emulator did not listen within ${timeoutMs} ms`);
    }
    await sleep(20);
  }
  const env = parseEnvFile(readFileSync(envFile, 'utf8'));
  return {
    url: env.endpoint,
    arns: {
      trustAnchorArn: env['trust-anchor-arn'],
      profileArn: env['profile-arn'],
      roleArn: env['role-arn'],
    },
    files: { certificate: env.certificate, privateKey: env['private-key'], ca: env.ca },
    /** Everything the emulator wrote to stderr so far: verdict lines, then its closing counts. */
    log: () => log,
    /** CreateSession calls the emulator granted so far (one verdict line each). */
    granted: () => (log.match(/ 201 CreateSession /g) ?? []).length,
    /** The count once verdict lines still in the pipe have arrived: unchanged for `quietMs`. */
    settledGranted: async (quietMs = 250, maxMs = 3_000) => {
      const until = Date.now() + maxMs;
      let last = (log.match(/ 201 CreateSession /g) ?? []).length;
      let stableSince = Date.now();
      while (Date.now() < until && Date.now() - stableSince < quietMs) {
        await sleep(25);
        const now = (log.match(/ 201 CreateSession /g) ?? []).length;
        if (now !== last) {
          last = now;
          stableSince = Date.now();
        }
      }
      return last;
    },
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  };
}
