"use strict";
exports.id = 951;
exports.ids = [951,933];
exports.modules = {

/***/ 2951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveCommand: () => (/* binding */ serveCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/material/index.ts + 17 modules
var core_material = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/http/index.ts + 3 modules
var http = __webpack_require__(4314);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
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

// EXTERNAL MODULE: ./src/session.ts + 13 modules
var session = __webpack_require__(3357);
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
        const { credentials, attempts, firstHop } = await (0,session.createSession)(this.settings, this.material, this.sessionDeps());
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
            const { credentials } = await (0,session.createSession)({ ...this.settings, retry: { ...this.settings.retry, maxAttempts: 1 } }, this.material, this.sessionDeps());
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

;// CONCATENATED MODULE: ./src/serve/environment.ts
const CONTAINER_URI_VARIABLE = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
const CONTAINER_TOKEN_VARIABLE = 'AWS_CONTAINER_AUTHORIZATION_TOKEN';
const IMDS_ENDPOINT_VARIABLE = 'AWS_EC2_METADATA_SERVICE_ENDPOINT';
/**
 * What a client needs to find the server. The SDKs try the container provider before IMDS, so with
 * both set the token-protected endpoint wins:
 * https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
 */
function serverVariables(endpoints) {
    const variables = [
        { name: CONTAINER_URI_VARIABLE, value: endpoints.containerUrl, secret: false },
        { name: CONTAINER_TOKEN_VARIABLE, value: endpoints.authorizationToken, secret: true },
    ];
    if (endpoints.imdsUrl !== undefined)
        variables.push({ name: IMDS_ENDPOINT_VARIABLE, value: endpoints.imdsUrl, secret: false });
    return variables;
}

// EXTERNAL MODULE: ./src/core/chain/chainSettings.ts + 1 modules
var chainSettings = __webpack_require__(9019);
;// CONCATENATED MODULE: ./src/serve/childProtocol.ts
/**
 * What a parent and the detached server child say to each other over the IPC channel. The
 * material travels here and nowhere else: not in argv, not in the environment, not in a file.
 */

/** Marks a process started to be the detached server; the parent sets it, nothing else. */
const SERVE_CHILD_VARIABLE = 'ROLESANYWHERE_CREDENTIALS_SERVE_CHILD';
/** Checked settings back to the raw, cloneable inputs that resolve to the same settings. */
function serveChildRequest(settings, server, insecure, rotate) {
    return {
        type: 'start',
        inputs: {
            material: settings.material,
            trustAnchorArn: settings.trustAnchor.arn,
            profileArn: settings.profile.arn,
            roleArn: settings.role.arn,
            region: settings.region,
            endpoint: { url: settings.endpoint.href, source: settings.names.endpoint },
            // Already allowed (and warned about) by the parent; the child must resolve the same endpoint.
            allowInsecureEndpoint: settings.insecureEndpoint,
            durationSeconds: settings.durationSeconds,
            roleSessionName: settings.roleSessionName,
            retry: { ...settings.retry },
            chain: settings.chain === undefined ? undefined : (0,chainSettings/* rawChainInputs */.Lm)(settings.chain),
            allowedAccountIds: [...(settings.allowedAccountIds ?? [])],
        },
        names: { ...settings.names },
        server,
        insecure,
        rotate,
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isServeChildRequest(value) {
    return (isRecord(value) &&
        value['type'] === 'start' &&
        isRecord(value['inputs']) &&
        isRecord(value['names']) &&
        isRecord(value['server']));
}
function isServeChildReply(value) {
    if (!isRecord(value))
        return false;
    if (value['type'] === 'ready')
        return (typeof value['pid'] === 'number' && isRecord(value['endpoints']) && isRecord(value['session']));
    return (value['type'] === 'failed' &&
        typeof value['code'] === 'string' &&
        typeof value['message'] === 'string');
}

// EXTERNAL MODULE: ./src/core/settings.ts
var core_settings = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/files/materialRotation.ts
var materialRotation = __webpack_require__(8452);
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
                if (isServeChildRequest(message))
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
        const material = await (0,core_material.loadMaterial)(settings.material, {
            now: new Date(),
            names: settings.names,
        });
        const rotation = new materialRotation/* MaterialRotation */.e(request.rotate ?? {}, { sources: settings.material, material }, { now: () => new Date(), log: deps.log, names: settings.names });
        server = new CredentialServer(settings, material, request.server, {
            nextMaterial: async () => (await rotation.check())?.material,
            send: (0,http.createEnvironmentSender)({
                attemptTimeoutMs: settings.retry.attemptTimeoutMs,
                env: deps.env,
                insecure: request.insecure,
            }),
            now: () => new Date(),
            sleep: http.realSleep,
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
    env[SERVE_CHILD_VARIABLE] = '1';
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
            if (!isServeChildReply(message))
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

// EXTERNAL MODULE: ./src/serve/stopServerProcess.ts
var stopServerProcess = __webpack_require__(2807);
;// CONCATENATED MODULE: ./src/serve/index.ts
/** The local credential server: container credentials provider and IMDSv2 on 127.0.0.1. */









// EXTERNAL MODULE: ./src/serve/serverProcessIdentity.ts
var serverProcessIdentity = __webpack_require__(1845);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/files/privateFiles.ts
var privateFiles = __webpack_require__(2537);
// EXTERNAL MODULE: ./src/files/secretFile.ts
var secretFile = __webpack_require__(5233);
// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cli/inputs/materialFilePaths.ts
var materialFilePaths = __webpack_require__(1495);
// EXTERNAL MODULE: ./src/cli/inputs/readSource.ts
var readSource = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/cli/output/envFormats.ts
var envFormats = __webpack_require__(4949);
;// CONCATENATED MODULE: ./src/cli/commands/serve.ts



















const SERVE_OPTIONS = {
    ...credentialOptions/* SESSION_OPTIONS */.AC,
    port: {
        type: 'string',
        value: '<port>',
        description: 'Port of the container credentials endpoint (default 0: any free port).',
    },
    host: {
        type: 'string',
        value: '<address>',
        description: 'IP address of the container credentials endpoint instead of 127.0.0.1: another loopback address, or an EKS/ECS link-local address the node routes here (169.254.170.23); SDKs accept plain http only to those. Every request still needs the token. Not with --imds.',
    },
    token: {
        type: 'string',
        value: '<env:NAME|file>',
        description: 'The token every request must carry, from an environment variable or a file (32 to 512 characters of A-Z a-z 0-9 . _ ~ + / = -), instead of a random one; the URL path is then /v1/credentials. For a client that cannot read this output: a job beside a sidecar or CI service.',
    },
    imds: {
        type: 'boolean',
        description: 'Also answer IMDSv2 on 127.0.0.1, for tools that only know instance metadata. Any local process can read credentials there.',
    },
    'imds-port': {
        type: 'string',
        value: '<port>',
        description: `IMDSv2 port with --imds (default ${DEFAULT_IMDS_PORT}, as aws_signing_helper serve).`,
    },
    'hop-limit': {
        type: 'string',
        value: '<1-255>',
        description: `Accepted with --imds for compatibility with aws_signing_helper (default ${DEFAULT_HOP_LIMIT}); the server answers on loopback only.`,
    },
    format: {
        type: 'string',
        value: `<${envFormats/* ENV_FORMATS */.$G.join('|')}>`,
        description: 'How to print the environment lines (default sh).',
    },
    // Not --env-file: Node takes that for its own option wherever it appears in argv (nodejs/node#54232).
    'env-output': {
        type: 'string',
        value: '<file>',
        description: 'Write the environment lines to this file (0600, replaced atomically) instead of stdout.',
    },
    detach: {
        type: 'boolean',
        description: 'Start the server in the background, print the environment lines once it serves, and exit. Needs --pid-file.',
    },
    'pid-file': {
        type: 'string',
        value: '<file>',
        description: "Write the server's process id here (0600), for `serve stop --pid-file`.",
    },
    'log-file': {
        type: 'string',
        value: '<file>',
        description: "With --detach: append the server's log here (0600); without it the log is discarded.",
    },
};
const ARNS = '--trust-anchor-arn "$TA_ARN" --profile-arn "$PROFILE_ARN" --role-arn "$ROLE_ARN"';
const MAX_SLEEP_MS = 2 ** 31 - 1;
function usage(message, input) {
    return new errors/* RolesAnywhereError */.rK('ERR_USAGE', `serve: ${message}; run \`${version/* PRODUCT */.A} serve --help\` for the flags it takes.`, { input });
}
function parsePort(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    const port = Number(value.trim());
    if (!/^\d{1,5}$/.test(value.trim()) || port > 65_535)
        throw usage(`${flag} must be a port number from 0 to 65535, got "${value}"`, flag);
    return port;
}
function parseHost(value, imds) {
    if (value === undefined)
        return undefined;
    const host = value.trim();
    if ((0,external_node_net_.isIP)(host) === 0)
        throw usage(`--host must be an IP address (127.0.0.1, 0.0.0.0, ::), got "${value}"; a name would resolve to addresses nobody chose`, '--host');
    if (imds)
        throw usage('--host applies to the container provider only: IMDS has no token its callers must hold, so --imds stays on 127.0.0.1; drop --imds or --host', '--host');
    return host;
}
function parseHopLimit(value) {
    if (value === undefined)
        return DEFAULT_HOP_LIMIT;
    const limit = Number(value.trim());
    if (!/^\d{1,3}$/.test(value.trim()) || limit < 1 || limit > 255)
        throw usage(`--hop-limit must be a whole number from 1 to 255, got "${value}"`, '--hop-limit');
    return limit;
}
function parseFormat(value) {
    const format = value ?? 'sh';
    const known = envFormats/* ENV_FORMATS */.$G;
    if (!known.includes(format))
        throw usage(`--format must be one of ${envFormats/* ENV_FORMATS */.$G.join(', ')}, got "${format}"`, '--format');
    return format;
}
const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{32,512}$/;
/** --token: read from where it points, never from argv, and shaped to be safe in a header. */
async function readToken(value, io) {
    if (value === undefined)
        return undefined;
    if (value === '-')
        throw usage('--token takes env:NAME or a file path; stdin is for the material', '--token');
    // A token file another user could have written holds a token they know.
    const source = value.startsWith('env:')
        ? await (0,readSource/* readSource */.o)(value, '--token', io, (0,readSource/* createStdinReader */.i)(io))
        : {
            content: (0,secretFile/* readSecretFile */.f)(value, {
                input: '--token',
                holds: 'token',
                showPath: true,
                maxBytes: 4096,
            }),
            where: value,
        };
    const token = Buffer.from(source.content).toString('utf8').trim();
    io.secrets.add(token);
    if (!TOKEN_SHAPE.test(token))
        throw usage(`--token ${source.where} must hold 32 to 512 characters of A-Z a-z 0-9 . _ ~ + / = - (it holds ${token.length} characters, not shown); make one with: openssl rand -base64 32`, '--token');
    return token;
}
/** Every flag checked before any file is read or any port opened. */
function planServe(options, io) {
    const format = parseFormat(options.format);
    const port = parsePort(options.port, '--port', 0);
    const host = parseHost(options.host, options.imds);
    if (!options.imds && (options['imds-port'] !== undefined || options['hop-limit'] !== undefined)) {
        throw usage('--imds-port and --hop-limit only apply with --imds', options['imds-port'] !== undefined ? '--imds-port' : '--hop-limit');
    }
    const imds = options.imds
        ? {
            port: parsePort(options['imds-port'], '--imds-port', DEFAULT_IMDS_PORT),
            hopLimit: parseHopLimit(options['hop-limit']),
        }
        : undefined;
    if (options.detach && options['pid-file'] === undefined)
        throw usage('--detach needs --pid-file, so that `serve stop --pid-file` can stop it', '--pid-file');
    if (!options.detach && options['log-file'] !== undefined)
        throw usage('--log-file applies with --detach; in the foreground the log is on stderr', '--log-file');
    if (format === 'github') {
        if (options['env-output'] !== undefined)
            throw usage('--format github writes to $GITHUB_ENV; --env-output takes sh, fish, powershell, dotenv, json or azure', '--env-output');
        if ((io.env['GITHUB_ENV'] ?? '') === '')
            throw usage('--format github needs GITHUB_ENV, which GitHub Actions sets for each step; outside Actions use --format sh', '--format');
    }
    return {
        format,
        server: { port, host, imds, portInputs: { port: '--port', imdsPort: '--imds-port' } },
        envFile: options['env-output'],
        pidFile: options['pid-file'],
    };
}
function logLine(io) {
    return (line) => {
        io.stderr(`${version/* PRODUCT */.A}: ${(0,rfc3339/* rfc3339 */.a)(io.now())} ${line}`);
    };
}
/** Refuses to start a second server over the pid file of one still running. */
function checkPidFileFree(path) {
    const read = (0,privateFiles/* readPrivateFile */.q1)(path);
    if (read.kind === 'missing')
        return;
    if (read.kind === 'unsafe')
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE_UNSAFE', `--pid-file ${path} exists and ${read.why}; remove it or choose another path.`, { input: '--pid-file' });
    const pid = Number(read.content.toString('utf8').trim());
    if (Number.isSafeInteger(pid) &&
        pid > 1 &&
        (0,stopServerProcess/* isProcessRunning */.D)(pid) &&
        (0,serverProcessIdentity/* serverIdentity */.u)(pid, (0,external_node_fs_.lstatSync)(path).mtimeMs, Date.now()).kind !== 'reused') {
        throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `A credential server is already running with pid ${pid} (--pid-file ${path}); stop it first with \`${version/* PRODUCT */.A} serve stop --pid-file ${path}\`.`, { input: '--pid-file' });
    }
}
/** The environment lines, printed or written; the token is registered as a secret first. */
function emitVariables(variables, plan, io, log) {
    for (const variable of variables)
        if (variable.secret)
            io.secrets.add(variable.value);
    if (plan.format === 'github') {
        // The mask goes out before the value can reach any log.
        io.stdout((0,envFormats/* githubMasks */.hh)(variables));
        (0,external_node_fs_.appendFileSync)(io.env['GITHUB_ENV'] ?? '', (0,envFormats/* githubEnvFile */.D6)(variables, `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`), { encoding: 'utf8' });
        log(`Exported ${variables.map((v) => v.name).join(', ')} to $GITHUB_ENV.`);
        return;
    }
    const text = (0,envFormats/* renderEnv */.mu)(plan.format, variables);
    if (plan.envFile === undefined) {
        io.stdout(text);
        return;
    }
    (0,privateFiles/* writeNamedPrivateFile */.AC)('--env-output', plan.envFile, text);
    log(`Wrote ${variables.map((v) => v.name).join(', ')} to ${plan.envFile} (0600).`);
}
/** Variables the material and token flags read with env:NAME: the child has their values already. */
function withoutMaterialVariables(options, env) {
    const drop = new Set([
        options.certificate,
        options['private-key'],
        options.intermediates,
        options['pkcs8-password'],
        options.token,
    ]
        .filter((value) => value !== undefined && value.startsWith('env:'))
        .map((value) => value.slice(4)));
    drop.add(SERVE_CHILD_VARIABLE);
    return Object.fromEntries(Object.entries(env).filter(([name]) => !drop.has(name)));
}
async function serveDetached(options, plan, settings, rotate, io) {
    const log = logLine(io);
    if (settings.material.externalKey !== undefined) {
        // The detached server is a new process: a token session and its login do not cross over.
        throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', 'serve --detach cannot use a key on a PKCS#11 token (the login stays with this process); ' +
            'run serve in the foreground, e.g. as a systemd service or with & in the shell.', { input: '--detach' });
    }
    const pidFile = plan.pidFile ?? '';
    checkPidFileFree(pidFile);
    const script = process.argv[1];
    if (script === undefined)
        throw new errors/* RolesAnywhereError */.rK('ERR_INTERNAL', 'serve --detach cannot tell which script to start for the server.');
    const started = await startDetachedServer(serveChildRequest(settings, plan.server, options['no-verify-ssl'], rotate), {
        command: process.execPath,
        // The same script and Node flags (a debugger's port excepted), with the marker that makes it the server.
        args: [...process.execArgv.filter((flag) => !flag.startsWith('--inspect')), script, 'serve'],
        env: withoutMaterialVariables(options, io.env),
        logFile: options['log-file'],
    });
    io.secrets.add(started.endpoints.authorizationToken);
    try {
        (0,privateFiles/* writeNamedPrivateFile */.AC)('--pid-file', pidFile, `${started.pid}\n`);
        emitVariables(serverVariables(started.endpoints), plan, io, log);
    }
    catch (error) {
        // Nobody could find or stop a server whose start failed: stop it now.
        await (0,stopServerProcess/* stopServerProcess */.v)(started.pid, { timeoutMs: 5000, sleep: io.sleep }).catch(() => 'killed');
        (0,privateFiles/* removeFileQuietly */.Y2)(pidFile);
        throw error;
    }
    log(`Credential server running in the background (pid ${started.pid}) for ${started.session.assumedRoleArn}, first credentials expire ${started.session.expiration}; stop it with \`${version/* PRODUCT */.A} serve stop --pid-file ${pidFile}\`.`);
    return 0;
}
async function serveForeground(options, plan, settings, io) {
    const log = logLine(io);
    if (plan.pidFile !== undefined)
        checkPidFileFree(plan.pidFile);
    if (options['no-verify-ssl'])
        io.stderr(`${version/* PRODUCT */.A}: warning: --no-verify-ssl: the endpoint's TLS certificate is not checked.`);
    const material = await (0,core_material.loadMaterial)(settings.material, { now: io.now(), names: settings.names });
    for (const fragment of material.secretFragments)
        io.secrets.add(fragment);
    for (const warning of material.warnings)
        io.stderr(`${version/* PRODUCT */.A}: warning: ${warning.message}`);
    const rotation = new materialRotation/* MaterialRotation */.e(plan.rotate, { sources: settings.material, material }, { now: io.now, log, names: settings.names });
    const server = new CredentialServer(settings, material, plan.server, {
        nextMaterial: async () => {
            const rotated = await rotation.check();
            for (const fragment of rotated?.material.secretFragments ?? [])
                io.secrets.add(fragment);
            return rotated?.material;
        },
        send: (0,http.createEnvironmentSender)({
            attemptTimeoutMs: settings.retry.attemptTimeoutMs,
            env: io.env,
            insecure: options['no-verify-ssl'],
        }),
        now: io.now,
        sleep: io.sleep,
        setTimer: realTimer,
        log,
    });
    const endpoints = await server.start();
    io.secrets.add(endpoints.authorizationToken);
    try {
        if (plan.pidFile !== undefined)
            (0,privateFiles/* writeNamedPrivateFile */.AC)('--pid-file', plan.pidFile, `${process.pid}\n`);
        emitVariables(serverVariables(endpoints), plan, io, log);
        log('Serving until SIGINT or SIGTERM.');
        while ((await io.sleepUntilStopped(MAX_SLEEP_MS)) === 'elapsed')
            ;
    }
    finally {
        await server.stop();
        if (plan.pidFile !== undefined)
            (0,privateFiles/* removeFileQuietly */.Y2)(plan.pidFile);
    }
    const stats = server.stats();
    log(`Stopped after serving ${stats.container.served + stats.imds.served} credential requests and ${stats.refreshes} refreshes.`);
    return 0;
}
const serveDefinition = (0,command/* defineCommand */.N)({
    name: 'serve',
    summary: 'Serve refreshing credentials on 127.0.0.1 (or --host) to every AWS SDK and the AWS CLI (container credentials provider; IMDSv2 with --imds).',
    description: [
        'Keeps the key in memory, obtains credentials, refreshes them ahead of expiry (15 minutes before, or at half-life for short sessions), retries failed refreshes with backoff and keeps serving the current credentials while they are valid; it never serves expired ones (it answers 503 instead).',
        'Prints AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN (a random 256-bit token every request must carry), plus AWS_EC2_METADATA_SERVICE_ENDPOINT with --imds. Every AWS SDK and the AWS CLI read them; a process without the token gets nothing.',
        'Certificate rotation needs no restart: before each refresh the certificate, key and intermediates files are read again, and a changed pair that passes the checks signs from then on; one that fails is logged once and the old pair keeps signing.',
        'In the foreground it serves until SIGINT or SIGTERM. With --detach it starts in the background, prints the lines once it serves and exits; `serve stop --pid-file F` stops it.',
    ],
    options: SERVE_OPTIONS,
    examples: [
        `eval "$(${version/* PRODUCT */.A} serve --detach --pid-file /tmp/ra.pid --certificate env:RA_CERT --private-key env:RA_KEY ${ARNS})"`,
        `${version/* PRODUCT */.A} serve stop --pid-file /tmp/ra.pid`,
        `${version/* PRODUCT */.A} serve --imds --certificate cert.pem --private-key key.pem ${ARNS}`,
        `${version/* PRODUCT */.A} serve --host 169.254.170.23 --port 80 --token env:RA_SERVER_TOKEN --certificate cert.pem --private-key key.pem ${ARNS}`,
        `${version/* PRODUCT */.A} serve --detach --pid-file ra.pid --env-output ra.env --format dotenv --certificate cert.pem --private-key key.pem ${ARNS}`,
    ],
    run: async (options, io) => {
        const plan = planServe(options, io);
        const token = await readToken(options.token, io);
        const { settings, material } = await (0,sessionInputs/* resolveCliSession */.tO)(options, io);
        const rotate = (0,materialFilePaths/* materialFilePaths */.k)(material);
        const planned = { ...plan, server: { ...plan.server, token } };
        return options.detach
            ? serveDetached(options, planned, settings, rotate, io)
            : serveForeground(options, { ...planned, rotate }, settings, io);
    },
});
/** `serve` and `serve stop`; a process started by `serve --detach` becomes the server itself. */
const serveCommand = {
    name: 'serve',
    summary: serveDefinition.summary,
    help: serveDefinition.help,
    execute: async (argv, io) => {
        if (argv[0] === 'stop')
            return (await __webpack_require__.e(/* import() */ 45).then(__webpack_require__.bind(__webpack_require__, 8426))).serveStopCommand.execute(argv.slice(1), io);
        const channel = io.env[SERVE_CHILD_VARIABLE] === '1' ? processChannel() : undefined;
        if (channel !== undefined) {
            return runServeChild({
                channel,
                env: io.env,
                log: logLine(io),
                waitForStop: waitForStopSignal,
            });
        }
        return serveDefinition.execute(argv, io);
    },
};


/***/ }),

/***/ 1495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ materialFilePaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The material flags that named files, as absolute paths: what a long-running command reads again
 * to pick up a rotated certificate. env: and stdin cannot change under a running process.
 */
function materialFilePaths(material) {
    const path = (source) => source?.origin === 'file' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(source.where) : undefined;
    return {
        certificate: path(material.certificate),
        privateKey: path(material.privateKey),
        intermediates: path(material.intermediates),
    };
}


/***/ }),

/***/ 4949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ ENV_FORMATS),
/* harmony export */   D6: () => (/* binding */ githubEnvFile),
/* harmony export */   hh: () => (/* binding */ githubMasks),
/* harmony export */   mu: () => (/* binding */ renderEnv),
/* harmony export */   tU: () => (/* binding */ envVariables)
/* harmony export */ });
/* unused harmony exports shQuote, fishQuote, powershellQuote, dotenvValue, azureEscapeData, githubEscapeData */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_rfc3339_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4376);


const ENV_FORMATS = [
    'sh',
    'fish',
    'powershell',
    'dotenv',
    'json',
    'github',
    'azure',
];
/** The variables the SDKs read, the region pair, and the expiry (AWS_CREDENTIAL_EXPIRATION). */
function envVariables(credentials, region) {
    return [
        { name: 'AWS_ACCESS_KEY_ID', value: credentials.accessKeyId, secret: true },
        { name: 'AWS_SECRET_ACCESS_KEY', value: credentials.secretAccessKey, secret: true },
        { name: 'AWS_SESSION_TOKEN', value: credentials.sessionToken, secret: true },
        { name: 'AWS_CREDENTIAL_EXPIRATION', value: (0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .a)(credentials.expiration), secret: false },
        { name: 'AWS_REGION', value: region, secret: false },
        { name: 'AWS_DEFAULT_REGION', value: region, secret: false },
    ];
}
/** POSIX sh: single quotes take everything literally; a ' becomes '\''. */
function shQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** fish: inside single quotes only \ and ' are special. */
function fishQuote(value) {
    return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
/**
 * PowerShell verbatim string: a quote is doubled. PowerShell takes the typographic single quotes
 * (U+2018-U+201B) as ' too, so each of them would end the string just as ' does.
 */
function powershellQuote(value) {
    return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
/**
 * dotenv: bare when the value is plain (docker --env-file takes quotes literally, and AWS values
 * are plain), else single-quoted (literal in dotenv, python-dotenv and Compose), else
 * double-quoted with backslash escapes.
 */
function dotenvValue(value) {
    if (/^[A-Za-z0-9_./+=:@,-]*$/.test(value))
        return value;
    if (!/['\r\n]/.test(value))
        return `'${value}'`;
    return `"${value
        .replace(/[\\"$`]/g, (c) => `\\${c}`)
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')}"`;
}
/** Azure Pipelines logging-command escaping of a message (the value after `]`). */
function azureEscapeData(value) {
    return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** GitHub workflow-command escaping of a message (the value after `::`). */
function githubEscapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function noNewline(variable, format) {
    if (/[\r\n]/.test(variable.value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_RESPONSE_INVALID', `${variable.name} holds a line break, which the ${format} format cannot carry safely.`);
    }
}
/** The text for stdout in every format but github, which also writes a file. */
function renderEnv(format, variables) {
    switch (format) {
        case 'sh':
            return variables.map((v) => `export ${v.name}=${shQuote(v.value)}\n`).join('');
        case 'fish':
            return variables.map((v) => `set -gx ${v.name} ${fishQuote(v.value)};\n`).join('');
        case 'powershell':
            return variables.map((v) => `$env:${v.name} = ${powershellQuote(v.value)}\n`).join('');
        case 'dotenv':
            return variables.map((v) => `${v.name}=${dotenvValue(v.value)}\n`).join('');
        case 'json':
            return `${JSON.stringify(Object.fromEntries(variables.map((v) => [v.name, v.value])), null, 2)}\n`;
        case 'azure':
            // https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands#setvariable-initialize-or-modify-the-value-of-a-variable
            return variables
                .map((v) => {
                noNewline(v, format);
                return `##vso[task.setvariable variable=${v.name}${v.secret ? ';issecret=true' : ''}]${azureEscapeData(v.value)}\n`;
            })
                .join('');
    }
}
/** `::add-mask::` lines for stdout, before anything is written to GITHUB_ENV. */
function githubMasks(variables) {
    return variables
        .filter((v) => v.secret)
        .map((v) => `::add-mask::${githubEscapeData(v.value)}\n`)
        .join('');
}
/**
 * GITHUB_ENV lines: `NAME=value`, or the heredoc form with a random delimiter when a value spans
 * lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#multiline-strings).
 */
function githubEnvFile(variables, delimiter) {
    return variables
        .map((v) => {
        if (!/[\r\n]/.test(v.value))
            return `${v.name}=${v.value}\n`;
        if (v.value.includes(delimiter)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INTERNAL', `${v.name} contains the heredoc delimiter; retry.`);
        }
        return `${v.name}<<${delimiter}\n${v.value}\n${delimiter}\n`;
    })
        .join('');
}


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ describeSession)
/* harmony export */ });
/* harmony import */ var _rfc3339_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4376);

/**
 * The one line people see about a session: who, until when, from which certificate, after how
 * many attempts. No secret.
 */
function describeSession(session) {
    const c = session.credentials;
    const retried = session.attempts > 1 ? ` after ${session.attempts} attempts` : '';
    const chained = session.firstHop === undefined ? '' : `, chained from ${session.firstHop.assumedRoleArn},`;
    return `Obtained credentials for ${c.assumedRoleArn} (expires ${(0,_rfc3339_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .a)(c.expiration)})${chained} from certificate serial ${session.material.serialDecimal}${retried}.`;
}


/***/ }),

/***/ 8452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ MaterialRotation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_material_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8835);
/* harmony import */ var _core_material_sizeLimit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6845);
/* harmony import */ var _core_rfc3339_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4376);
/* harmony import */ var _materialFile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1620);






const PARTS = ['certificate', 'privateKey', 'intermediates'];
/** A regular file's bytes, without following a FIFO or a device into a hang. */
function readRegularFile(path) {
    const read = (0,_materialFile_js__WEBPACK_IMPORTED_MODULE_4__/* .readMaterialFile */ .E)(path, { regularOnly: true });
    if (read.kind === 'unreadable')
        throw read.cause;
    if (read.kind === 'not-a-file')
        throw new Error(`${path} is not a regular file`);
    if (read.overLimit)
        throw new Error(`${path} is larger than ${_core_material_sizeLimit_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MATERIAL_BYTES */ .X8} bytes`);
    return read.bytes;
}
function digestOf(contents) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
            this.refuse(`read-${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCause */ .V$)(error)}`, `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCause */ .V$)(error)})`);
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
            const material = await (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_2__.loadMaterial)(sources, {
                now: this.deps.now(),
                names: this.deps.names,
            });
            const old = this.current.material;
            this.current = { sources, material };
            this.currentDigest = digest;
            this.refusedDigest = undefined;
            this.deps.log(`The certificate files changed: signing with certificate serial ${material.serialDecimal} (${material.subject}, valid until ${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_5__/* .rfc3339 */ .a)(material.notAfter)}) from this refresh on, in place of serial ${old.serialDecimal}.`);
            return this.current;
        }
        catch (error) {
            this.refuse(digest, `fail the checks: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCause */ .V$)(error)}`);
            return undefined;
        }
    }
    refuse(digest, why) {
        if (digest === this.refusedDigest)
            return;
        this.refusedDigest = digest;
        const old = this.current.material;
        this.deps.log(`The changed certificate files ${why.replace(/\.$/, '')}; still signing with certificate serial ${old.serialDecimal}, valid until ${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_5__/* .rfc3339 */ .a)(old.notAfter)}. Replace the certificate and key together, as a pair that belongs together.`);
    }
    fileContents(sources) {
        return Object.fromEntries(PARTS.flatMap((part) => {
            const content = sources[part];
            return this.paths[part] === undefined || content === undefined ? [] : [[part, content]];
        }));
    }
}


/***/ }),

/***/ 5233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readSecretFile)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _privateFiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2537);


/**
 * A secret (a serve token, a PKCS#11 PIN) read from a file: only a regular file of this user,
 * not a symlink, that no one else can read or write. A file another local user could have
 * written holds a value they know: trusting it would hand them what the secret guards.
 */
function readSecretFile(path, options) {
    const shown = options.showPath ? ` ${path}` : '';
    const read = (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .readPrivateFile */ .q1)(path, options.maxBytes);
    if (read.kind === 'ok')
        return read.content;
    if (read.kind === 'missing')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE', `${options.input}: the ${options.holds} file${options.showPath ? shown : ' it names (not shown: it may be the secret itself)'} does not exist; give the path of a ${options.holds} file or env:NAME.`, { input: options.input });
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE_UNSAFE', `${options.input}: refusing the ${options.holds} file${shown}: ${read.why}. It must be a regular file of this user that no one else can read or write (chmod 600), not a symlink.`, { input: options.input });
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


/***/ }),

/***/ 1845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ serverIdentity)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** Linux: USER_HZ is 100 on every architecture Node supports; /proc/stat's btime is whole seconds. */
const CLOCK_TICKS_PER_SECOND = 100;
function fromProc(pid) {
    let stat;
    let cmdline;
    let system;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        cmdline = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8');
        system = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/stat', 'utf8');
    }
    catch {
        return undefined;
    }
    // The command name in parentheses may hold spaces and parentheses: fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(system)?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds))
        return undefined;
    return {
        startedAtMs: bootSeconds * 1000 + (ticks * 1000) / CLOCK_TICKS_PER_SECOND,
        argv: cmdline.split('\0').filter((arg) => arg !== ''),
    };
}
/** "[[dd-]hh:]mm:ss", as ps prints elapsed time. */
function elapsedSeconds(text) {
    const match = /^(?:(?:(\d+)-)?(\d+):)?(\d+):(\d+)$/.exec(text.trim());
    if (match === null)
        return undefined;
    const [days, hours, minutes, seconds] = match
        .slice(1)
        // An optional group that did not match is undefined, though RegExpExecArray says string.
        .map((part) => Number(part ?? 0));
    return (((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0);
}
/** macOS and the BSDs have no /proc: the system's own ps, by absolute path, never a PATH lookup. */
function fromPs(pid, nowMs) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('/bin/ps', ['-o', 'etime=,command=', '-p', String(pid)], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 5000,
        }).trim();
        const [etime = '', ...command] = out.split(/\s+/);
        const seconds = elapsedSeconds(etime);
        if (seconds === undefined)
            return undefined;
        return { startedAtMs: nowMs - seconds * 1000, argv: command };
    }
    catch {
        return undefined;
    }
}
/** Slack for the clocks' granularity (btime and ps's etime are whole seconds). */
const SLACK_MS = 2000;
function serverIdentity(pid, pidFileWrittenMs, nowMs) {
    const facts = process.platform === 'win32'
        ? undefined
        : (fromProc(pid) ?? (process.platform === 'linux' ? undefined : fromPs(pid, nowMs)));
    if (facts === undefined)
        return { kind: 'unknown' };
    const startedAfter = facts.startedAtMs > pidFileWrittenMs + SLACK_MS;
    const startedAt = new Date(facts.startedAtMs);
    if (!facts.argv.includes('serve'))
        return startedAfter ? { kind: 'reused', startedAt } : { kind: 'foreign' };
    return startedAfter ? { kind: 'ambiguous', startedAt } : { kind: 'server' };
}


/***/ }),

/***/ 2807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isProcessRunning),
/* harmony export */   v: () => (/* binding */ stopServerProcess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const KILL_WAIT_MS = 5000;
/** A Linux zombie answers kill(pid, 0) but is gone for every purpose that matters here. */
function isZombie(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `Process ${pid} belongs to another user; it is not a credential server this user started.`, { cause: error });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `"${pid}" is not the process id of a credential server.`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_TIMEOUT', `Process ${pid} was sent SIGKILL but has not exited after ${KILL_WAIT_MS / 1000} s (stuck in the kernel?); check it with \`ps -p ${pid}\`.`);
        await options.sleep(50);
    }
    return 'killed';
}


/***/ })

};
;