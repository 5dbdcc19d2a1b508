import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RolesAnywhereError } from '../src/core/errors.js';
import {
  bypassesProxy,
  createEnvironmentSender,
  proxyForUrl,
  USER_AGENT,
} from '../src/http/index.js';
import { listen, makeLocalhostTls, startConnectProxy, type TlsFiles } from './helpers/servers.js';

const request = (url: string) => ({
  method: 'POST',
  url,
  headers: { 'content-type': 'application/json' },
  body: '{"a":1}',
});

async function failure(promise: Promise<unknown>): Promise<RolesAnywhereError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RolesAnywhereError) return error;
    throw error;
  }
  throw new Error('expected a RolesAnywhereError');
}

describe('proxy selection', () => {
  const target = new URL('https://rolesanywhere.us-east-1.amazonaws.com/sessions');

  it('takes HTTPS_PROXY or https_proxy for https, falling back to HTTP_PROXY', () => {
    expect(proxyForUrl(target, { HTTPS_PROXY: 'http://p:3128' })?.host).toBe('p:3128');
    expect(proxyForUrl(target, { https_proxy: 'p2:8080' })?.host).toBe('p2:8080');
    expect(proxyForUrl(target, { HTTP_PROXY: 'http://p3:1' })?.host).toBe('p3:1');
    expect(proxyForUrl(target, {})).toBeUndefined();
  });

  it.each([
    ['*', true],
    ['amazonaws.com', true],
    ['.amazonaws.com', true],
    ['*.amazonaws.com', true],
    ['example.com, rolesanywhere.us-east-1.amazonaws.com', true],
    ['rolesanywhere.us-east-1.amazonaws.com:443', true],
    ['rolesanywhere.us-east-1.amazonaws.com:8443', false],
    ['mazonaws.com', false],
    ['', false],
  ])('NO_PROXY=%j bypasses: %s', (noProxy, expected) => {
    expect(bypassesProxy(target, noProxy)).toBe(expected);
    expect(
      proxyForUrl(target, { HTTPS_PROXY: 'http://p:1', no_proxy: noProxy }) === undefined,
    ).toBe(expected);
  });
});

describe('the transport against real servers on 127.0.0.1', () => {
  let tls: TlsFiles;
  let https: Awaited<ReturnType<typeof listen>>;
  const seen: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];

  beforeAll(async () => {
    tls = makeLocalhostTls();
    https = await listen(
      createHttpsServer({ cert: tls.cert, key: tls.key }, (req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          seen.push({ headers: req.headers, body });
          res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
        });
      }),
      'https',
    );
  });
  afterAll(async () => {
    await https.close();
    tls.cleanup();
  });

  it('sends the body with the User-Agent and trusts a CA from AWS_CA_BUNDLE', async () => {
    const send = createEnvironmentSender({
      attemptTimeoutMs: 5000,
      env: { AWS_CA_BUNDLE: tls.certPath },
    });
    const response = await send(request(`${https.url}/sessions`));
    expect(response.status).toBe(201);
    expect(response.bodyText).toBe('{"ok":true}');
    expect(seen.at(-1)?.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(
      /^rolesanywhere-credentials\/\d+\.\d+\.\d+ \(node\/\d+\.\d+\.\d+; linux; /,
    );
    expect(seen.at(-1)?.body).toBe('{"a":1}');
  });

  it('fails with ERR_TLS and a CA hint when the server certificate is not trusted', async () => {
    const send = createEnvironmentSender({ attemptTimeoutMs: 5000, env: {} });
    const error = await failure(send(request(`${https.url}/sessions`)));
    expect(error.code).toBe('ERR_TLS');
    expect(error.message).toMatch(/AWS_CA_BUNDLE or NODE_EXTRA_CA_CERTS/);
    expect(error.details.retryable).toBe(false);
  });

  it('fails with ERR_TLS naming a host-name mismatch', async () => {
    const other = makeLocalhostTls('not-this-host.example');
    const server = await listen(
      createHttpsServer({ cert: other.cert, key: other.key }, (_q, r) => r.end()),
      'https',
    );
    try {
      const send = createEnvironmentSender({
        attemptTimeoutMs: 5000,
        env: { AWS_CA_BUNDLE: other.certPath },
      });
      const error = await failure(send(request(`https://localhost:${server.port}/sessions`)));
      expect(error.code).toBe('ERR_TLS');
      expect(error.message).toMatch(/another host name/);
    } finally {
      await server.close();
      other.cleanup();
    }
  });

  it('tunnels through a CONNECT proxy named by HTTPS_PROXY', async () => {
    const proxy = await startConnectProxy();
    try {
      const send = createEnvironmentSender({
        attemptTimeoutMs: 5000,
        env: { HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: tls.certPath },
      });
      const response = await send(request(`${https.url}/sessions`));
      expect(response.status).toBe(201);
      expect(proxy.tunnels).toEqual([`127.0.0.1:${https.port}`]);
    } finally {
      await proxy.close();
    }
  });

  it('goes direct when NO_PROXY matches, even with HTTPS_PROXY set', async () => {
    const proxy = await startConnectProxy();
    try {
      const send = createEnvironmentSender({
        attemptTimeoutMs: 5000,
        env: {
          HTTPS_PROXY: proxy.url,
          NO_PROXY: 'example.com,127.0.0.1',
          AWS_CA_BUNDLE: tls.certPath,
        },
      });
      expect((await send(request(`${https.url}/sessions`))).status).toBe(201);
      expect(proxy.tunnels).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('forwards plain-http requests through HTTP_PROXY in absolute form', async () => {
    const proxy = await startConnectProxy();
    const plain = await listen(createServer((_q, r) => r.writeHead(201).end('{}')));
    try {
      const send = createEnvironmentSender({
        attemptTimeoutMs: 5000,
        env: { HTTP_PROXY: proxy.url },
      });
      expect((await send(request(`${plain.url}/sessions`))).status).toBe(201);
      expect(proxy.forwarded).toEqual([`${plain.url}/sessions`]);
    } finally {
      await proxy.close();
      await plain.close();
    }
  });

  it('reports a proxy that refuses the tunnel as ERR_PROXY', async () => {
    const refusing = await listen(createServer((_q, r) => r.end()));
    refusing.server.on('connect', (_req, socket: Socket) =>
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'),
    );
    try {
      const send = createEnvironmentSender({
        attemptTimeoutMs: 5000,
        env: { HTTPS_PROXY: refusing.url },
      });
      const error = await failure(
        send(request('https://rolesanywhere.us-east-1.amazonaws.com/sessions')),
      );
      expect(error.code).toBe('ERR_PROXY');
      expect(error.message).toMatch(/refused to tunnel .* \(HTTP 403\)/);
    } finally {
      await refusing.close();
    }
  });

  it('times out a stalled server with a retryable ERR_TIMEOUT', async () => {
    const stalled = await listen(createServer(() => undefined));
    try {
      const send = createEnvironmentSender({ attemptTimeoutMs: 300, env: {} });
      const started = Date.now();
      const error = await failure(send(request(`${stalled.url}/sessions`)));
      expect(error.code).toBe('ERR_TIMEOUT');
      expect(error.details.retryable).toBe(true);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await stalled.close();
    }
  });

  it('bounds a server that trickles its answer by the same per-attempt timeout', async () => {
    const trickle = await listen(
      createServer((_q, res) => {
        res.writeHead(201);
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
      }),
    );
    try {
      const send = createEnvironmentSender({ attemptTimeoutMs: 400, env: {} });
      expect((await failure(send(request(`${trickle.url}/sessions`)))).code).toBe('ERR_TIMEOUT');
    } finally {
      await trickle.close();
    }
  });

  it('reports a connection reset as a retryable ERR_NETWORK', async () => {
    const reset = await listen(createServer((req) => req.socket.destroy()));
    try {
      const send = createEnvironmentSender({ attemptTimeoutMs: 2000, env: {} });
      const error = await failure(send(request(`${reset.url}/sessions`)));
      expect(error.code).toBe('ERR_NETWORK');
      expect(error.details.retryable).toBe(true);
    } finally {
      await reset.close();
    }
  });

  it('reports a refused connection as a final ERR_NETWORK', async () => {
    const closed = await listen(createServer());
    await closed.close();
    const send = createEnvironmentSender({ attemptTimeoutMs: 2000, env: {} });
    const error = await failure(send(request(`${closed.url}/sessions`)));
    expect(error.code).toBe('ERR_NETWORK');
    expect(error.message).toMatch(/refused \(ECONNREFUSED\)/);
    expect(error.details.retryable).toBe(false);
  });

  it('names AWS_CA_BUNDLE when the file cannot be read', () => {
    const path = join(tls.dir, 'missing.pem');
    expect(() =>
      createEnvironmentSender({ attemptTimeoutMs: 1, env: { AWS_CA_BUNDLE: path } }),
    ).toThrow(/AWS_CA_BUNDLE points at .*missing\.pem, which cannot be read \(ENOENT\)/);
  });
});
