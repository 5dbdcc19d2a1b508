/**
 * The library's errors name the library's options (`privateKey`, `intermediates`,
 * `trustAnchorArn`, …), never the Action's inputs or the CLI's flags, whichever layer raises them:
 * settings, material, or the service's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRolesAnywhereError } from '../src/core/errors.js';
import {
  fromRolesAnywhere,
  signCreateSession,
  type FromRolesAnywhereOptions,
} from '../src/lib/index.js';
import { createCertificateAuthority, issueCertificate } from '../src/emulator/index.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

/** Every front-end spelling that is not also the library's. */
const FOREIGN_NAMES =
  /private-key|certificate-chain|trust-anchor-arn|profile-arn|role-arn|aws-region|session-duration|role-session-name|pkcs8-password|--[a-z]/;

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki, { maxDurationSeconds: 900 });
});
afterAll(async () => {
  await em.close();
});

function options(overrides: Partial<FromRolesAnywhereOptions> = {}): FromRolesAnywhereOptions {
  return {
    certificate: pki.leaf.certificatePem,
    privateKey: pki.leaf.privateKeyPem,
    intermediates: pki.intermediate.certificatePem,
    ...TEST_ARNS,
    endpoint: em.url,
    durationSeconds: 900,
    maxAttempts: 1,
    env: {},
    ...overrides,
  };
}

async function failure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    if (!isRolesAnywhereError(error)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected a RolesAnywhereError');
}

const obtain = (overrides: Partial<FromRolesAnywhereOptions>) => () =>
  fromRolesAnywhere(options(overrides))();

describe("the library's error messages", () => {
  const cases: readonly (readonly [string, () => () => Promise<unknown>, string])[] = [
    ['a malformed trust anchor ARN', () => obtain({ trustAnchorArn: 'nope' }), 'trustAnchorArn'],
    ['a malformed profile ARN', () => obtain({ profileArn: 'nope' }), 'profileArn'],
    ['a malformed role ARN', () => obtain({ roleArn: 'nope' }), 'roleArn'],
    ['a duration out of range', () => obtain({ durationSeconds: 60 }), 'durationSeconds'],
    ['a bad role session name', () => obtain({ roleSessionName: 'a b' }), 'roleSessionName'],
    ['a region that is not one', () => obtain({ region: 'moon-1' }), 'region'],
    [
      'a private key that is not one',
      () => () => signCreateSession(options({ privateKey: 'not a key' })),
      'privateKey',
    ],
    [
      'intermediates that are not certificates',
      () => () => signCreateSession(options({ intermediates: 'junk' })),
      'intermediates',
    ],
    [
      'a CA certificate given as the certificate',
      () => () =>
        signCreateSession(
          options({
            certificate: pki.intermediate.certificatePem,
            privateKey: pki.intermediate.privateKeyPem,
          }),
        ),
      'intermediates',
    ],
    [
      'a key that does not belong to the certificate',
      () => () => signCreateSession(options({ privateKey: pki.rsaLeaf.privateKeyPem })),
      'privateKey',
    ],
    [
      'a role session name the profile does not accept',
      () => obtain({ roleSessionName: 'ci-run-1' }),
      'roleSessionName',
    ],
    [
      'a duration above the profile cap',
      () => obtain({ durationSeconds: 3600 }),
      'durationSeconds',
    ],
  ];

  it.each(cases.map(([what, make, name]) => ({ what, make, name })))(
    'for $what name $name and no front end',
    async ({ make, name }) => {
      const { message } = await failure(make());
      expect(message).toContain(name);
      expect(message).not.toMatch(FOREIGN_NAMES);
    },
  );

  it('for Untrusted Signing Certificate name trustAnchorArn and intermediates', async () => {
    const stranger = await createCertificateAuthority({ subject: 'CN=Stranger CA' });
    const leaf = await issueCertificate(stranger, { subject: 'CN=stranger' });
    const { message } = await failure(
      obtain({
        certificate: leaf.certificatePem,
        privateKey: leaf.privateKeyPem,
        intermediates: undefined,
      }),
    );
    expect(message).toContain('Untrusted Signing Certificate');
    expect(message).toMatch(/check that trustAnchorArn is the trust anchor .* in intermediates/);
    expect(message).not.toMatch(FOREIGN_NAMES);
  });
});
