"use strict";
exports.id = 914;
exports.ids = [914,332];
exports.modules = {

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ defineCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/args.ts


/** aws_signing_helper flags for key stores this tool does not reach. */
const HELPER_ONLY = new Set([
    'cert-selector',
    'system-store-name',
    'use-latest-expiring-certificate',
    'pkcs11-lib',
    'reuse-pin',
    'tpm-key-password',
    'no-tpm-key-password',
]);
function usage(command, problem) {
    return new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${problem}; run \`rolesanywhere-credentials ${command} --help\` for the flags it takes.`);
}
/**
 * node:util parseArgs in its lenient mode, then our own checks, so each mistake gets one line
 * naming the flag: parseArgs' strict messages are long and would swallow `--certificate --debug`
 * as a file called "--debug".
 */
function parseCommandArgs(command, specs, argv) {
    const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const values = {};
    for (const token of tokens) {
        if (token.kind === 'positional') {
            throw usage(command, `unexpected argument "${token.value}" (flags take the form --name value)`);
        }
        if (token.kind === 'option-terminator')
            continue;
        if (token.name === 'help')
            return 'help';
        const spec = specs[token.name];
        if (spec === undefined && HELPER_ONLY.has(token.name)) {
            throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${token.rawName} (OS certificate stores, PKCS#11, TPM) is not supported; give the certificate and key as files, env:NAME or -, or keep aws_signing_helper for hardware-held keys.`);
        }
        if (spec === undefined)
            throw usage(command, `unknown flag ${token.rawName}`);
        if (spec.type === 'boolean') {
            if (token.value !== undefined) {
                throw usage(command, `${token.rawName} is a switch and takes no value (got "${token.value}")`);
            }
            values[token.name] = true;
            continue;
        }
        const value = token.value;
        // A PEM block (`--private-key "$(cat key.pem)"`) starts with dashes but is a value, not a flag:
        // it goes on like the `=` form so the flag's reader refuses it without echoing it.
        const flagLike = value?.startsWith('--') === true && !value.startsWith('-----BEGIN');
        if (value === undefined || (!token.inlineValue && flagLike)) {
            throw usage(command, `${token.rawName} needs a value: ${spec.value}`);
        }
        values[token.name] = value;
    }
    const parsed = {};
    for (const [name, spec] of Object.entries(specs)) {
        parsed[name] = values[name] ?? (spec.type === 'boolean' ? false : undefined);
    }
    return parsed;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/command.ts


function defineCommand(definition) {
    return {
        name: definition.name,
        summary: definition.summary,
        help: () => (0,help/* renderCommandHelp */.f)(definition),
        execute: async (argv, io) => {
            const parsed = parseCommandArgs(definition.name, definition.options, argv);
            if (parsed === 'help') {
                io.stdout((0,help/* renderCommandHelp */.f)(definition));
                return 0;
            }
            return definition.run(parsed, io);
        },
    };
}


/***/ }),

/***/ 4914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  updateCommand: () => (/* binding */ updateCommand)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/files/lockFile.ts
var lockFile = __webpack_require__(4726);
// EXTERNAL MODULE: ./src/files/openFlags.ts
var openFlags = __webpack_require__(6320);
// EXTERNAL MODULE: ./src/files/privateFiles.ts
var privateFiles = __webpack_require__(2537);
;// CONCATENATED MODULE: ./src/files/sharedCredentials.ts






/** AWS_SHARED_CREDENTIALS_FILE (with ~ expanded, as botocore does) or ~/.aws/credentials. */
function sharedCredentialsPath(env, home) {
    const configured = env['AWS_SHARED_CREDENTIALS_FILE'];
    if (configured === undefined || configured.trim() === '')
        return (0,external_node_path_.join)(home, '.aws', 'credentials');
    return configured.replace(/^~(?=$|[/\\])/, home);
}
function unsafe(path, why) {
    return new errors/* RolesAnywhereError */.rK('ERR_FILE_UNSAFE', `Refusing to write the credentials file ${path}: ${why}.`, { input: 'AWS_SHARED_CREDENTIALS_FILE' });
}
/** The current content ('' when absent); never follows a symlink, never reads another user's file. */
function readSharedCredentials(path) {
    let stats;
    try {
        stats = (0,external_node_fs_.lstatSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return '';
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot inspect ${path} (${error.code ?? 'error'}).`, { cause: error });
    }
    if (stats.isSymbolicLink())
        throw unsafe(path, 'it is a symlink (point AWS_SHARED_CREDENTIALS_FILE at the real file)');
    if (!stats.isFile())
        throw unsafe(path, 'it is not a regular file');
    const uid = process.getuid?.();
    if (uid !== undefined && stats.uid !== uid)
        throw unsafe(path, `it belongs to uid ${stats.uid}, not to us`);
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | openFlags/* NOFOLLOW */.p | openFlags/* NONBLOCK */.J);
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            throw unsafe(path, 'it changed while being read');
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Replaces the file atomically with a 0600 one; its directory is created 0700 if missing. */
function writeSharedCredentials(path, content) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
        (0,privateFiles/* writePrivateFileAtomic */.kF)(path, content);
    }
    catch (error) {
        if (error instanceof errors/* RolesAnywhereError */.rK)
            throw error;
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot write the credentials file ${path} (${error.code ?? 'error'}).`, { cause: error });
    }
}
/**
 * Reads, edits and replaces the file under an exclusive lock (`<file>.lock` beside it), so that
 * concurrent writers (several `update` runs, a job's Action steps) never lose each other's
 * profiles: without it, two read-modify-write cycles that overlap keep only the later one. With
 * `removeWhenBlank`, an edit that leaves nothing removes the file.
 */
function editSharedCredentials(path, edit, options = {}) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    }
    catch (error) {
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot create the directory of the credentials file ${path} (${error.code ?? 'error'}).`, { cause: error });
    }
    const busy = (lockPath) => new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot edit the credentials file ${path}: another process has held ${lockPath} for over ${LOCK_WAIT_MS / 1000} s. If none is running, remove ${lockPath}.`, { input: 'AWS_SHARED_CREDENTIALS_FILE' });
    const foreign = (lockPath, why) => new errors/* RolesAnywhereError */.rK('ERR_FILE_UNSAFE', `Refusing to edit the credentials file ${path}: its lock ${lockPath} is not this user's lock file (${why}). Keep the credentials file in a directory only you can write to, or remove ${lockPath} if you trust it.`, { input: 'AWS_SHARED_CREDENTIALS_FILE' });
    const lockOptions = { staleMs: LOCK_STALE_MS, maxWaitMs: LOCK_WAIT_MS, busy, foreign };
    try {
        (0,lockFile/* withLockSync */.tQ)(`${path}.lock`, lockOptions, () => {
            const content = edit(readSharedCredentials(path));
            if (options.removeWhenBlank === true && content.trim() === '')
                (0,external_node_fs_.unlinkSync)(path);
            else
                writeSharedCredentials(path, content);
        });
    }
    catch (error) {
        if (error instanceof errors/* RolesAnywhereError */.rK)
            throw error;
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE', `Cannot lock the credentials file ${path} (${error.code ?? 'error'}).`, { cause: error });
    }
}
const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 15_000;

// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/files/credentialsProfile.ts + 1 modules
var credentialsProfile = __webpack_require__(8269);
// EXTERNAL MODULE: ./src/cli/session/obtainSession.ts
var obtainSession = __webpack_require__(142);
// EXTERNAL MODULE: ./src/core/describeSession.ts
var describeSession = __webpack_require__(9480);
// EXTERNAL MODULE: ./src/files/materialRotation.ts
var materialRotation = __webpack_require__(8452);
// EXTERNAL MODULE: ./src/cli/inputs/materialFilePaths.ts
var materialFilePaths = __webpack_require__(1495);
;// CONCATENATED MODULE: ./src/cli/update/refreshSchedule.ts
/**
 * When `update` calls CreateSession next. Pure: the clock comes in as `now`.
 *
 * aws_signing_helper refreshes 5 minutes before expiry; so do we. But a session that is already
 * inside that margin when it arrives (short sessions from the profile or the server, a
 * certificate near its notAfter) would make "5 minutes before expiry" mean "now", every time: so
 * no two calls are closer than MIN_INTERVAL_MS, repeated short sessions and failures back off,
 * and a certificate that can no longer outlast the margin ends the loop.
 */
const REFRESH_BEFORE_MS = 5 * 60_000;
const MIN_INTERVAL_MS = 30_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** 30 s, 60 s, 120 s, 240 s, then every 5 minutes. */
function backoffMs(streak) {
    return Math.min(MAX_BACKOFF_MS, MIN_INTERVAL_MS * 2 ** Math.max(0, Math.min(streak - 1, 10)));
}
/**
 * After credentials arrived: wait until 5 minutes before they expire; when that is less than the
 * minimum interval, back off by how many short sessions came in a row (`shortStreak`, this one
 * included), or give up when the certificate itself ends within the margin.
 */
function afterRefresh(expiration, certificateNotAfter, now, shortStreak) {
    const untilRefresh = expiration.getTime() - REFRESH_BEFORE_MS - now.getTime();
    if (untilRefresh >= MIN_INTERVAL_MS)
        return { kind: 'wait', ms: untilRefresh, short: false };
    return afterFailure(certificateNotAfter, now, shortStreak, true);
}
/**
 * After a failed refresh (or a session too short to use): back off by how many came in a row,
 * or give up when the certificate itself ends within the margin, since no later call can do
 * better (a service that refuses sessions past a certificate's notAfter fails the same way).
 */
function afterFailure(certificateNotAfter, now, streak, short = false) {
    if (certificateNotAfter.getTime() - now.getTime() <= REFRESH_BEFORE_MS + MIN_INTERVAL_MS)
        return {
            kind: 'give-up',
            why: `the certificate expires at ${certificateNotAfter.toISOString()}, so no session it can get outlasts the ${REFRESH_BEFORE_MS / 60_000}-minute refresh margin. Renew the certificate and start update again.`,
        };
    return { kind: 'wait', ms: backoffMs(streak), short };
}

;// CONCATENATED MODULE: ./src/cli/commands/update.ts












/** The certificate itself can no longer get a session: retrying cannot help. */
const GIVE_UP_CODES = new Set(['ERR_CERT_EXPIRED']);
function profileOption(value) {
    const profile = value ?? 'default';
    if (!(0,credentialsProfile/* isProfileName */.fB)(profile))
        throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `--profile "${profile}" is not a usable profile name: use ${credentialsProfile/* PROFILE_NAME_RULE */.PW}.`, { input: '--profile' });
    return profile;
}
/** One refresh: a session, written into the profile, and when to call again. */
async function obtainAndWrite(state, target, flags, io) {
    const session = await (0,obtainSession/* obtainSession */.U)(state.settings, flags, io);
    editSharedCredentials(target.path, (content) => (0,credentialsProfile/* upsertProfile */.Vf)(content, target.profile, session.credentials, target.path));
    state.signedWith = session.material;
    io.stderr(`rolesanywhere-credentials: ${(0,describeSession/* describeSession */._)(session)} Wrote profile [${target.profile}] in ${target.path}.`);
    const expiration = session.credentials.expiration;
    state.certificateNotAfter = session.material.notAfter;
    const step = afterRefresh(expiration, state.certificateNotAfter, io.now(), state.shortStreak + 1);
    state.shortStreak = step.kind === 'wait' && step.short ? state.shortStreak + 1 : 0;
    if (step.kind === 'wait' && step.short)
        io.stderr(`rolesanywhere-credentials: warning: these credentials expire at ${expiration.toISOString()}, within the ${REFRESH_BEFORE_MS / 60_000}-minute refresh margin (is the profile's or role's session duration that short?).`);
    return step;
}
/**
 * When to try again after a refresh failed. Keeps going while the written credentials still
 * work, since a later attempt may succeed; a certificate that can no longer get a session ends
 * the run.
 */
function afterFailedRefresh(error, state, failures, io) {
    if ((0,errors/* isRolesAnywhereError */.db)(error) && GIVE_UP_CODES.has(error.code))
        throw error;
    const why = (0,cli_io/* scrub */._)((0,errors/* describeCause */.V$)(error), io.secrets);
    const step = afterFailure(state.certificateNotAfter, io.now(), failures);
    io.stderr(step.kind === 'wait'
        ? `rolesanywhere-credentials: refresh failed: ${why} Retrying in ${step.ms / 1000} s.`
        : `rolesanywhere-credentials: refresh failed: ${why}`);
    return step;
}
/** Sleeps until each next refresh, picking up rotated material files, until stopped. */
async function refreshUntilStopped(first, state, loop, io) {
    let step = first;
    let failures = 0;
    for (;;) {
        if (step.kind === 'give-up')
            throw new errors/* RolesAnywhereError */.rK('ERR_CERT_EXPIRED', `update stopped: ${step.why}`, {
                input: '--certificate',
            });
        io.stderr(`rolesanywhere-credentials: next refresh at ${new Date(io.now().getTime() + step.ms).toISOString()}.`);
        if ((await io.sleepUntilStopped(step.ms)) === 'stopped')
            return 0;
        const rotated = await loop.rotation.check();
        if (rotated !== undefined)
            state.settings = { ...state.settings, material: rotated.sources };
        try {
            step = await loop.refresh();
            failures = 0;
        }
        catch (error) {
            failures += 1;
            step = afterFailedRefresh(error, state, failures, io);
        }
    }
}
const updateCommand = (0,command/* defineCommand */.N)({
    name: 'update',
    summary: 'Write credentials into a profile of the shared credentials file, and keep them fresh.',
    description: [
        "Compatible with `aws_signing_helper update`. The file is AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials; only the profile's aws_access_key_id, aws_secret_access_key and aws_session_token change, every other byte is kept. The file is replaced atomically with a 0600 one and never written through a symlink.",
        'Without --once it refreshes 5 minutes before each expiry until SIGINT or SIGTERM, never more often than every 30 s: sessions that arrive already inside that margin, and failed refreshes, back off up to 5 minutes. It stops with an error once the certificate expires within the margin. Before each refresh it reads the certificate, key and intermediates files again: a rotated pair that passes the checks is used from that refresh on; one that fails is logged once and the old pair keeps signing.',
    ],
    options: {
        ...credentialOptions/* SESSION_OPTIONS */.AC,
        profile: {
            type: 'string',
            value: '<name>',
            description: `The profile to write (default "default"): ${credentialsProfile/* PROFILE_NAME_RULE */.PW}.`,
        },
        once: {
            type: 'boolean',
            description: 'Write once and exit instead of refreshing until stopped.',
        },
    },
    examples: [
        `${version/* PRODUCT */.A} update --profile ra --once --certificate cert.pem --private-key key.pem --trust-anchor-arn ... --profile-arn ... --role-arn ...`,
        `AWS_SHARED_CREDENTIALS_FILE=/run/app/credentials ${version/* PRODUCT */.A} update --profile app --certificate cert.pem --private-key key.pem ...`,
    ],
    run: async (options, io) => {
        const profile = profileOption(options.profile);
        const resolved = await (0,sessionInputs/* resolveCliSession */.tO)(options, io);
        const target = { profile, path: sharedCredentialsPath(io.env, io.homeDir()) };
        const state = {
            settings: resolved.settings,
            signedWith: undefined,
            certificateNotAfter: new Date(8.64e15),
            shortStreak: 0,
        };
        const flags = { insecure: options['no-verify-ssl'], debug: options.debug };
        const writeOnce = () => obtainAndWrite(state, target, flags, io);
        // A signal mid-refresh ends the run at once; never halfway through writing the file.
        const refresh = () => io.exitOnSignalDuring === undefined ? writeOnce() : io.exitOnSignalDuring(writeOnce);
        const step = await refresh();
        if (options.once || state.signedWith === undefined)
            return 0;
        const rotation = new materialRotation/* MaterialRotation */.e((0,materialFilePaths/* materialFilePaths */.k)(resolved.material), { sources: state.settings.material, material: state.signedWith }, {
            now: io.now,
            log: (line) => {
                io.stderr(`${version/* PRODUCT */.A}: ${line}`);
            },
            names: state.settings.names,
        });
        return refreshUntilStopped(step, state, { refresh, rotation }, io);
    },
});


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

/***/ 8269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uE: () => (/* binding */ PROFILE_NAME),
  PW: () => (/* binding */ PROFILE_NAME_RULE),
  fB: () => (/* binding */ isProfileName),
  Vf: () => (/* binding */ upsertProfile)
});

// UNUSED EXPORTS: removeProfile

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/files/iniLayout.ts
/**
 * The shared credentials file as botocore reads it: Python's configparser.RawConfigParser with
 * its defaults (botocore.configloader.raw_config_parse), line by line, so that an edit keeps
 * every byte it does not mean to change and never turns a file botocore reads into one it
 * refuses. What configparser does, and so what this mirrors:
 * https://docs.python.org/3/library/configparser.html#supported-ini-file-structure
 *
 * - a section header is `[name]` at the start of a stripped line (anything may follow the last
 *   `]`, e.g. `[default] ; comment`); names are case-sensitive;
 * - an option is `key = value` or `key: value`, split at the first `=` or `:`; keys are
 *   case-insensitive (lower-cased);
 * - a stripped line that starts with `#` or `;` is a comment (there are no inline comments);
 * - a non-blank line indented deeper than the option line above it continues that option's value,
 *   blank lines included;
 * - a line before any header, a line that is none of these, a repeated section, or a repeated key
 *   in one section is an error: botocore then raises ConfigParseError for the whole file.
 */

/** Lines with their own terminators, so untouched lines are copied byte for byte. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/** Python's whitespace (str.strip, `\\s`): JavaScript's, plus the separators U+001C..U+001F and U+0085. */
function isSpace(character) {
    const code = character.charCodeAt(0);
    return /\s/.test(character) || (code >= 0x1c && code <= 0x1f) || code === 0x85;
}
function leadingSpace(text) {
    let end = 0;
    while (end < text.length && isSpace(text.charAt(end)))
        end++;
    return text.slice(0, end);
}
function strip(text) {
    let end = text.length;
    while (end > 0 && isSpace(text.charAt(end - 1)))
        end--;
    return text.slice(leadingSpace(text).length, Math.max(end, leadingSpace(text).length));
}
const SECTION = /^\[([\s\S]+)\]/;
const OPTION = /^([\s\S]*?)\s*[=:]\s*([\s\S]*)$/;
function parseFailure(path, lineNumber, why) {
    return new errors/* RolesAnywhereError */.rK('ERR_FILE', `Refusing to edit the credentials file ${path}: line ${lineNumber} ${why}, so botocore cannot read this file either (ConfigParseError). Fix that line and run again; nothing was changed.`, { input: 'AWS_SHARED_CREDENTIALS_FILE' });
}
/** Every line classified as configparser would; throws what configparser would refuse. */
function iniLayout_parseIniLayout(content, path) {
    if (content.startsWith('\ufeff'))
        throw parseFailure(path, 1, 'starts with a byte order mark, which Python reads as text');
    const lines = [];
    const sections = new Set();
    const options = new Set();
    let section;
    let option;
    let indentLevel = 0;
    for (const [index, text] of splitLines(content).entries()) {
        const number = index + 1;
        const body = text.replace(/\r?\n$/, '');
        // Python splits lines at a lone CR too; keeping such a file byte for byte is not possible.
        if (body.includes('\r'))
            throw parseFailure(path, number, 'holds a carriage return mid-line');
        const stripped = strip(body);
        const indent = leadingSpace(body);
        const base = { text, indent, section, option: undefined };
        if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
            lines.push({ ...base, kind: stripped === '' ? 'blank' : 'comment' });
            continue;
        }
        if (section !== undefined && option !== undefined && indent.length > indentLevel) {
            lines.push({ ...base, kind: 'continuation', option });
            continue;
        }
        indentLevel = indent.length;
        const header = SECTION.exec(stripped);
        if (header !== null) {
            const name = header[1] ?? '';
            if (sections.has(name) && name !== 'DEFAULT')
                throw parseFailure(path, number, `repeats the section [${name}]`);
            sections.add(name);
            section = name;
            option = undefined;
            lines.push({ ...base, kind: 'section', section });
            continue;
        }
        if (section === undefined)
            throw parseFailure(path, number, 'comes before any [section] header');
        const match = OPTION.exec(stripped);
        const key = strip(match?.[1] ?? '').toLowerCase();
        if (match === null || key === '')
            throw parseFailure(path, number, 'is not `key = value`, `key: value`, a [section] header, a comment or an indented continuation');
        const scoped = JSON.stringify([section, key]);
        if (options.has(scoped))
            throw parseFailure(path, number, `repeats the key ${key} in [${section}] (keys ignore case)`);
        options.add(scoped);
        option = key;
        lines.push({ ...base, kind: 'option', option });
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/files/credentialsProfile.ts


const KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];
/**
 * The one profile-name rule of every front end (the Action's aws-profile, gitlab-setup's
 * --aws-profile, update --profile). A name goes into AWS_PROFILE, a shell line and an INI header
 * alike, and each front end may write a profile the others then read, so only the characters all
 * of those keep as they are: letters, digits and `_.@+-`, as IAM names allow. Each front end words
 * its own refusal, naming its own input.
 */
const PROFILE_NAME = /^[\w.@+-]{1,64}$/;
/** PROFILE_NAME in words, for a refusal to say what is allowed. */
const PROFILE_NAME_RULE = 'letters, digits and ._@+-, at most 64 characters';
function isProfileName(name) {
    return PROFILE_NAME.test(name);
}
function terminatorOf(line) {
    return line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
}
/** Where `profile`'s section is: its header's index and the index after its last line. */
function sectionRange(lines, profile) {
    const start = lines.findIndex((line) => line.kind === 'section' && line.section === profile);
    if (start === -1)
        return undefined;
    let end = start + 1;
    while (end < lines.length && lines[end]?.kind !== 'section')
        end++;
    return [start, end];
}
/**
 * The shared credentials file with `profile`'s three keys set. Every other byte (other profiles,
 * comments, other keys of the same profile, line endings) is kept as it was; a missing profile is
 * appended. Same `key = value` form as aws_signing_helper writes. A file botocore could not read
 * is refused, not rewritten.
 */
function upsertProfile(original, profile, credentials, path = 'AWS_SHARED_CREDENTIALS_FILE') {
    const values = {
        aws_access_key_id: credentials.accessKeyId,
        aws_secret_access_key: credentials.secretAccessKey,
        aws_session_token: credentials.sessionToken,
    };
    for (const key of KEYS) {
        if (/[\r\n]/.test(values[key]))
            throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `The ${key} received holds a line break; refusing to write it.`);
    }
    const lines = iniLayout_parseIniLayout(original, path);
    const eol = original.includes('\r\n') ? '\r\n' : '\n';
    const range = sectionRange(lines, profile);
    if (range === undefined) {
        let prefix = original;
        if (prefix !== '' && !prefix.endsWith('\n'))
            prefix += eol;
        if (prefix !== '' && !/(\r?\n){2}$/.test(prefix))
            prefix += eol;
        return `${prefix}[${profile}]${eol}${KEYS.map((k) => `${k} = ${values[k]}${eol}`).join('')}`;
    }
    const [start, end] = range;
    const header = lines[start]?.text ?? '';
    const seen = new Set();
    const body = [];
    for (const line of lines.slice(start + 1, end)) {
        const key = KEYS.find((k) => k === line.option);
        if (key === undefined) {
            body.push(line.text);
            continue;
        }
        // The old value's continuation lines go with it.
        if (line.kind === 'continuation')
            continue;
        seen.add(key);
        body.push(`${line.indent}${key} = ${values[key]}${terminatorOf(line.text) || eol}`);
    }
    // Indented like the next option or header, so that line is not read as their continuation.
    const next = lines.slice(start + 1).find((l) => l.kind === 'option' || l.kind === 'section');
    const indent = next?.indent ?? '';
    const missing = KEYS.filter((k) => !seen.has(k)).map((k) => `${indent}${k} = ${values[k]}${eol}`);
    return [
        ...lines.slice(0, start).map((l) => l.text),
        terminatorOf(header) === '' ? header + eol : header,
        ...missing,
        ...body,
        ...lines.slice(end).map((l) => l.text),
    ].join('');
}
/** The file without `profile`'s section; every other byte is kept. */
function removeProfile(original, profile, path = 'AWS_SHARED_CREDENTIALS_FILE') {
    const lines = parseIniLayout(original, path);
    const range = sectionRange(lines, profile);
    if (range === undefined)
        return original;
    const [start, end] = range;
    // upsertProfile appends a missing profile after one blank line: take that back with it.
    const from = end === lines.length && start > 0 && /^\r?\n$/.test(lines[start - 1]?.text ?? '')
        ? start - 1
        : start;
    return [...lines.slice(0, from), ...lines.slice(end)].map((l) => l.text).join('');
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


/***/ })

};
;