import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate } from '../src/emulator/index.js';
import {
  createTestPki,
  runNode,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

let pki: TestPki;
let em: TestEmulator;
const dir = mkdtempSync(join(tmpdir(), 'rac-keys-'));

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  writeFileSync(join(dir, 'intermediate.pem'), pki.intermediate.certificatePem);
});
afterAll(async () => {
  await em.close();
});

describe('the bundled CLI obtains credentials from the emulator, through the intermediate', () => {
  it.each([
    ['EC P-384', { keyType: 'ec-p384' as const }],
    [
      'EC P-256 with a 160-bit serial',
      { keyType: 'ec-p256' as const, serial: (1n << 159n) + 123_456_789n },
    ],
    ['RSA 2048 with a 160-bit serial', { keyType: 'rsa' as const, serial: (1n << 159n) - 1n }],
  ])('%s', async (name, options) => {
    const leaf = await issueCertificate(pki.intermediate, { subject: `CN=${name}`, ...options });
    const cert = join(dir, `${options.keyType}-${leaf.serial}.crt`);
    const key = join(dir, `${options.keyType}-${leaf.serial}.key`);
    writeFileSync(cert, leaf.certificatePem);
    writeFileSync(key, leaf.privateKeyPem, { mode: 0o600 });
    const logs = em.logs.length;
    const run = await runNode(
      resolve('dist/cli/index.js'),
      [
        'credential-process',
        '--no-cache',
        '--certificate',
        cert,
        '--private-key',
        key,
        '--intermediates',
        join(dir, 'intermediate.pem'),
        '--trust-anchor-arn',
        em.arns.trustAnchorArn,
        '--profile-arn',
        em.arns.profileArn,
        '--role-arn',
        em.arns.roleArn,
        '--endpoint',
        em.url,
      ],
      { env: { HOME: dir } },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      Version: 1,
      AccessKeyId: expect.stringMatching(/^ASIA/),
    });
    // The emulator saw the decimal serial, whatever its size.
    expect(em.logs.slice(logs).join('\n')).toContain(`serial=${leaf.serial.toString(10)}`);
  });
});
