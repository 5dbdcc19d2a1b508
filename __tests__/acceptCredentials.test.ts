import { describe, expect, it } from 'vitest';
import { parseArn } from '../src/core/arn.js';
import { acceptCredentials } from '../src/core/createSession/acceptCredentials.js';
import type { SessionCredentials } from '../src/core/createSession/response.js';
import { RolesAnywhereError } from '../src/core/errors.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const ROLE = parseArn('arn:aws:iam::111122223333:role/team/ci-deployer', 'role', 'role-arn');

function answer(overrides: Partial<SessionCredentials> = {}): SessionCredentials {
  return {
    accessKeyId: 'ASIAEXAMPLE000000001',
    secretAccessKey: 'secret/key+value=',
    sessionToken: 'token',
    expiration: new Date(NOW.getTime() + 3600_000),
    assumedRoleArn: 'arn:aws:sts::111122223333:assumed-role/ci-deployer/session',
    assumedRoleId: 'AROAEXAMPLE:session',
    roleArn: ROLE.arn,
    sourceIdentity: 'CN=ci-runner',
    subjectArn:
      'arn:aws:rolesanywhere:us-east-1:111122223333:subject/00000000-0000-4000-8000-000000000000',
    accountId: '111122223333',
    ...overrides,
  };
}

function code(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof RolesAnywhereError ? error.code : 'not a RolesAnywhereError';
  }
}

describe('acceptCredentials with the clock frozen at 2026-06-01T12:00:00Z', () => {
  const expected = { role: ROLE, durationSeconds: 3600 };

  it('accepts the role asked for, named without its path in the assumed-role ARN', () => {
    expect(acceptCredentials(answer(), expected, NOW)).toEqual(answer());
  });

  it('refuses credentials that last exactly the 16-minute refresh margin with ERR_RESPONSE_EXPIRED', () => {
    const expiration = new Date(NOW.getTime() + 16 * 60_000);
    expect(code(() => acceptCredentials(answer({ expiration }), expected, NOW))).toBe(
      'ERR_RESPONSE_EXPIRED',
    );
  });

  it('accepts credentials that last one second more than the margin', () => {
    const expiration = new Date(NOW.getTime() + 16 * 60_000 + 1000);
    expect(code(() => acceptCredentials(answer({ expiration }), expected, NOW))).toBeUndefined();
  });

  it('refuses credentials that outlive the session asked for by more than 5 minutes with ERR_RESPONSE_TOO_LONG', () => {
    const farFuture = new Date('9999-12-31T23:59:59Z');
    const justPast = new Date(NOW.getTime() + 3600_000 + 5 * 60_000 + 1000);
    expect(code(() => acceptCredentials(answer({ expiration: farFuture }), expected, NOW))).toBe(
      'ERR_RESPONSE_TOO_LONG',
    );
    expect(code(() => acceptCredentials(answer({ expiration: justPast }), expected, NOW))).toBe(
      'ERR_RESPONSE_TOO_LONG',
    );
  });

  it('accepts credentials that outlive the session asked for by up to 5 minutes of clock skew', () => {
    const skewed = new Date(NOW.getTime() + 3600_000 + 5 * 60_000);
    expect(
      code(() => acceptCredentials(answer({ expiration: skewed }), expected, NOW)),
    ).toBeUndefined();
  });

  it('uses half the session as the margin for a 15-minute session', () => {
    const short = { role: ROLE, durationSeconds: 900 };
    const in8 = new Date(NOW.getTime() + 8 * 60_000);
    const in7 = new Date(NOW.getTime() + 7 * 60_000);
    expect(code(() => acceptCredentials(answer({ expiration: in8 }), short, NOW))).toBeUndefined();
    expect(code(() => acceptCredentials(answer({ expiration: in7 }), short, NOW))).toBe(
      'ERR_RESPONSE_EXPIRED',
    );
  });

  it.each([
    ['another partition', 'arn:aws-cn:sts::111122223333:assumed-role/ci-deployer/s'],
    ['another account', 'arn:aws:sts::999999999999:assumed-role/ci-deployer/s'],
    ['another role', 'arn:aws:sts::111122223333:assumed-role/ci-deployer2/s'],
  ])('refuses an assumed-role ARN in %s with ERR_RESPONSE_WRONG_ROLE', (_what, arn) => {
    expect(code(() => acceptCredentials(answer({ assumedRoleArn: arn }), expected, NOW))).toBe(
      'ERR_RESPONSE_WRONG_ROLE',
    );
  });

  it.each([
    ['a C1 control in sourceIdentity', { sourceIdentity: 'CN=x\u0085::warning::y' }],
    ['a line separator in assumedRoleId', { assumedRoleId: 'AROA\u2028x' }],
    ['a space in the session token', { sessionToken: 'tok en' }],
    ['a subject ARN of another service', { subjectArn: 'arn:aws:iam::111122223333:user/x' }],
  ])('refuses %s with ERR_RESPONSE_INVALID', (_what, overrides) => {
    expect(code(() => acceptCredentials(answer(overrides), expected, NOW))).toBe(
      'ERR_RESPONSE_INVALID',
    );
  });
});
