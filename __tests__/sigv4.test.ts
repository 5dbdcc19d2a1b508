import { createPrivateKey, generateKeyPairSync, verify, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createCanonicalRequest,
  credentialScope,
  formatRequestDate,
  serialHexToDecimal,
  signCreateSession,
  type SigningIdentity,
} from '../src/core/sigv4/index.js';
import { amzDateToDate, readVector, vectorFile } from './helpers/vectors.js';

const vector = readVector();
const leaf = new X509Certificate(vectorFile('rsa.crt'));
const identity: SigningIdentity = {
  leafDer: leaf.raw,
  intermediatesDer: [],
  privateKey: createPrivateKey(vectorFile('rsa.key')),
  keyType: 'rsa',
  serialDecimal: serialHexToDecimal(leaf.serialNumber),
};
const now = amzDateToDate(vector.inputs.x_amz_date);

function signVector(id: SigningIdentity = identity) {
  return signCreateSession(
    id,
    {
      endpoint: new URL(`https://${vector.inputs.host}`),
      region: vector.inputs.region,
      body: vector.inputs.body,
    },
    now,
  );
}

describe('signCreateSession against the shared rsa-body vector', () => {
  it('reproduces the canonical request byte for byte', () => {
    expect(signVector().canonicalRequest).toBe(vector.canonical_request);
  });

  it('reproduces the string to sign byte for byte', () => {
    expect(signVector().stringToSign).toBe(vector.string_to_sign);
  });

  it('reproduces the Authorization header byte for byte', () => {
    expect(signVector().headers['authorization']).toBe(vector.authorization);
  });

  it('sends the leaf DER as one line of padded base64 and no chain header', () => {
    const signed = signVector();
    expect(signed.headers['x-amz-x509']).toBe(leaf.raw.toString('base64'));
    expect(signed.headers).not.toHaveProperty('x-amz-x509-chain');
    expect(signed.url).toBe('https://rolesanywhere.us-east-1.amazonaws.com/sessions');
  });
});

describe('signer details', () => {
  it('writes the serial in decimal, including 160-bit serials', () => {
    expect(serialHexToDecimal('5A17C0DE0001')).toBe('99058066522113');
    expect(serialHexToDecimal('7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF')).toBe(
      ((1n << 159n) - 1n).toString(),
    );
    expect(serialHexToDecimal('00:0A')).toBe('10');
  });

  it('formats the request date and scope from a fixed clock', () => {
    const d = formatRequestDate(new Date('2026-11-25T22:15:07.123Z'));
    expect(d).toEqual({ amzDate: '20261125T221507Z', dateStamp: '20261125' });
    expect(credentialScope(d.dateStamp, 'eu-west-1')).toBe(
      '20261125/eu-west-1/rolesanywhere/aws4_request',
    );
  });

  it('lower-cases, sorts, trims and collapses header values in the canonical request', () => {
    const { canonicalRequest, signedHeaders } = createCanonicalRequest({
      method: 'POST',
      path: '/sessions',
      query: '',
      headers: { 'X-Amz-Date': ' 20240101T120000Z ', Host: 'h', 'Content-Type': 'a   b  c' },
      body: '',
    });
    expect(signedHeaders).toBe('content-type;host;x-amz-date');
    expect(canonicalRequest.split('\n').slice(3, 6)).toEqual([
      'content-type:a b c',
      'host:h',
      'x-amz-date:20240101T120000Z',
    ]);
  });

  it('signs the Host as sent, with a non-default port', () => {
    const signed = signCreateSession(
      identity,
      { endpoint: new URL('http://127.0.0.1:8443/base/'), region: 'us-east-1', body: '{}' },
      now,
    );
    expect(signed.headers['host']).toBe('127.0.0.1:8443');
    expect(signed.url).toBe('http://127.0.0.1:8443/base/sessions');
    expect(signed.canonicalRequest.startsWith('POST\n/base/sessions\n\n')).toBe(true);
  });

  it('adds and signs the chain header only when there are intermediates, joined by commas', () => {
    const a = Buffer.from([1, 2, 3]);
    const b = Buffer.from([4, 5]);
    const signed = signVector({ ...identity, intermediatesDer: [a, b] });
    expect(signed.headers['x-amz-x509-chain']).toBe('AQID,BAU=');
    expect(signed.headers['authorization']).toContain(
      'SignedHeaders=content-type;host;x-amz-date;x-amz-x509;x-amz-x509-chain,',
    );
  });

  it('signs a new date on every call, so a retry is signed anew', () => {
    const one = signCreateSession(
      identity,
      { endpoint: new URL('https://h'), region: 'us-east-1', body: '{}' },
      now,
    );
    const two = signCreateSession(
      identity,
      { endpoint: new URL('https://h'), region: 'us-east-1', body: '{}' },
      new Date(now.getTime() + 1000),
    );
    expect(one.headers['x-amz-date']).not.toBe(two.headers['x-amz-date']);
    expect(one.headers['authorization']).not.toBe(two.headers['authorization']);
  });
});

describe.each([
  ['P-256', 'prime256v1'],
  ['P-384', 'secp384r1'],
] as const)('ECDSA %s', (_name, curve) => {
  it('uses AWS4-X509-ECDSA-SHA256 and a DER signature that node:crypto verifies over the string to sign', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
    const signed = signCreateSession(
      { ...identity, privateKey, keyType: 'ec' },
      {
        endpoint: new URL('https://rolesanywhere.us-east-1.amazonaws.com'),
        region: 'us-east-1',
        body: '{}',
      },
      now,
    );
    const auth = signed.headers['authorization'] ?? '';
    expect(
      auth.startsWith(
        'AWS4-X509-ECDSA-SHA256 Credential=99058066522113/20240101/us-east-1/rolesanywhere/aws4_request',
      ),
    ).toBe(true);
    const signature = Buffer.from(/Signature=([0-9a-f]+)$/.exec(auth)?.[1] ?? '', 'hex');
    expect(signature[0]).toBe(0x30);
    expect(
      verify(
        'sha256',
        Buffer.from(signed.stringToSign),
        { key: publicKey, dsaEncoding: 'der' },
        signature,
      ),
    ).toBe(true);
    expect(
      verify(
        'sha256',
        Buffer.from(signed.stringToSign),
        { key: publicKey, dsaEncoding: 'ieee-p1363' },
        signature,
      ),
    ).toBe(false);
  });
});
