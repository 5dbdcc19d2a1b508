"use strict";
exports.id = 314;
exports.ids = [314,933];
exports.modules = {

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ explicitOrSdkEndpoint),
/* harmony export */   JA: () => (/* binding */ sdkFlag),
/* harmony export */   XV: () => (/* binding */ sdkMaxAttempts),
/* harmony export */   eZ: () => (/* binding */ sdkProxyVariables),
/* harmony export */   gO: () => (/* binding */ sdkCaBundleFiles)
/* harmony export */ });
/* unused harmony exports parseSdkBoolean, sdkEndpoint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _retryPolicy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);


function nonEmpty(env, name) {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value;
}
/**
 * The SDK boolean rule, as the Go SDK v2 (which the official credential helper uses) reads it:
 * `true` or `false` in any case; unset or empty means "not set"; any other word is refused rather
 * than read as false, so `yes` fails instead of silently leaving FIPS off. Surrounding blanks are
 * ignored, as this CLI always did (a trailing newline from a secret store is common).
 */
function parseSdkBoolean(value, name) {
    if (value === undefined)
        return undefined;
    const word = value.trim().toLowerCase();
    if (word === '')
        return undefined;
    if (word === 'true')
        return true;
    if (word === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${name} must be true or false, got "${value.trim()}". Set it to true or false, or unset it.`, { input: name });
}
/** A flag variable: false unless set to true. */
function sdkFlag(env, name) {
    return parseSdkBoolean(env[name], name) ?? false;
}
/**
 * The SDKs' endpoint precedence: the service's own variable, then the global one; a blank value
 * counts as unset. https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 */
function sdkEndpoint(env, service) {
    for (const name of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
        const url = nonEmpty(env, name);
        if (url !== undefined)
            return { url, source: name };
    }
    return undefined;
}
/** An input or flag wins over the variables; a blank one counts as not given. */
function explicitOrSdkEndpoint(explicit, env, service) {
    if (explicit !== undefined && explicit.url.trim() !== '')
        return explicit;
    return sdkEndpoint(env, service);
}
/** AWS_MAX_ATTEMPTS, the first attempt included, as the SDKs count it. */
function sdkMaxAttempts(env) {
    return (0,_retryPolicy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaxAttempts */ .Id)(env['AWS_MAX_ATTEMPTS'], 'AWS_MAX_ATTEMPTS');
}
function sdkProxyVariables(env) {
    return {
        https: env['HTTPS_PROXY'] ?? env['https_proxy'],
        http: env['HTTP_PROXY'] ?? env['http_proxy'],
        noProxy: env['NO_PROXY'] ?? env['no_proxy'] ?? '',
    };
}
/**
 * The CA files to trust beyond the public roots. Node reads NODE_EXTRA_CA_CERTS once at start-up
 * into its default store, but an explicit `ca` option replaces that store; so it is listed again
 * only when AWS_CA_BUNDLE is set.
 */
function sdkCaBundleFiles(env) {
    const bundle = nonEmpty(env, 'AWS_CA_BUNDLE');
    if (bundle === undefined)
        return [];
    const files = [{ path: bundle.trim(), variable: 'AWS_CA_BUNDLE' }];
    const nodeExtra = nonEmpty(env, 'NODE_EXTRA_CA_CERTS');
    if (nodeExtra !== undefined)
        files.push({ path: nodeExtra.trim(), variable: 'NODE_EXTRA_CA_CERTS' });
    return files;
}


/***/ }),

/***/ 4314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USER_AGENT: () => (/* binding */ USER_AGENT),
  bypassesProxy: () => (/* reexport */ bypassesProxy),
  createEnvironmentSender: () => (/* binding */ createEnvironmentSender),
  proxyForUrl: () => (/* reexport */ proxyForUrl),
  realSleep: () => (/* binding */ realSleep)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/sdkEnvironment.ts
var sdkEnvironment = __webpack_require__(1386);
;// CONCATENATED MODULE: ./src/http/caBundle.ts



/**
 * The PEM text of AWS_CA_BUNDLE (and NODE_EXTRA_CA_CERTS with it), read now so a bad path fails
 * before any request; undefined: Node's own store. The sender adds the public roots.
 */
function extraCertificateAuthorities(env) {
    const files = (0,sdkEnvironment/* sdkCaBundleFiles */.gO)(env);
    if (files.length === 0)
        return undefined;
    const extra = files.map(({ path, variable }) => {
        try {
            return (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (error) {
            throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `${variable} points at ${path}, which cannot be read (${error.code ?? 'error'}).`, { input: variable, cause: error });
        }
    });
    return extra;
}

;// CONCATENATED MODULE: ./src/http/proxy.ts

/** Which proxy, if any, a request to `target` goes through, by the usual environment variables. */
function proxyForUrl(target, env) {
    const proxy = (0,sdkEnvironment/* sdkProxyVariables */.eZ)(env);
    if (bypassesProxy(target, proxy.noProxy))
        return undefined;
    const raw = target.protocol === 'https:' ? (proxy.https ?? proxy.http) : proxy.http;
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const value = raw.trim();
    return new URL(/^[a-z]+:\/\//i.test(value) ? value : `http://${value}`);
}
/**
 * NO_PROXY as curl and most tools read it: comma or space separated hosts, each matching itself
 * and its subdomains, a leading dot or `*.` allowed, an optional `:port`, and `*` for everything.
 */
function bypassesProxy(target, noProxy) {
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const rawEntry of noProxy.split(/[\s,]+/)) {
        const entry = rawEntry.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return true;
        const m = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[(.*)\](?=:|$)/, '$1'));
        const name = (m?.[1] ?? entry).replace(/^\*?\./, '');
        const entryPort = m?.[2];
        if (entryPort !== undefined && entryPort !== port)
            continue;
        if (host === name || host.endsWith(`.${name}`))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/http/transport.ts



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
function networkError(error, target, via) {
    const code = error.code ?? '';
    const where = via ? `${target.host} through the proxy ${via.host}` : target.host;
    if (code.startsWith('ERR_TLS') || /CERT|SELF_SIGNED|UNABLE_TO|HOSTNAME|SSL/i.test(code)) {
        const hint = /EXPIRED|NOT_YET_VALID/i.test(code)
            ? "the server's certificate is outside its validity period; check the endpoint and this machine's clock."
            : /HOSTNAME|ALTNAME/i.test(code + error.message)
                ? "the server's certificate is for another host name; check the endpoint."
                : "the server's certificate is not trusted; if a TLS-inspecting proxy or private CA is in the way, point AWS_CA_BUNDLE or NODE_EXTRA_CA_CERTS at its CA certificate.";
        return new errors/* RolesAnywhereError */.rK('ERR_TLS', `TLS to ${where} failed (${code || error.message}): ${hint}`, { cause: error, retryable: false });
    }
    if (code === 'ENOTFOUND') {
        return new errors/* RolesAnywhereError */.rK('ERR_NETWORK', `Cannot resolve ${via ? via.hostname : target.hostname} (ENOTFOUND): check the endpoint, region and DNS.`, { cause: error, retryable: false });
    }
    if (code === 'ECONNREFUSED') {
        return new errors/* RolesAnywhereError */.rK('ERR_NETWORK', `Connection to ${where} was refused (ECONNREFUSED): check the endpoint${via ? ' and HTTPS_PROXY' : ''}.`, { cause: error, retryable: false });
    }
    const retryable = RETRYABLE_CODES.has(code) || /socket hang up|aborted/i.test(error.message);
    return new errors/* RolesAnywhereError */.rK('ERR_NETWORK', `Request to ${where} failed (${code || error.message}).`, { cause: error, retryable });
}
function readBody(response) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        response.on('data', (chunk) => {
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
async function loadTlsModules() {
    const [https, tls] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23))]);
    return { https, tls };
}
/** The loaded modules for an https URL: never a fallback to plain http. */
function tlsFor(modules, url) {
    if (modules === undefined)
        throw new Error(`${url.protocol}//${url.host} needs node:https`);
    return modules;
}
/** Basic credentials from the proxy URL (HTTPS_PROXY=http://user:pass@host), if it has any. */
function proxyAuthorization(proxy) {
    if (proxy.username === '')
        return {};
    const user = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(user).toString('base64')}` };
}
/**
 * Where and how to reach the proxy itself. An https:// proxy is spoken to over TLS (port 443 by
 * default), so CONNECT and Proxy-Authorization never cross the network in clear; its certificate
 * is checked against the same roots as the endpoint's, whatever --no-verify-ssl says.
 */
function proxyConnection(proxy, ca, modules) {
    const host = proxy.hostname.replace(/^\[|\]$/g, '');
    if (proxy.protocol !== 'https:')
        return { send: external_node_http_.request, host, port: proxy.port || 80 };
    return {
        send: tlsFor(modules, proxy).https.request,
        host,
        port: proxy.port || 443,
        ...((0,external_node_net_.isIP)(host) ? {} : { servername: host }),
        rejectUnauthorized: true,
        ...(ca ? { ca: [...ca] } : {}),
    };
}
/** Opens a CONNECT tunnel through the proxy and returns the socket. */
function openTunnel(proxy, target, timeoutMs, ca, modules) {
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
                reject(new errors/* RolesAnywhereError */.rK('ERR_PROXY', `The proxy ${proxy.host} refused to tunnel to ${authority} (HTTP ${res.statusCode ?? '?'}): check HTTPS_PROXY and NO_PROXY.`, { retryable: (res.statusCode ?? 0) >= 500 }));
                return;
            }
            resolve(socket);
        });
        req.once('timeout', () => req.destroy(Object.assign(new Error('proxy CONNECT timed out'), { code: 'ETIMEDOUT' })));
        req.once('error', reject);
        req.end();
    });
}
/** The hostname of a URL as a socket wants it: an IPv6 literal without its brackets. */
function bareHost(target) {
    return target.hostname.replace(/^\[|\]$/g, '');
}
/**
 * Starts the request on the right wire: HTTPS (through the tunnel when there is one), plain HTTP
 * through the proxy, or plain HTTP direct. Nothing is written yet.
 */
function openRequest(request, target, options, tunnel, modules) {
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
            ...((0,external_node_net_.isIP)(bareHost(target)) ? {} : { servername: target.hostname }),
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
    return (0,external_node_http_.request)({
        ...common,
        host: bareHost(target),
        port: target.port || 80,
        path: target.pathname + target.search,
        agent: false,
    });
}
function timedOut(message) {
    return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}
/** Sends the body and reads the whole answer, all within one timeout. */
function awaitResponse(req, body, timeoutMs) {
    return new Promise((resolve, reject) => {
        // One clock for the whole attempt: a server that trickles bytes must not keep it alive.
        const timer = setTimeout(() => req.destroy(timedOut(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
        req.once('timeout', () => req.destroy(timedOut(`no answer within ${timeoutMs} ms`)));
        req.once('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        req.once('response', (res) => {
            readBody(res).then((bodyText) => {
                clearTimeout(timer);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, bodyText });
            }, (e) => {
                clearTimeout(timer);
                reject(e instanceof Error ? e : new Error('reading the response failed', { cause: e }));
            });
        });
        req.end(body);
    });
}
/** The one error an attempt ends with: ours as they are, Node's socket errors phrased. */
function attemptError(error, target, options) {
    if (error instanceof errors/* RolesAnywhereError */.rK)
        return error;
    const e = error;
    if (e.code === 'ETIMEDOUT') {
        return new errors/* RolesAnywhereError */.rK('ERR_TIMEOUT', `${target.host} did not answer within ${options.timeoutMs} ms.`, { cause: e, retryable: true });
    }
    return networkError(e, target, options.proxy);
}
function createTransport(options) {
    return async (request) => {
        const target = new URL(request.url);
        let tunnel;
        try {
            const modules = target.protocol === 'https:' || options.proxy?.protocol === 'https:'
                ? await loadTlsModules()
                : undefined;
            if (options.proxy !== undefined && target.protocol === 'https:') {
                tunnel = await openTunnel(options.proxy, target, options.timeoutMs, options.ca, modules);
            }
            const req = openRequest(request, target, options, tunnel, modules);
            return await awaitResponse(req, request.body, options.timeoutMs);
        }
        catch (error) {
            throw attemptError(error, target, options);
        }
        finally {
            // One attempt, one tunnel: over a TLS proxy the outer socket outlives the inner TLS and
            // would keep the process alive.
            tunnel?.destroy();
        }
    };
}

;// CONCATENATED MODULE: ./src/http/index.ts






const USER_AGENT = `${version/* PRODUCT */.A}/${version/* VERSION */.x} (node/${process.versions.node}; ${(0,external_node_os_.platform)()}; ${(0,external_node_os_.arch)()})`;
/** The network as the environment configures it: proxies, extra CAs, User-Agent. */
function createEnvironmentSender(options) {
    const extra = extraCertificateAuthorities(options.env);
    return async (request) => {
        // The public roots come from node:tls, which a plain http run does not otherwise load.
        const ca = extra === undefined ? undefined : [...(await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23))).rootCertificates, ...extra];
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
function realSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
;