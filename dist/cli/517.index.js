"use strict";
exports.id = 517;
exports.ids = [517,332];
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

/***/ 3517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signStringCommand: () => (/* binding */ signStringCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
/* harmony import */ var _inputs_credentialOptions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9251);
/* harmony import */ var _inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7121);
/* harmony import */ var _inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4845);
/* harmony import */ var _inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5135);








const DIGESTS = { SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' };
const FORMATS = ['json', 'text', 'bin'];
function pick(value, allowed, fallback, flag) {
    if (value === undefined)
        return fallback;
    const found = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (found === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `sign-string: ${flag} must be one of ${allowed.join(', ')}, got "${value}".`, { input: flag });
    }
    return found;
}
const signStringCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    name: 'sign-string',
    summary: 'Sign stdin with the private key, as `aws_signing_helper sign-string` does.',
    description: [
        'Hashes stdin with --digest and signs it: RSA PKCS#1 v1.5, or ECDSA with an ASN.1 DER signature. --format json (default) prints the hex signature as a JSON string, text prints the hex alone, bin the raw bytes; none adds a newline.',
    ],
    options: {
        'private-key': {
            ..._inputs_credentialOptions_js__WEBPACK_IMPORTED_MODULE_3__/* .MATERIAL_OPTIONS */ .n$['private-key'],
            value: '<file|env:NAME>',
            description: 'The private key in any supported form, or a PKCS#12 bundle (stdin carries the data).',
        },
        'pkcs8-password': _inputs_credentialOptions_js__WEBPACK_IMPORTED_MODULE_3__/* .MATERIAL_OPTIONS */ .n$['pkcs8-password'],
        digest: {
            type: 'string',
            value: '<SHA256|SHA384|SHA512>',
            description: 'Hash of the data (default SHA256).',
        },
        format: {
            type: 'string',
            value: '<json|text|bin>',
            description: 'Output format (default json).',
        },
        debug: { type: 'boolean', description: 'Error detail on stderr.' },
    },
    examples: [
        `printf 'data' | ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .PRODUCT */ .A} sign-string --private-key key.pem`,
        `${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .PRODUCT */ .A} sign-string --private-key env:RA_KEY --digest SHA384 --format text < string-to-sign.txt`,
    ],
    run: async (options, io) => {
        const digest = pick(options.digest, Object.keys(DIGESTS), 'SHA256', '--digest');
        const format = pick(options.format, FORMATS, 'json', '--format');
        if (options['private-key'] === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--private-key is required: a file path or env:NAME (stdin carries the data to sign).', { input: '--private-key' });
        }
        const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__/* .readSource */ .o)(options['private-key'], '--private-key', io, () => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', 'sign-string: --private-key cannot be - because stdin carries the data to sign; give a file or env:NAME.', { input: '--private-key' });
        });
        (0,_inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_6__/* .rememberKeyLines */ .CE)(source.content, io);
        const { key, keyType } = (0,_inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectPrivateKeyInput */ .tV)(source.content, (0,_inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readPassphrase */ .jP)(options['pkcs8-password'], io));
        const data = await io.readStdin();
        // Pure ML-DSA has no digest step: it signs the data itself, as CreateSession does.
        const signature = keyType === 'ml-dsa'
            ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key)
            : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(DIGESTS[digest], data, keyType === 'ec' ? { key, dsaEncoding: 'der' } : key);
        const hex = signature.toString('hex');
        io.stdout(format === 'bin' ? signature : format === 'text' ? hex : JSON.stringify(hex));
        return 0;
    },
});


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


/***/ })

};
;