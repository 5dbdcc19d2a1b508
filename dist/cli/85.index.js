"use strict";
exports.id = 85;
exports.ids = [85,332];
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

/***/ 5085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trustPolicyCommand: () => (/* binding */ trustPolicyCommand)
/* harmony export */ });
/* harmony import */ var _core_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_trustPolicy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7524);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2332);
/* harmony import */ var _inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7121);
/* harmony import */ var _inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4845);
/* harmony import */ var _inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5135);








const DEFAULT_TAG = 'x509Subject/CN';
function describeSession(session, io) {
    io.stderr('Session tags under the default attribute mapping (aws:PrincipalTag/<key>):');
    for (const tag of session.tags)
        io.stderr(`  ${tag.key} = ${tag.value}`);
    io.stderr(`Source identity (sts:SourceIdentity): ${session.sourceIdentity ?? '(none: the subject has no CN)'}`);
    for (const problem of session.problems) {
        io.stderr(`${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .PRODUCT */ .A}: warning: ${problem} Roles Anywhere refuses such a certificate with "Some attributes failed to be mapped into session tags"; reissue it, or map only other attributes in the profile (put-attribute-mapping).`);
    }
}
const trustPolicyCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'trust-policy',
    summary: "Print a certificate's session tags and a least-privilege role trust policy for it (JSON).",
    description: [
        "On stderr: the session tags the certificate carries under the profile's default attribute mapping (x509Subject/<RDN>, x509Issuer/<RDN>, the first x509SAN/DNS, x509SAN/URI and x509SAN/Name/<RDN>), the source identity, and a warning for each value that cannot become a session tag.",
        "On stdout: a role trust policy that lets rolesanywhere.amazonaws.com call sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity only through this trust anchor (aws:SourceArn) and only for this certificate's subject CN (or the tag chosen with --tag). Save it and give it to `aws iam create-role --assume-role-policy-document file://...`, `doctor --trust-policy` or `emulate --trust-policy`.",
    ],
    options: {
        certificate: {
            type: 'string',
            value: '<file|env:NAME|->',
            description: 'The leaf certificate (PEM, DER, base64 or PKCS#12).',
        },
        'pkcs8-password': {
            type: 'string',
            value: '<env:NAME|password>',
            description: 'Passphrase of a PKCS#12 --certificate.',
        },
        'trust-anchor-arn': {
            type: 'string',
            value: '<arn>',
            description: 'The trust anchor the certificate authenticates through.',
        },
        tag: {
            type: 'string',
            value: '<key>',
            description: `The session tag the policy conditions on (default ${DEFAULT_TAG}), e.g. x509SAN/URI.`,
        },
    },
    examples: [
        `${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .PRODUCT */ .A} trust-policy --certificate ci.pem --trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01 > trust-policy.json`,
    ],
    run: async (options, io) => {
        if (options.certificate === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--certificate is required: the leaf certificate the role should trust.', { input: '--certificate' });
        }
        if (options['trust-anchor-arn'] === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', '--trust-anchor-arn is required: the policy admits sessions only through that trust anchor (aws:SourceArn).', { input: '--trust-anchor-arn' });
        }
        const anchor = (0,_core_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(options['trust-anchor-arn'], 'trust-anchor', '--trust-anchor-arn');
        const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__/* .readSource */ .o)(options.certificate, '--certificate', io, (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__/* .createStdinReader */ .i)(io));
        const { leaf } = (0,_inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectCertificateInput */ .G1)(source.content, (0,_inputs_sessionInputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readPassphrase */ .jP)(options['pkcs8-password'], io));
        const facts = (0,_inputs_materialInspect_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateFacts */ .lF)(leaf);
        if (facts.isCA) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_CERT_IS_CA', `--certificate ${source.where} (subject ${facts.subject}) is a CA certificate (basicConstraints CA:TRUE); give the leaf certificate of the CI identity (from \`pki issue\`), not the CA.`, { input: '--certificate' });
        }
        const session = (0,_core_trustPolicy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateSession */ .cJ)(leaf.raw);
        const tagKey = options.tag ?? DEFAULT_TAG;
        const tag = session.tags.find((t) => t.key.toLowerCase() === tagKey.toLowerCase());
        if (tag === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `--tag ${tagKey}: ${source.where} carries no such session tag; it carries ${session.tags.map((t) => t.key).join(', ') || 'none'}.`, { input: '--tag' });
        }
        describeSession(session, io);
        const policy = (0,_core_trustPolicy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .leastPrivilegePolicy */ .Tk)({
            trustAnchorArn: anchor.arn,
            tagKey: tag.key,
            tagValue: tag.value,
        });
        io.stdout(`${JSON.stringify(policy, null, 2)}\n`);
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