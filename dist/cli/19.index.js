"use strict";
exports.id = 19;
exports.ids = [19];
exports.modules = {

/***/ 8400:
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


const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----/g;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
/** PKCS#8, PKCS#1 and SEC1 keys in the clear; an encrypted key needs the full loader. */
const CLEAR_KEY = /^(RSA |EC )?PRIVATE KEY$/;
/** The PEM text of an input given as PEM or as base64 of PEM; undefined for any other form. */
function pemText(content) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
    if (text.includes('-----BEGIN '))
        return text;
    const trimmed = text.trim();
    if (trimmed.length < 64 || !BASE64_TEXT.test(trimmed))
        return undefined;
    const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('latin1');
    return decoded.includes('-----BEGIN ') ? decoded : undefined;
}
/** The DER of each block whose label passes; undefined when any block's label is not expected. */
function ders(text, wanted) {
    return [...text.matchAll(PEM_BLOCK)]
        .filter((match) => wanted(match[1] ?? ''))
        .map((match) => Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64'));
}
/**
 * The identity from PEM inputs without parsing them: a cache hit must not load the ASN.1 library
 * nor open the key (OpenSSL's PEM decoders cost a cold process more than the rest of a hit).
 * Undefined for any other form; the caller then loads the material fully, which refuses a wrong
 * or missing key with its own error.
 */
function quickCacheIdentity(sources) {
    const certificateText = pemText(sources.certificate);
    const keyText = pemText(sources.privateKey ?? sources.certificate);
    if (certificateText === undefined || keyText === undefined)
        return undefined;
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(keyText))
        return undefined;
    const certificateDers = ders(certificateText, (label) => label === 'CERTIFICATE');
    const keyDers = ders(keyText, (label) => CLEAR_KEY.test(label));
    if (certificateDers.length === 0 || keyDers.length === 0)
        return undefined;
    return { kind: 'inputs', certificateDers, keyDers };
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** One cache file per identity and request: anything that changes the answer changes the key. */
function cacheKey(settings, identity) {
    const who = identity.kind === 'inputs'
        ? ['inputs', identity.certificateDers.map(sha256), identity.keyDers.map(sha256)]
        : ['loaded', sha256(identity.leafDer), sha256(identity.publicKeyDer)];
    return sha256(JSON.stringify([
        'v2',
        who,
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

// EXTERNAL MODULE: ./src/cli/cache/cacheDir.ts
var cacheDir = __webpack_require__(5774);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli/output/credentialProcessJson.ts
var credentialProcessJson = __webpack_require__(3906);
// EXTERNAL MODULE: ./src/cli/cache/cacheEntry.ts
var cacheEntry = __webpack_require__(2293);
// EXTERNAL MODULE: ./src/files/lockFile.ts
var lockFile = __webpack_require__(4726);
// EXTERNAL MODULE: ./src/cli/cache/refreshMargin.ts
var refreshMargin = __webpack_require__(3918);
;// CONCATENATED MODULE: ./src/cli/cache/cachedCredentials.ts






const POLL_MS = 25;
/** Past this, waiters stop waiting for the lock holder and call the service themselves. */
const MAX_WAIT_MS = 90_000;
/** A CreateSession with its retries stays within 60 s; a lock older than this is abandoned. */
const STALE_MS = 75_000;
function slotFor(request, io) {
    const file = (0,external_node_path_.join)(request.location.dir, `${request.key}.json`);
    const isFresh = (expiration) => (0,refreshMargin/* isFreshEnough */.J)(expiration, io.now(), request.durationSeconds);
    return {
        file,
        lockPath: (0,external_node_path_.join)(request.location.dir, `${request.key}.lock`),
        lookup: (quiet = false) => {
            const read = (0,cacheEntry/* readCacheEntry */.LE)(file, isFresh, io.stderr);
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
            (0,cacheEntry/* writeCacheEntry */.uz)(slot.file, (0,credentialProcessJson/* credentialProcessJson */.V)(fresh));
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
    const refused = (0,cacheDir/* prepareCacheDir */.H)(request.location.dir);
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
            lock = (0,lockFile/* tryLock */.bh)(slot.lockPath, io.now());
        }
        catch (error) {
            slot.warn(`cannot create the lock ${slot.lockPath}`, error);
            return obtain();
        }
        if (lock !== undefined)
            return obtainUnderLock(slot, lock, obtain, request.debug);
        if ((0,lockFile/* breakStaleLock */.I_)(slot.lockPath, io.now(), STALE_MS)) {
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

// EXTERNAL MODULE: ./src/cli/cache/receipt.ts
var receipt = __webpack_require__(1411);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/cli/session/obtainSession.ts
var obtainSession = __webpack_require__(142);
;// CONCATENATED MODULE: ./src/cli/commands/credentialProcess.ts











/**
 * The material, when the quick path cannot tell the identity: the full loader, which refuses a
 * wrong key. A miss then signs with this same material, so a passphrase's key derivation runs once.
 */
async function loadForCacheIdentity(settings, io) {
    const { loadMaterial } = await __webpack_require__.e(/* import() */ 835).then(__webpack_require__.bind(__webpack_require__, 8835));
    const material = await loadMaterial(settings.material, {
        now: io.now(),
        names: settings.names,
    });
    for (const fragment of material.secretFragments)
        io.secrets.add(fragment);
    return material;
}
function loadedCacheIdentity(material) {
    return {
        kind: 'loaded',
        leafDer: material.leafDer,
        // The loader has paired the key with the leaf, so the leaf's public key is the key's, also
        // for a key that lives on a token.
        publicKeyDer: new external_node_crypto_.X509Certificate(material.leafDer).publicKey.export({
            type: 'spki',
            format: 'der',
        }),
    };
}
/**
 * The files a receipt must check, or undefined when the run cannot be replayed from one: a key
 * the full loader had to open, a passphrase (never recorded, even as a MAC), a key on a token,
 * stdin, or a chain policy read from a file.
 */
function receiptFiles(identity, material, options) {
    if (identity.kind !== 'inputs' || options['pkcs8-password'] !== undefined)
        return undefined;
    // A key on a token is used after a login the receipt could not replay.
    if (material.token !== undefined)
        return undefined;
    if (options['chain-policy']?.startsWith('file://') === true)
        return undefined;
    const sources = [material.certificate, material.privateKey, material.intermediates];
    const files = [];
    for (const source of sources) {
        if (source === undefined || source.origin === 'env')
            continue;
        if (source.origin !== 'file')
            return undefined;
        files.push({ path: source.where, content: source.content });
    }
    return files;
}
const EXAMPLE_ARNS = '--trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0a1b2c3d-... --profile-arn arn:aws:rolesanywhere:eu-west-1:111122223333:profile/4e5f6a7b-... --role-arn arn:aws:iam::111122223333:role/deployer';
const credentialProcessCommand = (0,command/* defineCommand */.N)({
    name: 'credential-process',
    summary: 'Print credentials as the credential_process JSON document on stdout, and nothing else.',
    description: [
        'Flag-compatible with `aws_signing_helper credential-process`. Each session is cached per identity (the certificates and private key given, the role, profile, trust anchor, region, endpoint and session options: an entry is written only once the key has been paired with its leaf, and served only to a run that gives that same key) in a private directory ($XDG_CACHE_HOME/rolesanywhere-credentials or ~/.cache/rolesanywhere-credentials; RAC_CACHE_DIR or --cache-dir choose another) until 16 minutes before it expires (half the session for sessions under 32 minutes), so the AWS CLI, which runs the process for every command, calls CreateSession once per session. After a cached run a 0600 receipt beside the entry (HMACs of the variables and files the entry was keyed from, never their values) lets the next identical command line print the entry before the rest of the CLI loads.',
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
    run: async (options, outerIo) => {
        // Every variable read and every line said is noted, for the receipt written after a cached run.
        const recorder = (0,receipt.recordEnvReads)(outerIo.env);
        const said = { anything: false };
        const io = {
            ...outerIo,
            env: recorder.env,
            stderr: (line) => {
                said.anything = true;
                outerIo.stderr(line);
            },
        };
        const debug = (line) => {
            if (options.debug)
                io.stderr(`rolesanywhere-credentials: ${line}`);
        };
        const { settings, material } = await (0,sessionInputs/* resolveCliSession */.tO)(options, io);
        const quick = options['no-cache'] ? undefined : quickCacheIdentity(settings.material);
        const loaded = options['no-cache'] || quick !== undefined
            ? undefined
            : await loadForCacheIdentity(settings, io);
        // Undefined exactly when --no-cache is given.
        const identity = quick ?? (loaded === undefined ? undefined : loadedCacheIdentity(loaded));
        const obtain = async () => (await (0,obtainSession/* obtainSession */.U)(settings, { insecure: options['no-verify-ssl'], debug: options.debug }, io, loaded)).credentials;
        if (identity === undefined) {
            io.stdout((0,credentialProcessJson/* credentialProcessJson */.V)(await obtain()));
            return 0;
        }
        const location = (0,cacheDir/* chooseCacheDir */.V)(options['cache-dir'], io.env, io.homeDir());
        const key = cacheKey(settings, identity);
        recorder.stop();
        const credentials = await cachedCredentials({ location, key, durationSeconds: settings.durationSeconds, debug }, obtain, io);
        io.stdout((0,credentialProcessJson/* credentialProcessJson */.V)(credentials));
        const files = receiptFiles(identity, material, options);
        if (!said.anything && !recorder.listed() && files !== undefined && io.invocation !== undefined)
            (0,receipt.writeReceipt)({
                dir: location.dir,
                invocation: io.invocation,
                entry: key,
                durationSeconds: settings.durationSeconds,
                envReads: recorder.reads,
                files,
            });
        return 0;
    },
});


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
async function obtainSession(settings, options, io, material) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 3357)),
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
        ? (line) => {
            io.stderr(`rolesanywhere-credentials: ${line}`);
        }
        : undefined;
    log?.(`Calling CreateSession at ${settings.endpoint.href} for ${settings.role.arn} (region ${settings.region}, ${settings.durationSeconds} s).`);
    const session = await obtainCredentials(settings, {
        send,
        now: io.now,
        sleep: io.sleep,
        warn: (line) => {
            io.stderr(`rolesanywhere-credentials: warning: ${line}`);
        },
        ...(log === undefined ? {} : { log }),
    }, material);
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


/***/ }),

/***/ 4726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ breakStaleLock),
/* harmony export */   bh: () => (/* binding */ tryLock),
/* harmony export */   tQ: () => (/* binding */ withLockSync)
/* harmony export */ });
/* unused harmony export foreignLock */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _openFlags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6320);
/* harmony import */ var _privateFiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2537);




/**
 * Takes the lock file, or returns undefined when someone else holds it. The holder's line is
 * written to a private temp file first and hard-linked into place (link fails with EEXIST like
 * O_EXCL): a lock is never seen empty, and a write that fails (ENOSPC) leaves no lock behind.
 */
function tryLock(path, now) {
    const temp = (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTempBeside */ .It)(path, `${process.pid} ${now.toISOString()}\n`, { fsync: false });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(temp, path);
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return undefined;
        throw error;
    }
    finally {
        removeQuietly(temp);
    }
    let released = false;
    return {
        release: () => {
            if (released)
                return;
            released = true;
            removeQuietly(path);
        },
    };
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        // Gone already (released, or broken as stale by another process).
    }
}
/** Whether the lock names no live holder: empty or garbled (never written whole), or a dead pid. */
function holderIsGone(path, stats) {
    // A holder's line is about 40 bytes; anything much larger was not written by a holder.
    if (stats.size > 128)
        return true;
    let text;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | _openFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .NOFOLLOW */ .p | _openFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .NONBLOCK */ .J);
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fd, 'utf8');
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
    const match = /^(\d{1,10}) \S+\n$/.exec(text);
    if (match === null)
        return true;
    const pid = Number(match[1]);
    if (pid <= 0)
        return true;
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Breaks a lock whose holder died (same host: its pid is gone), that holds no holder's line, or
 * that is older than `staleMs`. Renaming first means two waiters cannot both delete a fresh lock.
 * Returns true only when the lock is gone: renamed away here, or already removed by someone else.
 * A rename refused (EPERM in a sticky directory, where another user's lock cannot be moved) is
 * not a break: reporting one would send the caller straight back to a lock that is still there.
 */
function breakStaleLock(path, now, staleMs) {
    let stats;
    try {
        // lstat: a symlink planted here is judged (and removed) itself, never what it points at.
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch (error) {
        return error.code === 'ENOENT';
    }
    const planted = !stats.isFile();
    if (!planted && now.getTime() - stats.mtimeMs < staleMs && !holderIsGone(path, stats))
        return false;
    const aside = `${path}.stale.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(path, aside);
    }
    catch (error) {
        return error.code === 'ENOENT';
    }
    removeQuietly(aside);
    return true;
}
/**
 * Why the lock at `path` is not one this process may wait on or break, or undefined when it is:
 * a directory, a device or a file of another user cannot have been left by a holder that shares
 * this file, and waiting for one to go away would wait for ever.
 */
function foreignLock(path) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch {
        return undefined;
    }
    const uid = process.getuid?.();
    if (uid !== undefined && stats.uid !== uid)
        return `it is owned by uid ${stats.uid}, not by this user (uid ${uid})`;
    if (stats.isSymbolicLink())
        return undefined;
    if (!stats.isFile())
        return 'it is not a regular file';
    return undefined;
}
const SLEEPER = new Int32Array(new SharedArrayBuffer(4));
/** Blocks the thread for `ms`: the edits locked here are synchronous, as are their callers. */
function sleepSync(ms) {
    Atomics.wait(SLEEPER, 0, 0, ms);
}
/** A lock that comes back each time it is broken is not ours to fight over. */
const MAX_BREAKS = 3;
/** Runs `edit` holding the lock at `lockPath`, waiting for another holder in small random steps. */
function withLockSync(lockPath, options, edit) {
    const started = Date.now();
    let broken = 0;
    for (;;) {
        const lock = tryLock(lockPath, new Date());
        if (lock !== undefined) {
            try {
                return edit();
            }
            finally {
                lock.release();
            }
        }
        const why = foreignLock(lockPath);
        if (why !== undefined)
            throw options.foreign(lockPath, why);
        if (Date.now() - started > options.maxWaitMs)
            throw options.busy(lockPath);
        if (broken < MAX_BREAKS && breakStaleLock(lockPath, new Date(), options.staleMs)) {
            broken += 1;
            continue;
        }
        sleepSync(10 + Math.floor(Math.random() * 20));
    }
}


/***/ })

};
;