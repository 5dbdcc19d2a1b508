/**
 * An STS endpoint that answers 200 with something other than the credentials asked for: the SDK
 * parses it, and the answer is still refused, with ERR_RESPONSE_INVALID and no secret in the
 * message.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRolesAnywhere } from '../src/lib/index.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';

let pki: TestPki;
let em: TestEmulator;
let stub: Server;
let stubUrl: string;
let answer = '';
let contentType = 'text/xml';
let status = 200;

function assumeRoleXml(fields: { arn: string; token: string; expiration: string }): string {
  return (
    '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>' +
    `<AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId><Arn>${fields.arn}</Arn></AssumedRoleUser>` +
    '<Credentials><AccessKeyId>ASIAEXAMPLEEXAMPLE12</AccessKeyId><SecretAccessKey>hostile-secret-value-0123456789</SecretAccessKey>' +
    `<SessionToken>${fields.token}</SessionToken><Expiration>${fields.expiration}</Expiration></Credentials>` +
    '</AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>'
  );
}

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  stub = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(status, { 'Content-Type': contentType }).end(answer));
  });
  await new Promise<void>((done) => stub.listen(0, '127.0.0.1', done));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await em.close();
  stub.closeAllConnections();
  await new Promise((done) => stub.close(done));
});

function provider() {
  return fromRolesAnywhere({
    certificate: pki.leaf.certificatePem,
    privateKey: pki.leaf.privateKeyPem,
    intermediates: pki.intermediate.certificatePem,
    trustAnchorArn: em.arns.trustAnchorArn,
    profileArn: em.arns.profileArn,
    roleArn: em.arns.roleArn,
    endpoint: em.url,
    chain: { roleArn: DEPLOY, roleSessionName: 's1', endpoint: stubUrl },
    env: {},
  });
}

const inAnHour = (): string => new Date(Date.now() + 3_000_000).toISOString();

describe('a hostile or confused STS endpoint', () => {
  it.each([
    [
      'credentials for another account',
      () =>
        assumeRoleXml({
          arn: 'arn:aws:sts::999988887777:assumed-role/deploy/s1',
          token: 'tok',
          expiration: inAnHour(),
        }),
      /AssumedRoleUser\.Arn is "arn:aws:sts::999988887777:assumed-role\/deploy\/s1", expected "arn:aws:sts::444455556666:assumed-role\/deploy\/s1"/,
    ],
    [
      'a session token with a line break',
      () =>
        assumeRoleXml({
          arn: 'arn:aws:sts::444455556666:assumed-role/deploy/s1',
          token: 'tok&#10;::set-env',
          expiration: inAnHour(),
        }),
      /Credentials\.SessionToken holds control characters/,
    ],
    [
      'a session token with a typographic quote that would end a PowerShell string',
      () =>
        assumeRoleXml({
          arn: 'arn:aws:sts::444455556666:assumed-role/deploy/s1',
          token: 'tok\u2019; Write-Host pwned; \u2019',
          expiration: inAnHour(),
        }),
      /Credentials\.SessionToken holds a character other than printable ASCII \(not shown: it is a secret\)/,
    ],
    [
      'credentials that already expired',
      () =>
        assumeRoleXml({
          arn: 'arn:aws:sts::444455556666:assumed-role/deploy/s1',
          token: 'tok',
          expiration: '2020-01-01T00:00:00Z',
        }),
      /the credentials expired at 2020-01-01T00:00:00\.000Z/,
    ],
    [
      'credentials that outlive what was asked',
      () =>
        assumeRoleXml({
          arn: 'arn:aws:sts::444455556666:assumed-role/deploy/s1',
          token: 'tok',
          expiration: new Date(Date.now() + 86_400_000).toISOString(),
        }),
      /after the 3600 s asked for/,
    ],
  ])('refuses %s with ERR_RESPONSE_INVALID', async (_what, body, message) => {
    answer = body();
    contentType = 'text/xml';
    const error = (await provider()().catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(error.code).toBe('ERR_RESPONSE_INVALID');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('hostile-secret-value');
  });

  it('refuses a 200 HTML page (a proxy) saying the answer could not be read', async () => {
    answer = '<html><body>Welcome to the corporate proxy</body></html>';
    contentType = 'text/html';
    const error = (await provider()().catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(error.code).toBe('ERR_RESPONSE_INVALID');
    expect(error.message).toMatch(
      new RegExp(
        `^AssumeRole of ${DEPLOY} (failed: the answer from 127\\.0\\.0\\.1:\\d+ could not be read|answered 200 but Credentials is missing)`,
      ),
    );
  });
});

describe('an STS error answer with terminal escapes in its code and message', () => {
  it('reaches the error message escaped: no ESC, BEL or line break a terminal would act on', async () => {
    answer =
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
      '<Code>AccessDenied\u001b[2J</Code><Message>denied\u001b]0;owned\u0007 ::warning::pwned</Message>' +
      '</Error><RequestId>r\u001b[1m</RequestId></ErrorResponse>';
    contentType = 'text/xml';
    status = 403;
    try {
      const error = (await provider()().catch((e: unknown) => e)) as {
        code: string;
        message: string;
      };
      expect(error.message).toContain('AssumeRole of arn:aws:iam::444455556666:role/deploy failed');
      expect(error.message).toContain('\\u001b');
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    } finally {
      status = 200;
    }
  });
});
