export const id = 966;
export const ids = [966,186];
export const modules = {

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

/***/ 9966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nextRefreshDelay: () => (/* binding */ nextRefreshDelay),
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
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
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

// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
;// CONCATENATED MODULE: ./src/files/credentialsProfile.ts

const KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];
function validateProfileName(name, input = '--profile') {
    const profile = name ?? 'default';
    if (!/^[^\s[\]#;][^[\]\r\n]*$/.test(profile) || profile !== profile.trim()) {
        throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `${input} "${profile}" is not a usable profile name: no brackets, line breaks or surrounding spaces.`, { input });
    }
    return profile;
}
/** Lines with their own terminators, so untouched lines are copied byte for byte. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function terminatorOf(line) {
    return line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The shared credentials file with `profile`'s three keys set. Every other byte (other profiles,
 * comments, other keys of the same profile, line endings) is kept as it was; a missing profile is
 * appended. Same `key = value` form as aws_signing_helper writes.
 */
function upsertProfile(original, profile, credentials) {
    const values = {
        aws_access_key_id: credentials.accessKeyId,
        aws_secret_access_key: credentials.secretAccessKey,
        aws_session_token: credentials.sessionToken,
    };
    for (const key of KEYS) {
        if (/[\r\n]/.test(values[key]))
            throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `The ${key} received holds a line break; refusing to write it.`);
    }
    const eol = original.includes('\r\n') ? '\r\n' : '\n';
    const lines = splitLines(original);
    const header = new RegExp(`^\\s*\\[${escapeRegExp(profile)}\\]\\s*$`);
    const start = lines.findIndex((line) => header.test(line.replace(/\r?\n$/, '')));
    if (start === -1) {
        let prefix = original;
        if (prefix !== '' && !prefix.endsWith('\n'))
            prefix += eol;
        if (prefix !== '' && !/(\r?\n){2}$/.test(prefix))
            prefix += eol;
        return `${prefix}[${profile}]${eol}${KEYS.map((k) => `${k} = ${values[k]}${eol}`).join('')}`;
    }
    const out = lines.slice(0, start + 1);
    const headerLine = lines[start] ?? '';
    if (terminatorOf(headerLine) === '')
        out[out.length - 1] = headerLine + eol;
    const seen = new Set();
    let end = start + 1;
    const body = [];
    for (; end < lines.length; end++) {
        const line = lines[end] ?? '';
        if (/^\s*\[/.test(line))
            break;
        const key = KEYS.find((k) => new RegExp(`^\\s*${k}\\s*=`).test(line));
        if (key === undefined) {
            body.push(line);
            continue;
        }
        seen.add(key);
        body.push(`${key} = ${values[key]}${terminatorOf(line) || eol}`);
    }
    const missing = KEYS.filter((k) => !seen.has(k)).map((k) => `${k} = ${values[k]}${eol}`);
    return [...out, ...missing, ...body, ...lines.slice(end)].join('');
}
/** The file without `profile`'s section; every other byte is kept. */
function removeProfile(original, profile) {
    const lines = splitLines(original);
    const header = new RegExp(`^\\s*\\[${escapeRegExp(profile)}\\]\\s*$`);
    const start = lines.findIndex((line) => header.test(line.replace(/\r?\n$/, '')));
    if (start === -1)
        return original;
    let end = start + 1;
    while (end < lines.length && !/^\s*\[/.test(lines[end] ?? ''))
        end++;
    // upsertProfile appends a missing profile after one blank line: take that back with it.
    const from = end === lines.length && start > 0 && /^\r?\n$/.test(lines[start - 1] ?? '') ? start - 1 : start;
    return [...lines.slice(0, from), ...lines.slice(end)].join('');
}

// EXTERNAL MODULE: ./src/cli/session/obtainSession.ts
var obtainSession = __webpack_require__(142);
// EXTERNAL MODULE: ./src/core/describeSession.ts
var describeSession = __webpack_require__(9480);
// EXTERNAL MODULE: ./src/files/materialRotation.ts
var materialRotation = __webpack_require__(8452);
// EXTERNAL MODULE: ./src/cli/inputs/materialFilePaths.ts
var materialFilePaths = __webpack_require__(1495);
;// CONCATENATED MODULE: ./src/cli/commands/update.ts











/** aws_signing_helper refreshes 5 minutes before expiry; so do we. */
const REFRESH_BEFORE_MS = 5 * 60_000;
const RETRY_MS = 30_000;
/** When to refresh next: 5 minutes before expiry, at once if that is past. */
function nextRefreshDelay(expiration, now) {
    return Math.max(0, expiration.getTime() - REFRESH_BEFORE_MS - now.getTime());
}
const updateCommand = (0,command/* defineCommand */.N)({
    name: 'update',
    summary: 'Write credentials into a profile of the shared credentials file, and keep them fresh.',
    description: [
        "Compatible with `aws_signing_helper update`. The file is AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials; only the profile's aws_access_key_id, aws_secret_access_key and aws_session_token change, every other byte is kept. The file is replaced atomically with a 0600 one and never written through a symlink.",
        'Without --once it refreshes 5 minutes before each expiry until SIGINT or SIGTERM, reading the certificate, key and intermediates files again first: a rotated pair that passes the checks is used from that refresh on; one that fails is logged once and the old pair keeps signing.',
    ],
    options: {
        ...credentialOptions/* SESSION_OPTIONS */.AC,
        profile: {
            type: 'string',
            value: '<name>',
            description: 'The profile to write (default "default").',
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
        const profile = validateProfileName(options.profile);
        const resolved = await (0,sessionInputs/* resolveCliSession */.tO)(options, io);
        let settings = resolved.settings;
        const path = sharedCredentialsPath(io.env, io.homeDir());
        let signedWith;
        const refresh = async () => {
            const session = await (0,obtainSession/* obtainSession */.U)(settings, { insecure: options['no-verify-ssl'], debug: options.debug }, io);
            writeSharedCredentials(path, upsertProfile(readSharedCredentials(path), profile, session.credentials));
            signedWith = session.material;
            io.stderr(`rolesanywhere-credentials: ${(0,describeSession/* describeSession */._)(session)} Wrote profile [${profile}] in ${path}.`);
            return session.credentials.expiration;
        };
        let expiration = await refresh();
        if (options.once || signedWith === undefined)
            return 0;
        const rotation = new materialRotation/* MaterialRotation */.e((0,materialFilePaths/* materialFilePaths */.k)(resolved.material), { sources: settings.material, material: signedWith }, { now: io.now, log: (line) => io.stderr(`${version/* PRODUCT */.A}: ${line}`), names: settings.names });
        for (;;) {
            const delay = nextRefreshDelay(expiration, io.now());
            io.stderr(`rolesanywhere-credentials: next refresh at ${new Date(io.now().getTime() + delay).toISOString()}.`);
            if ((await io.sleepUntilStopped(delay)) === 'stopped')
                return 0;
            const rotated = await rotation.check();
            if (rotated !== undefined)
                settings = { ...settings, material: rotated.sources };
            try {
                expiration = await refresh();
            }
            catch (error) {
                // Keep going while the written credentials still work; a later attempt may succeed.
                const why = (0,cli_io/* scrub */._)((0,errors/* describeCause */.V$)(error), io.secrets);
                io.stderr(`rolesanywhere-credentials: refresh failed: ${why} Retrying in ${RETRY_MS / 1000} s.`);
                if ((await io.sleepUntilStopped(RETRY_MS)) === 'stopped')
                    return 0;
            }
        }
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


/***/ }),

/***/ 8452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ MaterialRotation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_material_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7509);
/* harmony import */ var _core_rfc3339_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4376);





const PARTS = ['certificate', 'privateKey', 'intermediates'];
/** As the CLI's own bound on a material file: certificates and keys are a few kilobytes. */
const MAX_BYTES = 1024 * 1024;
/** A regular file's bytes, without following a FIFO or a device into a hang. */
function readRegularFile(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!stat.isFile())
            throw new Error(`${path} is not a regular file`);
        if (stat.size > MAX_BYTES)
            throw new Error(`${path} is larger than ${MAX_BYTES} bytes`);
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, read, buffer.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buffer.subarray(0, read);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
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
            this.refuse(`read-${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCause */ .V$)(error)}`, `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCause */ .V$)(error)})`);
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
            const material = await (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadMaterial */ .Ih)(sources, {
                now: this.deps.now(),
                names: this.deps.names,
            });
            const old = this.current.material;
            this.current = { sources, material };
            this.currentDigest = digest;
            this.refusedDigest = undefined;
            this.deps.log(`The certificate files changed: signing with certificate serial ${material.serialDecimal} (${material.subject}, valid until ${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .a)(material.notAfter)}) from this refresh on, in place of serial ${old.serialDecimal}.`);
            return this.current;
        }
        catch (error) {
            this.refuse(digest, `fail the checks: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCause */ .V$)(error)}`);
            return undefined;
        }
    }
    refuse(digest, why) {
        if (digest === this.refusedDigest)
            return;
        this.refusedDigest = digest;
        const old = this.current.material;
        this.deps.log(`The changed certificate files ${why.replace(/\.$/, '')}; still signing with certificate serial ${old.serialDecimal}, valid until ${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .a)(old.notAfter)}. Replace the certificate and key together, as a pair that belongs together.`);
    }
    fileContents(sources) {
        return Object.fromEntries(PARTS.flatMap((part) => {
            const content = sources[part];
            return this.paths[part] === undefined || content === undefined ? [] : [[part, content]];
        }));
    }
}


/***/ }),

/***/ 2537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ writeNamedPrivateFile),
/* harmony export */   Gw: () => (/* binding */ isPrivate),
/* harmony export */   Y2: () => (/* binding */ removeFileQuietly),
/* harmony export */   kF: () => (/* binding */ writePrivateFileAtomic),
/* harmony export */   q1: () => (/* binding */ readPrivateFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




// Windows has no O_NOFOLLOW; there the symlink checks rely on lstat alone.
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
/** Owned by us (where uids exist) and readable by nobody else. */
function isPrivate(stats, allowGroupRead = false) {
    const uid = process.getuid?.();
    if (uid !== undefined && stats.uid !== uid)
        return false;
    if (process.platform === 'win32')
        return true;
    return (stats.mode & (allowGroupRead ? 0o022 : 0o077)) === 0;
}
/**
 * Writes `data` to `path` atomically: a fresh temp file in the same directory (O_EXCL and
 * O_NOFOLLOW, so nothing planted there is followed), fsync, then rename over the target. A reader
 * sees the old file or the new one, never half of one; a symlink at `path` is replaced, not
 * followed.
 */
function writePrivateFileAtomic(path, data) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | NOFOLLOW, 0o600);
    try {
        try {
            const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
            let offset = 0;
            while (offset < bytes.length)
                offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, offset, bytes.length - offset);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // Already renamed or never created.
        }
        throw error;
    }
}
/** Reads a file only if it is a regular file of ours, not a symlink, and private (0600). */
function readPrivateFile(path, maxBytes = 64 * 1024) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        if (code === 'ELOOP' || code === 'EMLINK')
            return { kind: 'unsafe', why: 'it is a symlink' };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RolesAnywhereError */ .rK('ERR_FILE', `Cannot read ${path} (${code ?? 'error'}).`, {
            cause: error,
        });
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!stats.isFile())
            return { kind: 'unsafe', why: 'it is not a regular file' };
        if (process.platform === 'win32' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).isSymbolicLink())
            return { kind: 'unsafe', why: 'it is a symlink' };
        if (!isPrivate(stats))
            return {
                kind: 'unsafe',
                why: `its owner or mode (${(stats.mode & 0o777).toString(8)}) lets others read or change it`,
            };
        if (stats.size > maxBytes)
            return { kind: 'unsafe', why: `it is larger than ${maxBytes} bytes` };
        const buffer = Buffer.alloc(stats.size);
        let offset = 0;
        while (offset < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, offset, buffer.length - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return { kind: 'ok', content: buffer.subarray(0, offset) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Removes a file if it is there; a file already gone is not an error. */
function removeFileQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        // Already gone.
    }
}
/** writePrivateFileAtomic for a file the user named with `input`: a failure is one clear line. */
function writeNamedPrivateFile(input, path, data) {
    try {
        writePrivateFileAtomic(path, data);
    }
    catch (error) {
        const code = error.code ?? 'error';
        const why = code === 'EISDIR'
            ? 'it is a directory'
            : code === 'ENOENT'
                ? 'its directory does not exist'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied'
                    : code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RolesAnywhereError */ .rK('ERR_FILE', `${input} ${path}: cannot write it (${why}).`, {
            input,
            cause: error,
        });
    }
}


/***/ })

};
