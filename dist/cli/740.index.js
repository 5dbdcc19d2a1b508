export const id = 740;
export const ids = [740];
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
        if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
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

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createStdinReader),
/* harmony export */   o: () => (/* binding */ readSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** Certificates, keys and bundles are small; a bound keeps `--certificate /dev/zero` finite. */
const MAX_BYTES = 1024 * 1024;
function readBoundedFile(path, flag) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch (error) {
        const code = error.code ?? 'error';
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'it is a directory'
                    : code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: cannot read ${path} (${why}); give a file path, env:NAME or - for stdin.`, { input: flag, cause: error });
    }
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isDirectory()) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: ${path} is a directory; give the file inside it.`, { input: flag });
        }
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(64 * 1024);
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (n === 0)
                break;
            total += n;
            if (total > MAX_BYTES) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: ${path} is larger than ${MAX_BYTES} bytes; certificates and keys are a few kilobytes.`, { input: flag });
            }
            chunks.push(chunk.subarray(0, n));
        }
        return Buffer.concat(chunks);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK)
            throw error;
        const code = error.code ?? 'error';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: cannot read ${path} (${code === 'EISDIR' ? 'it is a directory' : code}).`, { input: flag, cause: error });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const readers = new WeakMap();
/** Reads stdin at most once per run: two flags cannot both say `-`. */
function createStdinReader(io) {
    const existing = readers.get(io);
    if (existing !== undefined)
        return existing;
    let taken;
    const reader = async (flag) => {
        if (taken !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `${flag} - and ${taken} - both ask for stdin; only one flag can read it.`, { input: flag });
        }
        taken = flag;
        return io.readStdin();
    };
    readers.set(io, reader);
    return reader;
}
/**
 * A file flag's value: a path, `env:NAME` (the content is the variable's value, so nothing secret
 * sits in argv or on disk) or `-` (stdin).
 */
async function readSource(value, flag, io, readStdin) {
    if (value.trim() === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${flag} is empty: give a file path, env:NAME or - for stdin.`, { input: flag });
    }
    if (value.startsWith('env:')) {
        const name = value.slice(4);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${flag} env:${name}: "${name}" is not an environment variable name.`, { input: flag });
        }
        const content = io.env[name];
        if (content === undefined || content.trim() === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${flag} env:${name}: the environment variable ${name} is ${content === undefined ? 'not set' : 'empty'}.`, { input: flag });
        }
        return { content, origin: 'env', where: `env:${name}` };
    }
    if (value === '-') {
        const content = await readStdin(flag);
        if (content.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${flag} -: stdin was empty.`, {
                input: flag,
            });
        }
        return { content, origin: 'stdin', where: 'stdin' };
    }
    if (looksLikeMaterial(value)) {
        // The content itself was given where a path belongs: never echo it, and scrub it everywhere.
        io.secrets.add(value);
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 8)
                io.secrets.add(line.trim());
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${flag} takes a file path, env:NAME or -, but was given what looks like certificate or key content (${value.length} characters, not shown); put it in an environment variable and pass env:NAME.`, { input: flag });
    }
    return { content: readBoundedFile(value, flag), origin: 'file', where: value };
}
/** PEM text, or a long base64 run that is not the name of an existing file. */
function looksLikeMaterial(value) {
    if (value.includes('\n') || value.includes('-----BEGIN'))
        return true;
    return value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value);
}


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseArn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PARTITION = 'aws(?:-[a-z]+(?:-[a-z]+)*)?';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';
const ACCOUNT = '\\d{12}';
const PATTERNS = {
    'trust-anchor': {
        re: new RegExp(`^arn:(${PARTITION}):rolesanywhere:(${REGION}):(${ACCOUNT}):trust-anchor/(${UUID})$`),
        example: 'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/<uuid>',
    },
    profile: {
        re: new RegExp(`^arn:(${PARTITION}):rolesanywhere:(${REGION}):(${ACCOUNT}):profile/(${UUID})$`),
        example: 'arn:aws:rolesanywhere:us-east-1:111122223333:profile/<uuid>',
    },
    role: {
        re: new RegExp(`^arn:(${PARTITION}):iam::()(${ACCOUNT}):role/((?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64})$`),
        example: 'arn:aws:iam::111122223333:role/deployer',
    },
};
/** Why an ARN failed, in words: which part is off. */
function diagnose(value, kind) {
    const parts = value.split(':');
    if (parts[0] !== 'arn' || parts.length < 6)
        return 'it is not of the form arn:partition:service:region:account:resource';
    const service = kind === 'role' ? 'iam' : 'rolesanywhere';
    if (parts[2] !== service)
        return `its service is "${parts[2] ?? ''}", expected "${service}"`;
    if (kind !== 'role' && !new RegExp(`^${REGION}$`).test(parts[3] ?? ''))
        return `its region "${parts[3] ?? ''}" is not a region name`;
    if (!new RegExp(`^${ACCOUNT}$`).test(parts[4] ?? ''))
        return `its account "${parts[4] ?? ''}" is not 12 digits`;
    const resource = parts.slice(5).join(':');
    if (!resource.startsWith(`${kind}/`))
        return `its resource "${resource.split('/')[0] ?? ''}" is not a ${kind}`;
    return kind === 'role'
        ? 'the role name has characters IAM does not allow'
        : 'the id after the slash is not a lower-case UUID';
}
function parseArn(value, kind, input) {
    const arn = value.trim();
    if (arn === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${input} is required: give the ${kind} ARN, like ${PATTERNS[kind].example}.`, { input });
    }
    const match = PATTERNS[kind].re.exec(arn);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ARN_INVALID', `${input} is not a valid ${kind} ARN (${diagnose(arn, kind)}): expected something like ${PATTERNS[kind].example}, got "${arn}".`, { input });
    }
    const [, partition = '', region = '', accountId = '', resourceId = ''] = match;
    return { arn, kind, partition, region, accountId, resourceId };
}


/***/ }),

/***/ 8882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ parseRoleSessionName),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   hL: () => (/* binding */ createSessionBody)
/* harmony export */ });
/* unused harmony exports MIN_DURATION_SECONDS, MAX_DURATION_SECONDS, DEFAULT_DURATION_SECONDS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const MIN_DURATION_SECONDS = 900;
const MAX_DURATION_SECONDS = 43_200;
const DEFAULT_DURATION_SECONDS = 3600;
/** Accepts "3600", "1h", "45m"; whole seconds between 900 and 43200. */
function parseDuration(value, input) {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
        return DEFAULT_DURATION_SECONDS;
    }
    let seconds;
    if (typeof value === 'number') {
        seconds = value;
    }
    else {
        const m = /^\s*(\d+)\s*([smh]?)\s*$/.exec(value);
        const unit = m?.[2] === 'h' ? 3600 : m?.[2] === 'm' ? 60 : 1;
        seconds = m?.[1] === undefined ? Number.NaN : Number(m[1]) * unit;
    }
    if (!Number.isInteger(seconds) ||
        seconds < MIN_DURATION_SECONDS ||
        seconds > MAX_DURATION_SECONDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_DURATION_INVALID', `${input} must be a whole number of seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS} (15 minutes to 12 hours), got "${String(value).trim()}".`, { input });
    }
    return seconds;
}
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function parseRoleSessionName(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const name = value.trim();
    if (!SESSION_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_SESSION_NAME_INVALID', `${input} must be 2 to 64 characters of letters, digits and +=,.@_- (got ${name.length} characters${/[^\w+=,.@-]/.test(name) ? ' including others' : ''}).`, { input });
    }
    return name;
}
/** Keys in a fixed order so the same settings always sign the same bytes. */
function createSessionBody(body) {
    const ordered = {
        durationSeconds: body.durationSeconds,
        profileArn: body.profileArn,
        roleArn: body.roleArn,
    };
    if (body.roleSessionName !== undefined)
        ordered['roleSessionName'] = body.roleSessionName;
    ordered['trustAnchorArn'] = body.trustAnchorArn;
    return JSON.stringify(ordered);
}


/***/ }),

/***/ 6906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ resolveEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7987);


function parseExplicit(value, input) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} "${value.trim()}" is not a URL: expected e.g. https://rolesanywhere.us-east-1.amazonaws.com or http://127.0.0.1:8080.`, { input });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} must be an http(s) URL, got the scheme "${url.protocol}".`, { input });
    }
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} must not carry a user name or password.`, { input });
    }
    if (url.search !== '' || url.hash !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} must not have a query or fragment.`, { input });
    }
    return url;
}
/** https://docs.aws.amazon.com/general/latest/gr/rolesanywhere.html */
function resolveEndpoint(options) {
    if (options.url !== undefined && options.url.trim() !== '') {
        return parseExplicit(options.url, options.urlInput ?? 'endpoint');
    }
    const partition = (0,_region_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOfRegion */ .cn)(options.region);
    const service = options.fips ? 'rolesanywhere-fips' : 'rolesanywhere';
    let suffix;
    if (options.dualStack) {
        suffix = partition === 'aws-cn' ? 'api.amazonwebservices.com.cn' : 'api.aws';
    }
    else {
        suffix = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    }
    return new URL(`https://${service}.${options.region}.${suffix}`);
}


/***/ }),

/***/ 7987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ resolveRegion),
/* harmony export */   cn: () => (/* binding */ partitionOfRegion)
/* harmony export */ });
/* unused harmony export validateRegion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function validateRegion(region, input) {
    const value = region.trim();
    if (/^fips-|-fips$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_INVALID', `${input} "${value}" is a pseudo-region: give the real region (e.g. ${value.replace(/^fips-|-fips$/, '')}) and ask for the FIPS endpoint instead.`, { input });
    }
    if (!REGION_RE.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_INVALID', `${input} "${value}" is not an AWS region name like us-east-1.`, { input });
    }
    return value;
}
/**
 * The region to sign for: the explicit one, else the trust anchor's. Roles Anywhere needs the
 * trust anchor and profile in one region, so a mismatch is refused before any call.
 */
function resolveRegion(trustAnchor, profile, explicit, names) {
    if (trustAnchor.region !== profile.region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_MISMATCH', `${names.trustAnchor} is in ${trustAnchor.region} but ${names.profile} is in ${profile.region}; Roles Anywhere needs both in the same region.`, { input: names.profile });
    }
    if (trustAnchor.partition !== profile.partition) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_MISMATCH', `${names.trustAnchor} is in partition ${trustAnchor.partition} but ${names.profile} is in ${profile.partition}; both must be in one partition.`, { input: names.profile });
    }
    if (explicit.value === undefined || explicit.value.trim() === '')
        return trustAnchor.region;
    const region = validateRegion(explicit.value, explicit.input);
    if (region !== trustAnchor.region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_MISMATCH', `${explicit.input} is ${region} but ${names.trustAnchor} is in ${trustAnchor.region}; CreateSession must be signed for the trust anchor's region. Leave ${explicit.input} empty to use it.`, { input: explicit.input });
    }
    return region;
}


/***/ }),

/***/ 8439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Id: () => (/* binding */ parseMaxAttempts),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    deadlineMs: 60_000,
    attemptTimeoutMs: 10_000,
    baseDelayMs: 300,
    maxDelayMs: 10_000,
};
/** Full jitter: a random wait up to an exponentially growing cap (AWS Architecture Blog). */
function backoffDelay(attempt, policy, random) {
    const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * cap);
}
/** 5xx, throttling, timeouts and resets may pass; auth and validation answers never will. */
function isRetryable(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK && error.details.retryable === true;
}
function parseMaxAttempts(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 20) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${input} must be a whole number from 1 to 20, got "${value.trim()}".`, { input });
    }
    return n;
}


/***/ }),

/***/ 4376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ rfc3339)
/* harmony export */ });
/**
 * RFC 3339 in UTC without fractions (2025-12-11T16:34:25Z), as AWS writes it: botocore parses
 * IMDS and credential_process expirations with strptime("%Y-%m-%dT%H:%M:%SZ") and rejects fractions.
 */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ CLI_NAMES),
/* harmony export */   uc: () => (/* binding */ resolveSessionSettings)
/* harmony export */ });
/* unused harmony export ACTION_NAMES */
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _createSession_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8882);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6906);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7987);
/* harmony import */ var _retryPolicy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8439);





const ACTION_NAMES = {
    certificate: 'certificate',
    privateKey: 'private-key',
    passphrase: 'private-key-passphrase',
    intermediates: 'certificate-chain',
    trustAnchorArn: 'trust-anchor-arn',
    profileArn: 'profile-arn',
    roleArn: 'role-arn',
    region: 'aws-region',
    endpoint: 'endpoint',
    durationSeconds: 'session-duration',
    roleSessionName: 'role-session-name',
};
const CLI_NAMES = {
    certificate: '--certificate',
    privateKey: '--private-key',
    passphrase: '--pkcs8-password',
    intermediates: '--intermediates',
    trustAnchorArn: '--trust-anchor-arn',
    profileArn: '--profile-arn',
    roleArn: '--role-arn',
    region: '--region',
    endpoint: '--endpoint',
    durationSeconds: '--session-duration',
    roleSessionName: '--role-session-name',
};
function resolveSessionSettings(raw, names) {
    const trustAnchor = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(raw.trustAnchorArn ?? '', 'trust-anchor', names.trustAnchorArn);
    const profile = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(raw.profileArn ?? '', 'profile', names.profileArn);
    const role = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(raw.roleArn ?? '', 'role', names.roleArn);
    const region = (0,_region_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRegion */ .Zv)(trustAnchor, profile, { value: raw.region, input: names.region }, { trustAnchor: names.trustAnchorArn, profile: names.profileArn });
    const endpoint = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveEndpoint */ .s)({
        region,
        url: raw.endpoint?.url,
        urlInput: raw.endpoint?.source ?? names.endpoint,
        fips: raw.useFipsEndpoint,
        dualStack: raw.useDualStackEndpoint,
    });
    return {
        material: raw.material,
        names,
        trustAnchor,
        profile,
        role,
        region,
        endpoint,
        durationSeconds: (0,_createSession_body_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(raw.durationSeconds, names.durationSeconds),
        roleSessionName: (0,_createSession_body_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRoleSessionName */ .BD)(raw.roleSessionName, names.roleSessionName),
        retry: { ..._retryPolicy_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY_POLICY */ .cO, ...raw.retry },
    };
}


/***/ })

};
