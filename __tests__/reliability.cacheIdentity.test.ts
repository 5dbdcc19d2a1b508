/**
 * The credential-process cache never serves one identity's credentials to another: entries are
 * keyed on the leaf that pairs with the private key (not the first certificate of the file), and a
 * hit is served only to a run whose key pairs with that leaf. The real bundle, the emulator
 * counting CreateSession calls.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { printFigures } from './helpers/reliability.js';

let pki: TestPki;
let em: TestEmulator;
let box: Sandbox;
let refused = 0;

/** Each leaf in a file after the intermediate, as some CAs hand out their bundles. */
let ecChain: string;
let rsaChain: string;
let ecKey: string;
let rsaKey: string;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki, { log: () => undefined });
  box = createSandbox();
  const write = (name: string, text: string): string => {
    const path = join(box.dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    return path;
  };
  ecChain = write('ec-chain.pem', pki.intermediate.certificatePem + pki.leaf.certificatePem);
  rsaChain = write('rsa-chain.pem', pki.intermediate.certificatePem + pki.rsaLeaf.certificatePem);
  ecKey = write('ec-key.pem', pki.leaf.privateKeyPem);
  rsaKey = write('rsa-key.pem', pki.rsaLeaf.privateKeyPem);
});

afterAll(async () => {
  await em?.close();
  box?.cleanup();
  printFigures([`${refused} cache hits refused to a run with the wrong key or none`]);
});

const calls = (): number => em.emulator.stats().createSession.accepted;

function credentialProcess(certificate: string, key: string | undefined) {
  return runCli(
    [
      'credential-process',
      '--certificate',
      certificate,
      ...(key === undefined ? [] : ['--private-key', key]),
      ...arnFlags(),
      '--endpoint',
      em.url,
    ],
    { env: box.env },
  );
}

function accessKeyId(stdout: string): string {
  return (JSON.parse(stdout) as { AccessKeyId: string }).AccessKeyId;
}

describe('the credential-process cache and identity', () => {
  it('two leaves filed after the same intermediate get an entry each, not one shared entry', async () => {
    const before = calls();
    const ec = await credentialProcess(ecChain, ecKey);
    const rsa = await credentialProcess(rsaChain, rsaKey);
    expect(ec.exitCode).toBe(0);
    expect(rsa.exitCode).toBe(0);
    expect(calls() - before).toBe(2);
    expect(accessKeyId(rsa.stdout)).not.toBe(accessKeyId(ec.stdout));
    const ecAgain = await credentialProcess(ecChain, ecKey);
    expect(accessKeyId(ecAgain.stdout)).toBe(accessKeyId(ec.stdout));
    expect(calls() - before).toBe(2);
  });

  it('refuses a cache hit to a run whose private key does not belong to the leaf', async () => {
    const cached = await credentialProcess(ecChain, ecKey);
    expect(cached.exitCode).toBe(0);
    const before = calls();
    const wrong = await credentialProcess(ecChain, rsaKey);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('does not belong to the certificate');
    expect(calls()).toBe(before);
    refused += 1;
  });

  it('refuses a cache hit to a run that gives no private key at all', async () => {
    const cached = await credentialProcess(ecChain, ecKey);
    expect(cached.exitCode).toBe(0);
    const keyless = await credentialProcess(ecChain, undefined);
    expect(keyless.exitCode).toBe(1);
    expect(keyless.stdout).toBe('');
    expect(keyless.stderr).toMatch(/private key/i);
    refused += 1;
  });
});
