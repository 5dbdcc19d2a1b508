/**
 * No plaintext where TLS was asked for: an https:// proxy is spoken to over TLS (a real TLS proxy
 * on 127.0.0.1 with a certificate made here), its credentials go only inside that TLS, and a plain
 * http:// endpoint is allowed to this machine alone unless the caller opts in by name, with a
 * warning. Everything runs through the CLI bundle, the Action bundle or the library.
 */
import { networkInterfaces } from 'node:os';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRolesAnywhere } from '../src/lib/index.js';
import {
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';
import { runActionMain } from './helpers/githubRunner.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { expectActionFailure, expectCliFailure, printFigures } from './helpers/reliability.js';
import { listen, makeLocalhostTls, type Listening, type TlsFiles } from './helpers/servers.js';

const PROXY_USER = 'proxy-user';
const PROXY_PASSWORD = 'proxy-pass-7f3a';
const BASIC = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`;

interface TlsProxy extends Listening {
  readonly tunnels: string[];
  readonly forwarded: string[];
  readonly authorizations: (string | undefined)[];
}

/** A real HTTPS proxy: CONNECT tunnels and absolute-form requests, each recorded. */
async function startTlsProxy(tls: TlsFiles, port = 0): Promise<TlsProxy> {
  const tunnels: string[] = [];
  const forwarded: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const server = createHttpsServer(
    { cert: tls.cert, key: tls.key },
    (req: IncomingMessage, res: ServerResponse) => {
      forwarded.push(req.url ?? '');
      authorizations.push(req.headers['proxy-authorization']);
      const target = new URL(req.url ?? '');
      const headers = { ...req.headers };
      delete headers['proxy-authorization'];
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: req.method,
          headers,
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    },
  );
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    authorizations.push(req.headers['proxy-authorization']);
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  if (port === 0) {
    const listening = await listen(server, 'https');
    return { ...listening, tunnels, forwarded, authorizations };
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    server,
    port,
    url: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    tunnels,
    forwarded,
    authorizations,
  };
}

let pki: TestPki;
let files: MaterialFiles;
let box: Sandbox;
let tls: TlsFiles;
let proxy: TlsProxy;
let httpsEmulator: TestEmulator;
let httpEmulator: TestEmulator;
const figures: string[] = [];

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  files = await writeMaterial(pki);
  box = createSandbox();
  tls = makeLocalhostTls();
  proxy = await startTlsProxy(tls);
  httpsEmulator = await startTestEmulator(pki, { tls: { cert: tls.cert, key: tls.key } });
  httpEmulator = await startTestEmulator(pki);
});

afterAll(async () => {
  await Promise.all([proxy?.close(), httpsEmulator?.close(), httpEmulator?.close()]);
  tls?.cleanup();
  box?.cleanup();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures(figures);
});

function credentialProcess(endpoint: string, extra: string[] = []): string[] {
  return ['credential-process', ...sessionFlags(files, endpoint), '--no-cache', ...extra];
}

function proxyUrl(): string {
  return `https://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`;
}

describe('an https:// proxy', () => {
  it('is spoken to over TLS for CONNECT, with its credentials inside the TLS', async () => {
    const before = proxy.tunnels.length;
    const run = await runCli(credentialProcess(httpsEmulator.url), {
      env: { ...box.env, HTTPS_PROXY: proxyUrl(), AWS_CA_BUNDLE: tls.certPath },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Version: 1 });
    expect(proxy.tunnels.slice(before)).toEqual([`127.0.0.1:${new URL(httpsEmulator.url).port}`]);
    expect(proxy.authorizations.at(-1)).toBe(BASIC);
    figures.push('https proxy: CONNECT over TLS');
  });

  it('carries a plain request to a loopback http:// endpoint over TLS, with its credentials', async () => {
    const before = proxy.forwarded.length;
    const run = await runCli(credentialProcess(httpEmulator.url), {
      env: { ...box.env, HTTP_PROXY: proxyUrl(), AWS_CA_BUNDLE: tls.certPath },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(proxy.forwarded.slice(before)).toEqual([`${httpEmulator.url}/sessions`]);
    expect(proxy.authorizations.at(-1)).toBe(BASIC);
  });

  it('without a port is reached on 443, not 80', async (context) => {
    let on443: TlsProxy;
    try {
      on443 = await startTlsProxy(tls, 443);
    } catch (error) {
      context.skip(
        `cannot listen on 127.0.0.1:443 here (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
      return;
    }
    try {
      const run = await runCli(credentialProcess(httpsEmulator.url), {
        env: { ...box.env, HTTPS_PROXY: 'https://127.0.0.1', AWS_CA_BUNDLE: tls.certPath },
      });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(on443.tunnels).toEqual([`127.0.0.1:${new URL(httpsEmulator.url).port}`]);
    } finally {
      await on443.close();
    }
  });

  it('whose certificate is not trusted is refused as a TLS failure, not spoken to in clear', async () => {
    const run = await runCli(credentialProcess(httpsEmulator.url), {
      env: { ...box.env, HTTPS_PROXY: proxyUrl() },
    });
    expectCliFailure(run, /TLS to .* failed/);
    expect(run.stderr).not.toContain(PROXY_PASSWORD);
  });
});

/** A non-loopback address of this machine, where the emulator can listen. */
function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces()))
    for (const address of addresses ?? [])
      if (address.family === 'IPv4' && !address.internal) return address.address;
  return undefined;
}

describe('a plain http:// endpoint', () => {
  it('to another host is refused without the opt-in, before anything is sent', async () => {
    const run = await runCli(credentialProcess('http://192.0.2.10:8080'), { env: box.env });
    expectCliFailure(
      run,
      /--endpoint is plain HTTP to 192\.0\.2\.10:8080, which is not this machine: .* set --allow-insecure-endpoint/,
    );
    const action = await runActionMain({
      certificate: files.certificate,
      'private-key': files.privateKey,
      ...{
        'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
        'profile-arn': TEST_ARNS.profileArn,
        'role-arn': TEST_ARNS.roleArn,
      },
      endpoint: 'http://192.0.2.10:8080',
    });
    expectActionFailure(action, /endpoint is plain HTTP to .* set allow-insecure-endpoint/);
    rmSync(action.files.dir, { recursive: true, force: true });
    expect(() =>
      fromRolesAnywhere({
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        ...TEST_ARNS,
        endpoint: 'http://192.0.2.10:8080',
      }),
    ).toThrow(/set allowInsecureEndpoint/);
    figures.push('plain http to another host: refused in 3 front ends without the opt-in');
  });

  it('to loopback needs no opt-in and prints no warning', async () => {
    const run = await runCli(credentialProcess(httpEmulator.url), { env: box.env });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('to another host works with the opt-in, and warns', async (context) => {
    const address = lanAddress();
    if (address === undefined) {
      context.skip('this machine has no non-loopback IPv4 address to listen on');
      return;
    }
    const lan = await startTestEmulator(pki, { host: address });
    try {
      const endpoint = `http://${address}:${new URL(lan.url).port}`;
      const run = await runCli(credentialProcess(endpoint, ['--allow-insecure-endpoint']), {
        env: box.env,
      });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(run.stderr).toBe(
        `rolesanywhere-credentials: warning: --allow-insecure-endpoint: the endpoint ${endpoint} is plain HTTP to another host; the signed request and the credentials cross the network unencrypted.\n`,
      );
      const action = await runActionMain({
        certificate: files.certificate,
        'private-key': files.privateKey,
        'certificate-chain': files.intermediates,
        'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
        'profile-arn': TEST_ARNS.profileArn,
        'role-arn': TEST_ARNS.roleArn,
        endpoint,
        'allow-insecure-endpoint': 'true',
      });
      expect(action.exitCode, action.stdout).toBe(0);
      expect(action.stdout).toContain(
        `::warning::allow-insecure-endpoint: the endpoint ${endpoint} is plain HTTP to another host`,
      );
      rmSync(action.files.dir, { recursive: true, force: true });

      // The detached server resolves the endpoint again in its own process: the opt-in goes too.
      const pidFile = join(box.dir, 'serve.pid');
      try {
        const serve = await runCli(
          [
            'serve',
            '--detach',
            '--pid-file',
            pidFile,
            ...credentialProcess(endpoint).slice(1, -1),
            '--allow-insecure-endpoint',
          ],
          { env: box.env },
        );
        expect(serve.exitCode, serve.stderr).toBe(0);
        expect(serve.stdout).toMatch(/AWS_CONTAINER_CREDENTIALS_FULL_URI/);
      } finally {
        await runCli(['serve', 'stop', '--pid-file', pidFile], { env: box.env });
      }
    } finally {
      await lan.close();
    }
  });
});
