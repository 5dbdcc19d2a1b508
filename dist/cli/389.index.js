"use strict";
exports.id = 389;
exports.ids = [389];
exports.modules = {

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ SESSION_OPTIONS),
/* harmony export */   n$: () => (/* binding */ MATERIAL_OPTIONS)
/* harmony export */ });
/* unused harmony export CHAIN_OPTIONS */
/* harmony import */ var _tokenFlags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8328);

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
        description: 'The private key, RSA 2048–4096, EC P-256/P-384 or ML-DSA (Node 24): PKCS#1, SEC1, PKCS#8 or encrypted PKCS#8, as PEM, DER or base64; or a pkcs11: URI of a key on a token. Omit with a PKCS#12 --certificate.',
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
    ..._tokenFlags_js__WEBPACK_IMPORTED_MODULE_0__/* .PKCS11_OPTIONS */ .z,
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
    'allow-insecure-endpoint': {
        type: 'boolean',
        description: 'Allow an http:// --endpoint on a host other than this machine (a test network); warns. Plain HTTP to loopback needs no flag.',
    },
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
/* harmony export */   tO: () => (/* binding */ resolveCliSession)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6906);
/* harmony import */ var _core_retryPolicy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _core_sdkEnvironment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1386);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_material_secretFragments_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8968);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2010);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _readSource_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4845);
/* harmony import */ var _tokenFlags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8328);










/** Every line of a key's body, so the error printer can scrub a key that leaked into a message. */
function rememberKeyLines(content, io) {
    for (const line of (0,_core_material_secretFragments_js__WEBPACK_IMPORTED_MODULE_9__/* .keyLines */ .rg)(content))
        io.secrets.add(line);
}
function readPassphrase(value, io) {
    if (value === undefined)
        return undefined;
    let passphrase = value;
    if (value.startsWith('env:')) {
        const name = value.slice(4);
        const fromEnv = io.env[name];
        if (fromEnv === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `--pkcs8-password env:${name}: the environment variable ${name} is not set.`, { input: '--pkcs8-password' });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--certificate is required: a file path, env:NAME or - (stdin) with the certificate or a PKCS#12 bundle.', { input: '--certificate' });
    }
    if ((0,_tokenFlags_js__WEBPACK_IMPORTED_MODULE_8__/* .tokenKeyFlag */ .F)(flags) !== undefined) {
        return readTokenMaterialInputs(flags, flags.certificate, io);
    }
    const stdin = (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .createStdinReader */ .i)(io);
    const certificate = await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o)(flags.certificate, '--certificate', io, stdin);
    const privateKey = flags['private-key'] === undefined
        ? undefined
        : await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o)(flags['private-key'], '--private-key', io, stdin);
    if (privateKey !== undefined)
        rememberKeyLines(privateKey.content, io);
    const intermediates = flags.intermediates === undefined
        ? undefined
        : await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o)(flags.intermediates, '--intermediates', io, stdin);
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
/** The key stays on the token; the certificate comes from the token or from a file. */
async function readTokenMaterialInputs(flags, certificateFlag, io) {
    // The token code loads only for a pkcs11: key.
    const { openToken } = await __webpack_require__.e(/* import() */ 247).then(__webpack_require__.bind(__webpack_require__, 6247));
    const token = await openToken(flags, io);
    const stdin = (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .createStdinReader */ .i)(io);
    const certificate = token.certificateDer === undefined
        ? await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o)(certificateFlag, '--certificate', io, stdin)
        : { content: token.certificateDer, origin: 'file', where: 'the PKCS#11 token' };
    const intermediates = flags.intermediates === undefined
        ? undefined
        : await (0,_readSource_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o)(flags.intermediates, '--intermediates', io, stdin);
    return {
        token,
        certificate,
        privateKey: undefined,
        intermediates,
        sources: {
            certificate: certificate.content,
            externalKey: token.key,
            ...(intermediates === undefined ? {} : { intermediates: intermediates.content }),
        },
    };
}
/** The explicit endpoint the SDKs would use: the flag, then the service variable, then the global one. */
function explicitEndpoint(flags, env) {
    const flag = flags.endpoint === undefined ? undefined : { url: flags.endpoint, source: '--endpoint' };
    return (0,_core_sdkEnvironment_js__WEBPACK_IMPORTED_MODULE_3__/* .explicitOrSdkEndpoint */ .HL)(flag, env, 'ROLESANYWHERE');
}
/** Flags and environment as the settings resolver takes them, material aside. */
function sessionInputsFrom(flags, env) {
    return {
        trustAnchorArn: flags['trust-anchor-arn'],
        profileArn: flags['profile-arn'],
        roleArn: flags['role-arn'],
        region: flags.region,
        endpoint: explicitEndpoint(flags, env),
        useFipsEndpoint: (0,_core_sdkEnvironment_js__WEBPACK_IMPORTED_MODULE_3__/* .sdkFlag */ .JA)(env, 'AWS_USE_FIPS_ENDPOINT'),
        useDualStackEndpoint: (0,_core_sdkEnvironment_js__WEBPACK_IMPORTED_MODULE_3__/* .sdkFlag */ .JA)(env, 'AWS_USE_DUALSTACK_ENDPOINT'),
        allowInsecureEndpoint: flags['allow-insecure-endpoint'],
        durationSeconds: flags['session-duration'],
        roleSessionName: flags['role-session-name'],
        retry: retryFromEnvironment(env),
        chain: chainInputsFrom(flags, env),
        allowedAccountIds: flags['allowed-account-ids'],
    };
}
/** The STS endpoint the SDKs would use: the flag, then the service variable, then the global one. */
function stsEndpoint(flags, env) {
    const flag = flags['sts-endpoint'];
    return (0,_core_sdkEnvironment_js__WEBPACK_IMPORTED_MODULE_3__/* .explicitOrSdkEndpoint */ .HL)(flag === undefined ? undefined : { url: flag, source: '--sts-endpoint' }, env, 'STS');
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RolesAnywhereError */ .rK('ERR_FILE', `--chain-policy ${value}: cannot read the file (${cause.code ?? 'error'}).`, { input: '--chain-policy', cause });
    }
    if (text.length > MAX_POLICY_FILE_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RolesAnywhereError */ .rK('ERR_POLICY_INVALID', `--chain-policy ${value} is ${text.length} bytes; a session policy is at most 2048 characters.`, { input: '--chain-policy' });
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
    const maxAttempts = (0,_core_sdkEnvironment_js__WEBPACK_IMPORTED_MODULE_3__/* .sdkMaxAttempts */ .XV)(env);
    const deadlineMs = (0,_core_retryPolicy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryTimeout */ .Px)(env['RAC_RETRY_TIMEOUT_SECONDS'], 'RAC_RETRY_TIMEOUT_SECONDS');
    return {
        ...(maxAttempts === undefined ? {} : { maxAttempts }),
        ...(deadlineMs === undefined ? {} : { deadlineMs }),
    };
}
/** argv and environment → checked settings; ARNs are checked before any material is read. */
async function resolveCliSession(flags, io) {
    const raw = sessionInputsFrom(flags, io.env);
    // Every ARN and number is checked before any file or stdin is read.
    const settings = (0,_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveSessionSettings */ .u)({ ...raw, material: { certificate: '' } }, _names_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_NAMES */ .Q);
    if (settings.insecureEndpoint)
        io.stderr(`rolesanywhere-credentials: warning: ${(0,_core_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .insecureEndpointWarning */ .oi)(settings.endpoint, '--allow-insecure-endpoint')}`);
    const material = await readMaterialInputs(flags, io);
    return { settings: { ...settings, material: material.sources }, material };
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ tokenKeyFlag),
/* harmony export */   z: () => (/* binding */ PKCS11_OPTIONS)
/* harmony export */ });
/* harmony import */ var _core_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7471);

// The PKCS#11 flags and the question whether a key is on a token, apart from the token code, so
// that every run can read and ask them without loading what opens a token.
/** The flags of the helper's PKCS#11 support, shared by every credential-vending command. */
const PKCS11_OPTIONS = {
    'pkcs11-lib': {
        type: 'string',
        value: '<file>',
        description: 'PKCS#11 module for pkcs11: URIs in --certificate/--private-key (default: p11-kit-proxy.so where present). Needs the optional package pkcs11js.',
    },
    'reuse-pin': {
        type: 'boolean',
        description: 'Log in again with the same PIN for a token key that asks for it on every signature (CKA_ALWAYS_AUTHENTICATE).',
    },
};
/** The flag holding the key's pkcs11: URI, if the key is on a token. */
function tokenKeyFlag(flags) {
    const key = flags['private-key'];
    if (key !== undefined)
        return (0,_core_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .isPkcs11Uri */ .Sd)(key) ? '--private-key' : undefined;
    // As with the helper, a pkcs11: certificate without --private-key names the key's token too.
    return flags.certificate !== undefined && (0,_core_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .isPkcs11Uri */ .Sd)(flags.certificate)
        ? '--certificate'
        : undefined;
}


/***/ }),

/***/ 7471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ describePkcs11Uri),
/* harmony export */   Sd: () => (/* binding */ isPkcs11Uri),
/* harmony export */   TB: () => (/* binding */ parsePkcs11Uri)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const PATH_TEXT = ['token', 'manufacturer', 'serial', 'model', 'object'];
const TYPES = ['cert', 'private', 'public', 'data', 'secret-key'];
// Kept for selection elsewhere in RFC 7512 but not needed to find a key: accepted and ignored.
const IGNORED = new Set([
    'library-manufacturer',
    'library-description',
    'library-version',
    'slot-description',
    'slot-manufacturer',
    'module-name',
]);
function isPkcs11Uri(value) {
    return /^pkcs11:/i.test(value.trim());
}
function parsePkcs11Uri(value, input) {
    const text = value.trim();
    const invalid = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${input} is not a usable pkcs11: URI (${what}); expected RFC 7512 form such as ` +
        `pkcs11:token=ci;object=signing-key;type=private?pin-source=env:TOKEN_PIN.`, { input });
    if (!isPkcs11Uri(text))
        throw invalid('it does not start with pkcs11:');
    const [path = '', query = '', ...extra] = text.slice('pkcs11:'.length).split('?');
    if (extra.length > 0)
        throw invalid('more than one "?"');
    const uri = {};
    const seen = new Set();
    const attributes = [
        ...split(path, ';').map((part) => ['path', part]),
        ...split(query, '&').map((part) => ['query', part]),
    ];
    for (const [where, part] of attributes) {
        const equals = part.indexOf('=');
        if (equals <= 0)
            throw invalid(`"${safe(part)}" is not name=value`);
        const name = part.slice(0, equals).toLowerCase();
        const raw = part.slice(equals + 1);
        if (seen.has(name))
            throw invalid(`${name} is given twice`);
        seen.add(name);
        const bytes = decode(raw, name, invalid);
        const textValue = Buffer.from(bytes).toString('utf8');
        if (where === 'path' && PATH_TEXT.includes(name)) {
            uri[name] = textValue;
        }
        else if (where === 'path' && name === 'id') {
            uri.id = bytes;
        }
        else if (where === 'path' && name === 'type') {
            const type = TYPES.find((known) => known === textValue);
            if (type === undefined)
                throw invalid(`type=${safe(textValue)} is not one of ${TYPES.join(', ')}`);
            uri.type = type;
        }
        else if (where === 'path' && name === 'slot-id') {
            if (!/^\d{1,10}$/.test(textValue))
                throw invalid('slot-id is not a number');
            uri.slotId = Number(textValue);
        }
        else if (where === 'query' && name === 'pin-value') {
            // The URI is a command-line argument: a PIN in it is visible to every local user (ps).
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${input} has pin-value, which would put the PIN in argv where other processes can read ` +
                `it; use pin-source=env:NAME (an environment variable) or pin-source=file:/path instead.`, { input });
        }
        else if (where === 'query' && name === 'pin-source') {
            uri.pinSource = textValue;
        }
        else if (where === 'query' && name === 'module-path') {
            uri.modulePath = textValue;
        }
        else if (!IGNORED.has(name)) {
            throw invalid(`unknown attribute ${safe(name)}`);
        }
    }
    return uri;
}
function split(text, separator) {
    return text === '' ? [] : text.split(separator).filter((part) => part !== '');
}
function decode(raw, name, invalid) {
    const bytes = [];
    for (let i = 0; i < raw.length; i++) {
        const char = raw[i] ?? '';
        if (char === '%') {
            const hex = raw.slice(i + 1, i + 3);
            if (!/^[0-9a-fA-F]{2}$/.test(hex))
                throw invalid(`${name} has a bad %-escape`);
            bytes.push(parseInt(hex, 16));
            i += 2;
        }
        else {
            bytes.push(...Buffer.from(char, 'utf8'));
        }
    }
    return new Uint8Array(bytes);
}
/** Echoes only short, printable fragments of what the user typed. */
function safe(text) {
    const printable = text.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 40 ? `${printable.slice(0, 37)}...` : printable;
}
/** "token ci, object signing-key, id 01": which object a message is about. */
function describePkcs11Uri(uri) {
    const parts = [
        uri.token === undefined ? undefined : `token ${uri.token}`,
        uri.object === undefined ? undefined : `object ${uri.object}`,
        uri.id === undefined ? undefined : `id ${Buffer.from(uri.id).toString('hex')}`,
    ].filter((part) => part !== undefined);
    return parts.length === 0 ? 'any token' : parts.join(', ');
}


/***/ }),

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


/***/ })

};
;