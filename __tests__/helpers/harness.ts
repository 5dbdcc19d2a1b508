/**
 * Shared set-up for integration tests: a throw-away PKI, the emulator on 127.0.0.1 configured with
 * it, certificate/key files on disk, and a way to run a bundle as a child process.
 *
 *   const pki = await createTestPki();
 *   const em = await startTestEmulator(pki);             // em.url, em.logs, em.arns, em.close()
 *   const files = await writeMaterial(pki);              // paths of PEM files in a temp dir
 *   const run = await runNode('dist/cli/index.js', ['credential-process', …], { env: {…} });
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createCertificateAuthority,
  issueCertificate,
  startEmulator,
  type EmulatorOptions,
  type IssuedCertificate,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { send, signCreateSession } from './pki.js';

/** ARNs the test emulator is configured with (account 111122223333, us-east-1). */
export const TEST_ARNS = {
  trustAnchorArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
  profileArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
  roleArn: 'arn:aws:iam::111122223333:role/ci-deployer',
} as const;

/** The Node 24 binary installed as a dev dependency (the Action's runtime). */
export const NODE24 = resolve('node_modules/node/bin/node');

/** The Node that runs npm: the engines minimum (20) here and in CI. */
export const NODE_NPM = process.env['npm_node_execpath'] ?? process.execPath;

export interface TestPki {
  /** Self-signed root CA (EC P-256): the trust anchor. */
  readonly root: IssuedCertificate;
  /** Intermediate CA issued by the root. */
  readonly intermediate: IssuedCertificate;
  /** EC P-256 leaf (CN=ci-runner) issued by the intermediate. */
  readonly leaf: IssuedCertificate;
  /** RSA 2048 leaf (CN=ci-runner-rsa) issued by the intermediate. */
  readonly rsaLeaf: IssuedCertificate;
}

export async function createTestPki(): Promise<TestPki> {
  const root = await createCertificateAuthority({
    subject: 'CN=Test Root CA, O=rolesanywhere-credentials tests',
  });
  const intermediate = await issueCertificate(root, { subject: 'CN=Test Issuing CA', isCA: true });
  const [leaf, rsaLeaf] = await Promise.all([
    issueCertificate(intermediate, { subject: 'CN=ci-runner', keyType: 'ec-p256' }),
    issueCertificate(intermediate, { subject: 'CN=ci-runner-rsa', keyType: 'rsa' }),
  ]);
  return { root, intermediate, leaf, rsaLeaf };
}

export interface TestEmulator {
  readonly emulator: RunningEmulator;
  readonly url: string;
  /** `127.0.0.1:<port>`: the Host a client sends and signs. */
  readonly host: string;
  /** Verdict lines, one per request. */
  readonly logs: string[];
  readonly arns: typeof TEST_ARNS;
  close(): Promise<void>;
}

/** Starts the emulator on 127.0.0.1:0 trusting `pki.root`, with TEST_ARNS configured. */
export async function startTestEmulator(
  pki: TestPki,
  overrides: Partial<EmulatorOptions> = {},
): Promise<TestEmulator> {
  const logs: string[] = [];
  const emulator = await startEmulator({
    trustAnchors: [pki.root.certificatePem],
    ...TEST_ARNS,
    log: (line) => logs.push(line),
    ...overrides,
  });
  return {
    emulator,
    url: emulator.url,
    host: new URL(emulator.url).host,
    logs,
    arns: TEST_ARNS,
    close: () => emulator.close(),
  };
}

/** A CreateSession body with TEST_ARNS and 3600 seconds, fields overridable (undefined removes). */
export function sessionBody(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ durationSeconds: 3600, ...TEST_ARNS, ...overrides });
}

export interface SessionCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: string;
  readonly assumedRoleArn: string;
}

/** Obtains credentials from the emulator with the test-only signer (not the project's). */
export async function obtainTestCredentials(
  em: TestEmulator,
  pki: TestPki,
  date: Date = new Date(),
): Promise<SessionCredentials> {
  const request = signCreateSession({
    leaf: pki.leaf,
    intermediates: [pki.intermediate],
    body: sessionBody(),
    host: em.host,
    date,
  });
  const answer = await send(em.url, request);
  if (answer.status !== 201)
    throw new Error(`CreateSession answered ${answer.status}: ${answer.body}`);
  const document = JSON.parse(answer.body) as {
    credentialSet: {
      credentials: Omit<SessionCredentials, 'assumedRoleArn'>;
      assumedRoleUser: { arn: string };
    }[];
  };
  const [first] = document.credentialSet;
  if (first === undefined) throw new Error('CreateSession answered an empty credentialSet');
  return { ...first.credentials, assumedRoleArn: first.assumedRoleUser.arn };
}

export interface MaterialFiles {
  readonly dir: string;
  /** EC leaf certificate PEM. */
  readonly certificate: string;
  /** EC leaf private key, PKCS#8 PEM. */
  readonly privateKey: string;
  /** The intermediate CA PEM (what `--intermediates` takes). */
  readonly intermediates: string;
  readonly rsaCertificate: string;
  readonly rsaPrivateKey: string;
  /** The root CA PEM. */
  readonly trustAnchor: string;
}

/** Writes the PKI's PEM files into a fresh temp directory. */
export async function writeMaterial(pki: TestPki): Promise<MaterialFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'ra-material-'));
  const files = {
    certificate: pki.leaf.certificatePem,
    privateKey: pki.leaf.privateKeyPem,
    intermediates: pki.intermediate.certificatePem,
    rsaCertificate: pki.rsaLeaf.certificatePem,
    rsaPrivateKey: pki.rsaLeaf.privateKeyPem,
    trustAnchor: pki.root.certificatePem,
  };
  const paths = Object.fromEntries(
    Object.keys(files).map((name) => [name, join(dir, `${name}.pem`)]),
  ) as Record<keyof typeof files, string>;
  await Promise.all(
    Object.entries(files).map(([name, pem]) =>
      writeFile(paths[name as keyof typeof files], pem, { mode: 0o600 }),
    ),
  );
  return { dir, ...paths };
}

export interface RunOptions {
  /** The child's whole environment besides PATH: nothing else is inherited. */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to the child's stdin, which is then closed. */
  readonly input?: string | Uint8Array;
  /** Default: the Node running the tests. */
  readonly nodeBinary?: string;
  readonly cwd?: string;
  /** Kills the child after this long (default 20 s). */
  readonly timeoutMs?: number;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** null when the child was killed by a signal. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Runs `node <script> ...args` and captures its output and exit code. */
export function runNode(
  script: string,
  args: readonly string[] = [],
  options: RunOptions = {},
): Promise<RunResult> {
  return runCommand(options.nodeBinary ?? process.execPath, [script, ...args], options);
}

/** Runs any executable (e.g. the AWS CLI) the same way: explicit env, captured output. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: Omit<RunOptions, 'nodeBinary'> = {},
): Promise<RunResult> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? 20_000,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A child that exits without reading stdin makes the write fail with EPIPE; that is not a failure.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input ?? '');
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) =>
      resolvePromise({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode,
        signal,
      }),
    );
  });
}

/**
 * The real AWS CLI's `sts get-caller-identity` against `endpointUrl`, with only `env`'s credential
 * variables (or profile) and empty config files in a fresh HOME, so nothing else can answer.
 */
export async function awsGetCallerIdentity(
  endpointUrl: string,
  env: Readonly<Record<string, string>>,
): Promise<RunResult & { readonly identity: { Account?: string; Arn?: string } | undefined }> {
  const home = await mkdtemp(join(tmpdir(), 'ra-aws-'));
  const config = join(home, 'config');
  const credentials = join(home, 'credentials');
  await Promise.all([writeFile(config, ''), writeFile(credentials, '')]);
  const result = await runCommand(
    'aws',
    [
      'sts',
      'get-caller-identity',
      '--endpoint-url',
      endpointUrl,
      '--region',
      'us-east-1',
      '--output',
      'json',
    ],
    {
      env: {
        HOME: home,
        AWS_CONFIG_FILE: config,
        AWS_SHARED_CREDENTIALS_FILE: credentials,
        ...env,
      },
    },
  );
  let identity: { Account?: string; Arn?: string } | undefined;
  try {
    identity = JSON.parse(result.stdout) as { Account?: string; Arn?: string };
  } catch {
    identity = undefined;
  }
  return { ...result, identity };
}
