import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateSession, trustRequestKeys } from '../src/core/trustPolicy/index.js';
import { createCertificateAuthority, issueCertificate } from '../src/emulator/index.js';

const ANCHOR =
  'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-tags-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A leaf made by the real openssl, so the reader is tested against what users produce. */
function opensslLeaf(subject: string, extensions: readonly string[]): Uint8Array {
  const run = (args: readonly string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  run([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-subj',
    '/CN=Tags CA/O=Example/C=DE',
    '-days',
    '2',
    '-out',
    'ca.pem',
  ]);
  run([
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'leaf.key',
    '-subj',
    subject,
    '-out',
    'leaf.csr',
  ]);
  writeFileSync(join(dir, 'leaf.ext'), `${extensions.join('\n')}\n`);
  run([
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    'leaf.ext',
    '-out',
    'leaf.pem',
  ]);
  return new X509Certificate(readFileSync(join(dir, 'leaf.pem'))).raw;
}

describe('the session tags of a certificate under the default attribute mapping', () => {
  it('maps subject and issuer RDNs, the first DNS, URI and directory name, and the source identity', () => {
    const der = opensslLeaf(
      '/CN=deploy/OU=build/OU=second/O=Example/L=Berlin/ST=Berlin/C=DE/emailAddress=ci@example.com',
      [
        'basicConstraints = critical, CA:FALSE',
        'keyUsage = critical, digitalSignature',
        'subjectAltName = DNS:build.example.com, DNS:other.example.com, URI:spiffe://example.com/ci, dirName:dir_sect',
        '[dir_sect]',
        'CN = directory-name',
        'O = Directory Org',
      ],
    );
    const session = certificateSession(der);
    expect(session.tags).toEqual([
      { key: 'x509Subject/CN', value: 'deploy' },
      { key: 'x509Subject/OU', value: 'build' },
      { key: 'x509Subject/O', value: 'Example' },
      { key: 'x509Subject/L', value: 'Berlin' },
      { key: 'x509Subject/ST', value: 'Berlin' },
      { key: 'x509Subject/C', value: 'DE' },
      { key: 'x509Issuer/CN', value: 'Tags CA' },
      { key: 'x509Issuer/O', value: 'Example' },
      { key: 'x509Issuer/C', value: 'DE' },
      { key: 'x509SAN/DNS', value: 'build.example.com' },
      { key: 'x509SAN/URI', value: 'spiffe://example.com/ci' },
      { key: 'x509SAN/Name/CN', value: 'directory-name' },
      { key: 'x509SAN/Name/O', value: 'Directory Org' },
    ]);
    expect(session.sourceIdentity).toBe('CN=deploy');
    expect(session.unmapped).toEqual(['x509Subject attribute 1.2.840.113549.1.9.1']);
    expect(session.problems).toEqual([]);
  });

  it('flags a value with a character tags refuse and one longer than 256 characters', async () => {
    const ca = await createCertificateAuthority({ subject: 'CN=R&D Issuing CA' });
    const leaf = await issueCertificate(ca, { subject: `CN=${'a'.repeat(257)}` });
    const session = certificateSession(leaf.certificateDer);
    expect(session.problems).toEqual([
      'x509Subject/CN is 257 characters long; session tag values hold at most 256.',
      'x509Issuer/CN "R&D Issuing CA" holds "&", which session tags do not allow (letters, digits, spaces and _ . : / = + - @ only).',
    ]);
  });

  it('gives the condition keys of the AssumeRole, with aws:SourceArn unknown until the trust anchor is given', async () => {
    const ca = await createCertificateAuthority({ subject: 'CN=CA' });
    const leaf = await issueCertificate(ca, { subject: 'CN=ci', dnsNames: ['ci.example.com'] });
    const session = certificateSession(leaf.certificateDer);
    const known = trustRequestKeys(session, ANCHOR);
    expect(Object.fromEntries(known.keys)).toEqual({
      'aws:PrincipalTag/x509Subject/CN': ['ci'],
      'aws:RequestTag/x509Subject/CN': ['ci'],
      'aws:PrincipalTag/x509Issuer/CN': ['CA'],
      'aws:RequestTag/x509Issuer/CN': ['CA'],
      'aws:PrincipalTag/x509SAN/DNS': ['ci.example.com'],
      'aws:RequestTag/x509SAN/DNS': ['ci.example.com'],
      'aws:TagKeys': ['x509Subject/CN', 'x509Issuer/CN', 'x509SAN/DNS'],
      'sts:SourceIdentity': ['CN=ci'],
      'aws:SourceArn': [ANCHOR],
      'aws:SourceAccount': ['111122223333'],
    });
    expect([...trustRequestKeys(session, undefined).unknownKeys]).toEqual([
      'aws:SourceArn',
      'aws:SourceAccount',
    ]);
  });

  it('throws on bytes that are not a certificate', () => {
    expect(() => certificateSession(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))).toThrow();
  });
});
