import { sdkProxyVariables, type Environment } from '../core/sdkEnvironment.js';

/** Which proxy, if any, a request to `target` goes through, by the usual environment variables. */
export function proxyForUrl(target: URL, env: Environment): URL | undefined {
  const proxy = sdkProxyVariables(env);
  if (bypassesProxy(target, proxy.noProxy)) return undefined;
  const raw = target.protocol === 'https:' ? (proxy.https ?? proxy.http) : proxy.http;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  return new URL(/^[a-z]+:\/\//i.test(value) ? value : `http://${value}`);
}

/**
 * NO_PROXY as curl and most tools read it: comma or space separated hosts, each matching itself
 * and its subdomains, a leading dot or `*.` allowed, an optional `:port`, and `*` for everything.
 */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  for (const rawEntry of noProxy.split(/[\s,]+/)) {
    const entry = rawEntry.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[(.*)\](?=:|$)/, '$1'));
    const name = (m?.[1] ?? entry).replace(/^\*?\./, '');
    const entryPort = m?.[2];
    if (entryPort !== undefined && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}
