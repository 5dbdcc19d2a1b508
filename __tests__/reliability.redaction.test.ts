/**
 * The CLI's last line of defence, the scrubber, removes a secret where it leaked as a value and
 * never rewrites the tool's own words: with the passphrase `password`, a wrong-passphrase message
 * still says "--pkcs8-password" and "check the password".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrub } from '../src/cli/io.js';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { createTestPki, type TestPki } from './helpers/harness.js';
import { expectCliFailure, printFigures } from './helpers/reliability.js';

let pki: TestPki;
let box: Sandbox;
let dir: string;
let bundle: string;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  box = createSandbox();
  dir = mkdtempSync(join(tmpdir(), 'rac-redaction-'));
  const cert = join(dir, 'leaf.crt');
  const key = join(dir, 'leaf.key');
  writeFileSync(cert, pki.leaf.certificatePem);
  writeFileSync(key, pki.leaf.privateKeyPem, { mode: 0o600 });
  bundle = join(dir, 'leaf.p12');
  execFileSync(
    'openssl',
    ['pkcs12', '-export', '-in', cert, '-inkey', key, '-out', bundle, '-passout', 'env:P12_PASS'],
    { env: { PATH: process.env['PATH'] ?? '', P12_PASS: 'the-real-export-passphrase' } },
  );
});

let intact = 0;

afterAll(() => {
  printFigures([`${intact} messages with the passphrase "password" left word for word`]);
  box?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the CLI given the passphrase "password"', () => {
  it('says which flag failed and what to check, word for word', async () => {
    const run = await runCli(
      ['credential-process', '--certificate', bundle, '--pkcs8-password', 'env:PW', ...arnFlags()],
      { env: { ...box.env, PW: 'password' } },
    );
    const line = expectCliFailure(run, /ERR|does not open/);
    expect(line).not.toContain('[redacted]');
    expect(line).toContain('--pkcs8-password does not open the PKCS#12 bundle in --certificate');
    expect(line).toContain('check the password, including any trailing space or newline.');
    intact++;
  });
});

describe('scrub', () => {
  const secrets = new Set([
    'password',
    'hunter2!',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg',
  ]);

  it.each([
    [
      'a flag name that contains the word',
      '--pkcs8-password is wrong',
      '--pkcs8-password is wrong',
    ],
    ['the word in a sentence', 'check the password, then retry', 'check the password, then retry'],
    ['the word quoted as a value', 'got "password".', 'got "[redacted]".'],
    ['the word after =', 'PW=password set', 'PW=[redacted] set'],
    ['a short mixed secret as a token', 'open hunter2! failed', 'open [redacted] failed'],
    [
      'a key line inside a longer run',
      'xxMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgyy',
      'xx[redacted]yy',
    ],
  ])('handles %s', (_what, text, expected) => {
    expect(scrub(text, secrets)).toBe(expected);
  });
});
