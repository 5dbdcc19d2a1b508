/**
 * `update` without --once against servers that hand out sessions shorter than its refresh margin,
 * and servers that never answer: the real bundle in a child process, counted at the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
} from './helpers/harness.js';
import { issueCertificate } from '../src/emulator/index.js';
import {
  arnFlags,
  CLI,
  createSandbox,
  ensureCliBundle,
  startStubEndpoint,
  type Sandbox,
} from './helpers/cli.js';
import { leftovers, printFigures } from './helpers/reliability.js';

let files: MaterialFiles;
let pki: Awaited<ReturnType<typeof createTestPki>>;
const boxes: Sandbox[] = [];
const figures: string[] = [];

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  files = await writeMaterial(pki);
});

afterAll(() => {
  for (const box of boxes) box.cleanup();
  printFigures(figures);
});

interface Running {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  readonly credentialsFile: string;
}

function startUpdate(
  endpoint: string,
  material: { certificate: string; privateKey: string } = files,
  prepare: (credentialsFile: string) => void = () => undefined,
): Running {
  const box = createSandbox();
  boxes.push(box);
  mkdirSync(join(box.dir, 'aws'), { mode: 0o700 });
  const credentialsFile = join(box.dir, 'aws', 'credentials');
  prepare(credentialsFile);
  const child = spawn(
    process.execPath,
    [
      CLI,
      'update',
      '--profile',
      'ra',
      '--certificate',
      material.certificate,
      '--private-key',
      material.privateKey,
      '--intermediates',
      files.intermediates,
      ...arnFlags(),
      '--endpoint',
      endpoint,
    ],
    {
      env: {
        PATH: process.env['PATH'] ?? '',
        ...box.env,
        AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, stderr: () => stderr, exited, credentialsFile };
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitFor(condition: () => boolean, ms = 15_000): Promise<void> {
  for (const started = Date.now(); !condition(); await pause(50))
    if (Date.now() - started > ms) throw new Error('timed out waiting for the condition');
}

describe('update without --once', () => {
  it('calls CreateSession once, not thousands of times, when sessions expire within the refresh margin, and ends with one line', async () => {
    // Two minutes left: inside the refresh margin. Main made 26,728 calls in 12 s here; the
    // response check now refuses such a session at the first call, and the refresh schedule
    // (unit-tested in cli.units) would space any later call by 30 s or more.
    const stub = await startStubEndpoint({
      accessKeyId: 'ASIASHORTSESSION0001',
      secretAccessKey: 'shortSessionSecret/0001',
      sessionToken: 'shortSessionToken0001',
      expiration: new Date(Date.now() + 2 * 60_000).toISOString(),
    });
    try {
      const run = startUpdate(stub.url);
      const exit = await run.exited;
      expect(exit.code).toBe(1);
      expect(stub.calls()).toBe(1);
      figures.push(`update: ${stub.calls()} CreateSession call for 2-minute sessions, then exit 1`);
      expect(run.stderr()).toMatch(/only \d+ s from now .* must last more than \d+ s/);
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      expect(run.stderr()).not.toContain('shortSessionSecret');
    } finally {
      await stub.close();
    }
  });

  it('stops promptly on SIGTERM while it waits for the next refresh', async () => {
    const stub = await startStubEndpoint({
      accessKeyId: 'ASIAWAITINGSESSION01',
      secretAccessKey: 'waitingSessionSecret/01',
      sessionToken: 'waitingSessionToken01',
      expiration: new Date(Date.now() + 60 * 60_000).toISOString(),
    });
    try {
      const run = startUpdate(stub.url);
      await waitFor(() => run.stderr().includes('next refresh at'));
      expect(stub.calls()).toBe(1);
      expect(readFileSync(run.credentialsFile, 'utf8')).toContain('ASIAWAITINGSESSION01');
      const sent = Date.now();
      run.child.kill('SIGTERM');
      const exit = await run.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - sent).toBeLessThan(2000);
      figures.push(`stopped ${exit.at - sent} ms after SIGTERM while waiting`);
    } finally {
      await stub.close();
    }
  });

  it('stops promptly on SIGINT while a refresh is waiting for a server that never answers', async () => {
    const em: TestEmulator = await startTestEmulator(pki, {
      faults: [{ kind: 'stall' }],
    });
    try {
      const run = startUpdate(em.url);
      await waitFor(() => em.logs.length > 0 || run.stderr().includes('CreateSession'), 10_000);
      await pause(300);
      const sent = Date.now();
      run.child.kill('SIGINT');
      const exit = await run.exited;
      expect(exit.at - sent).toBeLessThan(2000);
      // Ended by the signal itself, as a shell expects of an interrupted command.
      expect(exit.signal).toBe('SIGINT');
      expect(leftovers(dirname(run.credentialsFile))).toEqual([]);
      figures.push(`${exit.at - sent} ms after SIGINT during a stalled refresh`);
    } finally {
      await em.close();
    }
  });

  it('stops on a SIGTERM that arrived while the first refresh waited synchronously for the credentials file lock', async () => {
    const em: TestEmulator = await startTestEmulator(pki, { log: () => undefined });
    // A live holder of the lock for about 3 s: the refresh waits for it without yielding.
    const holder = spawn('sleep', ['3'], { stdio: 'ignore' });
    const holderGone = new Promise((resolve) => holder.on('exit', resolve));
    try {
      const run = startUpdate(em.url, files, (credentialsFile) =>
        writeFileSync(
          `${credentialsFile}.lock`,
          `${holder.pid ?? 0} ${new Date().toISOString()}\n`,
          { mode: 0o600 },
        ),
      );
      await pause(1000);
      const sent = Date.now();
      run.child.kill('SIGTERM');
      await holderGone;
      const exit = await Promise.race([run.exited, pause(8000).then(() => undefined)]);
      if (exit === undefined) run.child.kill('SIGKILL');
      // Main dropped this signal: dispatched after the refresh had removed its listener, it was
      // seen by no one, and update slept on towards its next refresh.
      expect(exit, 'still running 8 s after the holder left: the SIGTERM was lost').toBeDefined();
      expect(exit?.code).toBe(0);
      expect(readFileSync(run.credentialsFile, 'utf8')).toContain('aws_session_token');
      figures.push(
        `stopped ${(exit?.at ?? sent) - sent} ms after a SIGTERM sent during a 3 s synchronous lock wait`,
      );
    } finally {
      holder.kill();
      await em.close();
    }
  });

  it('gives up in one line, exit 1, when the certificate expires within the refresh margin', async () => {
    // The service caps a session at the certificate's notAfter: both end in 5 min 20 s, which
    // leaves 20 s before the 5-minute margin, less than the 30 s between calls.
    const notAfter = new Date(Date.now() + 320_000);
    const leaf = await issueCertificate(pki.intermediate, { subject: 'CN=ending-soon', notAfter });
    const box = createSandbox();
    boxes.push(box);
    const certificate = join(box.dir, 'ending.pem');
    const privateKey = join(box.dir, 'ending.key');
    writeFileSync(certificate, leaf.certificatePem, { mode: 0o600 });
    writeFileSync(privateKey, leaf.privateKeyPem, { mode: 0o600 });
    const stub = await startStubEndpoint({
      accessKeyId: 'ASIAENDINGSOON000001',
      secretAccessKey: 'endingSoonSecret/0001',
      sessionToken: 'endingSoonToken0001',
      expiration: notAfter.toISOString(),
    });
    try {
      const run = startUpdate(stub.url, { certificate, privateKey });
      const exit = await run.exited;
      expect(exit.code).toBe(1);
      expect(stub.calls()).toBe(1);
      // The session the service capped at the certificate's notAfter is refused as too short,
      // and the message points at the certificate.
      expect(run.stderr()).toMatch(/credentials that expire at \S+, only \d+ s from now/);
      expect(run.stderr()).toContain("the certificate's notAfter");
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      figures.push('gave up after 1 call with a certificate ending in 5 min 20 s');
    } finally {
      await stub.close();
    }
  });
});
