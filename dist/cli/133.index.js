export const id = 133;
export const ids = [133,186];
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
