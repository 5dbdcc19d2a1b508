import {
  request as httpRequest,
  type ClientRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http';
import type * as Https from 'node:https';
import type * as Tls from 'node:tls';
import { isIP, type Socket } from 'node:net';
import { RolesAnywhereError } from '../core/errors.js';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly bodyText: string;
}

export interface TransportOptions {
  /** Bound on one attempt, connect to last byte. */
  readonly timeoutMs: number;
  readonly proxy?: URL | undefined;
  /** Replaces the trusted roots (public roots plus extras) when set. */
  readonly ca?: readonly string[] | undefined;
  readonly rejectUnauthorized?: boolean | undefined;
  readonly userAgent: string;
}

/** One attempt, no retries: the orchestration re-signs and retries. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

const MAX_RESPONSE_BYTES = 1024 * 1024;
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

function networkError(
  error: NodeJS.ErrnoException,
  target: URL,
  via: URL | undefined,
): RolesAnywhereError {
  const code = error.code ?? '';
  const where = via ? `${target.host} through the proxy ${via.host}` : target.host;
  if (code.startsWith('ERR_TLS') || /CERT|SELF_SIGNED|UNABLE_TO|HOSTNAME|SSL/i.test(code)) {
    const hint = /EXPIRED|NOT_YET_VALID/i.test(code)
      ? "the server's certificate is outside its validity period; check the endpoint and this machine's clock."
      : /HOSTNAME|ALTNAME/i.test(code + error.message)
        ? "the server's certificate is for another host name; check the endpoint."
        : "the server's certificate is not trusted; if a TLS-inspecting proxy or private CA is in the way, point AWS_CA_BUNDLE or NODE_EXTRA_CA_CERTS at its CA certificate.";
    return new RolesAnywhereError(
      'ERR_TLS',
      `TLS to ${where} failed (${code || error.message}): ${hint}`,
      { cause: error, retryable: false },
    );
  }
  if (code === 'ENOTFOUND') {
    return new RolesAnywhereError(
      'ERR_NETWORK',
      `Cannot resolve ${via ? via.hostname : target.hostname} (ENOTFOUND): check the endpoint, region and DNS.`,
      { cause: error, retryable: false },
    );
  }
  if (code === 'ECONNREFUSED') {
    return new RolesAnywhereError(
      'ERR_NETWORK',
      `Connection to ${where} was refused (ECONNREFUSED): check the endpoint${via ? ' and HTTPS_PROXY' : ''}.`,
      { cause: error, retryable: false },
    );
  }
  const retryable = RETRYABLE_CODES.has(code) || /socket hang up|aborted/i.test(error.message);
  return new RolesAnywhereError(
    'ERR_NETWORK',
    `Request to ${where} failed (${code || error.message}).`,
    { cause: error, retryable },
  );
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_RESPONSE_BYTES) {
        response.destroy(new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    response.on('error', reject);
    response.on('aborted', () => {
      reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' }));
    });
  });
}

/** What an https endpoint or proxy needs, loaded only then: a plain http run never pays for TLS. */
interface TlsModules {
  readonly https: typeof Https;
  readonly tls: typeof Tls;
}

async function loadTlsModules(): Promise<TlsModules> {
  const [https, tls] = await Promise.all([import('node:https'), import('node:tls')]);
  return { https, tls };
}

/** The loaded modules for an https URL: never a fallback to plain http. */
function tlsFor(modules: TlsModules | undefined, url: URL): TlsModules {
  if (modules === undefined) throw new Error(`${url.protocol}//${url.host} needs node:https`);
  return modules;
}

/** Basic credentials from the proxy URL (HTTPS_PROXY=http://user:pass@host), if it has any. */
function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '') return {};
  const user = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(user).toString('base64')}` };
}

/**
 * Where and how to reach the proxy itself. An https:// proxy is spoken to over TLS (port 443 by
 * default), so CONNECT and Proxy-Authorization never cross the network in clear; its certificate
 * is checked against the same roots as the endpoint's, whatever --no-verify-ssl says.
 */
function proxyConnection(
  proxy: URL,
  ca: readonly string[] | undefined,
  modules: TlsModules | undefined,
) {
  const host = proxy.hostname.replace(/^\[|\]$/g, '');
  if (proxy.protocol !== 'https:') return { send: httpRequest, host, port: proxy.port || 80 };
  return {
    send: tlsFor(modules, proxy).https.request,
    host,
    port: proxy.port || 443,
    ...(isIP(host) ? {} : { servername: host }),
    rejectUnauthorized: true,
    ...(ca ? { ca: [...ca] } : {}),
  };
}

/** Opens a CONNECT tunnel through the proxy and returns the socket. */
function openTunnel(
  proxy: URL,
  target: URL,
  timeoutMs: number,
  ca: readonly string[] | undefined,
  modules: TlsModules | undefined,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const authority = `${target.hostname}:${target.port || '443'}`;
    const { send, ...connection } = proxyConnection(proxy, ca, modules);
    const req = send({
      ...connection,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      timeout: timeoutMs,
      agent: false,
    });
    req.once('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        reject(
          new RolesAnywhereError(
            'ERR_PROXY',
            `The proxy ${proxy.host} refused to tunnel to ${authority} (HTTP ${res.statusCode ?? '?'}): check HTTPS_PROXY and NO_PROXY.`,
            { retryable: (res.statusCode ?? 0) >= 500 },
          ),
        );
        return;
      }
      resolve(socket);
    });
    req.once('timeout', () =>
      req.destroy(Object.assign(new Error('proxy CONNECT timed out'), { code: 'ETIMEDOUT' })),
    );
    req.once('error', reject);
    req.end();
  });
}

/** The hostname of a URL as a socket wants it: an IPv6 literal without its brackets. */
function bareHost(target: URL): string {
  return target.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Starts the request on the right wire: HTTPS (through the tunnel when there is one), plain HTTP
 * through the proxy, or plain HTTP direct. Nothing is written yet.
 */
function openRequest(
  request: HttpRequest,
  target: URL,
  options: TransportOptions,
  tunnel: Socket | undefined,
  modules: TlsModules | undefined,
): ClientRequest {
  const headers = {
    ...request.headers,
    'user-agent': options.userAgent,
    'content-length': String(Buffer.byteLength(request.body)),
  };
  const common = { method: request.method, headers, timeout: options.timeoutMs };
  if (target.protocol === 'https:') {
    const { https, tls: tlsModule } = tlsFor(modules, target);
    const tls = {
      // SNI carries host names only (RFC 6066); an IP endpoint sends none.
      ...(isIP(bareHost(target)) ? {} : { servername: target.hostname }),
      rejectUnauthorized: options.rejectUnauthorized ?? true,
      ...(options.ca ? { ca: [...options.ca] } : {}),
    };
    return https.request({
      ...common,
      host: bareHost(target),
      port: target.port || 443,
      path: target.pathname + target.search,
      ...tls,
      ...(tunnel ? { createConnection: () => tlsModule.connect({ socket: tunnel, ...tls }) } : {}),
      agent: false,
    });
  }
  const proxy = options.proxy;
  if (proxy !== undefined) {
    // The proxy needs its credentials for a plain request as much as for a tunnel.
    const { send, ...connection } = proxyConnection(proxy, options.ca, modules);
    return send({
      ...common,
      ...connection,
      headers: { ...headers, ...proxyAuthorization(proxy) },
      path: target.href,
      agent: false,
    });
  }
  return httpRequest({
    ...common,
    host: bareHost(target),
    port: target.port || 80,
    path: target.pathname + target.search,
    agent: false,
  });
}

function timedOut(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}

/** Sends the body and reads the whole answer, all within one timeout. */
function awaitResponse(req: ClientRequest, body: string, timeoutMs: number): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    // One clock for the whole attempt: a server that trickles bytes must not keep it alive.
    const timer = setTimeout(
      () => req.destroy(timedOut(`no complete answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.once('timeout', () => req.destroy(timedOut(`no answer within ${timeoutMs} ms`)));
    req.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.once('response', (res) => {
      readBody(res).then(
        (bodyText) => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bodyText });
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error('reading the response failed', { cause: e }));
        },
      );
    });
    req.end(body);
  });
}

/** The one error an attempt ends with: ours as they are, Node's socket errors phrased. */
function attemptError(error: unknown, target: URL, options: TransportOptions): RolesAnywhereError {
  if (error instanceof RolesAnywhereError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ETIMEDOUT') {
    return new RolesAnywhereError(
      'ERR_TIMEOUT',
      `${target.host} did not answer within ${options.timeoutMs} ms.`,
      { cause: e, retryable: true },
    );
  }
  return networkError(e, target, options.proxy);
}

export function createTransport(options: TransportOptions): Transport {
  return async (request) => {
    const target = new URL(request.url);
    let tunnel: Socket | undefined;
    try {
      const modules =
        target.protocol === 'https:' || options.proxy?.protocol === 'https:'
          ? await loadTlsModules()
          : undefined;
      if (options.proxy !== undefined && target.protocol === 'https:') {
        tunnel = await openTunnel(options.proxy, target, options.timeoutMs, options.ca, modules);
      }
      const req = openRequest(request, target, options, tunnel, modules);
      return await awaitResponse(req, request.body, options.timeoutMs);
    } catch (error) {
      throw attemptError(error, target, options);
    } finally {
      // One attempt, one tunnel: over a TLS proxy the outer socket outlives the inner TLS and
      // would keep the process alive.
      tunnel?.destroy();
    }
  };
}
