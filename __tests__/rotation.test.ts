/**
 * Certificate rotation without a restart: the certificate and key files are replaced while the
 * credential server runs (real files, the real emulator on 127.0.0.1, an accelerated clock), and
 * while `update` loops (its sleeps cut short). Which certificate signed each CreateSession is read
 * from the emulator's own log.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCommand } from '../src/cli/commands/update.js';
import type { CliIo } from '../src/cli/io.js';
import { materialFilePaths } from '../src/cli/inputs/materialFilePaths.js';
import { loadMaterial } from '../src/core/material/index.js';
import { resolveSessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { issueCertificate, type IssuedCertificate } from '../src/emulator/pki.js';
import { MaterialRotation } from '../src/files/materialRotation.js';
import { createEnvironmentSender } from '../src/http/index.js';
import { CredentialServer, type ServeDeps, type Timer } from '../src/serve/index.js';
import { serveChildRequest } from '../src/serve/childProtocol.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

/** Virtual time running `factor` times faster than the wall clock, with timers to match. */
function acceleratedClock(factor: number): Pick<ServeDeps, 'now' | 'sleep' | 'setTimer'> {
  const startVirtual = Date.now();
  const startReal = performance.now();
  return {
    now: () => new Date(startVirtual + (performance.now() - startReal) * factor),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / factor)),
    setTimer: (callback, ms): Timer => {
      const handle = setTimeout(callback, ms / factor);
      return { cancel: () => clearTimeout(handle) };
    },
  };
}

let pki: TestPki;
let em: TestEmulator;
let dir: string;
/** Issued by the same intermediate as pki.leaf: the certificates the files rotate to. */
let next: IssuedCertificate;
let other: IssuedCertificate;

beforeAll(async () => {
  pki = await createTestPki();
  [next, other] = await Promise.all([
    issueCertificate(pki.intermediate, { subject: 'CN=ci-runner', keyType: 'ec-p256' }),
    issueCertificate(pki.intermediate, { subject: 'CN=ci-runner', keyType: 'ec-p256' }),
  ]);
  em = await startTestEmulator(pki);
  dir = await mkdtemp(join(tmpdir(), 'rac-rotation-'));
});

afterAll(async () => {
  await em.close();
  await rm(dir, { recursive: true, force: true });
});

interface Files {
  readonly certificate: string;
  readonly privateKey: string;
  readonly intermediates: string;
}

async function writeFiles(name: string, leaf: IssuedCertificate): Promise<Files> {
  const files = {
    certificate: join(dir, `${name}-cert.pem`),
    privateKey: join(dir, `${name}-key.pem`),
    intermediates: join(dir, `${name}-chain.pem`),
  };
  await writeFile(files.certificate, leaf.certificatePem, { mode: 0o600 });
  await writeFile(files.privateKey, leaf.privateKeyPem, { mode: 0o600 });
  await writeFile(files.intermediates, pki.intermediate.certificatePem, { mode: 0o600 });
  return files;
}

/** As certificate tools write: a new file beside the old one, renamed over it. */
async function replace(path: string, content: string): Promise<void> {
  await writeFile(`${path}.new`, content, { mode: 0o600 });
  await rename(`${path}.new`, path);
}

/** The serials the emulator saw on accepted CreateSession calls, in order, since `from`. */
function signedSerials(from: number): string[] {
  return em.logs
    .slice(from)
    .flatMap((line) => /^emulator: 201 CreateSession .*serial=(\d+)/.exec(line)?.[1] ?? []);
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('serve: certificate rotation without a restart (15-minute sessions, 600x clock)', () => {
  it('signs the next refresh with the replaced pair, and keeps the old pair when a replacement is broken, logging that once', async () => {
    const files = await writeFiles('serve', pki.leaf);
    const read = async (path: string): Promise<string> => readFile(path, 'utf8');
    const settings = resolveSessionSettings(
      {
        material: {
          certificate: await read(files.certificate),
          privateKey: await read(files.privateKey),
          intermediates: await read(files.intermediates),
        },
        ...TEST_ARNS,
        endpoint: { url: em.url, source: '--endpoint' },
        durationSeconds: 900,
      },
      CLI_NAMES,
    );
    em.emulator.setMaxDurationSeconds(900);
    const clock = acceleratedClock(600);
    em.emulator.setClock(clock.now);
    const material = await loadMaterial(settings.material, {
      now: clock.now(),
      names: settings.names,
    });
    const logs: string[] = [];
    const log = (line: string): void => {
      logs.push(line);
    };
    const rotation = new MaterialRotation(
      files,
      { sources: settings.material, material },
      { now: clock.now, log, names: settings.names },
    );
    const server = new CredentialServer(
      settings,
      material,
      { port: 0 },
      {
        send: createEnvironmentSender({ attemptTimeoutMs: 5_000, env: {} }),
        ...clock,
        log,
        nextMaterial: async () => (await rotation.check())?.material,
      },
    );
    const from = em.logs.length;
    const endpoints = await server.start();
    const fetchCredentials = async (): Promise<{ status: number; key: string }> => {
      const answer = await fetch(endpoints.containerUrl, {
        headers: { authorization: endpoints.authorizationToken },
      });
      const body = (await answer.json()) as { AccessKeyId?: string };
      return { status: answer.status, key: body.AccessKeyId ?? '' };
    };
    const [first, second, third] = [pki.leaf, next, other].map((leaf) => String(leaf.serial));
    try {
      await until(() => server.stats().refreshes >= 1, 'a refresh with the first pair');
      expect(new Set(signedSerials(from))).toEqual(new Set([first]));

      await replace(files.certificate, next.certificatePem);
      await replace(files.privateKey, next.privateKeyPem);
      await until(
        () => signedSerials(from).includes(second!),
        'a CreateSession with the new serial',
      );
      expect(server.summary()?.certificateSerial).toBe(second);
      expect(logs).toContainEqual(
        expect.stringContaining(
          `signing with certificate serial ${second} (CN=ci-runner, valid until `,
        ),
      );

      // A certificate without its key: the pre-call checks refuse the pair.
      const beforeBroken = em.logs.length;
      const refreshesBefore = server.stats().refreshes;
      await replace(files.certificate, other.certificatePem);
      await until(() => server.stats().refreshes >= refreshesBefore + 3, 'three more refreshes');
      expect(new Set(signedSerials(beforeBroken))).toEqual(new Set([second]));
      expect(signedSerials(beforeBroken)).not.toContain(third);
      expect((await fetchCredentials()).status).toBe(200);
      const refused = logs.filter((line) => line.startsWith('The changed certificate files'));
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(/private key does not belong to the certificate/i);
      expect(refused[0]).toContain(`still signing with certificate serial ${second}`);
      expect(server.stats().failedRefreshes).toBe(0);
    } finally {
      await server.stop();
      em.emulator.setClock(() => new Date());
      em.emulator.setMaxDurationSeconds(43_200);
    }
    // Nothing secret in what was logged.
    const text = logs.join('\n');
    for (const leaf of [pki.leaf, next, other]) {
      expect(text).not.toContain(leaf.privateKeyPem.split('\n')[1]);
    }
  });
});

describe('update: certificate rotation without a restart', () => {
  it('writes credentials signed by the replaced pair at the next refresh, and keeps the old pair when the replacement is broken', async () => {
    const files = await writeFiles('update', pki.leaf);
    const credentialsFile = join(dir, 'credentials');
    const stderr: string[] = [];
    let wakeups = 0;
    const steps: (() => Promise<void>)[] = [
      // Before the second refresh: a rotated pair.
      async () => {
        await replace(files.certificate, next.certificatePem);
        await replace(files.privateKey, next.privateKeyPem);
      },
      // Before the third: a certificate whose key is not there.
      async () => replace(files.certificate, other.certificatePem),
      // Before the fourth: nothing changes.
      async () => undefined,
    ];
    const io: CliIo = {
      env: { AWS_SHARED_CREDENTIALS_FILE: credentialsFile },
      stdout: () => undefined,
      stderr: (line) => stderr.push(line),
      stdoutIsTty: false,
      readStdin: () => Promise.resolve(Buffer.alloc(0)),
      now: () => new Date(),
      sleep: () => Promise.resolve(),
      // Each wait for the next refresh ends at once, after the step that belongs before it.
      sleepUntilStopped: async () => {
        const step = steps[wakeups];
        wakeups += 1;
        if (step === undefined) return 'stopped';
        await step();
        return 'elapsed';
      },
      homeDir: () => dir,
      secrets: new Set(),
    };
    const from = em.logs.length;
    const code = await updateCommand.execute(
      [
        '--profile',
        'rotated',
        '--certificate',
        files.certificate,
        '--private-key',
        files.privateKey,
        '--intermediates',
        files.intermediates,
        '--trust-anchor-arn',
        TEST_ARNS.trustAnchorArn,
        '--profile-arn',
        TEST_ARNS.profileArn,
        '--role-arn',
        TEST_ARNS.roleArn,
        '--endpoint',
        em.url,
      ],
      io,
    );
    expect(code, stderr.join('\n')).toBe(0);
    const [first, second] = [pki.leaf, next].map((leaf) => String(leaf.serial));
    expect(signedSerials(from)).toEqual([first, second, second, second]);
    const refused = stderr.filter((line) => line.includes('The changed certificate files'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain(`still signing with certificate serial ${second}`);
    expect(stderr.filter((line) => line.includes('refresh failed'))).toEqual([]);
    expect(await readFile(credentialsFile, 'utf8')).toContain('[rotated]');
  });
});

describe('which material can rotate', () => {
  it('reads again only the flags that named files, by absolute path, and passes them to the detached server', () => {
    const paths = materialFilePaths({
      sources: { certificate: 'x' },
      certificate: { content: 'x', origin: 'file', where: 'certs/leaf.pem' },
      privateKey: { content: 'k', origin: 'env', where: 'env:RA_KEY' },
      intermediates: { content: 'i', origin: 'stdin', where: 'stdin' },
    });
    expect(paths).toEqual({
      certificate: resolve('certs/leaf.pem'),
      privateKey: undefined,
      intermediates: undefined,
    });
    const settings = resolveSessionSettings(
      {
        material: { certificate: 'x' },
        ...TEST_ARNS,
        endpoint: { url: em.url, source: '--endpoint' },
      },
      CLI_NAMES,
    );
    expect(serveChildRequest(settings, { port: 0 }, false, paths).rotate).toEqual(paths);
  });
});
