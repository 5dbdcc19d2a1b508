import { type HttpRequest, type HttpResponse } from './transport.js';
export type { HttpRequest, HttpResponse, Transport } from './transport.js';
export { proxyForUrl, bypassesProxy } from './proxy.js';
export declare const USER_AGENT: string;
export interface SendOptions {
    readonly attemptTimeoutMs: number;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** `--no-verify-ssl`: for local tests only. */
    readonly insecure?: boolean;
}
/** The network as the environment configures it: proxies, extra CAs, User-Agent. */
export declare function createEnvironmentSender(options: SendOptions): (request: HttpRequest) => Promise<HttpResponse>;
export declare function realSleep(ms: number): Promise<void>;
