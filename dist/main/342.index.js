"use strict";
exports.id = 342;
exports.ids = [342];
exports.modules = {

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveChild: () => (/* binding */ serveChild),
  startServer: () => (/* binding */ startServer)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/serve/authToken.ts

/** 256 random bits, base64url: no character a header, a shell or a dotenv file treats specially. */
function generateToken() {
    return (0,external_node_crypto_.randomBytes)(32).toString('base64url');
}
/**
 * Compares a presented secret with the expected one in time independent of where they differ and
 * of the presented length: both are hashed to 32 bytes first, then compared with timingSafeEqual.
 */
function secretsEqual(presented, expected) {
    const a = (0,external_node_crypto_.createHash)('sha256').update(presented, 'utf8').digest();
    const b = (0,external_node_crypto_.createHash)('sha256').update(expected, 'utf8').digest();
    return (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/** A stable handle for a secret, for maps keyed by tokens without keeping the token itself. */
function tokenDigest(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token, 'utf8').digest('base64url');
}

// EXTERNAL MODULE: ./src/core/rfc3339.ts
var rfc3339 = __webpack_require__(4376);
;// CONCATENATED MODULE: ./src/serve/documents.ts

/**
 * The container credentials provider's document, as ECS serves it and as botocore's
 * ContainerProvider and the SDKs' fromHttp/fromContainerMetadata read it:
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
 */
function containerCredentialsDocument(credentials) {
    return JSON.stringify({
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        Token: credentials.sessionToken,
        Expiration: (0,rfc3339/* rfc3339 */.a)(credentials.expiration),
        ...(credentials.accountId === undefined ? {} : { AccountId: credentials.accountId }),
    });
}
/**
 * The instance metadata credentials document:
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
 */
function imdsCredentialsDocument(credentials, lastUpdated) {
    return JSON.stringify({
        Code: 'Success',
        LastUpdated: (0,rfc3339/* rfc3339 */.a)(lastUpdated),
        Type: 'AWS-HMAC',
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        Token: credentials.sessionToken,
        Expiration: (0,rfc3339/* rfc3339 */.a)(credentials.expiration),
    }, null, 2);
}
/** The body of every refusal or failure: a stable code and one line, never a secret. */
function errorDocument(code, message) {
    return JSON.stringify({ code, message });
}

;// CONCATENATED MODULE: ./src/serve/httpReply.ts

function reply(res, status, contentType, body, headers = {}) {
    res.writeHead(status, {
        'content-type': contentType,
        'content-length': String(Buffer.byteLength(body)),
        // Credentials must never sit in a cache between the server and the client.
        'cache-control': 'no-store',
        ...headers,
    });
    res.end(body);
}
function replyError(res, status, code, message, headers = {}) {
    reply(res, status, 'application/json', errorDocument(code, message), headers);
}
/**
 * Whether the Host header names this machine's loopback. Anything else means a name that
 * resolved to 127.0.0.1 from outside, the signature of a DNS-rebinding page in a browser.
 */
function isLoopbackHost(host) {
    if (host === undefined)
        return false;
    const name = /^(\[[^\]]*\]|[^:]*)(?::\d{1,5})?$/.exec(host.trim().toLowerCase())?.[1];
    return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}
/** The path of a request target, without the query string. */
function pathOf(req) {
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    return query === -1 ? target : target.slice(0, query);
}
function newCounters() {
    return { served: 0, refused: 0, unavailable: 0, other: 0 };
}
/**
 * Answers with the current credentials in the shape `document` gives them, or 503 while there are
 * none that are valid: never an expired or empty set as success. Shared by both protocols.
 */
function replyWithCurrent(res, refresher, counters, document) {
    const current = refresher.current();
    if (current.kind === 'unavailable') {
        counters.unavailable += 1;
        replyError(res, 503, 'CredentialsUnavailable', `No valid credentials: ${current.reason}`, {
            'retry-after': '5',
        });
        return;
    }
    counters.served += 1;
    reply(res, 200, 'application/json', document(current));
}

;// CONCATENATED MODULE: ./src/serve/containerEndpoint.ts



/**
 * The container credentials provider (AWS_CONTAINER_CREDENTIALS_FULL_URI with
 * AWS_CONTAINER_AUTHORIZATION_TOKEN). The token is checked before anything else, so a caller
 * without it learns nothing, not even whether the path exists.
 */
function handleContainerRequest(req, res, endpoint, refresher, counters) {
    if (endpoint.anyHost !== true && !isLoopbackHost(req.headers.host)) {
        counters.refused += 1;
        replyError(res, 403, 'Forbidden', 'Not authorized.');
        return;
    }
    const presented = req.headers.authorization;
    if (presented === undefined || presented === '') {
        counters.refused += 1;
        replyError(res, 401, 'Unauthorized', 'Authorization required.');
        return;
    }
    if (!secretsEqual(presented, endpoint.token)) {
        counters.refused += 1;
        replyError(res, 403, 'Forbidden', 'Not authorized.');
        return;
    }
    if (pathOf(req) !== endpoint.path) {
        counters.other += 1;
        replyError(res, 404, 'NotFound', 'No such resource.');
        return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
        counters.other += 1;
        replyError(res, 405, 'MethodNotAllowed', 'Only GET is supported.', { allow: 'GET, HEAD' });
        return;
    }
    replyWithCurrent(res, refresher, counters, (current) => containerCredentialsDocument(current.credentials));
}

// EXTERNAL MODULE: ./src/session.ts + 14 modules
var session = __webpack_require__(7529);
// EXTERNAL MODULE: ./src/core/describeSession.ts
var describeSession = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/serve/refreshPlan.ts
/**
 * When to refresh and how long to wait after a failure: pure arithmetic on instants, so the
 * schedule can be tested without a clock.
 */
const DEFAULT_REFRESH_POLICY = {
    marginMs: 15 * 60_000,
    maxMarginFraction: 0.5,
    retryBaseMs: 1_000,
    retryMaxMs: 60_000,
    minValidityMs: 30_000,
    lateTimerGraceMs: 5_000,
};
/**
 * The instant (ms since the epoch) at which credentials obtained at `obtainedAt` are refreshed:
 * an hour-long session at 45 minutes, a 15-minute one at half-life (7.5 minutes), which leaves
 * half the session to ride out an outage of the endpoint.
 */
function refreshDueAt(obtainedAt, expiration, policy) {
    const lifetime = Math.max(0, expiration.getTime() - obtainedAt.getTime());
    const margin = Math.min(policy.marginMs, lifetime * policy.maxMarginFraction);
    return expiration.getTime() - margin;
}
/**
 * The wait before retry number `failures` (1 for the first): exponential, capped, with "equal
 * jitter" (half fixed, half random) so a fleet of servers does not retry in step, yet a retry is
 * never immediate.
 */
function retryDelayMs(failures, policy, random) {
    const cap = Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** Math.max(0, failures - 1));
    return Math.round(cap / 2 + random() * (cap / 2));
}
/** Whether credentials expiring at `expiration` may be handed to a client at `now`. */
function isServable(expiration, now, policy) {
    return expiration.getTime() - now.getTime() > policy.minValidityMs;
}

;// CONCATENATED MODULE: ./src/serve/credentialRefresher.ts





/** Real timers, for production. */
function realTimer(callback, ms) {
    const handle = setTimeout(callback, Math.min(ms, 2 ** 31 - 1));
    return {
        cancel: () => {
            clearTimeout(handle);
        },
    };
}
/**
 * Holds the current credentials and replaces them ahead of expiry: one CreateSession per refresh
 * however many clients ask, retried with backoff while the endpoint fails, and never anything
 * expired handed out as if it were good.
 */
class CredentialRefresher {
    settings;
    material;
    deps;
    policy;
    held;
    timer;
    dueAt;
    inFlight;
    consecutiveFailures = 0;
    lastFailure;
    stopped = false;
    refreshes = 0;
    failedRefreshes = 0;
    constructor(settings, material, deps, policy = DEFAULT_REFRESH_POLICY) {
        this.settings = settings;
        this.material = material;
        this.deps = deps;
        this.policy = policy;
    }
    /** Holds new credentials, refusing ones the local clock already sees as (nearly) expired. */
    acceptServable(credentials) {
        const now = this.deps.now();
        if (!isServable(credentials.expiration, now, this.policy))
            throw clockError(credentials.expiration, now);
        this.accept(credentials, now);
    }
    /** The first CreateSession, with the orchestration's own retries; throws when it fails. */
    async start() {
        const { credentials, attempts, firstHop } = await (0,session/* createSession */.jw)(this.settings, this.material, this.sessionDeps());
        this.acceptServable(credentials);
        this.deps.log(`${(0,describeSession/* describeSession */._)({ credentials, material: this.material, attempts, firstHop }).replace(/\.$/, '')}; next refresh at ${this.nextAt()}.`);
        return credentials;
    }
    /** What a client may be given now. A late timer (after a suspend) is caught up here. */
    current() {
        const now = this.deps.now();
        if (this.inFlight === undefined &&
            this.dueAt !== undefined &&
            now.getTime() >= this.dueAt + this.policy.lateTimerGraceMs) {
            this.refreshNow();
        }
        const held = this.held;
        if (held !== undefined && isServable(held.credentials.expiration, now, this.policy)) {
            return { kind: 'available', credentials: held.credentials, obtainedAt: held.obtainedAt };
        }
        const why = this.lastFailure === undefined
            ? 'the credentials expired and no refresh has succeeded yet'
            : `the credentials expired and refreshing failed: ${this.lastFailure}`;
        return { kind: 'unavailable', reason: why };
    }
    /** The material the next CreateSession is signed with. */
    currentMaterial() {
        return this.material;
    }
    stats() {
        return { refreshes: this.refreshes, failedRefreshes: this.failedRefreshes };
    }
    /** Cancels the timer and waits for a refresh already on the wire; nothing is scheduled after. */
    async stop() {
        this.stopped = true;
        this.timer?.cancel();
        this.timer = undefined;
        this.dueAt = undefined;
        await this.inFlight;
    }
    sessionDeps() {
        return {
            send: this.deps.send,
            now: this.deps.now,
            sleep: this.deps.sleep,
            ...(this.deps.random === undefined ? {} : { random: this.deps.random }),
            log: (line) => {
                this.deps.log(`CreateSession: ${line}`);
            },
        };
    }
    accept(credentials, now) {
        this.held = { credentials, obtainedAt: now };
        this.consecutiveFailures = 0;
        this.lastFailure = undefined;
        this.schedule(refreshDueAt(now, credentials.expiration, this.policy));
    }
    schedule(at) {
        this.timer?.cancel();
        if (this.stopped)
            return;
        this.dueAt = at;
        this.timer = this.deps.setTimer(() => {
            this.refreshNow();
        }, Math.max(0, at - this.deps.now().getTime()));
    }
    nextAt() {
        return this.dueAt === undefined ? 'never' : (0,rfc3339/* rfc3339 */.a)(new Date(this.dueAt));
    }
    /** Single flight: a refresh already running is never doubled. */
    refreshNow() {
        if (this.stopped || this.inFlight !== undefined)
            return;
        this.timer?.cancel();
        this.timer = undefined;
        this.dueAt = undefined;
        this.inFlight = this.refresh().finally(() => {
            this.inFlight = undefined;
        });
    }
    /**
     * One CreateSession call per attempt: the server's own backoff (up to a minute between
     * attempts, for as long as it takes) replaces the orchestration's quick burst of retries, so an
     * outage costs one call and one log line a minute, not five.
     */
    async refresh() {
        const attempt = this.consecutiveFailures + 1;
        const rotated = await this.deps.nextMaterial?.();
        if (rotated !== undefined)
            this.material = rotated;
        try {
            const { credentials } = await (0,session/* createSession */.jw)({ ...this.settings, retry: { ...this.settings.retry, maxAttempts: 1 } }, this.material, this.sessionDeps());
            // Kept (and counted) even when stop() came meanwhile: the session exists at the service.
            this.acceptServable(credentials);
            this.refreshes += 1;
            this.deps.log(`Refreshed credentials for ${credentials.assumedRoleArn} (expires ${(0,rfc3339/* rfc3339 */.a)(credentials.expiration)}); next refresh at ${this.nextAt()}.`);
        }
        catch (error) {
            if (this.stopped)
                return;
            this.consecutiveFailures += 1;
            this.failedRefreshes += 1;
            this.lastFailure = attemptMessage(error);
            const now = this.deps.now();
            const delay = retryDelayMs(this.consecutiveFailures, this.policy, this.deps.random ?? Math.random);
            const held = this.held;
            const serving = held !== undefined && isServable(held.credentials.expiration, now, this.policy)
                ? `still serving the credentials that expire ${(0,rfc3339/* rfc3339 */.a)(held.credentials.expiration)}`
                : 'no valid credentials to serve until a refresh succeeds';
            this.deps.log(`Refresh attempt ${attempt} failed (${this.lastFailure}); ${serving}; next attempt in ${formatDelay(delay)}.`);
            this.schedule(now.getTime() + delay);
        }
    }
}
/** The attempt's own error: with one attempt, "gave up after 1 attempt" says nothing. */
function attemptMessage(error) {
    const own = error instanceof errors/* RolesAnywhereError */.rK ? error.reason : (0,errors/* describeCause */.V$)(error);
    return own.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
}
function clockError(expiration, now) {
    return new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `CreateSession returned credentials that expire at ${(0,rfc3339/* rfc3339 */.a)(expiration)}, which is already past (or within seconds) by the local clock (${(0,rfc3339/* rfc3339 */.a)(now)}); check that this machine's clock is right.`);
}
function formatDelay(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/serve/imdsEndpoint.ts



/**
 * IMDSv2 as the SDKs use it for credentials:
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
 * PUT /latest/api/token, then GET …/iam/security-credentials/ and …/<role> with the token.
 * IMDSv1 (a GET without a token) is refused, as on an instance that requires IMDSv2.
 */
const IMDS_TOKEN_PATH = '/latest/api/token';
const IMDS_CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/';
const TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
const MAX_TTL_SECONDS = 21_600;
/** Session tokens issued by PUT /latest/api/token, kept by digest, bounded in number. */
class ImdsSessionTokens {
    expiries = new Map();
    now;
    maxTokens;
    constructor(now, maxTokens = 10_000) {
        this.now = now;
        this.maxTokens = maxTokens;
    }
    issue(ttlSeconds) {
        const now = this.now().getTime();
        for (const [digest, expires] of this.expiries) {
            if (expires <= now)
                this.expiries.delete(digest);
        }
        // Oldest first (Map keeps insertion order): a flood of PUTs cannot grow memory without bound.
        while (this.expiries.size >= this.maxTokens) {
            const oldest = this.expiries.keys().next();
            if (oldest.done === true)
                break;
            this.expiries.delete(oldest.value);
        }
        const token = generateToken();
        this.expiries.set(tokenDigest(token), now + ttlSeconds * 1000);
        return token;
    }
    isValid(token) {
        const digest = tokenDigest(token);
        const expires = this.expiries.get(digest);
        if (expires === undefined)
            return false;
        if (expires > this.now().getTime())
            return true;
        this.expiries.delete(digest);
        return false;
    }
}
function imdsEndpoint_text(res, status, body, headers = {}) {
    reply(res, status, 'text/plain', body, headers);
}
function parseTtl(value) {
    if (typeof value !== 'string' || !/^\d{1,6}$/.test(value.trim()))
        return undefined;
    const ttl = Number(value.trim());
    return ttl >= 1 && ttl <= MAX_TTL_SECONDS ? ttl : undefined;
}
function handleImdsRequest(req, res, endpoint, refresher, counters) {
    // IMDS refuses anything that went through a proxy; it is the mark of an SSRF relay.
    if (req.headers['x-forwarded-for'] !== undefined || !isLoopbackHost(req.headers.host)) {
        counters.refused += 1;
        imdsEndpoint_text(res, 403, 'Forbidden');
        return;
    }
    const path = pathOf(req);
    if (path === IMDS_TOKEN_PATH) {
        if (req.method !== 'PUT') {
            counters.other += 1;
            imdsEndpoint_text(res, 405, 'Method Not Allowed', { allow: 'PUT' });
            return;
        }
        const ttl = parseTtl(req.headers[TTL_HEADER]);
        if (ttl === undefined) {
            counters.other += 1;
            imdsEndpoint_text(res, 400, `Bad Request: ${TTL_HEADER} must be a whole number of seconds from 1 to ${MAX_TTL_SECONDS}.`);
            return;
        }
        imdsEndpoint_text(res, 200, endpoint.tokens.issue(ttl), { [TTL_HEADER]: String(ttl) });
        return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
        counters.other += 1;
        imdsEndpoint_text(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
        return;
    }
    const token = req.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || !endpoint.tokens.isValid(token)) {
        counters.refused += 1;
        imdsEndpoint_text(res, 401, 'Unauthorized');
        return;
    }
    if (path === IMDS_CREDENTIALS_PATH || path === IMDS_CREDENTIALS_PATH.slice(0, -1)) {
        counters.other += 1;
        imdsEndpoint_text(res, 200, endpoint.roleName);
        return;
    }
    if (path !== `${IMDS_CREDENTIALS_PATH}${endpoint.roleName}`) {
        counters.other += 1;
        imdsEndpoint_text(res, 404, 'Not Found');
        return;
    }
    replyWithCurrent(res, refresher, counters, (current) => imdsCredentialsDocument(current.credentials, current.obtainedAt));
}

;// CONCATENATED MODULE: ./src/serve/credentialServer.ts










/** The default address: the credentials are for this machine's processes. */
const LOOPBACK = '127.0.0.1';
const DEFAULT_IMDS_PORT = 9911;
const DEFAULT_HOP_LIMIT = 64;
/** An address as it goes in a URL: IPv6 in brackets; a wildcard as loopback, where it also listens. */
function urlHost(host) {
    if (host === '0.0.0.0')
        return LOOPBACK;
    if (host === '::')
        return '[::1]';
    return (0,external_node_net_.isIP)(host) === 6 ? `[${host}]` : host;
}
function listen(server, port, input, host) {
    return new Promise((resolve, reject) => {
        const onError = (error) => {
            const why = error.code === 'EADDRINUSE'
                ? 'another process is listening there; stop it or choose another port'
                : error.code === 'EACCES'
                    ? 'permission denied; choose a port above 1023'
                    : (error.code ?? error.message);
            reject(new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `Cannot listen on ${urlHost(host)}:${port} (${input}): ${why}.`, { input, cause: error }));
        };
        server.once('error', onError);
        server.listen({ port, host, exclusive: true }, () => {
            server.off('error', onError);
            resolve(server.address().port);
        });
    });
}
function credentialServer_close(server) {
    return new Promise((resolve) => {
        if (!server.listening) {
            resolve();
            return;
        }
        server.close(() => {
            resolve();
        });
        server.closeAllConnections();
    });
}
function guarded(handler, log) {
    return (req, res) => {
        try {
            handler(req, res);
        }
        catch (error) {
            log(`Internal error answering a request: ${error instanceof Error ? error.message : String(error)}`);
            if (!res.headersSent)
                replyError(res, 500, 'InternalError', 'Internal error.');
            else
                res.destroy();
        }
    };
}
/**
 * The local credential server: one CredentialRefresher, answered over the container credentials
 * provider protocol (on 127.0.0.1 unless another address is given) and, when asked, IMDSv2 (on
 * 127.0.0.1 only).
 */
class CredentialServer {
    refresher;
    options;
    deps;
    roleName;
    containerCounters = newCounters();
    imdsCounters = newCounters();
    servers = [];
    endpoints;
    constructor(settings, material, options, deps) {
        this.refresher = new CredentialRefresher(settings, material, deps, options.refreshPolicy);
        this.options = options;
        this.deps = deps;
        this.roleName = settings.role.resourceId.split('/').pop() ?? settings.role.resourceId;
    }
    /** Listens first (a taken port fails before any network call), then obtains credentials. */
    async start() {
        if (this.endpoints !== undefined)
            return this.endpoints;
        const host = this.options.host ?? LOOPBACK;
        if (host !== LOOPBACK && this.options.imds !== undefined)
            throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `IMDS answers anyone who can reach it, so it listens on ${LOOPBACK} only: it cannot be served on ${host}.`);
        const container = {
            path: this.options.token === undefined
                ? `/v1/credentials/${(0,external_node_crypto_.randomBytes)(16).toString('base64url')}`
                : '/v1/credentials',
            token: this.options.token ?? generateToken(),
            // Clients in other containers name the server by its address or a service name; the token,
            // which no web page can hold, is what guards it there.
            anyHost: host !== LOOPBACK,
        };
        const names = this.options.portInputs ?? { port: 'port', imdsPort: 'imds-port' };
        try {
            const containerServer = (0,external_node_http_.createServer)(guarded((req, res) => {
                handleContainerRequest(req, res, container, this.refresher, this.containerCounters);
            }, this.deps.log));
            this.servers.push(containerServer);
            const containerPort = await listen(containerServer, this.options.port, names.port, host);
            let imdsUrl;
            const imds = this.options.imds;
            if (imds !== undefined) {
                const endpoint = {
                    roleName: this.roleName,
                    tokens: new ImdsSessionTokens(this.deps.now),
                };
                const imdsServer = (0,external_node_http_.createServer)(guarded((req, res) => {
                    handleImdsRequest(req, res, endpoint, this.refresher, this.imdsCounters);
                }, this.deps.log));
                this.servers.push(imdsServer);
                const imdsPort = await listen(imdsServer, imds.port, names.imdsPort, LOOPBACK);
                imdsUrl = `http://${LOOPBACK}:${imdsPort}/`;
            }
            await this.refresher.start();
            this.endpoints = {
                containerUrl: `http://${urlHost(host)}:${containerPort}${container.path}`,
                authorizationToken: container.token,
                imdsUrl,
            };
            const imdsNote = imdsUrl === undefined ? '' : `; IMDSv2 on ${imdsUrl} (role ${this.roleName})`;
            this.deps.log(`Serving credentials: container provider on ${host.includes(':') ? `[${host}]` : host}:${containerPort}${imdsNote}.`);
            return this.endpoints;
        }
        catch (error) {
            await this.stop();
            throw error;
        }
    }
    /** The session being served now, if any. */
    summary() {
        const current = this.refresher.current();
        if (current.kind === 'unavailable')
            return undefined;
        const c = current.credentials;
        return {
            assumedRoleArn: c.assumedRoleArn,
            accountId: c.accountId,
            subjectArn: c.subjectArn,
            expiration: (0,rfc3339/* rfc3339 */.a)(c.expiration),
            certificateSerial: this.refresher.currentMaterial().serialDecimal,
            certificateSubject: this.refresher.currentMaterial().subject,
        };
    }
    stats() {
        return {
            ...this.refresher.stats(),
            container: { ...this.containerCounters },
            imds: { ...this.imdsCounters },
        };
    }
    /** Stops listening, drops open connections and cancels the refresh timer. */
    async stop() {
        await Promise.all(this.servers.map((server) => credentialServer_close(server)));
        await this.refresher.stop();
    }
}

// EXTERNAL MODULE: ./src/serve/childProtocol.ts
var childProtocol = __webpack_require__(1289);
// EXTERNAL MODULE: ./src/core/material/index.ts + 26 modules
var core_material = __webpack_require__(1374);
// EXTERNAL MODULE: ./src/core/settings.ts
var core_settings = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/core/material/sizeLimit.ts
var sizeLimit = __webpack_require__(6845);
// EXTERNAL MODULE: ./src/files/materialFile.ts
var materialFile = __webpack_require__(1620);
;// CONCATENATED MODULE: ./src/files/materialRotation.ts






const PARTS = ['certificate', 'privateKey', 'intermediates'];
/** A regular file's bytes, without following a FIFO or a device into a hang. */
function readRegularFile(path) {
    const read = (0,materialFile/* readMaterialFile */.E)(path, { regularOnly: true });
    if (read.kind === 'unreadable')
        throw read.cause;
    if (read.kind === 'not-a-file')
        throw new Error(`${path} is not a regular file`);
    if (read.overLimit)
        throw new Error(`${path} is larger than ${sizeLimit/* MAX_MATERIAL_BYTES */.X8} bytes`);
    return read.bytes;
}
function digestOf(contents) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of PARTS) {
        const content = contents[part];
        hash.update(`${part}:${content === undefined ? -1 : Buffer.byteLength(content)}:`);
        if (content !== undefined)
            hash.update(content);
    }
    return hash.digest('hex');
}
/**
 * Certificate rotation without a restart: before each refresh, the files the material came from
 * are read again; when their bytes changed and the new pair passes the same checks as at start
 * (key matches certificate, valid now, usable as a client certificate), it signs from then on.
 * A replacement that fails is logged once and the old pair keeps signing. Polling at refresh
 * time, not a file watcher: a refresh is the only moment the material is used, and it sees an
 * atomic rename (how certificate tools write) as surely as an in-place write.
 */
class MaterialRotation {
    paths;
    deps;
    current;
    currentDigest;
    refusedDigest;
    constructor(paths, current, deps) {
        this.paths = paths;
        this.deps = deps;
        this.current = current;
        this.currentDigest = digestOf(this.fileContents(current.sources));
    }
    /** Whether any source is a file, that is whether rotation can happen at all. */
    get watching() {
        return PARTS.some((part) => this.paths[part] !== undefined);
    }
    /** The replacement when the files changed and pass the checks; undefined otherwise. Never throws. */
    async check() {
        if (!this.watching)
            return undefined;
        let contents;
        try {
            contents = Object.fromEntries(PARTS.flatMap((part) => {
                const path = this.paths[part];
                return path === undefined ? [] : [[part, readRegularFile(path)]];
            }));
        }
        catch (error) {
            // A file missing for a moment is what a non-atomic rotation looks like: try again next time.
            this.refuse(`read-${(0,errors/* describeCause */.V$)(error)}`, `cannot be read (${(0,errors/* describeCause */.V$)(error)})`);
            return undefined;
        }
        const digest = digestOf(contents);
        if (digest === this.currentDigest) {
            this.refusedDigest = undefined;
            return undefined;
        }
        if (digest === this.refusedDigest)
            return undefined;
        const sources = { ...this.current.sources, ...contents };
        try {
            const material = await (0,core_material/* loadMaterial */.Ih)(sources, {
                now: this.deps.now(),
                names: this.deps.names,
            });
            const old = this.current.material;
            this.current = { sources, material };
            this.currentDigest = digest;
            this.refusedDigest = undefined;
            this.deps.log(`The certificate files changed: signing with certificate serial ${material.serialDecimal} (${material.subject}, valid until ${(0,rfc3339/* rfc3339 */.a)(material.notAfter)}) from this refresh on, in place of serial ${old.serialDecimal}.`);
            return this.current;
        }
        catch (error) {
            this.refuse(digest, `fail the checks: ${(0,errors/* describeCause */.V$)(error)}`);
            return undefined;
        }
    }
    refuse(digest, why) {
        if (digest === this.refusedDigest)
            return;
        this.refusedDigest = digest;
        const old = this.current.material;
        this.deps.log(`The changed certificate files ${why.replace(/\.$/, '')}; still signing with certificate serial ${old.serialDecimal}, valid until ${(0,rfc3339/* rfc3339 */.a)(old.notAfter)}. Replace the certificate and key together, as a pair that belongs together.`);
    }
    fileContents(sources) {
        return Object.fromEntries(PARTS.flatMap((part) => {
            const content = sources[part];
            return this.paths[part] === undefined || content === undefined ? [] : [[part, content]];
        }));
    }
}

// EXTERNAL MODULE: ./src/http/index.ts + 4 modules
var http = __webpack_require__(5774);
;// CONCATENATED MODULE: ./src/serve/serveChild.ts








/** The channel Node sets up for a child spawned with an 'ipc' stdio entry. */
function processChannel() {
    const send = process.send?.bind(process);
    if (send === undefined)
        return undefined;
    return {
        receive: (timeoutMs) => new Promise((resolve, reject) => {
            const done = () => {
                clearTimeout(timer);
                process.off('message', onMessage);
                process.off('disconnect', onDisconnect);
            };
            const onMessage = (message) => {
                done();
                if ((0,childProtocol/* isServeChildRequest */.Nr)(message))
                    resolve(message);
                else
                    reject(new Error('the parent sent something other than a start request'));
            };
            const onDisconnect = () => {
                done();
                reject(new Error('the parent went away before sending the start request'));
            };
            const timer = setTimeout(() => {
                done();
                reject(new Error(`no start request within ${timeoutMs} ms`));
            }, timeoutMs);
            process.on('message', onMessage);
            process.once('disconnect', onDisconnect);
        }),
        send: (reply) => new Promise((resolve) => {
            send(reply, undefined, {}, () => {
                resolve();
            });
        }),
        disconnect: () => {
            if (process.connected)
                process.disconnect();
        },
    };
}
/** Resolves with the signal's name on the first SIGTERM or SIGINT. */
function waitForStopSignal() {
    return new Promise((resolve) => {
        const onSignal = (signal) => {
            process.off('SIGTERM', onSignal);
            process.off('SIGINT', onSignal);
            resolve(signal);
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
    });
}
/**
 * The detached server: takes the start request from the parent, obtains the first credentials,
 * says ready (or why not), lets the parent go, and serves until SIGTERM/SIGINT. Resolves to the
 * exit code.
 */
async function runServeChild(deps) {
    const stopped = deps.waitForStop();
    let request;
    try {
        request = await deps.channel.receive(30_000);
    }
    catch (error) {
        deps.log(`Not started: ${(0,errors/* describeCause */.V$)(error)}.`);
        return 1;
    }
    let server;
    try {
        const settings = (0,core_settings/* resolveSessionSettings */.u)(request.inputs, request.names);
        const material = await (0,core_material/* loadMaterial */.Ih)(settings.material, {
            now: new Date(),
            names: settings.names,
        });
        const rotation = new MaterialRotation(request.rotate ?? {}, { sources: settings.material, material }, { now: () => new Date(), log: deps.log, names: settings.names });
        server = new CredentialServer(settings, material, request.server, {
            nextMaterial: async () => (await rotation.check())?.material,
            send: (0,http/* createEnvironmentSender */.vq)({
                attemptTimeoutMs: settings.retry.attemptTimeoutMs,
                env: deps.env,
                insecure: request.insecure,
            }),
            now: () => new Date(),
            sleep: http/* realSleep */.uk,
            setTimer: realTimer,
            log: deps.log,
        });
        const endpoints = await server.start();
        const session = server.summary();
        if (session === undefined)
            throw new Error('the first credentials were gone as soon as they came');
        await deps.channel.send({ type: 'ready', pid: process.pid, endpoints, session });
    }
    catch (error) {
        const reply = (0,errors/* isRolesAnywhereError */.db)(error)
            ? { type: 'failed', code: error.code, message: error.message, input: error.details.input }
            : {
                type: 'failed',
                code: 'ERR_INTERNAL',
                message: `unexpected error: ${(0,errors/* describeCause */.V$)(error)}`,
            };
        deps.log(`Not started: ${reply.message}`);
        await deps.channel.send(reply).catch(() => undefined);
        deps.channel.disconnect();
        return 1;
    }
    deps.channel.disconnect();
    const signal = await stopped;
    await server.stop();
    const stats = server.stats();
    deps.log(`Stopped on ${signal} after serving ${stats.container.served + stats.imds.served} credential requests and ${stats.refreshes} refreshes.`);
    return 0;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/files/openFlags.ts
var openFlags = __webpack_require__(6320);
;// CONCATENATED MODULE: ./src/serve/startDetached.ts





function openLog(path) {
    let fd;
    try {
        // O_NONBLOCK: a FIFO planted here would otherwise wait forever for a reader.
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_APPEND | openFlags/* NOFOLLOW */.p | openFlags/* NONBLOCK */.J, 0o600);
    }
    catch (error) {
        const code = error.code ?? 'error';
        const why = code === 'ELOOP'
            ? 'it is a symlink'
            : code === 'ENXIO'
                ? 'it is a FIFO or socket; give a regular file'
                : code;
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot open the server log ${path} (${why}).`, {
            cause: error,
        });
    }
    // A FIFO with a reader opens, but the server's log would then block on whoever reads it.
    if ((0,external_node_fs_.fstatSync)(fd).isFIFO()) {
        (0,external_node_fs_.closeSync)(fd);
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot open the server log ${path} (it is a FIFO; give a regular file).`);
    }
    return fd;
}
/**
 * Starts the server as a detached child (its own session, no terminal, no stdin), hands it the
 * request over IPC, and waits for it to say it is serving. On success the child is let go: the
 * channel is closed and the parent may exit while the child keeps running.
 */
async function startDetachedServer(request, launch) {
    const child = spawnDetached(launch);
    const reply = await replyOf(child, request, launch);
    if (child.connected)
        child.disconnect();
    child.unref();
    if (reply.type === 'failed') {
        throw new errors/* RolesAnywhereError */.rK(reply.code, reply.message, reply.input === undefined ? {} : { input: reply.input });
    }
    return reply;
}
/** The child in its own session, writing to the log file (or nowhere), with an IPC channel. */
function spawnDetached(launch) {
    const logFd = launch.logFile === undefined ? undefined : openLog(launch.logFile);
    const output = logFd ?? 'ignore';
    const env = {};
    for (const [name, value] of Object.entries(launch.env))
        if (value !== undefined)
            env[name] = value;
    env[childProtocol/* SERVE_CHILD_VARIABLE */.GV] = '1';
    try {
        return (0,external_node_child_process_.spawn)(launch.command, [...launch.args], {
            detached: true,
            stdio: ['ignore', output, output, 'ipc'],
            serialization: 'advanced',
            env,
            windowsHide: true,
        });
    }
    finally {
        if (logFd !== undefined)
            (0,external_node_fs_.closeSync)(logFd);
    }
}
/**
 * Sends the request and waits for the child's first reply; its exit, a spawn error or the ready
 * timeout (which also stops it) end the wait with an error instead.
 */
function replyOf(child, request, launch) {
    const timeoutMs = launch.readyTimeoutMs ?? 120_000;
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            clearTimeout(timer);
            child.off('message', onMessage);
            child.off('exit', onExit);
            child.off('error', onError);
        };
        const onMessage = (message) => {
            if (!(0,childProtocol/* isServeChildReply */.i7)(message))
                return;
            cleanup();
            resolve(message);
        };
        const onExit = (code, signal) => {
            cleanup();
            reject(stoppedBeforeReady(code, signal, launch.logFile));
        };
        const onError = (error) => {
            cleanup();
            reject(new errors/* RolesAnywhereError */.rK('ERR_INTERNAL', `Cannot start the credential server: ${error.message}.`, { cause: error }));
        };
        const timer = setTimeout(() => {
            cleanup();
            child.kill('SIGTERM');
            reject(new errors/* RolesAnywhereError */.rK('ERR_TIMEOUT', `The credential server was not ready within ${Math.round(timeoutMs / 1000)} s.`));
        }, timeoutMs);
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.once('error', onError);
        child.send(request, (error) => {
            if (error !== null)
                onError(error);
        });
    });
}
function stoppedBeforeReady(code, signal, logFile) {
    const how = signal === null ? `exit code ${code ?? '?'}` : signal;
    const where = logFile === undefined ? '' : `; see ${logFile}`;
    return new errors/* RolesAnywhereError */.rK('ERR_INTERNAL', `The credential server stopped before it was ready (${how})${where}.`);
}

;// CONCATENATED MODULE: ./src/serve/stopServerProcess.ts


const KILL_WAIT_MS = 5000;
/** A Linux zombie answers kill(pid, 0) but is gone for every purpose that matters here. */
function isZombie(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return /\)\s+Z\s/.test(stat);
    }
    catch {
        return false;
    }
}
/** Whether `pid` is a live process of this user (a zombie does not count). */
function isProcessRunning(pid) {
    try {
        process.kill(pid, 0);
        return !isZombie(pid);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EPERM') {
            throw new RolesAnywhereError('ERR_INPUT_INVALID', `Process ${pid} belongs to another user; it is not a credential server this user started.`, { cause: error });
        }
        return false;
    }
}
/**
 * SIGTERM, then wait for the process to finish its graceful stop; SIGKILL if it has not gone
 * after `timeoutMs`, and wait for that too: the outcome is only ever reported once it is true.
 */
async function stopServerProcess(pid, options) {
    if (!Number.isSafeInteger(pid) || pid <= 1) {
        throw new RolesAnywhereError('ERR_INPUT_INVALID', `"${pid}" is not the process id of a credential server.`);
    }
    if (!isProcessRunning(pid))
        return 'not-running';
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + options.timeoutMs;
    while (Date.now() < deadline) {
        await options.sleep(50);
        if (!isProcessRunning(pid))
            return 'stopped';
    }
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        return 'stopped';
    }
    // SIGKILL cannot be caught, but the kernel takes a moment to tear the process down.
    const killDeadline = Date.now() + KILL_WAIT_MS;
    while (isProcessRunning(pid)) {
        if (Date.now() >= killDeadline)
            throw new RolesAnywhereError('ERR_TIMEOUT', `Process ${pid} was sent SIGKILL but has not exited after ${KILL_WAIT_MS / 1000} s (stuck in the kernel?); check it with \`ps -p ${pid}\`.`);
        await options.sleep(50);
    }
    return 'killed';
}

;// CONCATENATED MODULE: ./src/serve/index.ts
/** The local credential server: container credentials provider and IMDSv2 on 127.0.0.1. */









;// CONCATENATED MODULE: ./src/github/server.ts





/** Inputs (the key among them) and the runner's tokens stay out of the long-lived child. */
function serverEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT_|STATE_|ACTIONS_)/.test(name) && name !== 'GITHUB_TOKEN'));
}
/** credential-mode server: this same bundle, started again as the detached server; the material goes over IPC. */
async function startServer(settings) {
    const logFile = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)(), `rolesanywhere-credentials-server-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.log`);
    const started = await startDetachedServer((0,childProtocol/* serveChildRequest */.X6)(settings.session, { port: 0 }, false), {
        command: process.execPath,
        args: [...process.execArgv, process.argv[1] ?? ''],
        env: serverEnvironment(process.env),
        logFile,
    });
    return { ...started, logFile };
}
async function serveChild() {
    const channel = processChannel();
    if (channel === undefined)
        return 1;
    const log = (line) => {
        process.stderr.write(`${(0,rfc3339/* rfc3339 */.a)(new Date())} ${line}\n`);
    };
    return runServeChild({ channel, env: process.env, log, waitForStop: waitForStopSignal });
}


/***/ })

};
;