/**
 * Hostile material is bounded: the key-derivation work of one PKCS#12 bundle (or encrypted key) is
 * capped in total, so a small file cannot keep the CLI busy for minutes. Each refusal names the
 * limit and comes within a second or so, through the real CLI bundle.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Constructed, Integer, ObjectIdentifier, OctetString, Primitive, Sequence } from 'asn1js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { createTestPki, TEST_ARNS, type TestPki } from './helpers/harness.js';
import { runActionMain } from './helpers/githubRunner.js';
import { expectActionFailure, expectCliFailure, printFigures } from './helpers/reliability.js';
import { loadMaterial } from '../src/core/material/index.js';
import { RolesAnywhereError } from '../src/core/errors.js';

let pki: TestPki;
let box: Sandbox;
let dir: string;
const figures: string[] = [];

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  box = createSandbox();
  dir = mkdtempSync(join(tmpdir(), 'rac-bounds-'));
});

afterAll(() => {
  box?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
  printFigures(figures);
});

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pbes2: '1.2.840.113549.1.5.13',
  scrypt: '1.3.6.1.4.1.11591.4.11',
  aes256cbc: '2.16.840.1.101.3.4.1.42',
};

function explicit0(...value: (Sequence | OctetString)[]): Constructed {
  return new Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value });
}

/**
 * A PFX (RFC 7292) without a MAC whose one content is encrypted with PBES2 and scrypt at
 * N=2^19, r=1, p=1024: 2^29 units of scrypt work in a file of 1.4 KB.
 */
function scryptBundle(): Buffer {
  const scryptParams = new Sequence({
    value: [
      new OctetString({ valueHex: randomBytes(16) }),
      new Integer({ value: 2 ** 19 }),
      new Integer({ value: 1 }),
      new Integer({ value: 1024 }),
    ],
  });
  const pbes2 = new Sequence({
    value: [
      new ObjectIdentifier({ value: OID.pbes2 }),
      new Sequence({
        value: [
          new Sequence({ value: [new ObjectIdentifier({ value: OID.scrypt }), scryptParams] }),
          new Sequence({
            value: [
              new ObjectIdentifier({ value: OID.aes256cbc }),
              new OctetString({ valueHex: randomBytes(16) }),
            ],
          }),
        ],
      }),
    ],
  });
  // [0] IMPLICIT OCTET STRING: primitive, context tag 0.
  const encryptedContent = new Primitive({
    idBlock: { tagClass: 3, tagNumber: 0 },
    valueHex: randomBytes(1200),
  });
  const encryptedData = new Sequence({
    value: [
      new Integer({ value: 0 }),
      new Sequence({
        value: [new ObjectIdentifier({ value: OID.data }), pbes2, encryptedContent],
      }),
    ],
  });
  const authSafe = new Sequence({
    value: [
      new Sequence({
        value: [new ObjectIdentifier({ value: OID.encryptedData }), explicit0(encryptedData)],
      }),
    ],
  });
  const pfx = new Sequence({
    value: [
      new Integer({ value: 3 }),
      new Sequence({
        value: [
          new ObjectIdentifier({ value: OID.data }),
          explicit0(new OctetString({ valueHex: authSafe.toBER() })),
        ],
      }),
    ],
  });
  return Buffer.from(pfx.toBER());
}

/** A legacy bundle (3DES bags, SHA-1 MAC) with 2,000,000 iterations everywhere, by openssl. */
function legacyBundle(iterations: number): Buffer {
  const cert = join(dir, 'leaf.crt');
  const key = join(dir, 'leaf.key');
  writeFileSync(cert, pki.leaf.certificatePem);
  writeFileSync(key, pki.leaf.privateKeyPem, { mode: 0o600 });
  return execFileSync(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-in',
      cert,
      '-inkey',
      key,
      '-keypbe',
      'PBE-SHA1-3DES',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
      '-iter',
      String(iterations),
      '-passout',
      'env:P12_PASS',
    ],
    { env: { PATH: process.env['PATH'] ?? '', P12_PASS: 'bounded' } },
  );
}

async function timedRun(args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const run = await runCli(args, { env: { ...box.env, ...env }, timeoutMs: 60_000 });
  return { run, ms: Math.round(performance.now() - started) };
}

describe('a PKCS#12 bundle that asks for too much key-derivation work', () => {
  it('is refused at once when it holds scrypt N=2^19 p=1024 in 1.4 KB, naming the limit', async () => {
    const bundle = scryptBundle();
    expect(bundle.length).toBeGreaterThan(1300);
    expect(bundle.length).toBeLessThan(1500);
    const path = join(dir, 'scrypt.p12');
    writeFileSync(path, bundle);
    const { run, ms } = await timedRun([
      'credential-process',
      '--certificate',
      path,
      ...arnFlags(),
    ]);
    expectCliFailure(
      run,
      /--certificate is a PKCS#12 bundle that asks for too much key-derivation work: scrypt N=524288 r=1 p=1024 would bring its scrypt work \(N·r·p\) to 536,870,912, over the limit of 1,048,576 in total per bundle/,
    );
    figures.push(`scrypt N=2^19 p=1024 bundle (${bundle.length} B) refused in ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
  });

  it('is refused at once when its legacy bags and MAC use 2,000,000 iterations, naming the limit', async () => {
    const path = join(dir, 'legacy.p12');
    writeFileSync(path, legacyBundle(2_000_000));
    const { run, ms } = await timedRun(
      ['credential-process', '--certificate', path, '--pkcs8-password', 'env:PW', ...arnFlags()],
      { PW: 'bounded' },
    );
    expectCliFailure(
      run,
      /--certificate is a PKCS#12 bundle that asks for too much key-derivation work: .*2,000,000 .*over the limit of 1,000,000 in total per bundle/,
    );
    figures.push(`legacy bundle with 2,000,000 iterations refused in ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
  });

  it('still opens a legacy bundle with the usual 2,048 iterations', async () => {
    const path = join(dir, 'usual.p12');
    writeFileSync(path, legacyBundle(2048));
    const { run } = await timedRun(
      ['doctor', '--certificate', path, '--pkcs8-password', 'env:PW'],
      { PW: 'bounded' },
    );
    expect(run.stdout + run.stderr).not.toMatch(/key-derivation work/);
    expect(run.stdout + run.stderr).toMatch(/CN=ci-runner/);
  });
});

const LIMIT =
  /is larger than 1048576 bytes \(1 MiB\), the limit for any certificate, key or bundle/;

/** A DER tag-length-value, long-form length when needed. */
function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length =
    n < 0x80
      ? Buffer.from([n])
      : Buffer.concat([Buffer.from([0x80 | 3]), Buffer.from([n >> 16, (n >> 8) & 0xff, n & 0xff])]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

describe('DER that would cost quadratic work to read', () => {
  it.each([
    [
      'a 400 KB OBJECT IDENTIFIER arc in what looks like a ContentInfo',
      tlv(
        0x30,
        Buffer.concat([
          tlv(0x02, Buffer.from([3])),
          tlv(
            0x30,
            tlv(
              0x06,
              Buffer.concat([
                Buffer.from([0x2a]),
                Buffer.alloc(400_000, 0xff),
                Buffer.from([0x7f]),
              ]),
            ),
          ),
        ]),
      ),
    ],
    [
      'a 300 KB INTEGER as a PKCS#12 version',
      tlv(
        0x30,
        Buffer.concat([
          tlv(0x02, Buffer.alloc(300_000, 0x7f)),
          tlv(
            0x30,
            Buffer.concat([
              tlv(0x06, Buffer.from('2a864886f70d010701', 'hex')),
              tlv(0xa0, tlv(0x04, Buffer.alloc(8))),
            ]),
          ),
        ]),
      ),
    ],
  ])('is refused at once: %s', async (label, der) => {
    const path = join(dir, 'hostile.der');
    writeFileSync(path, der);
    const { run, ms } = await timedRun([
      'credential-process',
      '--certificate',
      path,
      ...arnFlags(),
    ]);
    expectCliFailure(run, /--certificate/);
    figures.push(`${label} (${der.length} B) refused in ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('material over the one size limit', () => {
  it('is refused from stdin after reading just past the limit, not all 64 MB', async () => {
    const huge = `${pki.leaf.certificatePem}${'A'.repeat(64 * 1024 * 1024)}`;
    const started = performance.now();
    const run = await runCli(['credential-process', '--certificate', '-', ...arnFlags()], {
      env: box.env,
      input: huge,
      timeoutMs: 60_000,
    });
    const ms = Math.round(performance.now() - started);
    expectCliFailure(run, new RegExp(`--certificate ${LIMIT.source}`));
    figures.push(`64 MB on stdin refused in ${ms} ms`);
  });

  it('is refused from a file the Action reads, naming the input', async () => {
    const path = join(dir, 'huge.pem');
    writeFileSync(path, `${pki.leaf.certificatePem}${'A'.repeat(5 * 1024 * 1024)}`);
    const run = await runActionMain({
      certificate: path,
      'private-key': pki.leaf.privateKeyPem,
      'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
      'profile-arn': TEST_ARNS.profileArn,
      'role-arn': TEST_ARNS.roleArn,
      endpoint: 'http://127.0.0.1:9',
    });
    expectActionFailure(run, new RegExp(`::error::certificate ${LIMIT.source}`));
    rmSync(run.files.dir, { recursive: true, force: true });
  });

  it('is refused when given to the library as a string', async () => {
    const error = await loadMaterial(
      { certificate: `${pki.leaf.certificatePem}${'\n'.repeat(2 * 1024 * 1024)}` },
      { now: new Date() },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RolesAnywhereError);
    expect((error as RolesAnywhereError).code).toBe('ERR_INPUT_TOO_LARGE');
    expect((error as RolesAnywhereError).message).toMatch(LIMIT);
  });
});

describe('data after the last PEM block', () => {
  it('is refused, with its size and not its content', async () => {
    const path = join(dir, 'trailing.pem');
    writeFileSync(path, `${pki.leaf.certificatePem}\nappended-by-mistake secret-ish\n`);
    const key = join(dir, 'leaf.key');
    writeFileSync(key, pki.leaf.privateKeyPem, { mode: 0o600 });
    const run = await runCli(
      ['credential-process', '--certificate', path, '--private-key', key, ...arnFlags()],
      { env: box.env },
    );
    const line = expectCliFailure(run, /has 30 bytes of data after its last PEM END line/);
    expect(line).not.toContain('appended-by-mistake');
  });
});
