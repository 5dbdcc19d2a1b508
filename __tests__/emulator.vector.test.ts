import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/index.js';
import { send } from './helpers/pki.js';
import { VECTORS_DIR as VECTORS } from './helpers/vectors.js';

interface Vector {
  readonly inputs: {
    readonly x_amz_date: string;
    readonly host: string;
    readonly content_type: string;
    readonly body: string;
  };
  readonly canonical_request: string;
  readonly authorization: string;
}

const vector = JSON.parse(readFileSync(`${VECTORS}/rsa-body.json`, 'utf8')) as Vector;
const body = JSON.parse(vector.inputs.body) as Record<string, string | number>;
/** The vector's X-Amz-X509 value, as it appears in its canonical request. */
const x509 = /\nx-amz-x509:([^\n]+)\n/.exec(vector.canonical_request)?.[1] ?? '';

function vectorRequest(overrides: Record<string, string> = {}, requestBody = vector.inputs.body) {
  return {
    method: 'POST',
    target: '/sessions',
    headers: {
      'Content-Type': vector.inputs.content_type,
      Host: vector.inputs.host,
      'X-Amz-Date': vector.inputs.x_amz_date,
      'X-Amz-X509': x509,
      Authorization: vector.authorization,
      ...overrides,
    },
    body: requestBody,
  };
}

describe('the emulator and the byte-exact rsa-body vector', () => {
  let emulator: RunningEmulator;
  const logs: string[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({
      trustAnchors: [readFileSync(`${VECTORS}/root.crt`, 'utf8')],
      trustAnchorArn: String(body.trustAnchorArn),
      profileArn: String(body.profileArn),
      roleArn: String(body.roleArn),
      clock: () => new Date('2024-01-01T12:00:00Z'),
      log: (line) => logs.push(line),
    });
  });
  afterAll(() => emulator.close());

  it('takes the vector X-Amz-X509 from rsa.crt', () => {
    const pem = readFileSync(`${VECTORS}/rsa.crt`, 'utf8');
    expect(pem.replace(/-----[^-]+-----|\s/g, '')).toBe(x509);
  });

  it('accepts the request exactly as the vector gives it', async () => {
    const answer = await send(emulator.url, vectorRequest());
    expect(answer.status, answer.body).toBe(201);
    const document = JSON.parse(answer.body) as {
      credentialSet: {
        roleArn: string;
        sourceIdentity: string;
        assumedRoleUser: { arn: string };
        credentials: { expiration: string };
      }[];
    };
    expect(document.credentialSet[0]?.roleArn).toBe(body.roleArn);
    expect(document.credentialSet[0]?.sourceIdentity).toBe('CN=rsa');
    expect(document.credentialSet[0]?.credentials.expiration).toBe('2024-01-01T13:00:00Z');
    expect(document.credentialSet[0]?.assumedRoleUser.arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/conformance-role/5a17c0de0001',
    );
    expect(logs.at(-1)).toBe(
      `emulator: 201 CreateSession serial=99058066522113 role=${body.roleArn} duration=3600`,
    );
  });

  it('rejects the same request once a single byte of the body changes', async () => {
    const tampered = vector.inputs.body.replace('3600', '3601');
    const answer = await send(emulator.url, vectorRequest({}, tampered));
    expect(answer.status).toBe(403);
    expect(answer.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect(JSON.parse(answer.body)).toEqual({ message: 'Invalid signature' });
  });

  it('rejects the vector when the emulator clock is ten minutes later', async () => {
    emulator.setClock(() => new Date('2024-01-01T12:10:00Z'));
    try {
      const answer = await send(emulator.url, vectorRequest());
      expect(answer.status).toBe(403);
      expect(logs.at(-1)).toContain('10m0s behind the server clock');
    } finally {
      emulator.setClock(() => new Date('2024-01-01T12:00:00Z'));
    }
  });

  it('rejects the vector when the Host received differs from the Host signed', async () => {
    const answer = await send(
      emulator.url,
      vectorRequest({ Host: 'rolesanywhere.us-east-2.amazonaws.com' }),
    );
    expect(answer.status).toBe(403);
    expect(logs.at(-1)).toContain('Invalid signature: string to sign does not match');
  });
});
