import { arch, platform } from 'node:os';
import { PRODUCT, VERSION } from '../version.js';
import { extraCertificateAuthorities } from './caBundle.js';
import { proxyForUrl } from './proxy.js';
import { createTransport, type HttpRequest, type HttpResponse } from './transport.js';

export type { HttpRequest, HttpResponse, Transport } from './transport.js';
export { proxyForUrl, bypassesProxy } from './proxy.js';

export const USER_AGENT = `${PRODUCT}/${VERSION} (node/${process.versions.node}; ${platform()}; ${arch()})`;

export interface SendOptions {
  readonly attemptTimeoutMs: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--no-verify-ssl`: for local tests only. */
  readonly insecure?: boolean;
}

/** The network as the environment configures it: proxies, extra CAs, User-Agent. */
export function createEnvironmentSender(
  options: SendOptions,
): (request: HttpRequest) => Promise<HttpResponse> {
  const extra = extraCertificateAuthorities(options.env);
  return async (request) => {
    // The public roots come from node:tls, which a plain http run does not otherwise load.
    const ca =
      extra === undefined ? undefined : [...(await import('node:tls')).rootCertificates, ...extra];
    const send = createTransport({
      timeoutMs: options.attemptTimeoutMs,
      proxy: proxyForUrl(new URL(request.url), options.env),
      ca,
      rejectUnauthorized: options.insecure !== true,
      userAgent: USER_AGENT,
    });
    return send(request);
  };
}

export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
