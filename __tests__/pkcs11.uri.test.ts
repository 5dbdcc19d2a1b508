import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RolesAnywhereError } from '../src/core/errors.js';
import { rawEcdsaToDer } from '../src/core/pkcs11/ecdsaSignature.js';
import { isPkcs11Uri, parsePkcs11Uri } from '../src/core/pkcs11/uri.js';

function refusal(value: string): RolesAnywhereError {
  try {
    parsePkcs11Uri(value, '--private-key');
  } catch (error) {
    if (error instanceof RolesAnywhereError) return error;
    throw error;
  }
  throw new Error(`${value} was accepted`);
}

describe('parsePkcs11Uri (RFC 7512)', () => {
  it('reads path and query attributes, with %-escaped bytes in id and text', () => {
    const uri = parsePkcs11Uri(
      'pkcs11:token=My%20Token;object=signing%2Dkey;id=%01%ff;type=private;slot-id=3' +
        '?pin-source=env:TOKEN_PIN&module-path=/usr/lib/softhsm/libsofthsm2.so',
      '--private-key',
    );
    expect(uri).toMatchObject({
      token: 'My Token',
      object: 'signing-key',
      type: 'private',
      slotId: 3,
      pinSource: 'env:TOKEN_PIN',
      modulePath: '/usr/lib/softhsm/libsofthsm2.so',
    });
    expect(Buffer.from(uri.id ?? []).toString('hex')).toBe('01ff');
  });

  it('recognises the scheme case-insensitively and nothing else', () => {
    expect(isPkcs11Uri('PKCS11:token=a')).toBe(true);
    expect(isPkcs11Uri('/etc/pki/key.pem')).toBe(false);
    expect(isPkcs11Uri('env:PKCS11')).toBe(false);
  });

  it('refuses pin-value without echoing the PIN, because the URI sits in argv', () => {
    const error = refusal('pkcs11:token=a?pin-value=98765432');
    expect(error.code).toBe('ERR_INPUT_INVALID');
    expect(error.message).toMatch(/pin-value, which would put the PIN in argv/);
    expect(error.message).not.toContain('98765432');
  });

  it.each([
    ['pkcs11:token=a;token=b', /token is given twice/],
    ['pkcs11:token=a;colour=red', /unknown attribute colour/],
    ['pkcs11:id=%zz', /id has a bad %-escape/],
    ['pkcs11:type=secret', /type=secret is not one of/],
    ['pkcs11:token', /"token" is not name=value/],
    ['pkcs11:a=b?c=d?e=f', /more than one "\?"/],
  ])('refuses %s with ERR_INPUT_INVALID naming the problem', (value, reason) => {
    const error = refusal(value);
    expect(error.code).toBe('ERR_INPUT_INVALID');
    expect(error.message).toMatch(reason);
    expect(error.details.input).toBe('--private-key');
  });
});

describe('rawEcdsaToDer', () => {
  it.each([
    ['P-256', 64],
    ['P-384', 96],
  ] as const)(
    'turns %s r||s signatures (high bits and leading zeros included) into DER that verifies',
    (curve, size) => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
      const data = Buffer.from('rolesanywhere string to sign');
      // Enough signatures that r or s with a set high bit, and with a leading zero byte, occur.
      for (let i = 0; i < 300; i++) {
        const raw = sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        expect(raw).toHaveLength(size);
        const der = rawEcdsaToDer(raw);
        expect(der[0]).toBe(0x30);
        expect(verify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, der)).toBe(true);
      }
    },
  );

  it('refuses an odd-length input instead of splitting it wrongly', () => {
    expect(() => rawEcdsaToDer(new Uint8Array(63))).toThrow(/even length, got 63 bytes/);
  });
});
