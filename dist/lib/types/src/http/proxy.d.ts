import { type Environment } from '../core/sdkEnvironment.js';
/** Which proxy, if any, a request to `target` goes through, by the usual environment variables. */
export declare function proxyForUrl(target: URL, env: Environment): URL | undefined;
/**
 * NO_PROXY as curl and most tools read it: comma or space separated hosts, each matching itself
 * and its subdomains, a leading dot or `*.` allowed, an optional `:port`, and `*` for everything.
 */
export declare function bypassesProxy(target: URL, noProxy: string): boolean;
