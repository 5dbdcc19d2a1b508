/**
 * The reliability and security suite's shared pieces (__tests__/reliability.*.test.ts):
 *
 * - canary secrets whose every fragment is known, for the leak scan;
 * - the one-line-failure assertions of each front end (CLI, Action, GitLab template);
 * - a pass-through in front of the emulator that misbehaves on cue (an HTML page from a proxy,
 *   an answer cut off mid-body), usable as a reverse proxy or as HTTP_PROXY;
 * - HTTPS server certificates for the emulator's `tls` option;
 * - the GitLab template's steps as dash runs them;
 * - file listings for the file-safety checks;
 * - a marker variable that finds a credential server a failed run left behind, so it is stopped
 *   by its pid (it is ours: it carries this run's marker).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import {
  createCertificateAuthority,
  issueCertificate,
  type IssuedCertificate,
} from '../../src/emulator/index.js';
import { CLI } from './cli.js';
import type { RunnerFiles } from './githubRunner.js';
import { runCommand, type RunResult } from './harness.js';
import { secretFragments } from './leaks.js';
import { listen } from './servers.js';

// ---------------------------------------------------------------------------------------------
// Canaries

const TOKEN_BODY = Buffer.from('canary session token 7f3a, never to be printed; '.repeat(8))
  .toString('base64')
  .replace(/=+$/, '');

/** Values no output may show, except where the output is the point (a credentials file). */
export const CANARY = {
  passphrase: 'canary-passphrase-7f3a',
  wrongPassphrase: 'wrong-canary-passphrase-0b9e',
  accessKeyId: 'ASIACANARY7F3A000001',
  /** 40 characters, with the `/`, `+` and `=` a shell or a URL would have to escape. */
  secretAccessKey: 'CANARY/secret+key=7f3aQ9wZ2L8mB4vK1pT6rY',
  sessionToken: `CANARYTOKEN${TOKEN_BODY}`,
} as const;

/** Overlapping windows of a long value, so that a partial leak is caught too. */
export function windows(value: string, size = 24, step = 12): string[] {
  const found: string[] = [];
  for (let start = 0; start + size <= value.length; start += step)
    found.push(value.slice(start, start + size));
  return found;
}

/** The credentials the canary stub endpoint issues, expiring in an hour. */
export function canaryCredentials(): {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
} {
  return {
    accessKeyId: CANARY.accessKeyId,
    secretAccessKey: CANARY.secretAccessKey,
    sessionToken: CANARY.sessionToken,
    expiration: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Fragments of the key material alone: what even an intended credentials output must not hold. */
export function keyFragments(privateKeyPems: readonly string[]): string[] {
  return [
    ...new Set(
      privateKeyPems.flatMap((pem) => [
        ...secretFragments({ privateKeyPem: pem, passphrase: CANARY.passphrase }),
        ...windows(Buffer.from(pem).toString('base64'), 24, 8),
      ]),
    ),
    CANARY.wrongPassphrase,
  ];
}

/** Every canary: key material, passphrases and the issued credentials (whole and in pieces). */
export function allFragments(privateKeyPems: readonly string[], extra: readonly string[] = []) {
  return [
    ...new Set([
      ...keyFragments(privateKeyPems),
      ...secretFragments({
        secretAccessKey: CANARY.secretAccessKey,
        sessionToken: CANARY.sessionToken,
        other: [
          ...windows(CANARY.secretAccessKey, 20, 5),
          ...windows(CANARY.sessionToken),
          ...extra,
        ],
      }),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// One clear line

/** No stack frame, no raw JavaScript error type, no "unexpected" fallback. */
export function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+/m);
  expect(text).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError)\b/);
  expect(text, 'a failure that escaped the error type').not.toMatch(
    /unexpected error|Unexpected failure/i,
  );
}

/** The CLI failed on its own (not killed), exit 1, stdout empty, one stderr line matching. */
export function expectCliFailure(run: RunResult, expected: RegExp): string {
  expect(run.signal, `killed by ${run.signal ?? ''}: it did not finish in time`).toBeNull();
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n');
  expect(lines, run.stderr).toHaveLength(2);
  expect(lines[1]).toBe('');
  const line = lines[0] ?? '';
  expect(line).toMatch(/^rolesanywhere-credentials: /);
  expect(line).toMatch(expected);
  expectNoStack(run.stderr);
  return line;
}

/** The Action failed the step: exit 1, exactly one ::error:: line matching, nothing on stderr. */
export function expectActionFailure(run: RunResult, expected: RegExp): string {
  expect(run.signal, `killed by ${run.signal ?? ''}: it did not finish in time`).toBeNull();
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(errors, run.stdout).toHaveLength(1);
  const line = errors[0] ?? '';
  expect(line).toMatch(expected);
  expect(run.stderr).toBe('');
  expectNoStack(run.stdout);
  return line;
}

/** stdout without the ::add-mask:: lines, which carry the values on purpose. */
export function withoutMasks(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Each value is masked on a line of its own before any other line shows it. */
export function expectMaskedFirst(stdout: string, values: readonly string[]): void {
  const lines = stdout.split('\n');
  for (const value of values) {
    const mask = lines.indexOf(`::add-mask::${value}`);
    expect(mask, `no ::add-mask:: for a ${value.length}-character value`).toBeGreaterThanOrEqual(0);
    const shown = lines.findIndex((line, i) => i !== mask && line.includes(value));
    expect(shown === -1 || shown > mask).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// A misbehaving pass-through

/** `{ retryAfter }`: 429 ThrottlingException with that `Retry-After` header. */
export type FrontFault = 'html-502' | 'cut-body' | 'pass' | { readonly retryAfter: string };

export interface Front {
  readonly url: string;
  /** Requests seen, misbehaved on or passed. */
  readonly requests: () => number;
  close(): Promise<void>;
}

const PROXY_HTML =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1>\n' +
  '<p>The proxy server received an invalid response from an upstream server.</p>\n' +
  '<hr><address>squid/6.6</address></body></html>\n';

/**
 * Plays `plan` (one entry per request, then passes everything) in front of `target`. A request in
 * absolute form (as a client sends through HTTP_PROXY) goes to the URL it names; any other to
 * `target`. Headers pass untouched: the client signed the Host it sent.
 */
export async function startFront(target: string, plan: readonly FrontFault[]): Promise<Front> {
  const queue = [...plan];
  let requests = 0;
  const upstream = new URL(target);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests += 1;
      const fault = queue.shift() ?? 'pass';
      if (typeof fault === 'object') {
        res
          .writeHead(429, {
            'content-type': 'application/json',
            'x-amzn-errortype': 'ThrottlingException',
            'retry-after': fault.retryAfter,
          })
          .end(JSON.stringify({ message: 'Rate exceeded' }));
        return;
      }
      if (fault === 'html-502') {
        res.writeHead(502, { 'content-type': 'text/html', server: 'squid/6.6' }).end(PROXY_HTML);
        return;
      }
      if (fault === 'cut-body') {
        res.writeHead(201, { 'content-type': 'application/json', 'content-length': '2048' });
        res.write('{"credentialSet":[{"assumedRoleUser":{"arn":"arn:aws:sts::1111');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      const absolute = /^https?:\/\//.test(req.url ?? '') ? new URL(req.url ?? '') : undefined;
      const forward = request(
        {
          host: (absolute ?? upstream).hostname,
          port: (absolute ?? upstream).port,
          method: req.method,
          path: absolute ? absolute.pathname + absolute.search : req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.writeHead(502).end());
      forward.end(Buffer.concat(chunks));
    });
  });
  const listening = await listen(server);
  return { url: listening.url, requests: () => requests, close: listening.close };
}

// ---------------------------------------------------------------------------------------------
// HTTPS for the emulator

export interface ServerTls {
  readonly cert: string;
  readonly key: string;
}

/** A private CA for HTTPS servers (not the trust anchor: TLS and Roles Anywhere trust differ). */
export function createTlsAuthority(): Promise<IssuedCertificate> {
  return createCertificateAuthority({ subject: 'CN=Reliability TLS CA, O=tests' });
}

/** A server certificate from `ca` for exactly these names. */
export async function serverTls(
  ca: IssuedCertificate,
  names: { dnsNames?: string[]; ipAddresses?: string[]; expired?: boolean },
): Promise<ServerTls> {
  const day = 86_400_000;
  const issued = await issueCertificate(ca, {
    subject: `CN=${names.dnsNames?.[0] ?? names.ipAddresses?.[0] ?? 'server'}`,
    ...(names.dnsNames ? { dnsNames: names.dnsNames } : {}),
    ...(names.ipAddresses ? { ipAddresses: names.ipAddresses } : {}),
    ...(names.expired
      ? { notBefore: new Date(Date.now() - 30 * day), notAfter: new Date(Date.now() - day) }
      : {}),
  });
  return { cert: issued.certificatePem, key: issued.privateKeyPem };
}

// ---------------------------------------------------------------------------------------------
// The GitLab template

interface JsYaml {
  load(text: string): unknown;
}
/** js-yaml comes with eslint and has no type declarations here: typed at this one seam. */
const JS_YAML: string = 'js-yaml';
const INTERPOLATION = /\$\[\[\s*inputs\.([A-Za-z0-9_-]+)\s*\]\]/g;

export interface TemplateSteps {
  readonly beforeScript: string;
  readonly afterScript: string;
}

/** What GitLab runs for the hidden job: every input interpolated (defaults for the rest). */
export async function templateSteps(
  values: Readonly<Record<string, string | number>>,
): Promise<TemplateSteps> {
  const { load } = (await import(JS_YAML)) as JsYaml;
  const text = readFileSync(resolve('.gitlab-ci-template.yml'), 'utf8');
  const separator = text.indexOf('\n---\n');
  const header = load(text.slice(0, separator)) as {
    spec: { inputs: Record<string, { default?: unknown }> };
  };
  const body = text.slice(separator + 5).replace(INTERPOLATION, (_, name: string) => {
    const value = values[name] ?? header.spec.inputs[name]?.default;
    if (value === undefined) throw new Error(`template input ${name} has no value`);
    return String(value);
  });
  const jobs = Object.values(load(body) as Record<string, Record<string, string[]>>);
  const job = jobs[0] ?? {};
  return {
    beforeScript: (job['before_script'] ?? []).join('\n'),
    afterScript: (job['after_script'] ?? []).join('\n'),
  };
}

/** Runs a script under `dash -eu`, as GitLab runs a step (-e) and proving no unset variable is read. */
export function runDash(
  script: string,
  env: Readonly<Record<string, string>>,
  timeoutMs = 20_000,
): Promise<RunResult> {
  return runCommand('/usr/bin/dash', ['-eu', '-c', script], { env, timeoutMs });
}

// ---------------------------------------------------------------------------------------------
// Files

export interface Entry {
  /** Relative to the listed directory. */
  readonly path: string;
  readonly type: 'file' | 'dir' | 'symlink' | 'other';
  /** Permission bits. */
  readonly mode: number;
}

export function listTree(dir: string, prefix = ''): Entry[] {
  const entries: Entry[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stats = lstatSync(full);
    const type = stats.isSymbolicLink()
      ? 'symlink'
      : stats.isDirectory()
        ? 'dir'
        : stats.isFile()
          ? 'file'
          : 'other';
    entries.push({ path: join(prefix, name), type, mode: stats.mode & 0o777 });
    if (type === 'dir') entries.push(...listTree(full, join(prefix, name)));
  }
  return entries;
}

/** Temp files, locks and lock debris: what must be gone once a run is over. */
export function leftovers(dir: string): string[] {
  return listTree(dir)
    .map((entry) => entry.path)
    .filter((path) => /(^|\/)\.[^/]+\.tmp$|\.lock$|\.stale\./.test(path));
}

export function modeOf(path: string): number {
  return lstatSync(path).mode & 0o777;
}

export function writeVictim(path: string, content = 'victim: must stay untouched\n'): string {
  writeFileSync(path, content, { mode: 0o644 });
  return content;
}

/** The runner's file-command files, in a directory of `parent` (a sandbox that is cleaned up). */
export function runnerIn(parent: string): RunnerFiles {
  const dir = mkdtempSync(join(parent, 'runner-'));
  const files = {
    env: join(dir, 'env'),
    output: join(dir, 'output'),
    state: join(dir, 'state'),
    summary: join(dir, 'summary'),
  };
  for (const path of Object.values(files)) writeFileSync(path, '');
  return { dir, ...files };
}

// ---------------------------------------------------------------------------------------------
// Processes a run leaves behind

/** Set in every child's environment; a detached server inherits it. */
export const MARKER_VARIABLE = 'RAC_RELIABILITY_RUN';

export function newMarker(): Record<string, string> {
  return { [MARKER_VARIABLE]: randomUUID() };
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return true;
  }
}

/** Live processes (zombies aside) whose environment carries this marker. */
export function markedProcesses(marker: Readonly<Record<string, string>>): number[] {
  const wanted = Object.entries(marker).map(([name, value]) => `${name}=${value}`);
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isSafeInteger(pid) || pid === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (wanted.every((entry) => environ.includes(entry)) && !isZombie(pid)) pids.push(pid);
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pids;
}

/** Stops what markedProcesses finds, by pid; returns the pids it stopped. */
export function stopMarked(marker: Readonly<Record<string, string>>): number[] {
  const pids = markedProcesses(marker);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids;
}

// ---------------------------------------------------------------------------------------------
// A CLI process that runs until stopped

export interface Background {
  readonly child: ChildProcess;
  readonly output: () => { stdout: string; stderr: string };
  /** SIGTERM, then the result once it has exited. */
  stop(): Promise<RunResult>;
}

export function startCliInBackground(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  nodeBinary: string = process.execPath,
): Background {
  const child = spawn(nodeBinary, [CLI, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const output = () => ({
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  });
  const closed = new Promise<RunResult>((done) =>
    child.on('close', (exitCode, signal) => done({ ...output(), exitCode, signal })),
  );
  return {
    child,
    output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return closed;
    },
  };
}

/** Polls until `check` holds or `timeoutMs` passes. */
export async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

/** A suite's figures line, printed once its file is done: "reliability: …". */
export function printFigures(parts: readonly string[]): void {
  console.log(`reliability: ${parts.join(', ')}`);
}
