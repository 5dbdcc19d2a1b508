"use strict";
exports.id = 247;
exports.ids = [247];
exports.modules = {

/***/ 6247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openToken: () => (/* binding */ openToken)
});

// EXTERNAL MODULE: ./src/core/pkcs11/uri.ts
var pkcs11_uri = __webpack_require__(7471);
// EXTERNAL MODULE: ./src/cli/inputs/tokenFlags.ts
var tokenFlags = __webpack_require__(8328);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/pkcs11/ecdsaSignature.ts
/**
 * PKCS#11 CKM_ECDSA returns r||s, each half the signature; Roles Anywhere wants the ASN.1 DER
 * Ecdsa-Sig-Value SEQUENCE { INTEGER r, INTEGER s } (RFC 3279 section 2.2.3).
 */
function rawEcdsaToDer(raw) {
    if (raw.length === 0 || raw.length % 2 !== 0) {
        throw new RangeError(`an r||s ECDSA signature has an even length, got ${raw.length} bytes`);
    }
    const half = raw.length / 2;
    const body = Buffer.concat([derInteger(raw.subarray(0, half)), derInteger(raw.subarray(half))]);
    return Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]);
}
function derInteger(bytes) {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    const trimmed = Buffer.from(bytes.subarray(start));
    // A set high bit would read as negative: INTEGER is two's complement.
    const value = (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
    return Buffer.concat([Buffer.from([0x02]), derLength(value.length), value]);
}
function derLength(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    if (length < 0x100)
        return Buffer.from([0x81, length]);
    return Buffer.from([0x82, length >> 8, length & 0xff]);
}

;// CONCATENATED MODULE: ./src/pkcs11/tokenKey.ts
/**
 * A signing key that stays on a PKCS#11 token (HSM, smart card, SoftHSM): found by an RFC 7512
 * URI, used through the optional `pkcs11js` binding, which is loaded only when a `pkcs11:` URI is
 * given so the default install and the bundles carry no native code.
 */




const INSTALL = 'npm install pkcs11js@2.1.7';
/** The optional binding, or one line saying how to install it. */
async function loadBinding(input) {
    try {
        // Left to Node at run time, never bundled: the binding is native and installed by the user.
        const loaded = (await import(/* webpackIgnore: true */ 'pkcs11js'));
        return loaded.default ?? loaded;
    }
    catch (cause) {
        throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_UNAVAILABLE', `${input} is a pkcs11: URI, which needs the optional package pkcs11js (a native PKCS#11 ` +
            `binding) and it is not installed; run ${INSTALL} where rolesanywhere-credentials is ` +
            `installed (it builds with node-gyp and a C++ compiler).`, { input, cause });
    }
}
/** Opens the token, logs in and finds the key (and the certificate when it is on the token). */
async function openTokenKey(options) {
    const binding = await loadBinding(options.input);
    const module = new binding.PKCS11();
    try {
        module.load(options.modulePath);
    }
    catch (cause) {
        throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_UNAVAILABLE', `--pkcs11-lib ${options.modulePath} cannot be loaded as a PKCS#11 module ` +
            `(${firstLine(cause)}); give the path of the token's module, e.g. ` +
            `/usr/lib/softhsm/libsofthsm2.so or p11-kit-proxy.so.`, { input: '--pkcs11-lib', cause });
    }
    try {
        module.C_Initialize();
        const state = new TokenState(binding, module, options);
        state.open();
        return {
            key: state.externalKey(),
            certificateDer: state.certificateDer(),
            objects: state.listObjects(),
            close: () => {
                state.close();
            },
        };
    }
    catch (error) {
        finalize(module);
        if (error instanceof errors/* RolesAnywhereError */.rK)
            throw error;
        throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11', `The PKCS#11 module ${options.modulePath} failed while opening the token for ` +
            `${options.input} (${firstLine(error)}); check the module's own configuration ` +
            `(for SoftHSM2, SOFTHSM2_CONF) and that the token is present.`, { input: options.input, cause: error });
    }
}
/** The session and key handle, reopened when the token was removed and reinserted. */
class TokenState {
    binding;
    module;
    options;
    session;
    slot;
    keyHandle;
    keyId;
    label = '';
    alwaysAuthenticate = false;
    keyType = 'rsa';
    constructor(binding, module, options) {
        this.binding = binding;
        this.module = module;
        this.options = options;
    }
    open() {
        const { binding, module, options } = this;
        const slot = this.findSlot();
        const session = module.C_OpenSession(slot, binding.CKF_SERIAL_SESSION);
        this.slot = slot;
        this.session = session;
        this.login(session, binding.CKU_USER);
        const [key, ...others] = this.find(session, {
            ...options.keyUri,
            type: 'private',
        });
        if (key === undefined || others.length > 0) {
            const found = this.listObjects();
            throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_NOT_FOUND', `${options.input} matches ${key === undefined ? 'no' : `${others.length + 1}`} private ` +
                `keys on ${this.label} (${(0,pkcs11_uri/* describePkcs11Uri */.Ht)(options.keyUri)}); ` +
                (key === undefined ? '' : 'add object= or id= to pick one; ') +
                `the token holds: ${found.length === 0 ? 'no objects visible with this PIN' : found.join('; ')}.`, { input: options.input });
        }
        const [keyType, id, always] = module.C_GetAttributeValue(session, key, [
            { type: binding.CKA_KEY_TYPE },
            { type: binding.CKA_ID },
            { type: binding.CKA_ALWAYS_AUTHENTICATE },
        ]);
        const type = asNumber(keyType?.value);
        if (type !== binding.CKK_RSA && type !== binding.CKK_EC) {
            throw new errors/* RolesAnywhereError */.rK('ERR_KEY_UNSUPPORTED', `${options.input} is a key of PKCS#11 type ${type}, but only RSA and EC keys on a token ` +
                `can sign Roles Anywhere requests.`, { input: options.input });
        }
        this.keyType = type === binding.CKK_RSA ? 'rsa' : 'ec';
        this.keyHandle = key;
        this.keyId = Buffer.isBuffer(id?.value) ? id.value : undefined;
        this.alwaysAuthenticate = asNumber(always?.value) === 1;
        if (this.alwaysAuthenticate && !options.reusePin) {
            throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_PIN', `${options.input} needs the PIN again for every signature (CKA_ALWAYS_AUTHENTICATE); ` +
                `add --reuse-pin to log in with the same PIN each time.`, { input: '--reuse-pin' });
        }
    }
    externalKey() {
        return {
            kind: 'external',
            keyType: this.keyType,
            description: `${this.keyType === 'rsa' ? 'RSA' : 'EC'} key on PKCS#11 token ${this.label}`,
            sign: (data) => this.signWithReopen(data),
        };
    }
    certificateDer() {
        const uri = this.options.certificateUri;
        if (uri === undefined || this.session === undefined)
            return undefined;
        // With neither object= nor id=, the certificate is the one issued for the key (same CKA_ID).
        const selector = uri.object === undefined && uri.id === undefined && this.keyId !== undefined
            ? { ...uri, id: this.keyId }
            : uri;
        const [certificate] = this.find(this.session, { ...selector, type: 'cert' });
        if (certificate === undefined) {
            throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_NOT_FOUND', `--certificate matches no certificate on ${this.label} (${(0,pkcs11_uri/* describePkcs11Uri */.Ht)(selector)}); ` +
                `the token holds: ${this.listObjects().join('; ')}. Give the certificate as a file instead.`, { input: '--certificate' });
        }
        const [value] = this.module.C_GetAttributeValue(this.session, certificate, [
            { type: this.binding.CKA_VALUE },
        ]);
        return Buffer.isBuffer(value?.value) ? value.value : new Uint8Array(0);
    }
    /** "private key rsa-key id 01 (RSA, not extractable)", one entry per object: never a value. */
    listObjects() {
        const { binding, module, session } = this;
        if (session === undefined)
            return [];
        module.C_FindObjectsInit(session, []);
        const handles = module.C_FindObjects(session, 64);
        module.C_FindObjectsFinal(session);
        const classes = {
            [binding.CKO_PRIVATE_KEY]: 'private key',
            [binding.CKO_PUBLIC_KEY]: 'public key',
            [binding.CKO_CERTIFICATE]: 'certificate',
        };
        return handles.map((handle) => {
            const [klass, label, id] = module.C_GetAttributeValue(session, handle, [
                { type: binding.CKA_CLASS },
                { type: binding.CKA_LABEL },
                { type: binding.CKA_ID },
            ]);
            const name = classes[asNumber(klass?.value)] ?? 'object';
            const text = Buffer.isBuffer(label?.value) ? label.value.toString('utf8') : '';
            const hex = Buffer.isBuffer(id?.value) ? id.value.toString('hex') : '';
            let extra = '';
            if (name === 'private key') {
                const [extractable] = module.C_GetAttributeValue(session, handle, [
                    { type: binding.CKA_EXTRACTABLE },
                ]);
                extra = asNumber(extractable?.value) === 1 ? ' (extractable)' : ' (not extractable)';
            }
            return `${name} "${printable(text)}" id ${hex || '(none)'}${extra}`;
        });
    }
    close() {
        if (this.session !== undefined) {
            try {
                this.module.C_CloseSession(this.session);
            }
            catch {
                // The token may be gone already; finalizing below releases the rest.
            }
        }
        this.session = undefined;
        finalize(this.module);
    }
    /** A token pulled and put back invalidates the session: open it again once, then report. */
    signWithReopen(data) {
        try {
            return this.sign(data);
        }
        catch (error) {
            if (!isGone(this.binding, error))
                throw this.signingError(error);
        }
        try {
            this.open();
            return this.sign(data);
        }
        catch (error) {
            if (error instanceof errors/* RolesAnywhereError */.rK)
                throw error;
            throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11', `The PKCS#11 token ${this.label || (0,pkcs11_uri/* describePkcs11Uri */.Ht)(this.options.keyUri)} is not ` +
                `available (${firstLine(error)}); insert it again. A running serve or update tries ` +
                `again at its next refresh.`, { input: this.options.input, cause: error, retryable: true });
        }
    }
    sign(data) {
        const { binding, module, session, keyHandle } = this;
        if (session === undefined || keyHandle === undefined)
            throw new Error('no open session');
        // RSA: the token hashes (CKM_SHA256_RSA_PKCS). EC: the token signs a digest we make.
        const mechanism = this.keyType === 'rsa' ? binding.CKM_SHA256_RSA_PKCS : binding.CKM_ECDSA;
        const input = this.keyType === 'rsa' ? Buffer.from(data) : (0,external_node_crypto_.createHash)('sha256').update(data).digest();
        module.C_SignInit(session, { mechanism }, keyHandle);
        if (this.alwaysAuthenticate)
            this.login(session, binding.CKU_CONTEXT_SPECIFIC);
        const signature = module.C_Sign(session, input, Buffer.alloc(1024));
        return this.keyType === 'rsa' ? signature : rawEcdsaToDer(signature);
    }
    signingError(error) {
        return new errors/* RolesAnywhereError */.rK('ERR_PKCS11', `The PKCS#11 token ${this.label} refused to sign with ${(0,pkcs11_uri/* describePkcs11Uri */.Ht)(this.options.keyUri)} ` +
            `(${firstLine(error)}); check that the key may sign (CKA_SIGN) with ` +
            `${this.keyType === 'rsa' ? 'CKM_SHA256_RSA_PKCS' : 'CKM_ECDSA'}.`, { input: this.options.input, cause: error });
    }
    findSlot() {
        const { module, options } = this;
        const uri = options.keyUri;
        const slots = module.C_GetSlotList(true);
        const labels = [];
        for (const [index, slot] of slots.entries()) {
            const info = module.C_GetTokenInfo(slot);
            const label = info.label.trim();
            labels.push(label);
            const matches = (uri.token === undefined || uri.token === label) &&
                (uri.manufacturer === undefined || uri.manufacturer === info.manufacturerID.trim()) &&
                (uri.serial === undefined || uri.serial === info.serialNumber.trim()) &&
                (uri.model === undefined || uri.model === info.model.trim()) &&
                (uri.slotId === undefined || uri.slotId === slotNumber(slot, index));
            if (matches) {
                this.label = label;
                return slot;
            }
        }
        throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_NOT_FOUND', `${options.input} names ${(0,pkcs11_uri/* describePkcs11Uri */.Ht)(uri)}, but ${options.modulePath} has ` +
            `${labels.length === 0 ? 'no token present' : `only ${labels.map((l) => `"${printable(l)}"`).join(', ')}`}; ` +
            `check token= in the URI and that the token is inserted.`, { input: options.input });
    }
    login(session, userType) {
        const { binding, module, options } = this;
        if (options.pin === undefined) {
            if (userType === binding.CKU_USER)
                return;
            throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_PIN', `${options.input} needs the token's PIN; add pin-source=env:NAME to the URI.`, { input: options.input });
        }
        try {
            module.C_Login(session, userType, options.pin);
        }
        catch (error) {
            if (hasCode(error, binding.CKR_USER_ALREADY_LOGGED_IN))
                return;
            const locked = hasCode(error, binding.CKR_PIN_LOCKED);
            const wrong = hasCode(error, binding.CKR_PIN_INCORRECT);
            throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_PIN', locked
                ? `The PIN of PKCS#11 token ${this.label} is locked after too many wrong tries; unlock it with the token's SO PIN.`
                : wrong
                    ? `The PIN from the pin-source of ${options.input} is wrong for PKCS#11 token ${this.label}; check it (a token locks after a few wrong tries).`
                    : `Logging in to PKCS#11 token ${this.label} failed (${firstLine(error)}); check the pin-source of ${options.input}.`, { input: options.input, cause: error });
        }
    }
    find(session, uri) {
        const { binding, module } = this;
        const classes = {
            private: binding.CKO_PRIVATE_KEY,
            cert: binding.CKO_CERTIFICATE,
            public: binding.CKO_PUBLIC_KEY,
            data: binding.CKO_DATA,
            'secret-key': binding.CKO_SECRET_KEY,
        };
        const template = [];
        if (uri.type !== undefined)
            template.push({ type: binding.CKA_CLASS, value: classes[uri.type] });
        if (uri.object !== undefined)
            template.push({ type: binding.CKA_LABEL, value: uri.object });
        if (uri.id !== undefined)
            template.push({ type: binding.CKA_ID, value: Buffer.from(uri.id) });
        module.C_FindObjectsInit(session, template);
        const found = module.C_FindObjects(session, 16);
        module.C_FindObjectsFinal(session);
        return found;
    }
}
function finalize(module) {
    try {
        module.C_Finalize();
    }
    catch {
        // Already finalized or the module is unusable: nothing left to release.
    }
}
/** CK_ULONG and CK_BBOOL attributes come back as raw bytes in the platform's order. */
function asNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (!Buffer.isBuffer(value) || value.length === 0)
        return -1;
    if (value.length === 8)
        return Number(value.readBigUInt64LE(0));
    if (value.length <= 6)
        return value.readUIntLE(0, value.length);
    return -1;
}
function slotNumber(slot, index) {
    if (slot.length === 8)
        return Number(slot.readBigUInt64LE(0));
    return slot.length > 0 && slot.length <= 6 ? slot.readUIntLE(0, slot.length) : index;
}
function hasCode(error, code) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
/** CKR codes that mean the session or the token went away, not that signing was refused. */
function isGone(binding, error) {
    return [
        binding.CKR_SESSION_HANDLE_INVALID,
        binding.CKR_SESSION_CLOSED,
        binding.CKR_DEVICE_REMOVED,
        binding.CKR_TOKEN_NOT_PRESENT,
        binding.CKR_USER_NOT_LOGGED_IN,
        binding.CKR_KEY_HANDLE_INVALID,
        binding.CKR_OBJECT_HANDLE_INVALID,
        binding.CKR_DEVICE_ERROR,
    ].some((code) => hasCode(error, code));
}
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return printable(text.split('\n', 1)[0] ?? '');
}
function printable(text) {
    const clean = text.replace(/[^\x20-\x7e]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/pkcs11/tokenOptions.ts



// Where distributions install p11-kit's proxy, which forwards to every module p11-kit knows.
const P11_KIT_PROXY = [
    '/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so',
    '/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so',
    '/usr/lib64/p11-kit-proxy.so',
    '/usr/lib/p11-kit-proxy.so',
    '/usr/local/lib/p11-kit-proxy.so',
    '/opt/homebrew/lib/p11-kit-proxy.dylib',
];
/**
 * The PKCS#11 module to load: the one given (flag or the URI's module-path), else p11-kit's proxy
 * where installed. `input` names where a path came from, for messages.
 */
function resolveModulePath(given, input) {
    const path = given ?? P11_KIT_PROXY.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (path === undefined) {
        throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_UNAVAILABLE', `No PKCS#11 module to load: p11-kit-proxy.so is not installed; give ${input} with ` +
            `the token's module (e.g. /usr/lib/softhsm/libsofthsm2.so).`, { input });
    }
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        throw new errors/* RolesAnywhereError */.rK('ERR_PKCS11_UNAVAILABLE', `${input} ${path} does not exist; give the path of the token's PKCS#11 module.`, { input });
    }
    // Loading a module runs its code: one that another local user could replace, or whose
    // directory (or a symlink's directory on the way) they could swap, is refused.
    const why = unsafeToLoad(real) ?? unsafeDirectories((0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)));
    if (why !== undefined) {
        throw new errors/* RolesAnywhereError */.rK('ERR_FILE_UNSAFE', `${input} ${path}: ${why}; a PKCS#11 module runs inside this process, so it and every directory above it must belong to root or to this user and be writable by their owner only.`, { input });
    }
    return path;
}
/** Owned by root or by this user, and writable by nobody else. */
function trusted(stats) {
    const uid = process.getuid?.();
    const ownerOk = uid === undefined || stats.uid === 0 || stats.uid === uid;
    return ownerOk && (stats.mode & 0o022) === 0;
}
function ownership(stats) {
    return `owner uid ${stats.uid}, mode ${(stats.mode & 0o7777).toString(8)}`;
}
/** Why the resolved module file, or a directory above it, could be changed by another user. */
function unsafeToLoad(real) {
    const stats = (0,external_node_fs_.statSync)(real);
    if (!stats.isFile())
        return `${real} is not a regular file`;
    if (!trusted(stats))
        return `${real} could be replaced by another user (${ownership(stats)})`;
    return unsafeDirectories((0,external_node_path_.dirname)(real));
}
/** The first directory from `dir` up to / that another user could write to. */
function unsafeDirectories(dir) {
    for (let current = dir;; current = (0,external_node_path_.dirname)(current)) {
        const stats = (0,external_node_fs_.lstatSync)(current);
        // A symlinked directory on the way is judged by its own directory, which the loop reaches.
        if (!stats.isSymbolicLink() && !trusted(stats))
            return `the directory ${current} is writable by another user (${ownership(stats)})`;
        if ((0,external_node_path_.dirname)(current) === current)
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/files/secretFile.ts
var secretFile = __webpack_require__(5233);
// EXTERNAL MODULE: ./src/cli/inputs/readSource.ts
var readSource = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/cli/inputs/tokenInputs.ts






async function openToken(flags, io) {
    const input = (0,tokenFlags/* tokenKeyFlag */.F)(flags) ?? '--private-key';
    const keyText = input === '--private-key' ? flags['private-key'] : flags.certificate;
    const keyUri = (0,pkcs11_uri/* parsePkcs11Uri */.TB)(keyText ?? '', input);
    const certificateUri = flags.certificate !== undefined && (0,pkcs11_uri/* isPkcs11Uri */.Sd)(flags.certificate)
        ? (0,pkcs11_uri/* parsePkcs11Uri */.TB)(flags.certificate, '--certificate')
        : undefined;
    const module = resolveModulePath(flags['pkcs11-lib'] ?? keyUri.modulePath, '--pkcs11-lib');
    const pin = await readPin(keyUri, input, io);
    return openTokenKey({
        keyUri,
        certificateUri,
        modulePath: module,
        pin,
        reusePin: flags['reuse-pin'] === true,
        input,
    });
}
/** pin-source=env:NAME, file:/path or a path; the PIN never comes from argv. */
async function readPin(uri, input, io) {
    if (uri.pinSource === undefined)
        return undefined;
    const where = uri.pinSource.replace(/^file:(\/\/)?/, '');
    const flag = `${input} pin-source`;
    const content = where.startsWith('env:') || where === '-'
        ? (await (0,readSource/* readSource */.o)(where, flag, io, (0,readSource/* createStdinReader */.i)(io))).content
        : (0,secretFile/* readSecretFile */.f)(where, { input: flag, holds: 'PIN', showPath: false, maxBytes: 4096 });
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    const pin = text.replace(/[\r\n]+$/, '');
    if (pin !== '')
        io.secrets.add(pin);
    return pin;
}


/***/ }),

/***/ 5233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readSecretFile)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _privateFiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2537);


/**
 * A secret (a serve token, a PKCS#11 PIN) read from a file: only a regular file of this user,
 * not a symlink, that no one else can read or write. A file another local user could have
 * written holds a value they know: trusting it would hand them what the secret guards.
 */
function readSecretFile(path, options) {
    const shown = options.showPath ? ` ${path}` : '';
    const read = (0,_privateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .readPrivateFile */ .q1)(path, options.maxBytes);
    if (read.kind === 'ok')
        return read.content;
    if (read.kind === 'missing')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE', `${options.input}: the ${options.holds} file${options.showPath ? shown : ' it names (not shown: it may be the secret itself)'} does not exist; give the path of a ${options.holds} file or env:NAME.`, { input: options.input });
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE_UNSAFE', `${options.input}: refusing the ${options.holds} file${shown}: ${read.why}. It must be a regular file of this user that no one else can read or write (chmod 600), not a symlink.`, { input: options.input });
}


/***/ })

};
;