"use strict";
exports.id = 550;
exports.ids = [550,332];
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

/***/ 2880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ readPassphraseSource),
/* harmony export */   GG: () => (/* binding */ parseSerial),
/* harmony export */   No: () => (/* binding */ readCa),
/* harmony export */   WJ: () => (/* binding */ KEY_TYPES),
/* harmony export */   ZX: () => (/* binding */ parseKeyType),
/* harmony export */   bs: () => (/* binding */ parseDays),
/* harmony export */   jj: () => (/* binding */ checkSubject),
/* harmony export */   mn: () => (/* binding */ serialHex),
/* harmony export */   v6: () => (/* binding */ listFlag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_material_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8835);
/* harmony import */ var _emulator_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2442);
/* harmony import */ var _inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7121);
/* harmony import */ var _inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5135);
/* harmony import */ var _inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4845);







const KEY_TYPES = ['ec-p256', 'ec-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
function parseKeyType(value) {
    const name = value ?? 'ec-p256';
    if (!KEY_TYPES.includes(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `--key-type "${name}" is not a key type this tool makes; choose one of ${KEY_TYPES.join(', ')} (Roles Anywhere signs with RSA 2048 to 4096 or EC P-256/P-384).`, { input: '--key-type' });
    }
    const typed = name;
    if (typed.startsWith('rsa-'))
        return { keyType: 'rsa', rsaBits: Number(typed.slice(4)), name: typed };
    return { keyType: typed, name: typed };
}
function parseDays(value, fallback, max) {
    if (value === undefined)
        return fallback;
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `--days must be a whole number of days from 1 to ${max}, got "${value}".`, { input: '--days' });
    }
    return days;
}
function checkSubject(value) {
    if (value === undefined || value.trim() === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--subject is required: a distinguished name such as "CN=ci-deployer, O=Example".', { input: '--subject' });
    }
    try {
        (0,_emulator_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDistinguishedName */ .XU)(value);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `--subject "${value.slice(0, 200)}" is not a distinguished name this tool writes; use comma-separated CN=, O=, OU=, C=, L=, ST= parts, e.g. "CN=ci-deployer, O=Example".`, { input: '--subject' });
    }
    if (!/(^|,)\s*CN\s*=/i.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `--subject "${value.slice(0, 200)}" has no CN; Roles Anywhere sets the session's source identity from the subject CN, e.g. "CN=ci-deployer".`, { input: '--subject' });
    }
    return value;
}
/** Comma-separated values of a list flag, empty entries dropped. */
function listFlag(value) {
    if (value === undefined)
        return [];
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * A passphrase from env:NAME or - (stdin, one trailing newline removed), never from argv, where
 * other local users could read it. Remembered as a secret so no message can print it.
 */
async function readPassphraseSource(value, flag, io, isNew = false) {
    if (value === undefined)
        return undefined;
    if (value !== '-' && !value.startsWith('env:')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `${flag} takes env:NAME or - (stdin), never the passphrase itself, which other processes could read from argv.`, { input: flag });
    }
    const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .readSource */ .o)(value, flag, io, (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .createStdinReader */ .i)(io));
    const text = (typeof source.content === 'string'
        ? source.content
        : Buffer.from(source.content).toString('utf8')).replace(/\r?\n$/, '');
    io.secrets.add(text);
    if (isNew && Array.from(text).length < 8) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${flag} (${source.where}) is shorter than 8 characters; a key deserves a passphrase of 8 characters or more.`, { input: flag });
    }
    return text;
}
/** The CA certificate and its key, checked to be a CA that may sign and to belong together. */
async function readCa(options, io) {
    const certFlag = options['ca-cert'];
    const keyFlag = options['ca-key'];
    if (certFlag === undefined || keyFlag === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${certFlag === undefined ? '--ca-cert' : '--ca-key'} is required: the CA certificate and key that \`pki ca\` wrote (ca.pem and ca.key).`, { input: certFlag === undefined ? '--ca-cert' : '--ca-key' });
    }
    const stdin = (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .createStdinReader */ .i)(io);
    const certSource = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .readSource */ .o)(certFlag, '--ca-cert', io, stdin);
    const [certificate] = (0,_inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__/* .readCertificateList */ .IH)(certSource.content, '--ca-cert');
    if (certificate === undefined)
        throw new Error('readCertificateList returned no certificate');
    const facts = (0,_inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateFacts */ .lF)(certificate);
    if (!facts.isCA || (facts.keyUsage !== undefined && !facts.keyUsage.includes('keyCertSign'))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_CERT_INVALID', `--ca-cert ${certSource.where} (subject ${facts.subject}) is not a CA certificate that may sign certificates (it needs basicConstraints CA:TRUE and keyUsage keyCertSign); give the CA certificate from \`pki ca\`.`, { input: '--ca-cert' });
    }
    const key = await readCaKey(keyFlag, options['ca-passphrase'], io);
    if (!safeCheck(certificate, key.value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_KEY_MISMATCH', `--ca-key ${key.where} does not belong to --ca-cert ${certSource.where} (subject ${facts.subject}); give the key written with that certificate.`, { input: '--ca-key' });
    }
    return {
        certificateDer: Buffer.from(certificate.raw),
        certificatePem: certificate.toString(),
        privateKey: key.value,
        subject: facts.subject,
    };
}
/** The CA key, decrypted with --ca-passphrase when it is encrypted. */
async function readCaKey(flag, passphraseFlag, io) {
    const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .readSource */ .o)(flag, '--ca-key', io, (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .createStdinReader */ .i)(io));
    (0,_inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .rememberKeyLines */ .CE)(source.content, io);
    const passphrase = await readPassphraseSource(passphraseFlag, '--ca-passphrase', io);
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeInput */ .Ny)(source.content, {
        input: '--ca-key',
        expected: 'private key',
        role: 'private-key',
    });
    const items = decoded.items.filter(_core_material_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyItem */ .Jr);
    const [item] = items;
    if (item === undefined || items.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_KEY_INVALID', `--ca-key ${source.where} holds ${item === undefined ? 'no private key' : `${items.length} private keys`}; give the CA key that \`pki ca\` wrote.`, { input: '--ca-key' });
    }
    const { key } = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPrivateKey */ .PM)(item, passphrase, {
        input: '--ca-key',
        passphraseInput: '--ca-passphrase',
    });
    return { value: key, where: source.where };
}
function safeCheck(certificate, key) {
    try {
        return certificate.checkPrivateKey(key);
    }
    catch {
        return false;
    }
}
/** `0x…` hex as openssl prints serials, or with colons (`1a:2b:…`), or decimal. */
function parseSerial(text) {
    const value = text.trim();
    if (/^0x[0-9a-f]+$/i.test(value))
        return BigInt(value);
    if (/^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(value))
        return BigInt(`0x${value.replace(/:/g, '')}`);
    if (/^\d+$/.test(value))
        return BigInt(value);
    return undefined;
}
function serialHex(serial) {
    return `0x${serial.toString(16)}`;
}


/***/ }),

/***/ 424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ exportKey),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   fg: () => (/* binding */ BACKDATE_MS),
/* harmony export */   k4: () => (/* binding */ fileBase),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * PKCS#8 PEM, encrypted when a passphrase is given. Node (OpenSSL 3) writes PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC for this cipher, which every OpenSSL and the AWS helper read.
 */
function exportKey(key, passphrase) {
    return passphrase === undefined
        ? key.export({ type: 'pkcs8', format: 'pem' }).toString()
        : key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString();
}
/** A base name for output files: letters, digits, dot, dash and underscore only. */
function fileBase(value, flag) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `${flag} "${value.slice(0, 100)}" is not a plain file name; use letters, digits, dot, dash and underscore.`, { input: flag });
    }
    return value;
}
function outputPath(dir, name) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir ?? '.', name);
}
const DAY_MS = 86_400_000;
/** Certificates start a few minutes in the past, so a runner whose clock is slightly behind accepts them. */
const BACKDATE_MS = 5 * 60_000;


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


/***/ }),

/***/ 2442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ certificateTime),
/* harmony export */   IY: () => (/* binding */ decodeDer),
/* harmony export */   Iq: () => (/* binding */ ski),
/* harmony export */   P_: () => (/* binding */ keyIdentifier),
/* harmony export */   UB: () => (/* binding */ serialBytes),
/* harmony export */   WM: () => (/* binding */ altNames),
/* harmony export */   XU: () => (/* binding */ parseDistinguishedName),
/* harmony export */   Xg: () => (/* binding */ keyUsageBits),
/* harmony export */   YG: () => (/* binding */ randomSerial),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   sg: () => (/* binding */ toPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4723);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9701);
/**
 * DER building blocks for the test PKI: names, key usage bits, key identifiers, times, serials
 * and PEM armour.
 */




const OID_COUNTRY = '2.5.4.6';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_KEY_IDENTIFIER = '2.5.29.14';
const NAME_ATTRIBUTES = {
    CN: OID_COMMON_NAME,
    O: '2.5.4.10',
    OU: '2.5.4.11',
    C: OID_COUNTRY,
    L: '2.5.4.7',
    ST: '2.5.4.8',
};
const KEY_USAGE_BITS = {
    digitalSignature: 0,
    keyCertSign: 5,
    cRLSign: 6,
};
/**
 * Parses `CN=a, O=b` into a Name with one attribute per RDN, as OpenSSL writes them (pkijs alone
 * would put every attribute into a single multi-valued RDN).
 */
function parseDistinguishedName(text) {
    const rdns = text.split(',').map((part) => {
        const [key = '', ...rest] = part.split('=');
        const type = NAME_ATTRIBUTES[key.trim().toUpperCase()];
        const value = rest.join('=').trim();
        if (type === undefined || value === '') {
            throw new Error(`Unsupported distinguished name part '${part.trim()}' in '${text}'.`);
        }
        // Country names must be PrintableString (RFC 5280 appendix A).
        const encoded = type === OID_COUNTRY
            ? new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .PrintableString */ .Hx({ value })
            : new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .Utf8String */ .Jn({ value });
        const attribute = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .AttributeTypeAndValue */ .Tjk({ type, value: encoded });
        return new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .Set */ .NZ({ value: [attribute.toSchema()] });
    });
    const der = new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .Sequence */ .gd({ value: rdns }).toBER();
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .RelativeDistinguishedNames */ .BQ({ schema: decodeDer(new Uint8Array(der)) });
}
function altNames(options) {
    const dns = (options.dnsNames ?? []).map((value) => new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralName */ .QHW({ type: 2, value }));
    const ips = (options.ipAddresses ?? []).map((value) => new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralName */ .QHW({
        type: 7,
        value: new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .OctetString */ .lW({ valueHex: ipBytes(value) }),
    }));
    const uris = (options.uris ?? []).map((value) => new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralName */ .QHW({ type: 6, value }));
    return [...dns, ...uris, ...ips];
}
function ipBytes(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(address) === 4)
        return Uint8Array.from(address.split('.').map(Number));
    if (address === '::1')
        return Uint8Array.from([...new Array(15).fill(0), 1]);
    throw new Error(`Only IPv4 addresses and ::1 are supported in subjectAltName, got '${address}'.`);
}
function keyUsageBits(usages) {
    let byte = 0;
    for (const usage of usages)
        byte |= 0x80 >> KEY_USAGE_BITS[usage];
    // DER wants the unused trailing bits counted (X.690 11.2.2).
    let unusedBits = 0;
    while (unusedBits < 7 && (byte & (1 << unusedBits)) === 0)
        unusedBits += 1;
    return new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .BitString */ .Rq({ valueHex: Uint8Array.from([byte]), unusedBits });
}
/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function ski(spki) {
    const bits = spki.subjectPublicKey.valueBlock.valueHexView;
    return Uint8Array.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(bits).digest()).buffer;
}
function keyIdentifier(certificate) {
    const existing = certificate.extensions?.find((e) => e.extnID === OID_SUBJECT_KEY_IDENTIFIER);
    if (existing === undefined)
        return ski(certificate.subjectPublicKeyInfo);
    const decoded = decodeDer(existing.extnValue.valueBlock.valueHexView);
    if (!(decoded instanceof asn1js__WEBPACK_IMPORTED_MODULE_2__/* .OctetString */ .lW))
        return ski(certificate.subjectPublicKeyInfo);
    return decoded.getValue();
}
function certificateTime(date) {
    // RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
    const type = date.getUTCFullYear() < 2050 ? pkijs__WEBPACK_IMPORTED_MODULE_3__/* .TimeType */ .W2l.UTCTime : pkijs__WEBPACK_IMPORTED_MODULE_3__/* .TimeType */ .W2l.GeneralizedTime;
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Time */ .gXL({ type, value: new Date(Math.floor(date.getTime() / 1000) * 1000) });
}
function serialBytes(serial) {
    if (serial < 0n || serial >= 1n << 160n) {
        throw new Error('A certificate serial must be between 0 and 2^160 - 1 (RFC 5280 4.1.2.2).');
    }
    let hex = serial.toString(16);
    if (hex.length % 2 === 1)
        hex = `0${hex}`;
    // A leading 0x00 keeps a serial whose top bit is set positive in two's complement.
    if (parseInt(hex.slice(0, 2), 16) >= 0x80)
        hex = `00${hex}`;
    return Uint8Array.from(Buffer.from(hex, 'hex'));
}
function randomSerial() {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
    return BigInt(`0x${bytes.toString('hex')}`);
}
function parseCertificate(der) {
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Certificate */ .usT({ schema: decodeDer(der) });
}
function decodeDer(der) {
    const decoded = asn1js__WEBPACK_IMPORTED_MODULE_2__/* .fromBER */ .mH(der);
    if (decoded.offset === -1)
        throw new Error('Invalid DER data.');
    return decoded.result;
}
function toPem(label, der) {
    const lines = Buffer.from(der)
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}


/***/ }),

/***/ 8467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ writeNewPrivateFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _privateFiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2537);




function refuse(input, path, why, cause) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_FILE', `${input} ${path}: ${why}.`, { input, cause });
}
function exists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Why `dir` is no place for new private files, or undefined when it is: O_EXCL|O_NOFOLLOW guard
 * the last component only, so the directory itself must be a real one that no other user can
 * write to. A sticky world-writable directory (/tmp) still lets others plant files beside ours.
 */
function unsafeDirectory(dir) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
    }
    catch {
        // Missing: the write itself says so, with the file's path.
        return undefined;
    }
    if (stats.isSymbolicLink())
        return 'it is a symlink';
    if (!stats.isDirectory())
        return 'it is not a directory';
    if (process.platform === 'win32')
        return undefined;
    const uid = process.getuid?.();
    if (uid !== undefined && stats.uid !== uid && stats.uid !== 0)
        return `it belongs to uid ${stats.uid}, not to this user (uid ${uid})`;
    if ((stats.mode & 0o022) !== 0)
        return `others can write to it (mode ${(stats.mode & 0o7777).toString(8)})`;
    return undefined;
}
/**
 * Creates each file 0600 with O_CREAT|O_EXCL|O_NOFOLLOW, so nothing already there (a file, a
 * planted symlink) is overwritten or followed. Every path is checked before the first is written,
 * and files written before a failure are removed, so a refusal leaves no half set behind.
 */
function writeNewPrivateFiles(input, files) {
    for (const dir of new Set(files.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file.path))))) {
        const why = unsafeDirectory(dir);
        if (why !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_FILE_UNSAFE', `${input}: refusing to write into ${dir}: ${why}. Another user could plant or swap files beside the new keys there; write into a private directory (mkdir -m 700 DIR) of your own.`, { input });
    }
    for (const file of files) {
        if (exists(file.path)) {
            throw refuse(input, file.path, 'already exists; choose another path or move it away first (it is never overwritten)');
        }
    }
    const written = [];
    try {
        for (const file of files) {
            writeOne(input, file);
            written.push(file.path);
        }
    }
    catch (error) {
        for (const path of written)
            (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .removeFileQuietly */ .Y2)(path);
        throw error;
    }
}
function writeOne(input, file) {
    let fd;
    try {
        fd = (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .openNewPrivateFile */ .OP)(file.path);
    }
    catch (error) {
        const code = error.code ?? 'error';
        const why = code === 'EEXIST'
            ? 'already exists; choose another path or move it away first (it is never overwritten)'
            : code === 'ENOENT'
                ? 'its directory does not exist'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied'
                    : `cannot create it (${code})`;
        throw refuse(input, file.path, why, error);
    }
    try {
        (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .writeWholeAndClose */ .y6)(fd, file.data, { fsync: true });
    }
    catch (error) {
        (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .removeFileQuietly */ .Y2)(file.path);
        const code = error.code ?? 'error';
        throw refuse(input, file.path, `cannot write it (${code})`, error);
    }
}


/***/ })

};
;