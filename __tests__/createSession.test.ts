import { describe, expect, it } from 'vitest';
import {
  createSessionBody,
  mapServiceError,
  parseCreateSessionResponse,
  parseCreateSessionText,
  parseDuration,
  parseRoleSessionName,
} from '../src/core/createSession/index.js';
import { RolesAnywhereError } from '../src/core/errors.js';
import { ACTION_NAMES } from '../src/github/names.js';
import { judgeEndEntity, type CertificateFacts } from '../src/core/material/index.js';
import { readVector } from './helpers/vectors.js';

const document = {
  credentialSet: [
    {
      assumedRoleUser: {
        arn: 'arn:aws:sts::111122223333:assumed-role/Role/session',
        assumedRoleId: 'AROAEXAMPLE:session',
      },
      credentials: {
        accessKeyId: 'ASIAEXAMPLE',
        secretAccessKey: 'secret/+=',
        sessionToken: 'token',
        expiration: '2025-12-11T16:34:25Z',
      },
      packedPolicySize: 10,
      roleArn: 'arn:aws:iam::111122223333:role/Role',
      sourceIdentity: 'CN=ci',
    },
  ],
  subjectArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:subject/41cl0bae-6783-40d4-ab20-65dc5d922e45',
};

function thrown(fn: () => unknown): RolesAnywhereError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RolesAnywhereError) return error;
    throw error;
  }
  throw new Error('expected a RolesAnywhereError');
}

describe('the CreateSession body', () => {
  it('is byte-identical to the shared vector for the same settings', () => {
    const vector = readVector();
    const sent = JSON.parse(vector.inputs.body) as Record<string, string | number>;
    expect(
      createSessionBody({
        durationSeconds: Number(sent['durationSeconds']),
        profileArn: String(sent['profileArn']),
        roleArn: String(sent['roleArn']),
        trustAnchorArn: String(sent['trustAnchorArn']),
      }),
    ).toBe(vector.inputs.body);
  });

  it('carries roleSessionName only when given', () => {
    const body = createSessionBody({
      durationSeconds: 900,
      profileArn: 'p',
      roleArn: 'r',
      trustAnchorArn: 't',
      roleSessionName: 'ci-42',
    });
    expect(Object.keys(JSON.parse(body) as object)).toEqual([
      'durationSeconds',
      'profileArn',
      'roleArn',
      'roleSessionName',
      'trustAnchorArn',
    ]);
  });

  it('reads durations as seconds, minutes or hours within 900..43200', () => {
    expect(parseDuration(undefined, 'd')).toBe(3600);
    expect(parseDuration('', 'd')).toBe(3600);
    expect(parseDuration('900', 'd')).toBe(900);
    expect(parseDuration('2h', 'd')).toBe(7200);
    expect(parseDuration('15m', 'd')).toBe(900);
    for (const bad of ['899', '43201', '1.5', 'an hour', '-1', '13h']) {
      const error = thrown(() => parseDuration(bad, 'session-duration'));
      expect(error.code).toBe('ERR_DURATION_INVALID');
      expect(error.message).toMatch(
        /^session-duration must be a whole number of seconds from 900 to 43200/,
      );
    }
  });

  it('rejects role session names AWS would refuse', () => {
    expect(parseRoleSessionName('  ci@build.42  ', 'n')).toBe('ci@build.42');
    expect(thrown(() => parseRoleSessionName('has space', 'role-session-name')).code).toBe(
      'ERR_SESSION_NAME_INVALID',
    );
    expect(thrown(() => parseRoleSessionName('x'.repeat(65), 'role-session-name')).code).toBe(
      'ERR_SESSION_NAME_INVALID',
    );
  });
});

describe('parseCreateSessionResponse', () => {
  it('takes credentialSet[0] and the account from the assumed role ARN', () => {
    const c = parseCreateSessionResponse(document);
    expect(c).toMatchObject({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret/+=',
      sessionToken: 'token',
      accountId: '111122223333',
      sourceIdentity: 'CN=ci',
    });
    expect(c.expiration.toISOString()).toBe('2025-12-11T16:34:25.000Z');
  });

  it.each([
    ['an empty credential set', { credentialSet: [] }, /credentialSet is empty/],
    [
      'a missing session token',
      {
        credentialSet: [
          {
            ...document.credentialSet[0],
            credentials: {
              accessKeyId: 'a',
              secretAccessKey: 'b',
              expiration: '2025-12-11T16:34:25Z',
            },
          },
        ],
      },
      /sessionToken is missing/,
    ],
    [
      'an unreadable expiration',
      {
        credentialSet: [
          {
            ...document.credentialSet[0],
            credentials: { ...document.credentialSet[0]?.credentials, expiration: 'soon' },
          },
        ],
      },
      /expiration is "soon", not an RFC 3339 date-time/,
    ],
    ['an array', [], /not a JSON object/],
    ['null', null, /not a JSON object/],
  ])('reports %s as ERR_RESPONSE_INVALID', (_what, body, reason) => {
    const error = thrown(() => parseCreateSessionResponse(body));
    expect(error.code).toBe('ERR_RESPONSE_INVALID');
    expect(error.message).toMatch(reason);
  });

  it('reports a non-JSON body without crashing', () => {
    expect(thrown(() => parseCreateSessionText('<html>502 Bad Gateway</html>')).message).toMatch(
      /body is not JSON .*<html>502 Bad Gateway/,
    );
  });
});

describe('mapServiceError', () => {
  const receivedAt = new Date('2026-11-25T12:00:00Z');

  it('keeps the AWS type, message and request id and reports a skewed clock on Invalid signature', () => {
    const error = mapServiceError({
      status: 403,
      headers: {
        'x-amzn-errortype': 'AccessDeniedException',
        'x-amzn-requestid': 'req-1',
        date: 'Wed, 25 Nov 2026 11:50:00 GMT',
      },
      bodyText: '{"message":"Invalid signature"}',
      receivedAt,
    });
    expect(error.code).toBe('ERR_ACCESS_DENIED');
    expect(error.details).toMatchObject({
      awsErrorType: 'AccessDeniedException',
      requestId: 'req-1',
      status: 403,
      retryable: false,
    });
    expect(error.message).toMatch(
      /^CreateSession failed: 403 AccessDeniedException: Invalid signature\. This machine's clock is 600 s ahead of the service's/,
    );
    expect(error.message).toMatch(/\(request id req-1\)$/);
  });

  it('says the clocks agree when they do', () => {
    const error = mapServiceError({
      status: 403,
      headers: {
        date: 'Wed, 25 Nov 2026 12:00:03 GMT',
        'x-amzn-errortype': 'AccessDeniedException',
      },
      bodyText: '{"message":"Invalid signature"}',
      receivedAt,
    });
    expect(error.message).toMatch(/clocks agree \(skew 3 s\)/);
  });

  it('points at the chain and trust anchor for Untrusted Signing Certificate', () => {
    // The core knows no front end's names; the Action's are the ones this hint is worded with.
    const error = mapServiceError(
      {
        status: 403,
        headers: { 'x-amzn-errortype': 'AccessDeniedException' },
        bodyText: '{"message":"Untrusted Signing Certificate"}',
        receivedAt,
      },
      { names: ACTION_NAMES },
    );
    expect(error.message).toMatch(
      /Likely cause: the certificate does not chain to the trust anchor: check that trust-anchor-arn .*pass that CA's certificate in certificate-chain\.$/,
    );
  });

  describe('the Untrusted Signing Certificate hint for this certificate', () => {
    const untrusted = {
      status: 403,
      headers: { 'x-amzn-errortype': 'AccessDeniedException' },
      bodyText: '{"message":"Untrusted Signing Certificate"}',
      receivedAt,
    };
    const names = {
      intermediates: 'intermediates',
      trustAnchorArn: 'trustAnchorArn',
      durationSeconds: 'durationSeconds',
      roleSessionName: 'roleSessionName',
    };
    const facts = (overrides: Partial<CertificateFacts>): CertificateFacts => ({
      serialDecimal: '42',
      subject: 'CN=leaf',
      issuer: 'CN=Issuing CA',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
      version: 3,
      isCA: false,
      hasBasicConstraints: true,
      digitalSignature: true,
      keyUsage: ['digitalSignature'],
      signatureHash: 'SHA-256',
      keyType: 'ec',
      keyDescription: 'EC P-256',
      selfSigned: false,
      ...overrides,
    });
    const verdicts = (f: CertificateFacts) =>
      judgeEndEntity(f, {
        certificate: 'certificate',
        intermediates: 'intermediates',
        identity: 'x',
      }).flatMap((outcome) => outcome.verdict ?? []);

    it('lists the chain first, then the extension the preflight warned about', () => {
      const error = mapServiceError(untrusted, {
        names,
        certificate: {
          issuer: 'CN=Issuing CA',
          intermediates: 1,
          verdicts: verdicts(facts({ hasBasicConstraints: false })),
        },
      });
      expect(error.message).toMatch(
        /Likely causes, most likely first: \(1\) the certificate \(issued by CN=Issuing CA\) does not chain to the trust anchor: check that trustAnchorArn .* the 1 certificate\(s\) in intermediates lead to that CA; \(2\) the certificate has no basicConstraints extension, which AWS documents as required \(reissue with -addext basicConstraints=critical,CA:FALSE\)\.$/,
      );
    });

    it('gives a v1 certificate its own cause and never the intermediate advice', () => {
      const error = mapServiceError(untrusted, {
        names,
        certificate: {
          issuer: 'CN=Issuing CA',
          intermediates: 0,
          verdicts: verdicts(
            facts({
              version: 1,
              hasBasicConstraints: false,
              digitalSignature: undefined,
              keyUsage: undefined,
            }),
          ),
        },
      });
      expect(error.message).toMatch(
        /Likely cause: the certificate is X\.509 v1, and Roles Anywhere needs v3: reissue it\.$/,
      );
      expect(error.message).not.toMatch(/intermediate|trust anchor/i);
    });
  });

  it('reads the type from __type and the message from Message', () => {
    const error = mapServiceError({
      status: 400,
      headers: {},
      bodyText: '{"__type":"com.amazon#ValidationException","Message":"bad duration"}',
      receivedAt,
    });
    expect(error.code).toBe('ERR_VALIDATION');
    expect(error.details.awsErrorType).toBe('ValidationException');
  });

  it('marks throttling and 5xx as retryable and 4xx as final', () => {
    expect(
      mapServiceError({ status: 429, headers: {}, bodyText: '', receivedAt }).details.retryable,
    ).toBe(true);
    expect(
      mapServiceError({
        status: 400,
        headers: { 'x-amzn-errortype': 'ThrottlingException' },
        bodyText: '',
        receivedAt,
      }).code,
    ).toBe('ERR_THROTTLED');
    expect(
      mapServiceError({ status: 503, headers: {}, bodyText: '', receivedAt }).details.retryable,
    ).toBe(true);
    expect(
      mapServiceError({
        status: 404,
        headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
        bodyText: '{"message":"x"}',
        receivedAt,
      }).code,
    ).toBe('ERR_NOT_FOUND');
  });

  it('recognises an HTML page from a proxy', () => {
    expect(
      mapServiceError({
        status: 502,
        headers: {},
        bodyText: '<html><body>Bad gateway</body></html>',
        receivedAt,
      }).message,
    ).toMatch(/HTML, likely from a proxy/);
  });
});
