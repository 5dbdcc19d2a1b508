export const id = 736;
export const ids = [736,186];
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

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCertificateDataCommand: () => (/* binding */ readCertificateDataCommand)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _inputs_credentialOptions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9251);
/* harmony import */ var _inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7121);
/* harmony import */ var _inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5135);
/* harmony import */ var _inputs_readSource_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4845);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);







const KEY_TYPES = { rsa: 'RSA', ec: 'EC' };
const readCertificateDataCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .N)({
    name: 'read-certificate-data',
    summary: "Print the leaf certificate's key type, DER (base64) and decimal serial as aws_signing_helper does.",
    description: [
        'Output, with no trailing newline: {"keyType":"EC","certificateData":"<base64 DER>","serialNumber":"<decimal>","supportedAlgorithms":["ECSHA256","ECSHA384","ECSHA512"]}. The certificate may be PEM, DER, base64 of either or a PKCS#12 bundle (with --pkcs8-password).',
    ],
    options: {
        certificate: _inputs_credentialOptions_js__WEBPACK_IMPORTED_MODULE_1__/* .MATERIAL_OPTIONS */ .n$.certificate,
        'pkcs8-password': _inputs_credentialOptions_js__WEBPACK_IMPORTED_MODULE_1__/* .MATERIAL_OPTIONS */ .n$['pkcs8-password'],
        debug: { type: 'boolean', description: 'Error detail on stderr.' },
    },
    examples: [
        `${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A} read-certificate-data --certificate cert.pem`,
        `${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A} read-certificate-data --certificate bundle.p12 --pkcs8-password env:P12_PASS`,
    ],
    run: async (options, io) => {
        if (options.certificate === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--certificate is required: a file path, env:NAME or - (stdin).', { input: '--certificate' });
        }
        const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_4__/* .readSource */ .o)(options.certificate, '--certificate', io, (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_4__/* .createStdinReader */ .i)(io));
        const passphrase = (0,_inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readPassphrase */ .jP)(options['pkcs8-password'], io);
        const { leaf, serialDecimal } = (0,_inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectCertificateInput */ .G1)(source.content, passphrase);
        const keyType = KEY_TYPES[leaf.publicKey.asymmetricKeyType ?? ''] ?? '';
        io.stdout(JSON.stringify({
            keyType,
            certificateData: leaf.raw.toString('base64'),
            serialNumber: serialDecimal,
            supportedAlgorithms: ['SHA256', 'SHA384', 'SHA512'].map((hash) => `${keyType}${hash}`),
        }));
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
/* harmony import */ var _tokenInputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(187);

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
    ..._tokenInputs_js__WEBPACK_IMPORTED_MODULE_0__/* .PKCS11_OPTIONS */ .zf,
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

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ inspectCertificateInput),
/* harmony export */   IH: () => (/* binding */ readCertificateList),
/* harmony export */   Rx: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.Rx),
/* harmony export */   gd: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.gd),
/* harmony export */   k$: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.k$),
/* harmony export */   lF: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.lF),
/* harmony export */   tV: () => (/* binding */ inspectPrivateKeyInput)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8835);


const KEY_KINDS = new Set([
    'private-key',
    'encrypted-private-key',
    'legacy-encrypted-key',
    'unsupported-key',
]);
function isKeyItem(item) {
    return KEY_KINDS.has(item.kind);
}
const CERT_INPUT = { input: '--certificate', passphraseInput: '--pkcs8-password' };
function inspectCertificateInput(content, passphrase) {
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeInput */ .Ny)(content, {
        input: '--certificate',
        expected: 'certificate',
        role: 'certificate',
    });
    const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
    let certificates;
    let keys = [];
    if (bundle !== undefined) {
        const contents = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPkcs12 */ .X$)(bundle.der, passphrase, CERT_INPUT);
        certificates = contents.certificates.map((der) => (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(der, '--certificate'));
        keys = contents.keys;
    }
    else {
        certificates = decoded.items.flatMap((item) => item.kind === 'certificate' ? [(0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(item.der, '--certificate')] : []);
    }
    const paired = certificates.find((cert) => keys.some((key) => safeCheck(cert, key)));
    const leaf = paired ?? certificates[0];
    if (leaf === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_CERT_INVALID', `--certificate holds no X.509 certificate (found ${decoded.items.map((i) => i.kind).join(', ') || 'nothing'}); give the certificate as PEM, DER, base64 or PKCS#12.`, { input: '--certificate' });
    }
    return {
        form: bundle === undefined ? decoded.form : `PKCS#12 (${decoded.form})`,
        certificates,
        leaf,
        serialDecimal: (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFacts */ .lF)(leaf).serialDecimal,
        bundledKeys: keys,
        fromPkcs12: bundle !== undefined,
    };
}
function safeCheck(cert, key) {
    try {
        return cert.checkPrivateKey(key);
    }
    catch {
        return false;
    }
}
const FORMATS = {
    pkcs1: 'PKCS#1 RSA',
    sec1: 'SEC1 EC',
    pkcs8: 'PKCS#8',
};
function describeItem(item) {
    switch (item.kind) {
        case 'private-key':
            return FORMATS[item.format] ?? item.format;
        case 'encrypted-private-key':
            return 'encrypted PKCS#8';
        case 'legacy-encrypted-key':
            return `legacy encrypted PEM (${item.cipher})`;
        case 'unsupported-key':
            return item.description;
    }
}
/** A private key on its own, in any form the material module reads, checked to be usable. */
function inspectPrivateKeyInput(content, passphrase, input = '--private-key') {
    const context = { input, passphraseInput: '--pkcs8-password' };
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeInput */ .Ny)(content, { input, expected: 'private key', role: 'private-key' });
    const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
    if (bundle !== undefined) {
        const [key] = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPkcs12 */ .X$)(bundle.der, passphrase, context).keys;
        if (key === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_KEY_MISSING', `${input} is a PKCS#12 bundle without a private key.`, { input });
        return {
            key,
            keyType: (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSupportedKey */ .Ec)(key, input).keyType,
            form: `PKCS#12 (${decoded.form})`,
        };
    }
    const items = decoded.items.filter(isKeyItem);
    const [item] = items;
    if (item === undefined || items.length > 1) {
        const what = item === undefined ? 'no private key' : `${items.length} private keys`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_KEY_INVALID', `${input} holds ${what}; give exactly one private key (PEM, DER or their base64).`, { input });
    }
    const { key } = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .PM)(item, passphrase, context);
    return {
        key,
        keyType: (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSupportedKey */ .Ec)(key, input).keyType,
        form: `${describeItem(item)} in ${decoded.form}`,
    };
}

/** Every certificate in an input that may only hold certificates (--intermediates, --ca). */
function readCertificateList(content, input) {
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeInput */ .Ny)(content, { input, expected: 'CA certificates', role: 'certificate' });
    const certificates = decoded.items.flatMap((item) => item.kind === 'certificate' ? [(0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(item.der, input)] : []);
    if (certificates.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_CERT_INVALID', `${input} holds no certificate; give CA certificates as PEM or DER.`, { input });
    }
    return certificates;
}


/***/ }),

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ NONBLOCK),
/* harmony export */   p: () => (/* binding */ NOFOLLOW)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

// @types/node declares every open flag as a number, but Windows has no O_NOFOLLOW or O_NONBLOCK:
// read them as possibly absent so the fallback is kept. Without O_NOFOLLOW the callers' lstat
// checks are what refuse a symlink.
const platformFlags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
const NOFOLLOW = platformFlags.O_NOFOLLOW ?? 0;
const NONBLOCK = platformFlags.O_NONBLOCK ?? 0;


/***/ }),

/***/ 2537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ writeNamedPrivateFile),
/* harmony export */   Gw: () => (/* binding */ isPrivate),
/* harmony export */   It: () => (/* binding */ writeTempBeside),
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
/* harmony import */ var _openFlags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6320);





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
    const temp = writeTempBeside(path, data, { fsync: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        removeQuietly(temp);
        throw error;
    }
}
/**
 * Writes `data` whole to a fresh private temp file beside `path` (0600, O_EXCL and O_NOFOLLOW, so
 * nothing planted there is followed) and returns its path; on failure it leaves nothing behind.
 * The caller renames or links it into place, and removes it when that fails.
 */
function writeTempBeside(path, data, options) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | _openFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .NOFOLLOW */ .p, 0o600);
    try {
        try {
            const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
            let offset = 0;
            while (offset < bytes.length)
                offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, offset, bytes.length - offset);
            if (options.fsync)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
    catch (error) {
        removeQuietly(temp);
        throw error;
    }
    return temp;
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        // Already renamed, linked and removed, or never created.
    }
}
/** Reads a file only if it is a regular file of ours, not a symlink, and private (0600). */
function readPrivateFile(path, maxBytes = 64 * 1024) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO planted here would otherwise wait forever for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | _openFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .NOFOLLOW */ .p | _openFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .NONBLOCK */ .J);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        if (code === 'ELOOP' || code === 'EMLINK')
            return { kind: 'unsafe', why: 'it is a symlink' };
        if (code === 'EACCES' || code === 'EPERM')
            return { kind: 'unsafe', why: 'it is not readable by this user (another owner?)' };
        if (code === 'ENXIO')
            return { kind: 'unsafe', why: 'it is not a regular file' };
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
