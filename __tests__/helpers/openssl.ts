import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect } from 'vitest';

import { isRolesAnywhereError, type ErrorCode } from '../../src/core/errors.js';

/**
 * Test fixtures made by the real `openssl` CLI in a temp directory, so the parsers are tested
 * against what users actually produce. No shell: every call is execFileSync with an argv.
 * Certificates are issued with `openssl ca` because it is the OpenSSL 3.0 command that takes
 * explicit validity dates, which lets tests freeze the clock.
 */
export type KeySpec =
  | { readonly type: 'rsa'; readonly bits: number }
  | { readonly type: 'ec'; readonly curve: 'P-256' | 'P-384' | 'P-521' }
  | { readonly type: 'ed25519' }
  | { readonly type: 'x25519' }
  | { readonly type: 'dsa'; readonly bits: number };

export interface Issuer {
  readonly cert: string;
  readonly key: string;
}

export interface IssueOptions {
  readonly key: string;
  readonly subject: string;
  readonly issuer: Issuer;
  /** Hex, without 0x. Defaults to a fresh 64-bit serial. */
  readonly serialHex?: string;
  /** Dates as YYYYMMDDHHMMSSZ. */
  readonly startDate?: string;
  readonly endDate?: string;
  readonly digest?: 'sha1' | 'sha256' | 'sha384';
  /** Lines of an openssl extension section. */
  readonly extensions?: readonly string[];
}

export const LEAF_EXTENSIONS = [
  'basicConstraints = critical, CA:FALSE',
  'keyUsage = critical, digitalSignature',
  'extendedKeyUsage = clientAuth',
  'subjectKeyIdentifier = hash',
  'authorityKeyIdentifier = keyid',
] as const;

export const CA_EXTENSIONS = [
  'basicConstraints = critical, CA:TRUE',
  'keyUsage = critical, keyCertSign, cRLSign',
  'subjectKeyIdentifier = hash',
  'authorityKeyIdentifier = keyid',
] as const;

/** The validity every fixture gets unless a test asks otherwise; tests run at FIXED_NOW. */
export const DEFAULT_START = '20200101000000Z';
export const DEFAULT_END = '20991231235959Z';
export const FIXED_NOW = new Date('2026-06-01T12:00:00Z');

export class OpenSsl {
  readonly dir: string;
  #serial = 0x1000;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'rolesanywhere-material-'));
    mkdirSync(join(this.dir, 'ca-out'));
    writeFileSync(this.path('req.cnf'), '[ req ]\ndistinguished_name = dn\n[ dn ]\n');
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  run(args: readonly string[], input?: string | Buffer): Buffer {
    return execFileSync('openssl', [...args], {
      cwd: this.dir,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  }

  text(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }

  bytes(name: string): Buffer {
    return readFileSync(this.path(name));
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Generates a key and writes it as unencrypted PKCS#8 PEM to `${name}.key`. */
  key(name: string, spec: KeySpec): string {
    const file = `${name}.key`;
    switch (spec.type) {
      case 'rsa':
        this.run([
          ...words('genpkey -algorithm RSA -pkeyopt'),
          `rsa_keygen_bits:${spec.bits}`,
          '-out',
          file,
        ]);
        break;
      case 'ec':
        this.run([
          ...words('genpkey -algorithm EC -pkeyopt ec_param_enc:named_curve -pkeyopt'),
          `ec_paramgen_curve:${spec.curve}`,
          ...['-out', file],
        ]);
        break;
      case 'ed25519':
        this.run([...words('genpkey -algorithm ED25519 -out'), file]);
        break;
      case 'x25519':
        this.run([...words('genpkey -algorithm X25519 -out'), file]);
        break;
      case 'dsa':
        this.run([
          ...words('genpkey -genparam -algorithm DSA -pkeyopt'),
          `dsa_paramgen_bits:${spec.bits}`,
          ...['-out', `${name}.params`],
        ]);
        this.run(['genpkey', '-paramfile', `${name}.params`, '-out', file]);
        break;
    }
    return file;
  }

  /** A self-signed root CA valid for a century from now (chain checks ignore CA dates). */
  root(name: string, subject: string, spec: KeySpec = { type: 'ec', curve: 'P-256' }): Issuer {
    const key = this.key(name, spec);
    const cert = `${name}.crt`;
    this.run([
      ...words('req -config req.cnf -new -x509 -days 36500'),
      ...words(
        '-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign',
      ),
      ...['-key', key, '-subj', subject, '-out', cert],
    ]);
    return { cert, key };
  }

  /** Issues a certificate for `options.key`, signed by `options.issuer`; returns the PEM path. */
  issue(name: string, options: IssueOptions): string {
    const csr = `${name}.csr`;
    const cert = `${name}.crt`;
    this.run([
      ...words('req -config req.cnf -new'),
      '-key',
      options.key,
      '-subj',
      options.subject,
      '-out',
      csr,
    ]);
    const serial = options.serialHex ?? (this.#serial++).toString(16).padStart(16, '0');
    writeFileSync(this.path('index.txt'), '');
    writeFileSync(this.path('serial'), `${serial}\n`);
    writeFileSync(this.path('ca.cnf'), caConfig(this.dir, options.extensions ?? LEAF_EXTENSIONS));
    this.run([
      ...words('ca -batch -config ca.cnf -notext -preserveDN -extensions ext'),
      ...['-cert', options.issuer.cert, '-keyfile', options.issuer.key],
      ...[
        '-startdate',
        options.startDate ?? DEFAULT_START,
        '-enddate',
        options.endDate ?? DEFAULT_END,
      ],
      ...['-md', options.digest ?? 'sha256', '-in', csr, '-out', cert],
    ]);
    return cert;
  }

  /** An intermediate CA: a key plus a CA certificate issued by `issuer`. */
  intermediate(name: string, subject: string, issuer: Issuer): Issuer {
    const key = this.key(name, { type: 'ec', curve: 'P-256' });
    const cert = this.issue(name, { key, subject, issuer, extensions: CA_EXTENSIONS });
    return { cert, key };
  }

  /** Converts a PEM certificate to DER. */
  certDer(cert: string): Buffer {
    return this.run(['x509', '-in', cert, '-outform', 'DER']);
  }

  /** Re-encodes a key: PKCS#8 DER, or the traditional PKCS#1/SEC1 PEM. */
  keyDer(key: string): Buffer {
    return this.run(['pkey', '-in', key, '-outform', 'DER']);
  }

  traditional(key: string): string {
    return this.run(['pkey', '-in', key, '-traditional']).toString('utf8');
  }

  /** Encrypted PKCS#8 PEM with the given `openssl pkcs8` options (e.g. -v2 aes-256-cbc). */
  encryptedPkcs8(key: string, passphrase: string, options: readonly string[]): string {
    const args = [...words('pkcs8 -topk8 -in'), key, '-passout', `pass:${passphrase}`, ...options];
    return this.run(args).toString('utf8');
  }

  /** A PKCS#12 bundle; `password` '' means an empty password. */
  pkcs12(options: {
    readonly key?: string;
    readonly cert: string;
    readonly chain?: readonly string[];
    readonly password: string;
    readonly extra?: readonly string[];
  }): Buffer {
    const chainFile = 'p12-chain.pem';
    const chain = (options.chain ?? []).map((file) => this.text(file)).join('');
    writeFileSync(this.path(chainFile), chain);
    return this.run([
      'pkcs12',
      '-export',
      ...(options.key === undefined ? ['-nokeys'] : ['-inkey', options.key]),
      '-in',
      options.cert,
      ...(chain === '' ? [] : ['-certfile', chainFile]),
      '-passout',
      `pass:${options.password}`,
      ...(options.extra ?? []),
    ]);
  }
}

/** Splits a run of fixed arguments, none of which contains a space. */
function words(text: string): string[] {
  return text.split(' ');
}

function caConfig(dir: string, extensions: readonly string[]): string {
  return [
    '[ ca ]',
    'default_ca = default',
    '[ default ]',
    `database = ${join(dir, 'index.txt')}`,
    `new_certs_dir = ${join(dir, 'ca-out')}`,
    `serial = ${join(dir, 'serial')}`,
    'default_md = sha256',
    'policy = any',
    'unique_subject = no',
    'email_in_dn = no',
    'copy_extensions = none',
    '[ any ]',
    'commonName = optional',
    '[ ext ]',
    ...extensions,
    '',
  ].join('\n');
}

/** The base64 body of a PEM text, for leak checks. */
export function pemBody(pem: string): string {
  return pem
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'))
    .join('');
}

/**
 * Asserts that `run` rejects with a RolesAnywhereError that has `code`, names `input` in
 * `details.input` and in a one-line message, and repeats none of `secrets`: no PEM body line,
 * no 16-character run of their base64, no passphrase.
 */
export async function expectMaterialError(
  run: () => Promise<unknown>,
  expected: {
    readonly code: ErrorCode;
    readonly input: string;
    readonly secrets?: readonly string[];
  },
): Promise<Error & { code: ErrorCode; details: { input?: string } }> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  if (!isRolesAnywhereError(caught)) {
    throw new Error(`expected a RolesAnywhereError ${expected.code}, got ${String(caught)}`);
  }
  expect(caught.code).toBe(expected.code);
  expect(caught.details.input).toBe(expected.input);
  expect(caught.message).toContain(expected.input);
  expect(caught.message).not.toMatch(/[\r\n]/);
  for (const secret of expected.secrets ?? []) expectNoSecret(caught.message, secret);
  if (caught.cause instanceof Error) {
    for (const secret of expected.secrets ?? []) expectNoSecret(caught.cause.message, secret);
  }
  return caught;
}

/** Fails if `text` contains any line or 16-character run of base64 from `secret`. */
export function expectNoSecret(text: string, secret: string): void {
  if (!secret.includes('\n') && secret.length >= 4) expect(text).not.toContain(secret);
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  for (const line of lines) {
    if (line.length >= 8 && !line.startsWith('-----')) expect(text).not.toContain(line);
  }
  const runs = [pemBody(secret), secret.replace(/\s+/g, '')];
  for (const run of runs) {
    for (let i = 0; i + 16 <= run.length; i++) {
      const window = run.slice(i, i + 16);
      if (/^[A-Za-z0-9+/=]{16}$/.test(window) && text.includes(window)) {
        throw new Error(`message repeats key material: …${window}…`);
      }
    }
  }
}

export interface Leaf {
  readonly key: string;
  readonly cert: string;
  readonly serialHex: string;
}

/** A root, an issuing intermediate under it, and a way to mint leaves under the intermediate. */
export class TestPki {
  readonly root: Issuer;
  readonly issuing: Issuer;
  #next = 0x5a17c0de0000;

  constructor(readonly ssl: OpenSsl) {
    this.root = ssl.root('root', '/CN=Test Root/O=Example');
    this.issuing = ssl.intermediate('issuing', '/CN=Issuing CA/O=Example', this.root);
  }

  /** A leaf for a new key of `spec` (or an existing key file), issued by the intermediate. */
  leaf(
    name: string,
    spec: KeySpec | { readonly keyFile: string },
    options: Partial<Omit<IssueOptions, 'key' | 'issuer'>> = {},
  ): Leaf {
    const key = 'keyFile' in spec ? spec.keyFile : this.ssl.key(name, spec);
    const serialHex = options.serialHex ?? (this.#next++).toString(16);
    const cert = this.ssl.issue(name, {
      subject: `/CN=${name}/O=Example`,
      issuer: this.issuing,
      ...options,
      key,
      serialHex,
    });
    return { key, cert, serialHex };
  }
}
