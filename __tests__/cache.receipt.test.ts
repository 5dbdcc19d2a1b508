/**
 * credential-process's receipts: a cached run with the same command line is served by the
 * CommonJS entry alone, and any change to what the entry's key was computed from sends it down
 * the full path. "Served by the entry alone" is proven with a copy of the CLI bundle whose chunks
 * are deleted: only a run the receipt serves can succeed there.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPki,
  NODE24,
  runCommand,
  runNode,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { arnFlags, CLI, createSandbox, ensureCliBundle, type Sandbox } from './helpers/cli.js';

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
let scratch: string;
/** dist/cli with every chunk removed: only index.js, which holds the receipt path. */
let entryOnly: string;
const boxes: Sandbox[] = [];

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
  scratch = mkdtempSync(join(tmpdir(), 'rac-receipt-'));
  entryOnly = join(scratch, 'cli');
  cpSync(join(CLI, '..'), entryOnly, { recursive: true });
  for (const name of readdirSync(entryOnly))
    if (/^\d+\.index\.js$/.test(name)) rmSync(join(entryOnly, name));
});

afterAll(async () => {
  await em.close();
  for (const box of boxes) box.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

let box: Sandbox;
beforeEach(() => {
  box = createSandbox();
  boxes.push(box);
});

const calls = (): number => em.emulator.stats().createSession.accepted;

function args(material: { certificate: string; privateKey: string } = files): string[] {
  return [
    'credential-process',
    '--certificate',
    material.certificate,
    '--private-key',
    material.privateKey,
    '--intermediates',
    files.intermediates,
    ...arnFlags(),
    '--endpoint',
    em.url,
  ];
}

interface Run {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function full(argv: readonly string[], env = box.env, cwd?: string): Promise<Run> {
  return runNode(CLI, argv, { env, ...(cwd === undefined ? {} : { cwd }) });
}

function fromEntryAlone(
  argv: readonly string[],
  env = box.env,
  options: { cwd?: string; node?: string } = {},
): Promise<Run> {
  return runNode(join(entryOnly, 'index.js'), argv, {
    env,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.node === undefined ? {} : { nodeBinary: options.node }),
  });
}

function receipts(): string[] {
  if (!existsSync(box.cacheDir)) return [];
  return readdirSync(box.cacheDir)
    .filter((name) => name.endsWith('.receipt'))
    .map((name) => join(box.cacheDir, name));
}

function onlyReceipt(): string {
  const found = receipts();
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

describe('a receipt', () => {
  it.each([
    ['Node 20', process.execPath],
    ['Node 24', NODE24],
  ])(
    'serves the next run with the same command line without the rest of the CLI (%s)',
    async (_label, node) => {
      const before = calls();
      const first = await full(args());
      expect(first.exitCode).toBe(0);
      const second = await fromEntryAlone(args(), box.env, { node });
      expect(second.stderr).toBe('');
      expect(second.exitCode).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      expect(calls() - before).toBe(1);
      // Without its receipt the same run needs the chunks, so the success above was the receipt's.
      unlinkSync(onlyReceipt());
      expect((await fromEntryAlone(args(), box.env, { node })).exitCode).not.toBe(0);
    },
  );

  it('is a 0600 file in the cache directory that holds no key line, path content or variable value', async () => {
    const keyPem = readFileSync(files.privateKey, 'utf8');
    const env = { ...box.env, RA_KEY: keyPem };
    const run = await full(args({ certificate: files.certificate, privateKey: 'env:RA_KEY' }), env);
    expect(run.exitCode).toBe(0);
    const receipt = onlyReceipt();
    expect(statSync(receipt).mode & 0o777).toBe(0o600);
    const text = readFileSync(receipt, 'utf8');
    for (const line of keyPem.split('\n').filter((l) => l.length > 16 && !l.startsWith('-----')))
      expect(text).not.toContain(line);
    for (const line of readFileSync(files.certificate, 'utf8')
      .split('\n')
      .filter((l) => l.length > 16))
      expect(text).not.toContain(line);
    expect(JSON.parse(text)).toMatchObject({
      receipt: 1,
      env: expect.arrayContaining([['RA_KEY', expect.stringMatching(/^[0-9a-f]{64}$/)]]),
    });
  });

  it('is not followed when the key file now holds another key', async () => {
    const dir = mkdtempSync(join(scratch, 'material-'));
    const material = { certificate: join(dir, 'cert.pem'), privateKey: join(dir, 'key.pem') };
    copyFileSync(files.certificate, material.certificate);
    copyFileSync(files.privateKey, material.privateKey);
    expect((await full(args(material))).exitCode).toBe(0);
    expect((await fromEntryAlone(args(material))).exitCode).toBe(0);
    copyFileSync(files.rsaPrivateKey, material.privateKey);
    expect((await fromEntryAlone(args(material))).exitCode).not.toBe(0);
    // The full path sees the wrong key and refuses it, as it did before receipts.
    const refused = await full(args(material));
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stdout).toBe('');
  });

  it.each([
    ['a variable it read is now set', { AWS_MAX_ATTEMPTS: '2' }],
    ['a variable it read has another value', { RAC_RETRY_TIMEOUT_SECONDS: '30' }],
  ])('is not followed when %s', async (_label, change) => {
    const env = { ...box.env, RAC_RETRY_TIMEOUT_SECONDS: '60' };
    expect((await full(args(), env)).exitCode).toBe(0);
    expect((await fromEntryAlone(args(), env)).exitCode).toBe(0);
    expect((await fromEntryAlone(args(), { ...env, ...change })).exitCode).not.toBe(0);
  });

  it('is keyed by the working directory, so a relative path elsewhere names another file', async () => {
    const dir = mkdtempSync(join(scratch, 'cwd-'));
    const relativeArgs = args({
      certificate: relative(dir, files.certificate),
      privateKey: relative(dir, files.privateKey),
    });
    expect((await full(relativeArgs, box.env, dir)).exitCode).toBe(0);
    expect((await fromEntryAlone(relativeArgs, box.env, { cwd: dir })).exitCode).toBe(0);
    const elsewhere = mkdtempSync(join(scratch, 'cwd-'));
    expect((await fromEntryAlone(relativeArgs, box.env, { cwd: elsewhere })).exitCode).not.toBe(0);
  });

  it.each([
    ['readable by others', (path: string) => chmodSync(path, 0o644)],
    ['owned by another user', (path: string) => chownSync(path, 65534, 65534)],
    [
      'a symlink to a valid receipt',
      (path: string) => {
        const moved = `${path}.moved`;
        copyFileSync(path, moved);
        chmodSync(moved, 0o600);
        unlinkSync(path);
        symlinkSync(moved, path);
      },
    ],
    [
      'naming an entry outside the directory',
      (path: string) => {
        const receipt = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        writeFileSync(path, JSON.stringify({ ...receipt, entry: '../../etc/passwd' }), {
          mode: 0o600,
        });
      },
    ],
  ])('is ignored when it is %s', async (_label, tamper) => {
    expect((await full(args())).exitCode).toBe(0);
    const receipt = onlyReceipt();
    tamper(receipt);
    expect((await fromEntryAlone(args())).exitCode).not.toBe(0);
    // The full path still serves from the entry, without a call.
    const before = calls();
    expect((await full(args())).exitCode).toBe(0);
    expect(calls() - before).toBe(0);
  });

  it('does not serve an entry inside the refresh margin, which the full path then renews', async () => {
    expect((await full(args())).exitCode).toBe(0);
    const receipt = JSON.parse(readFileSync(onlyReceipt(), 'utf8')) as { entry: string };
    const entry = join(box.cacheDir, `${receipt.entry}.json`);
    const document = JSON.parse(readFileSync(entry, 'utf8')) as Record<string, string>;
    const soon = new Date(Date.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    writeFileSync(entry, JSON.stringify({ ...document, Expiration: soon }), { mode: 0o600 });
    expect((await fromEntryAlone(args())).exitCode).not.toBe(0);
    const before = calls();
    const renewed = await full(args());
    expect(renewed.exitCode).toBe(0);
    expect(calls() - before).toBe(1);
  });

  it.each([['--no-cache'], ['--debug']])('is neither written nor read with %s', async (flag) => {
    expect((await full([...args(), flag])).exitCode).toBe(0);
    expect(receipts()).toEqual([]);
    expect((await full(args())).exitCode).toBe(0);
    expect((await fromEntryAlone([...args(), flag])).exitCode).not.toBe(0);
  });

  it('is not written for material read from a pipe, which is never opened by the receipt path', async () => {
    const fifo = join(mkdtempSync(join(scratch, 'fifo-')), 'cert.pem');
    execFileSync('mkfifo', [fifo]);
    const certificate = readFileSync(files.certificate);
    const feed = (): void => {
      // A writer that blocks until the run opens the pipe, as `<(vault read …)` does.
      spawn('sh', ['-c', `cat > "${fifo}"`], { stdio: ['pipe', 'ignore', 'ignore'] }).stdin.end(
        certificate,
      );
    };
    const material = { certificate: fifo, privateKey: files.privateKey };
    feed();
    expect((await full(args(material))).exitCode).toBe(0);
    expect(receipts()).toEqual([]);
    feed();
    const again = await full(args(material));
    expect(again.exitCode).toBe(0);
    expect(again.stderr).toBe('');
  });

  it('records no variable only the call to the service reads, such as a proxy URL with its password', async () => {
    const env = {
      ...box.env,
      HTTPS_PROXY: 'http://alice:hunter42@127.0.0.1:9',
      https_proxy: 'http://alice:hunter42@127.0.0.1:9',
      HTTP_PROXY: 'http://alice:hunter42@127.0.0.1:9',
      NO_PROXY: '127.0.0.1',
    };
    expect((await full(args(), env)).exitCode).toBe(0);
    const receipt = JSON.parse(readFileSync(onlyReceipt(), 'utf8')) as { env: [string, unknown][] };
    expect(receipt.env.map(([name]) => name).filter((name) => /proxy/i.test(name))).toEqual([]);
    expect((await fromEntryAlone(args(), env)).exitCode).toBe(0);
  });
});

describe('the CLI entry', () => {
  it('runs from a working directory that was deleted, as before receipts', async () => {
    const gone = mkdtempSync(join(scratch, 'gone-'));
    const script = `cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${CLI}" "$@"`;
    const version = await runCommand('sh', ['-c', script, 'sh', '--version'], { env: box.env });
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const again = mkdtempSync(join(scratch, 'gone-'));
    const served = await runCommand('sh', ['-c', script.replaceAll(gone, again), 'sh', ...args()], {
      env: box.env,
    });
    expect(served.exitCode, served.stderr).toBe(0);
    expect(JSON.parse(served.stdout)).toHaveProperty('AccessKeyId');
  });

  it('runs for a user with no home directory and no passwd entry', async () => {
    // A copy that user can read: the checkout may sit in a private directory (CI's is mktemp -d).
    const open = mkdtempSync(join(tmpdir(), 'rac-cli-open-'));
    chmodSync(open, 0o755);
    cpSync(join(CLI, '..'), join(open, 'cli'), { recursive: true });
    chmodSync(join(open, 'cli'), 0o755);
    try {
      const run = await runCommand(
        'setpriv',
        [
          '--reuid=54321',
          '--regid=54321',
          '--clear-groups',
          process.execPath,
          join(open, 'cli', 'index.js'),
          '--version',
        ],
        { env: {}, cwd: open },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });
});
