/**
 * Helpers for the CLI's acceptance tests: the bundle (built once per run when src/ is newer), an
 * isolated environment per test, material fixtures in every form, and a stub endpoint that answers
 * CreateSession with chosen credentials (for secrets the emulator never issues, such as a ').
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runNode, TEST_ARNS, type RunResult, type TestPki } from './harness.js';

export const CLI = resolve('dist/cli/index.js');

/** The newest source the CLI bundle is made of (the Action's and the library's own files aside). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /[/\\](github|lib)$/.test(entry.parentPath)) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/cli when it is missing or older than src/. Test files run in parallel forks, so the
 * build is guarded by a lock directory and the others wait for it.
 */
export function ensureCliBundle(): void {
  const lock = resolve('dist/.cli-build-lock');
  const fresh = (): boolean => {
    try {
      // Two seconds of slack: a fresh checkout writes dist/ and src/ in no particular order.
      return statSync(CLI).mtimeMs + 2000 >= newestMtime(resolve('src'));
    } catch {
      return false;
    }
  };
  for (let waited = 0; !fresh(); waited += 200) {
    mkdirSync(resolve('dist'), { recursive: true });
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // Another fork is building.
    }
    if (mine) {
      try {
        if (!fresh())
          execFileSync(process.execPath, ['scripts/bundle.mjs', 'cli'], { stdio: 'pipe' });
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      return;
    }
    if (waited > 60_000) throw new Error('timed out waiting for another test to build dist/cli');
    spawnSync('sleep', ['0.2']);
  }
}

export interface Sandbox {
  readonly dir: string;
  readonly home: string;
  readonly cacheDir: string;
  /** A minimal environment: HOME and the cache directory, nothing from the test runner. */
  readonly env: Record<string, string>;
  cleanup(): void;
}

export function createSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'rac-cli-'));
  const home = join(dir, 'home');
  mkdirSync(home, { mode: 0o700 });
  const cacheDir = join(dir, 'cache');
  return {
    dir,
    home,
    cacheDir,
    env: { HOME: home, RAC_CACHE_DIR: cacheDir },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function arnFlags(arns: typeof TEST_ARNS = TEST_ARNS): string[] {
  return [
    '--trust-anchor-arn',
    arns.trustAnchorArn,
    '--profile-arn',
    arns.profileArn,
    '--role-arn',
    arns.roleArn,
  ];
}

/** The material, the three ARNs and the endpoint: what most runs against the emulator pass. */
export function sessionFlags(
  files: {
    readonly certificate: string;
    readonly privateKey: string;
    readonly intermediates: string;
  },
  endpoint: string,
): string[] {
  return [
    '--certificate',
    files.certificate,
    '--private-key',
    files.privateKey,
    '--intermediates',
    files.intermediates,
    ...arnFlags(),
    '--endpoint',
    endpoint,
  ];
}

export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return runNode(CLI, args, options);
}

export interface MaterialForms {
  readonly dir: string;
  /** label → [certificate file, private key file | undefined, passphrase | undefined] */
  readonly forms: Readonly<
    Record<string, { certificate: string; privateKey?: string; passphrase?: string }>
  >;
  /** PEM body lines of every private key, and the passphrases: must never be printed. */
  readonly secrets: readonly string[];
}

const PASSPHRASE = "s3cret pass/phrase+='";

function openssl(args: readonly string[]): Buffer {
  return execFileSync('openssl', args, {
    env: { PATH: process.env['PATH'] ?? '', RAC_PASS: PASSPHRASE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Writes the EC and RSA leaves in every supported form, with openssl for the conversions. */
export function writeMaterialForms(pki: TestPki, dir: string): MaterialForms {
  const forms: Record<string, { certificate: string; privateKey?: string; passphrase?: string }> =
    {};
  const secrets = new Set<string>([PASSPHRASE]);
  const write = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };
  for (const [type, leaf] of [
    ['ec', pki.leaf],
    ['rsa', pki.rsaLeaf],
  ] as const) {
    const certPem = write(`${type}.crt`, leaf.certificatePem);
    const pkcs8 = write(`${type}.pkcs8.key`, leaf.privateKeyPem);
    const traditional = openssl(['pkey', '-in', pkcs8, '-traditional']);
    const encrypted = openssl([
      'pkcs8',
      '-topk8',
      '-in',
      pkcs8,
      '-v2',
      'aes-256-cbc',
      '-v2prf',
      'hmacWithSHA256',
      '-passout',
      'env:RAC_PASS',
    ]);
    for (const text of [leaf.privateKeyPem, traditional.toString(), encrypted.toString()]) {
      for (const line of text.split('\n'))
        if (/^[A-Za-z0-9+/=]{16,}$/.test(line)) secrets.add(line);
    }
    forms[`${type}: PEM certificate, PKCS#8 key`] = { certificate: certPem, privateKey: pkcs8 };
    forms[`${type}: PEM certificate, ${type === 'ec' ? 'SEC1' : 'PKCS#1'} key`] = {
      certificate: certPem,
      privateKey: write(`${type}.trad.key`, traditional),
    };
    forms[`${type}: PEM certificate, encrypted PKCS#8 key`] = {
      certificate: certPem,
      privateKey: write(`${type}.enc.key`, encrypted),
      passphrase: PASSPHRASE,
    };
    forms[`${type}: DER certificate, DER key`] = {
      certificate: write(`${type}.der`, leaf.certificateDer),
      privateKey: write(
        `${type}.key.der`,
        leaf.privateKey.export({ type: 'pkcs8', format: 'der' }),
      ),
    };
    forms[`${type}: base64 DER certificate, base64 PEM key`] = {
      certificate: write(`${type}.der.b64`, leaf.certificateDer.toString('base64')),
      privateKey: write(`${type}.key.b64`, Buffer.from(leaf.privateKeyPem).toString('base64')),
    };
    forms[`${type}: base64 PEM certificate, PKCS#8 key`] = {
      certificate: write(`${type}.pem.b64`, Buffer.from(leaf.certificatePem).toString('base64')),
      privateKey: pkcs8,
    };
    const chain = write(`${type}.chain.pem`, pki.intermediate.certificatePem);
    forms[`${type}: PKCS#12 (OpenSSL 3 default, AES/PBKDF2)`] = {
      certificate: write(
        `${type}.p12`,
        openssl([
          'pkcs12',
          '-export',
          '-in',
          certPem,
          '-inkey',
          pkcs8,
          '-certfile',
          chain,
          '-passout',
          'env:RAC_PASS',
        ]),
      ),
      passphrase: PASSPHRASE,
    };
    forms[`${type}: PKCS#12 (legacy SHA1/3DES)`] = {
      certificate: write(
        `${type}.legacy.p12`,
        openssl([
          'pkcs12',
          '-export',
          '-in',
          certPem,
          '-inkey',
          pkcs8,
          '-certfile',
          chain,
          '-keypbe',
          'PBE-SHA1-3DES',
          '-certpbe',
          'PBE-SHA1-3DES',
          '-macalg',
          'sha1',
          '-passout',
          'env:RAC_PASS',
        ]),
      ),
      passphrase: PASSPHRASE,
    };
  }
  return { dir, forms, secrets: [...secrets] };
}

export { PASSPHRASE };

export interface StubEndpoint {
  readonly url: string;
  readonly calls: () => number;
  close(): Promise<void>;
}

/** Answers every POST /sessions with 201 and these credentials, without checking the signature. */
export async function startStubEndpoint(credentials: {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
}): Promise<StubEndpoint> {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      calls += 1;
      const body = JSON.stringify({
        credentialSet: [
          {
            assumedRoleUser: {
              arn: 'arn:aws:sts::111122223333:assumed-role/ci-deployer/stub',
              assumedRoleId: 'AROASTUB:stub',
            },
            credentials,
            roleArn: TEST_ARNS.roleArn,
          },
        ],
        subjectArn:
          'arn:aws:rolesanywhere:us-east-1:111122223333:subject/00000000-0000-4000-8000-000000000000',
      });
      res.writeHead(201, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
