export const id = 925;
export const ids = [925];
export const modules = {

/***/ 9306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialProcessCommand: () => (/* binding */ credentialProcessCommand)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/chain/chainSettings.ts + 1 modules
var chainSettings = __webpack_require__(9019);
;// CONCATENATED MODULE: ./src/cli/cache/cacheKey.ts


const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * A fingerprint of the certificate input without parsing it (a cache hit must not load the ASN.1
 * library): the leaf's DER for PEM and base64 of PEM, the bytes themselves for DER and PKCS#12.
 */
function certificateInputFingerprint(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const text = bytes.toString('latin1');
    const pem = PEM_CERTIFICATE.exec(text)?.[1];
    if (pem !== undefined)
        return sha256(Buffer.from(pem.replace(/\s+/g, ''), 'base64'));
    if (BASE64_TEXT.test(text.trim()) && text.trim().length >= 64) {
        const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64');
        const inner = PEM_CERTIFICATE.exec(decoded.toString('latin1'))?.[1];
        return sha256(inner === undefined ? decoded : Buffer.from(inner.replace(/\s+/g, ''), 'base64'));
    }
    return sha256(bytes);
}
/** One cache file per identity and request: anything that changes the answer changes the key. */
function cacheKey(settings, certificateFingerprint) {
    return sha256(JSON.stringify([
        'v1',
        certificateFingerprint,
        settings.trustAnchor.arn,
        settings.profile.arn,
        settings.role.arn,
        settings.region,
        settings.endpoint.href,
        settings.durationSeconds,
        settings.roleSessionName ?? '',
        // Only when set, so entries cached without these options keep their keys.
        ...(settings.chain === undefined ? [] : [(0,chainSettings/* rawChainInputs */.Lm)(settings.chain)]),
        ...(settings.allowedAccountIds?.length ? [settings.allowedAccountIds] : []),
    ]));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/files/privateFiles.ts
var privateFiles = __webpack_require__(2537);
;// CONCATENATED MODULE: ./src/cli/cache/cacheDir.ts




/** --cache-dir, RAC_CACHE_DIR, $XDG_CACHE_HOME/<product>, ~/.cache/<product>. */
function chooseCacheDir(flag, env, home) {
    if (flag !== undefined && flag.trim() !== '')
        return { dir: flag, source: '--cache-dir' };
    const override = env['RAC_CACHE_DIR'];
    if (override !== undefined && override.trim() !== '')
        return { dir: override, source: 'RAC_CACHE_DIR' };
    const xdg = env['XDG_CACHE_HOME'];
    // The XDG spec says to ignore a relative XDG_CACHE_HOME.
    if (xdg !== undefined && (0,external_node_path_.isAbsolute)(xdg))
        return { dir: (0,external_node_path_.join)(xdg, version/* PRODUCT */.A), source: 'XDG_CACHE_HOME' };
    return { dir: (0,external_node_path_.join)(home, '.cache', version/* PRODUCT */.A), source: '~/.cache' };
}
/**
 * Makes the directory 0700 if it is new and checks it otherwise. A symlink or a directory of
 * another user is refused (the cache is then skipped); our own directory with loose bits is
 * tightened to 0700. Returns why it was refused, or undefined when it is fit to use.
 */
function prepareCacheDir(dir) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    }
    catch (error) {
        return `cannot create it (${error.code ?? 'error'})`;
    }
    const stats = (0,external_node_fs_.lstatSync)(dir);
    if (stats.isSymbolicLink())
        return 'it is a symlink';
    if (!stats.isDirectory())
        return 'it is not a directory';
    const uid = process.getuid?.();
    if (uid !== undefined && stats.uid !== uid)
        return `it belongs to uid ${stats.uid}, not to us (uid ${uid})`;
    if (!(0,privateFiles/* isPrivate */.Gw)(stats))
        (0,external_node_fs_.chmodSync)(dir, 0o700);
    return undefined;
}

// EXTERNAL MODULE: ./src/core/rfc3339.ts
var rfc3339 = __webpack_require__(4376);
;// CONCATENATED MODULE: ./src/cli/output/credentialProcessJson.ts

/**
 * The credential_process document, keys in the documented order, no trailing newline:
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
 */
function credentialProcessJson(credentials) {
    return JSON.stringify({
        Version: 1,
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        SessionToken: credentials.sessionToken,
        Expiration: (0,rfc3339/* rfc3339 */.a)(credentials.expiration),
    });
}

;// CONCATENATED MODULE: ./src/cli/cache/cacheEntry.ts


function parseEntry(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null)
            return undefined;
        const r = value;
        const fields = ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'];
        if (r['Version'] !== 1 || !fields.every((f) => typeof r[f] === 'string' && r[f] !== ''))
            return undefined;
        const expiration = new Date(String(r['Expiration']));
        if (Number.isNaN(expiration.getTime()))
            return undefined;
        return {
            accessKeyId: String(r['AccessKeyId']),
            secretAccessKey: String(r['SecretAccessKey']),
            sessionToken: String(r['SessionToken']),
            expiration,
        };
    }
    catch {
        return undefined;
    }
}
function discard(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // Gone already, or another process replaced it: either way it is not served.
    }
}
/**
 * Reads a cache entry if it is safe and still fresh. An unsafe file (a symlink, another owner,
 * loose permissions) or an unreadable one is removed so the next write replaces it.
 */
function readCacheEntry(path, isFresh, warn) {
    const read = (0,privateFiles/* readPrivateFile */.q1)(path);
    if (read.kind === 'missing')
        return { kind: 'miss', why: 'no cache entry' };
    if (read.kind === 'unsafe') {
        warn(`rolesanywhere-credentials: warning: ignored and replaced the cache file ${path}: ${read.why}.`);
        discard(path);
        return { kind: 'miss', why: `unsafe cache entry (${read.why})` };
    }
    const credentials = parseEntry(read.content.toString('utf8'));
    if (credentials === undefined) {
        discard(path);
        return { kind: 'miss', why: 'unreadable cache entry' };
    }
    if (!isFresh(credentials.expiration))
        return {
            kind: 'miss',
            why: `cache entry expires at ${credentials.expiration.toISOString()}, too soon`,
        };
    return { kind: 'hit', credentials };
}
function writeCacheEntry(path, serialized) {
    (0,privateFiles/* writePrivateFileAtomic */.kF)(path, serialized);
}

;// CONCATENATED MODULE: ./src/cli/cache/lock.ts


/** A CreateSession with its retries stays within 60 s; a lock older than this is abandoned. */
const STALE_MS = 75_000;
/** Takes the lock file with O_EXCL, or returns undefined when someone else holds it. */
function tryLock(path, now) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return undefined;
        throw error;
    }
    try {
        (0,external_node_fs_.writeSync)(fd, `${process.pid} ${now.toISOString()}\n`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    let released = false;
    return {
        release: () => {
            if (released)
                return;
            released = true;
            try {
                (0,external_node_fs_.unlinkSync)(path);
            }
            catch {
                // Broken as stale by another process: nothing left to release.
            }
        },
    };
}
function holderIsGone(path) {
    try {
        const pid = Number((0,external_node_fs_.readFileSync)(path, 'utf8').split(' ')[0]);
        if (!Number.isInteger(pid) || pid <= 0)
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Breaks a lock whose holder died (same host: its pid is gone) or that is older than any
 * CreateSession could take. Renaming first means two waiters cannot both delete a fresh lock.
 */
function breakStaleLock(path, now) {
    let stats;
    try {
        // lstat: a symlink planted here is judged (and removed) itself, never what it points at.
        stats = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return true;
    }
    const planted = !stats.isFile();
    if (!planted && now.getTime() - stats.mtimeMs < STALE_MS && !holderIsGone(path))
        return false;
    const aside = `${path}.stale.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        (0,external_node_fs_.renameSync)(path, aside);
        (0,external_node_fs_.unlinkSync)(aside);
    }
    catch {
        // Another waiter broke it first.
    }
    return true;
}

;// CONCATENATED MODULE: ./src/cli/cache/refreshMargin.ts
const MINUTE_MS = 60_000;
/**
 * How long before expiry a cached entry stops being served. botocore refreshes 15 minutes before
 * expiry (advisory) and insists at 10; handing it credentials inside that window makes it run the
 * process on every call. So: 15 minutes plus one of slack, and half the session for sessions under
 * 32 minutes, which could otherwise never be served from the cache at all.
 */
function refreshMarginMs(durationSeconds) {
    return Math.min(16 * MINUTE_MS, (durationSeconds * 1000) / 2);
}
function isFreshEnough(expiration, now, durationSeconds) {
    return expiration.getTime() - now.getTime() > refreshMarginMs(durationSeconds);
}

;// CONCATENATED MODULE: ./src/cli/cache/cachedCredentials.ts






const POLL_MS = 25;
/** Past this, waiters stop waiting for the lock holder and call the service themselves. */
const MAX_WAIT_MS = 90_000;
function slotFor(request, io) {
    const file = (0,external_node_path_.join)(request.location.dir, `${request.key}.json`);
    const isFresh = (expiration) => isFreshEnough(expiration, io.now(), request.durationSeconds);
    return {
        file,
        lockPath: (0,external_node_path_.join)(request.location.dir, `${request.key}.lock`),
        lookup: (quiet = false) => {
            const read = readCacheEntry(file, isFresh, io.stderr);
            if (read.kind === 'hit')
                return read.credentials;
            if (!quiet)
                request.debug(`Cache miss: ${read.why}.`);
            return undefined;
        },
        warn: (what, error) => {
            const code = error.code ?? 'error';
            io.stderr(`rolesanywhere-credentials: warning: ${what} (${code}); continuing without the cache.`);
        },
    };
}
/** With the lock held: look once more (a waiter may have raced us), else obtain and store. */
async function obtainUnderLock(slot, lock, obtain, debug) {
    try {
        const again = slot.lookup(true);
        if (again !== undefined)
            return again;
        const fresh = await obtain();
        try {
            writeCacheEntry(slot.file, credentialProcessJson(fresh));
            debug(`Cached in ${slot.file}.`);
        }
        catch (error) {
            slot.warn(`cannot write the cache entry ${slot.file}`, error);
        }
        return fresh;
    }
    finally {
        lock.release();
    }
}
/**
 * Serves a fresh cached entry, else takes the per-identity lock and obtains once: concurrent
 * invocations wait for the holder's entry instead of each calling CreateSession.
 */
async function cachedCredentials(request, obtain, io) {
    const refused = prepareCacheDir(request.location.dir);
    if (refused !== undefined) {
        io.stderr(`rolesanywhere-credentials: warning: not caching: the cache directory ${request.location.dir} (from ${request.location.source}) is unusable: ${refused}.`);
        return obtain();
    }
    const slot = slotFor(request, io);
    const cached = slot.lookup();
    if (cached !== undefined) {
        request.debug(`Served from the cache ${slot.file} (expires ${cached.expiration.toISOString()}).`);
        return cached;
    }
    const started = io.now().getTime();
    let broken = 0;
    for (;;) {
        let lock;
        try {
            lock = tryLock(slot.lockPath, io.now());
        }
        catch (error) {
            slot.warn(`cannot create the lock ${slot.lockPath}`, error);
            return obtain();
        }
        if (lock !== undefined)
            return obtainUnderLock(slot, lock, obtain, request.debug);
        if (breakStaleLock(slot.lockPath, io.now())) {
            // A lock that comes back each time it is broken is not ours to fight over.
            if (++broken > 3) {
                slot.warn(`cannot take the lock ${slot.lockPath}`, { code: 'EEXIST' });
                return obtain();
            }
            continue;
        }
        await io.sleep(POLL_MS + Math.floor(Math.random() * POLL_MS));
        const written = slot.lookup(true);
        if (written !== undefined)
            return written;
        if (io.now().getTime() - started > MAX_WAIT_MS) {
            request.debug('Gave up waiting for the cache lock; calling the service directly.');
            return obtain();
        }
    }
}

// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/cli/session/obtainSession.ts
var obtainSession = __webpack_require__(142);
;// CONCATENATED MODULE: ./src/cli/commands/credentialProcess.ts









const EXAMPLE_ARNS = '--trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0a1b2c3d-... --profile-arn arn:aws:rolesanywhere:eu-west-1:111122223333:profile/4e5f6a7b-... --role-arn arn:aws:iam::111122223333:role/deployer';
const credentialProcessCommand = (0,command/* defineCommand */.N)({
    name: 'credential-process',
    summary: 'Print credentials as the credential_process JSON document on stdout, and nothing else.',
    description: [
        'Flag-compatible with `aws_signing_helper credential-process`. Each session is cached per identity in a private directory ($XDG_CACHE_HOME/rolesanywhere-credentials or ~/.cache/rolesanywhere-credentials; RAC_CACHE_DIR or --cache-dir choose another) until 16 minutes before it expires (half the session for sessions under 32 minutes), so the AWS CLI, which runs the process for every command, calls CreateSession once per session.',
        'In ~/.aws/config: credential_process = rolesanywhere-credentials credential-process --certificate /path/cert.pem --private-key /path/key.pem --trust-anchor-arn ... --profile-arn ... --role-arn ...',
    ],
    options: {
        ...credentialOptions/* SESSION_OPTIONS */.AC,
        'no-cache': {
            type: 'boolean',
            description: 'Always call CreateSession; read and write no cache.',
        },
        'cache-dir': {
            type: 'string',
            value: '<dir>',
            description: 'Cache directory (default $XDG_CACHE_HOME/rolesanywhere-credentials or ~/.cache/rolesanywhere-credentials; RAC_CACHE_DIR also sets it).',
        },
    },
    examples: [
        `${version/* PRODUCT */.A} credential-process --certificate cert.pem --private-key key.pem ${EXAMPLE_ARNS}`,
        `${version/* PRODUCT */.A} credential-process --certificate env:RA_CERT --private-key env:RA_KEY --pkcs8-password env:RA_PASS ${EXAMPLE_ARNS}`,
        `${version/* PRODUCT */.A} credential-process --certificate bundle.p12 --pkcs8-password env:P12_PASS ${EXAMPLE_ARNS}`,
    ],
    run: async (options, io) => {
        const debug = (line) => {
            if (options.debug)
                io.stderr(`rolesanywhere-credentials: ${line}`);
        };
        const { settings, material } = await (0,sessionInputs/* resolveCliSession */.tO)(options, io);
        const obtain = async () => (await (0,obtainSession/* obtainSession */.U)(settings, { insecure: options['no-verify-ssl'], debug: options.debug }, io)).credentials;
        const credentials = options['no-cache']
            ? await obtain()
            : await cachedCredentials({
                location: chooseCacheDir(options['cache-dir'], io.env, io.homeDir()),
                key: cacheKey(settings, certificateInputFingerprint(material.certificate.content)),
                durationSeconds: settings.durationSeconds,
                debug,
            }, obtain, io);
        io.stdout(credentialProcessJson(credentials));
        return 0;
    },
});


/***/ }),

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ SESSION_OPTIONS),
/* harmony export */   n$: () => (/* binding */ MATERIAL_OPTIONS)
/* harmony export */ });
/* unused harmony export CHAIN_OPTIONS */
const FILE = '<file|env:NAME|->';
/** The flags every credential-vending command shares with `aws_signing_helper`. */
const MATERIAL_OPTIONS = {
    certificate: {
        type: 'string',
        value: FILE,
        description: 'The leaf certificate (optionally followed by its intermediates) as PEM, DER, base64 of either, or a PKCS#12 bundle holding the key too.',
    },
    'private-key': {
        type: 'string',
        value: FILE,
        description: 'The private key, RSA 2048–4096 or EC P-256/P-384: PKCS#1, SEC1, PKCS#8 or encrypted PKCS#8, as PEM, DER or base64. Omit with a PKCS#12 --certificate.',
    },
    intermediates: {
        type: 'string',
        value: FILE,
        description: 'Intermediate CA certificates, leaf side first; never the trust anchor root.',
    },
    'pkcs8-password': {
        type: 'string',
        value: '<env:NAME|password>',
        description: 'Passphrase of an encrypted key or PKCS#12 bundle. Prefer env:NAME: a literal password in argv is visible to other processes.',
    },
};
/** Role chaining (STS AssumeRole after CreateSession) and the account guard. */
const CHAIN_OPTIONS = {
    'chain-role-arn': {
        type: 'string',
        value: '<arn>',
        description: 'After CreateSession, assume this role with STS AssumeRole and hand over only its credentials.',
    },
    'chain-role-session-name': {
        type: 'string',
        value: '<name>',
        description: "Session name for the chained role (default: the Roles Anywhere session's name).",
    },
    'chain-external-id': {
        type: 'string',
        value: '<id>',
        description: "External id the chained role's trust policy expects.",
    },
    'chain-duration': {
        type: 'string',
        value: '<duration>',
        description: 'Chained session length: 900–3600 seconds, or 15m / 1h (default 3600; STS caps chained sessions at 1 hour).',
    },
    'chain-policy': {
        type: 'string',
        value: '<json|file://path>',
        description: 'Inline session policy (JSON, at most 2048 characters) narrowing the chained role.',
    },
    'chain-policy-arns': {
        type: 'string',
        value: '<arn,...>',
        description: 'Managed policy ARNs narrowing the chained role (up to 10).',
    },
    'chain-tags': {
        type: 'string',
        value: '<Key=Value,...>',
        description: 'Session tags for the chained role (its trust policy must allow sts:TagSession).',
    },
    'chain-transitive-tag-keys': {
        type: 'string',
        value: '<key,...>',
        description: 'Which of --chain-tags pass on to further role chaining.',
    },
    'sts-endpoint': {
        type: 'string',
        value: '<url>',
        description: 'STS endpoint URL for the chained call. Else AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, then the regional one (FIPS and dual-stack variables honoured).',
    },
    'allowed-account-ids': {
        type: 'string',
        value: '<id,...>',
        description: 'Refuse credentials (Roles Anywhere or chained) for any account not in this list, before anything is printed or written.',
    },
};
const SESSION_OPTIONS = {
    ...MATERIAL_OPTIONS,
    'trust-anchor-arn': {
        type: 'string',
        value: '<arn>',
        description: 'The trust anchor ARN; its region is the signing region.',
    },
    'profile-arn': {
        type: 'string',
        value: '<arn>',
        description: 'The Roles Anywhere profile ARN (same region as the trust anchor).',
    },
    'role-arn': {
        type: 'string',
        value: '<arn>',
        description: 'The IAM role to assume; it must be listed in the profile.',
    },
    'session-duration': {
        type: 'string',
        value: '<duration>',
        description: 'Session length: seconds (900–43200), or 15m / 2h (default 3600; the profile may cap it).',
    },
    'role-session-name': {
        type: 'string',
        value: '<name>',
        description: 'Role session name; the profile must allow it (acceptRoleSessionName).',
    },
    region: {
        type: 'string',
        value: '<region>',
        description: "Signing region; defaults to the trust anchor's and must agree with it.",
    },
    endpoint: {
        type: 'string',
        value: '<url>',
        description: 'CreateSession endpoint URL (VPC endpoint, emulator). Else AWS_ENDPOINT_URL_ROLESANYWHERE, AWS_ENDPOINT_URL, then the public one (AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT honoured).',
    },
    ...CHAIN_OPTIONS,
    'no-verify-ssl': {
        type: 'boolean',
        description: 'Skip TLS verification of the endpoint (local tests only).',
    },
    'with-proxy': {
        type: 'boolean',
        description: 'Accepted for compatibility: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are always honoured.',
    },
    debug: { type: 'boolean', description: 'Progress and error detail on stderr (never a secret).' },
};


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ rememberKeyLines),
/* harmony export */   Qm: () => (/* binding */ sessionInputsFrom),
/* harmony export */   dA: () => (/* binding */ readMaterialInputs),
/* harmony export */   iS: () => (/* binding */ explicitEndpoint),
/* harmony export */   jP: () => (/* binding */ readPassphrase),
/* harmony export */   qF: () => (/* binding */ envFlag),
/* harmony export */   tO: () => (/* binding */ resolveCliSession)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_retryPolicy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1922);
/* harmony import */ var _readSource_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4845);





const PEM_BODY_LINE = /^[A-Za-z0-9+/=]{16,}$/;
/** Every line of a key's body, so the error printer can scrub a key that leaked into a message. */
function rememberKeyLines(content, io) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (PEM_BODY_LINE.test(trimmed))
            io.secrets.add(trimmed);
    }
}
function readPassphrase(value, io) {
    if (value === undefined)
        return undefined;
    let passphrase = value;
    if (value.startsWith('env:')) {
        const name = value.slice(4);
        const fromEnv = io.env[name];
        if (fromEnv === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `--pkcs8-password env:${name}: the environment variable ${name} is not set.`, { input: '--pkcs8-password' });
        }
        passphrase = fromEnv;
    }
    else {
        io.stderr('rolesanywhere-credentials: warning: --pkcs8-password with a literal password is visible to other processes (ps, /proc); use --pkcs8-password env:NAME.');
    }
    if (passphrase !== '')
        io.secrets.add(passphrase);
    return passphrase;
}
async function readMaterialInputs(flags, io) {
    if (flags.certificate === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--certificate is required: a file path, env:NAME or - (stdin) with the certificate or a PKCS#12 bundle.', { input: '--certificate' });
    }
    const stdin = (0,_readSource_js__WEBPACK_IMPORTED_MODULE_4__/* .createStdinReader */ .i)(io);
    const certificate = await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_4__/* .readSource */ .o)(flags.certificate, '--certificate', io, stdin);
    const privateKey = flags['private-key'] === undefined
        ? undefined
        : await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_4__/* .readSource */ .o)(flags['private-key'], '--private-key', io, stdin);
    if (privateKey !== undefined)
        rememberKeyLines(privateKey.content, io);
    const intermediates = flags.intermediates === undefined
        ? undefined
        : await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_4__/* .readSource */ .o)(flags.intermediates, '--intermediates', io, stdin);
    const passphrase = readPassphrase(flags['pkcs8-password'], io);
    return {
        certificate,
        privateKey,
        intermediates,
        sources: {
            certificate: certificate.content,
            ...(privateKey === undefined ? {} : { privateKey: privateKey.content }),
            ...(intermediates === undefined ? {} : { intermediates: intermediates.content }),
            ...(passphrase === undefined ? {} : { passphrase }),
        },
    };
}
function envFlag(env, name) {
    return (env[name] ?? '').trim().toLowerCase() === 'true';
}
/** The explicit endpoint the SDKs would use: the flag, then the service variable, then the global one. */
function explicitEndpoint(flags, env) {
    if (flags.endpoint !== undefined && flags.endpoint.trim() !== '')
        return { url: flags.endpoint, source: '--endpoint' };
    for (const name of ['AWS_ENDPOINT_URL_ROLESANYWHERE', 'AWS_ENDPOINT_URL']) {
        const value = env[name];
        if (value !== undefined && value.trim() !== '')
            return { url: value, source: name };
    }
    return undefined;
}
/** Flags and environment as the settings resolver takes them, material aside. */
function sessionInputsFrom(flags, env) {
    return {
        trustAnchorArn: flags['trust-anchor-arn'],
        profileArn: flags['profile-arn'],
        roleArn: flags['role-arn'],
        region: flags.region,
        endpoint: explicitEndpoint(flags, env),
        useFipsEndpoint: envFlag(env, 'AWS_USE_FIPS_ENDPOINT'),
        useDualStackEndpoint: envFlag(env, 'AWS_USE_DUALSTACK_ENDPOINT'),
        durationSeconds: flags['session-duration'],
        roleSessionName: flags['role-session-name'],
        retry: retryFromEnvironment(env),
        chain: chainInputsFrom(flags, env),
        allowedAccountIds: flags['allowed-account-ids'],
    };
}
/** The STS endpoint the SDKs would use: the flag, then the service variable, then the global one. */
function stsEndpoint(flags, env) {
    if (flags['sts-endpoint'] !== undefined && flags['sts-endpoint'].trim() !== '')
        return { url: flags['sts-endpoint'], source: '--sts-endpoint' };
    for (const name of ['AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL']) {
        const value = env[name];
        if (value !== undefined && value.trim() !== '')
            return { url: value, source: name };
    }
    return undefined;
}
/** Policies are bounded by STS at 2048 characters; a file far past that is a mistake. */
const MAX_POLICY_FILE_BYTES = 64 * 1024;
/** `file://path` as the AWS CLI takes it, else the JSON itself. */
function policyText(value) {
    if (value === undefined || !value.startsWith('file://'))
        return value;
    const path = value.slice('file://'.length);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_FILE', `--chain-policy ${value}: cannot read the file (${cause.code ?? 'error'}).`, { input: '--chain-policy', cause });
    }
    if (text.length > MAX_POLICY_FILE_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_POLICY_INVALID', `--chain-policy ${value} is ${text.length} bytes; a session policy is at most 2048 characters.`, { input: '--chain-policy' });
    }
    return text.toString('utf8');
}
function chainInputsFrom(flags, env) {
    return {
        roleArn: flags['chain-role-arn'] ?? '',
        roleSessionName: flags['chain-role-session-name'],
        externalId: flags['chain-external-id'],
        durationSeconds: flags['chain-duration'],
        policy: policyText(flags['chain-policy']),
        policyArns: flags['chain-policy-arns'],
        tags: flags['chain-tags'],
        transitiveTagKeys: flags['chain-transitive-tag-keys'],
        endpoint: stsEndpoint(flags, env),
    };
}
/**
 * AWS_MAX_ATTEMPTS, as the SDKs read it, bounds the attempts at CreateSession;
 * RAC_RETRY_TIMEOUT_SECONDS bounds the time they may take in all.
 */
function retryFromEnvironment(env) {
    const maxAttempts = (0,_core_retryPolicy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaxAttempts */ .Id)(env['AWS_MAX_ATTEMPTS'], 'AWS_MAX_ATTEMPTS');
    const deadlineMs = (0,_core_retryPolicy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryTimeout */ .Px)(env['RAC_RETRY_TIMEOUT_SECONDS'], 'RAC_RETRY_TIMEOUT_SECONDS');
    return {
        ...(maxAttempts === undefined ? {} : { maxAttempts }),
        ...(deadlineMs === undefined ? {} : { deadlineMs }),
    };
}
/** argv and environment → checked settings; ARNs are checked before any material is read. */
async function resolveCliSession(flags, io) {
    const raw = sessionInputsFrom(flags, io.env);
    // Every ARN and number is checked before any file or stdin is read.
    const settings = (0,_core_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSessionSettings */ .uc)({ ...raw, material: { certificate: '' } }, _core_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .CLI_NAMES */ .Q4);
    const material = await readMaterialInputs(flags, io);
    return { settings: { ...settings, material: material.sources }, material };
}


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ obtainSession)
/* harmony export */ });
/* harmony import */ var _core_describeSession_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);

/**
 * Loads the material, signs and calls CreateSession. Imported lazily: the signer, the ASN.1
 * library and the transport are only loaded when the cache cannot answer.
 */
async function obtainSession(settings, options, io) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(509), __webpack_require__.e(571)]).then(__webpack_require__.bind(__webpack_require__, 3571)),
        __webpack_require__.e(/* import() */ 314).then(__webpack_require__.bind(__webpack_require__, 4314)),
    ]);
    if (options.insecure)
        io.stderr("rolesanywhere-credentials: warning: --no-verify-ssl: the endpoint's TLS certificate is not checked.");
    const send = createEnvironmentSender({
        attemptTimeoutMs: settings.retry.attemptTimeoutMs,
        env: io.env,
        insecure: options.insecure,
    });
    const log = options.debug
        ? (line) => io.stderr(`rolesanywhere-credentials: ${line}`)
        : undefined;
    log?.(`Calling CreateSession at ${settings.endpoint.href} for ${settings.role.arn} (region ${settings.region}, ${settings.durationSeconds} s).`);
    const session = await obtainCredentials(settings, {
        send,
        now: io.now,
        sleep: io.sleep,
        warn: (line) => io.stderr(`rolesanywhere-credentials: warning: ${line}`),
        ...(log === undefined ? {} : { log }),
    });
    for (const fragment of session.material.secretFragments)
        io.secrets.add(fragment);
    for (const set of [session.credentials, session.firstHop]) {
        if (set === undefined)
            continue;
        io.secrets.add(set.secretAccessKey);
        io.secrets.add(set.sessionToken);
    }
    log?.((0,_core_describeSession_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSession */ ._)(session));
    return session;
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


/***/ })

};
