/**
 * What another local user can plant, run by the real bundle as one unprivileged user against files
 * another one made: a lock in a shared sticky directory, a token file, a PKCS#11 PIN file, a pki
 * output directory and a PKCS#11 module. Each is refused in one clear line, in bounded time; none
 * is waited on for ever or trusted. These need root (to act as two users) and skip otherwise.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arnFlags, CLI, ensureCliBundle, runCli } from './helpers/cli.js';
import {
  createTestPki,
  runCommand,
  startTestEmulator,
  writeMaterial,
  TEST_ARNS,
  type MaterialFiles,
  type RunResult,
  type TestEmulator,
} from './helpers/harness.js';
import { runActionMain } from './helpers/githubRunner.js';
import { expectActionFailure, expectCliFailure, printFigures } from './helpers/reliability.js';

/** The user whose credentials are at stake, and the one who plants files for them. */
const VICTIM = 65533;
const ATTACKER = 65534;
const TIMEOUT_MS = 40_000;
const MODULE = '/usr/lib/softhsm/libsofthsm2.so';

let em: TestEmulator | undefined;
let files: MaterialFiles | undefined;
let root: string | undefined;
let skipped: string | undefined;
const refused: string[] = [];

interface Place {
  /** The victim's home (0700, theirs), holding a copy of the material and of the CLI bundle. */
  readonly home: string;
  readonly cli: string;
  readonly material: MaterialFiles;
}
let place: Place | undefined;

function as(uid: number, command: string, args: readonly string[]): string[] {
  return [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', command, ...args];
}

beforeAll(async () => {
  ensureCliBundle();
  const pki = await createTestPki();
  [em, files] = await Promise.all([
    startTestEmulator(pki, { log: () => undefined }),
    writeMaterial(pki),
  ]);
  if (process.getuid?.() !== 0) {
    skipped = 'needs root to act as two other users';
    return;
  }
  root = mkdtempSync(join(tmpdir(), 'rac-users-'));
  chmodSync(root, 0o755);
  // The checkout may sit in a directory only root can enter (CI clones into a 0700 one).
  const cli = join(root, 'cli');
  cpSync(dirname(CLI), cli, { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', cli]);
  const probe = await runCommand('setpriv', as(VICTIM, process.execPath, ['-e', '0']));
  if (probe.exitCode !== 0) {
    skipped = `uid ${VICTIM} cannot run ${process.execPath}`;
    return;
  }
  const home = join(root, 'home');
  mkdirSync(home, { mode: 0o700 });
  cpSync(files.dir, join(home, 'material'), { recursive: true });
  execFileSync('chown', ['-R', `${VICTIM}:${VICTIM}`, home]);
  const dir = join(home, 'material');
  place = {
    home,
    cli: join(cli, basename(CLI)),
    material: {
      ...files,
      dir,
      certificate: join(dir, 'certificate.pem'),
      privateKey: join(dir, 'privateKey.pem'),
      intermediates: join(dir, 'intermediates.pem'),
    },
  };
});

afterAll(async () => {
  await em?.close();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  if (root) rmSync(root, { recursive: true, force: true });
  printFigures([`${refused.length} files planted by another user refused (${refused.join('; ')})`]);
});

/** The place, or undefined after saying why this machine cannot run the case. */
function ready(): Place | undefined {
  if (place === undefined) console.log(`skipped: ${skipped ?? 'setup failed'}`);
  return place;
}

function materialFlags(p: Place): string[] {
  const endpoint = em?.url ?? '';
  return [
    '--certificate',
    p.material.certificate,
    '--private-key',
    p.material.privateKey,
    '--intermediates',
    p.material.intermediates,
    ...arnFlags(),
    '--endpoint',
    endpoint,
  ];
}

function runAsVictim(
  p: Place,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return runCommand('setpriv', as(VICTIM, process.execPath, [p.cli, ...args]), {
    env: { HOME: p.home, ...env },
    timeoutMs: TIMEOUT_MS,
  });
}

/** A world-writable sticky directory like /tmp, of its own so that the test leaves nothing there. */
function sharedSticky(): string {
  const dir = join(root ?? tmpdir(), `shared-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  chmodSync(dir, 0o1777);
  return dir;
}

describe('the shared credentials file lock', () => {
  it('a lock directory planted by another user in a sticky directory is refused in one line, not spun on', async () => {
    const p = ready();
    if (p === undefined) return;
    const shared = sharedSticky();
    const creds = join(shared, 'creds');
    execFileSync('setpriv', as(ATTACKER, 'mkdir', [`${creds}.lock`]));
    const started = Date.now();
    const run = await runAsVictim(p, ['update', '--once', ...materialFlags(p)], {
      AWS_SHARED_CREDENTIALS_FILE: creds,
    });
    const elapsed = Date.now() - started;
    expect(run.signal).toBeNull();
    const line = expectCliFailure(run, /lock .*creds\.lock is not this user's lock file/);
    expect(line).toContain(`owned by uid ${ATTACKER}`);
    expect(line).toContain('directory only you can write to');
    expect(elapsed).toBeLessThan(10_000);
    refused.push(`lock directory (${elapsed} ms)`);
  });

  it('a lock file planted by another user in a sticky directory is refused, not waited on', async () => {
    const p = ready();
    if (p === undefined) return;
    const shared = sharedSticky();
    const creds = join(shared, 'creds');
    execFileSync('setpriv', as(ATTACKER, 'sh', ['-c', `echo 1 x > '${creds}.lock'`]));
    const run = await runAsVictim(p, ['update', '--once', ...materialFlags(p)], {
      AWS_SHARED_CREDENTIALS_FILE: creds,
    });
    expectCliFailure(run, /lock .*creds\.lock is not this user's lock file/);
    refused.push('lock file');
  });
});

/** A private directory of this user's, for the cases one user can set up alone. */
function ownDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rac-own-'));
  owned.push(dir);
  return dir;
}
const owned: string[] = [];
afterAll(() => {
  for (const dir of owned) rmSync(dir, { recursive: true, force: true });
});

function certificateFile(): string {
  return files?.certificate ?? 'certificate.pem';
}

/** The PIN cases need a module that passes its own checks, so that the PIN is what is judged. */
function moduleMissing(): boolean {
  if (existsSync(MODULE)) return false;
  console.log(`skipped: ${MODULE} is not installed (.ci/run installs softhsm2)`);
  return true;
}

const TOKEN = 'attacker-chosen-token-0123456789abcdef';

function serveWithToken(tokenFile: string): Promise<RunResult> {
  return runCli(['serve', '--token', tokenFile, '--format', 'json', ...arnFlags()], {
    timeoutMs: TIMEOUT_MS,
  });
}

describe('a serve token or a PKCS#11 PIN given as a file', () => {
  it('serve refuses a token file that another user owns, so it never serves with a token they chose', async () => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: needs root to own a file as another user');
      return;
    }
    const dir = ownDir();
    chmodSync(dir, 0o1777);
    const tokenFile = join(dir, 'token');
    execFileSync(
      'setpriv',
      as(ATTACKER, 'sh', ['-c', `umask 077; echo ${TOKEN} > '${tokenFile}'`]),
    );
    const run = await serveWithToken(tokenFile);
    const line = expectCliFailure(
      run,
      /--token: refusing the token file .*token: it is not readable|--token: refusing the token file .*owner or mode/,
    );
    expect(line).toContain('regular file of this user');
    expect(run.stderr).not.toContain(TOKEN);
    refused.push('token file of another user');
  });

  it.each([
    ['readable by others', 0o644],
    ['writable by the group', 0o620],
  ])('serve refuses a token file %s', async (_what, mode) => {
    const dir = ownDir();
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, `${TOKEN}\n`);
    chmodSync(tokenFile, mode);
    const run = await serveWithToken(tokenFile);
    expectCliFailure(
      run,
      /--token: refusing the token file .*: its owner or mode \(\d+\) lets others read or change it/,
    );
    expect(run.stderr).not.toContain(TOKEN);
  });

  it('serve refuses a token file that is a symlink, even to a private file', async () => {
    const dir = ownDir();
    writeFileSync(join(dir, 'real'), `${TOKEN}\n`, { mode: 0o600 });
    symlinkSync(join(dir, 'real'), join(dir, 'token'));
    const run = await serveWithToken(join(dir, 'token'));
    expectCliFailure(run, /--token: refusing the token file .*: it is a symlink/);
  });

  it('a PIN given where its source belongs (pin-source=1234) is never echoed', async () => {
    if (moduleMissing()) return;
    const run = await runCli(
      [
        'credential-process',
        '--private-key',
        `pkcs11:token=ci;object=k;type=private?pin-source=573916&module-path=${MODULE}`,
        '--certificate',
        certificateFile(),
        ...arnFlags(),
      ],
      { timeoutMs: TIMEOUT_MS },
    );
    const line = expectCliFailure(
      run,
      /pin-source: the PIN file it names \(not shown: it may be the secret itself\) does not exist/,
    );
    expect(line).not.toContain('573916');
  });

  it('the Action refuses a PIN file others can read in one ::error:: line, and never prints the PIN', async () => {
    if (moduleMissing()) return;
    const dir = ownDir();
    const pinFile = join(dir, 'pin');
    writeFileSync(pinFile, '573916\n');
    chmodSync(pinFile, 0o644);
    const run = await runActionMain({
      certificate: certificateFile(),
      'private-key': `pkcs11:token=ci;object=k;type=private?pin-source=file:${pinFile}&module-path=${MODULE}`,
      ...Object.fromEntries(
        Object.entries(TEST_ARNS).map(([name, value]) => [
          name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
          value,
        ]),
      ),
    });
    const line = expectActionFailure(
      run,
      /private-key: refusing the PIN file: its owner or mode \(644\) lets others read or change it/,
    );
    expect(line).not.toContain(pinFile);
    expect(run.stdout).not.toContain('573916');
    refused.push('group/other-readable PIN file (Action)');
  });

  it('the CLI refuses a PIN file others can read, without reading the PIN into a message', async () => {
    if (moduleMissing()) return;
    const dir = ownDir();
    const pinFile = join(dir, 'pin');
    writeFileSync(pinFile, '573916\n', { mode: 0o644 });
    chmodSync(pinFile, 0o644);
    const run = await runCli(
      [
        'credential-process',
        '--private-key',
        `pkcs11:token=ci;object=k;type=private?pin-source=file:${pinFile}&module-path=${MODULE}`,
        '--certificate',
        certificateFile(),
        ...arnFlags(),
      ],
      { timeoutMs: TIMEOUT_MS },
    );
    const line = expectCliFailure(
      run,
      /pin-source: refusing the PIN file: its owner or mode \(644\) lets others read or change it/,
    );
    expect(line).not.toContain('573916');
    refused.push('group/other-readable PIN file');
  });
});

function credentialProcessWithModule(module: string): Promise<RunResult> {
  return runCli(
    [
      'credential-process',
      '--private-key',
      'pkcs11:token=ci;object=k;type=private?pin-source=env:TOKEN_PIN',
      '--pkcs11-lib',
      module,
      '--certificate',
      certificateFile(),
      ...arnFlags(),
    ],
    { env: { TOKEN_PIN: '1234' }, timeoutMs: TIMEOUT_MS },
  );
}

describe('the PKCS#11 module to load', () => {
  it('a module file owned by another user is refused, not loaded', async () => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: needs root to own a file as another user');
      return;
    }
    if (moduleMissing()) return;
    const dir = ownDir();
    chmodSync(dir, 0o755);
    const module = join(dir, 'libtoken.so');
    copyFileSync(realpathSync(MODULE), module);
    chmodSync(module, 0o755);
    // -h: never through a link, whatever the copy turned out to be.
    execFileSync('chown', ['-h', `${ATTACKER}:${ATTACKER}`, module]);
    const run = await credentialProcessWithModule(module);
    const line = expectCliFailure(
      run,
      /--pkcs11-lib .*libtoken\.so: .*could be replaced by another user \(owner uid 65534/,
    );
    expect(line).toContain('must belong to root or to this user');
    refused.push('PKCS#11 module of another user');
  });

  it('a module in a directory others can write to is refused, even when the file is ours', async () => {
    if (moduleMissing()) return;
    const dir = ownDir();
    const shared = join(dir, 'lib');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const module = join(shared, 'libtoken.so');
    copyFileSync(realpathSync(MODULE), module);
    chmodSync(module, 0o755);
    const run = await credentialProcessWithModule(module);
    expectCliFailure(
      run,
      /--pkcs11-lib .*: the directory .*\/lib is writable by another user \(owner uid \d+, mode 777\)/,
    );
    refused.push('PKCS#11 module in a world-writable directory');
  });

  it('a module reached through a symlink in a directory others can write to is refused', async () => {
    if (moduleMissing()) return;
    const dir = ownDir();
    const shared = join(dir, 'links');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    symlinkSync(MODULE, join(shared, 'libtoken.so'));
    const run = await credentialProcessWithModule(join(shared, 'libtoken.so'));
    expectCliFailure(run, /the directory .*\/links is writable by another user/);
  });
});

function pkiCa(outDir: string): Promise<RunResult> {
  return runCli(['pki', 'ca', '--subject', 'CN=CA', '--unencrypted-key', '--out-dir', outDir], {
    timeoutMs: TIMEOUT_MS,
  });
}

describe('pki ca and pki issue output directories', () => {
  it.each([
    ['world-writable', 0o777, /others can write to it \(mode 777\)/],
    ['sticky world-writable (like /tmp)', 0o1777, /others can write to it \(mode 1777\)/],
    ['group-writable', 0o770, /others can write to it \(mode 770\)/],
  ])('pki ca refuses a %s directory and writes nothing there', async (_what, mode, why) => {
    const dir = join(ownDir(), 'out');
    mkdirSync(dir);
    chmodSync(dir, mode);
    const run = await pkiCa(dir);
    const line = expectCliFailure(run, why);
    expect(line).toContain('write into a private directory (mkdir -m 700 DIR)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('pki ca refuses an output directory that is a symlink, even to a private directory', async () => {
    const base = ownDir();
    mkdirSync(join(base, 'real'), { mode: 0o700 });
    symlinkSync(join(base, 'real'), join(base, 'out'));
    const run = await pkiCa(join(base, 'out'));
    expectCliFailure(run, /refusing to write into .*\/out: it is a symlink/);
    expect(readdirSync(join(base, 'real'))).toEqual([]);
  });

  it('pki ca refuses a directory another user owns, where they could swap the files', async () => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: needs root to own a directory as another user');
      return;
    }
    const dir = join(ownDir(), 'out');
    mkdirSync(dir, { mode: 0o755 });
    execFileSync('chown', ['-h', `${ATTACKER}:${ATTACKER}`, dir]);
    const run = await pkiCa(dir);
    expectCliFailure(run, new RegExp(`it belongs to uid ${ATTACKER}, not to this user`));
    expect(readdirSync(dir)).toEqual([]);
    refused.push('pki output directory of another user');
  });

  it('pki ca still writes into a private directory of its own', async () => {
    const dir = join(ownDir(), 'out');
    mkdirSync(dir, { mode: 0o700 });
    const run = await pkiCa(dir);
    expect(run.stderr).not.toMatch(/refusing/);
    expect(run.exitCode).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['ca.key', 'ca.pem']);
  });
});
