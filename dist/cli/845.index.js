"use strict";
exports.id = 845;
exports.ids = [845];
exports.modules = {

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createStdinReader),
/* harmony export */   o: () => (/* binding */ readSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_material_secretFragments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8968);
/* harmony import */ var _core_material_sizeLimit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6845);
/* harmony import */ var _files_materialFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1620);





// The one bound on material, shared with every other source; `--certificate /dev/zero` stays finite.
const MAX_BYTES = _core_material_sizeLimit_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MATERIAL_BYTES */ .X8;
const OPEN_FAILURES = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
};
function readBoundedFile(path, flag) {
    const read = (0,_files_materialFile_js__WEBPACK_IMPORTED_MODULE_3__/* .readMaterialFile */ .E)(path, { regularOnly: false });
    if (read.kind === 'unreadable' && read.stage === 'open') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: cannot read ${path} (${OPEN_FAILURES[read.code] ?? read.code}); give a file path, env:NAME or - for stdin.`, { input: flag, cause: read.cause });
    }
    if (read.kind === 'not-a-file') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: ${path} is a directory; give the file inside it.`, { input: flag });
    }
    if (read.kind === 'unreadable') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: cannot read ${path} (${read.code === 'EISDIR' ? 'it is a directory' : read.code}).`, { input: flag, cause: read.cause });
    }
    if (read.overLimit) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_TOO_LARGE', `${flag}: ${path} is larger than ${MAX_BYTES} bytes; certificates and keys are a few kilobytes.`, { input: flag });
    }
    return read.bytes;
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
        return io.readStdin(MAX_BYTES);
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
        for (const line of (0,_core_material_secretFragments_js__WEBPACK_IMPORTED_MODULE_4__/* .keyLines */ .rg)(value))
            io.secrets.add(line);
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

/***/ 8968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ SecretFragments),
/* harmony export */   rg: () => (/* binding */ keyLines)
/* harmony export */ });
/* unused harmony exports MIN_FRAGMENT_LENGTH, isKeyLine */
/**
 * Masking support for the Action. The runner masks a secret input's value as given; when the
 * value had to be decoded (base64 of a PEM, literal "\n" escapes) the decoded lines are new
 * strings that would print unmasked, so they are collected here. Short lines are left out: the
 * runner would mask them everywhere, and they are too short to matter.
 */
const MIN_FRAGMENT_LENGTH = 8;
const ARMOUR = /^-----/;
/** RFC 1421 headers (Proc-Type, DEK-Info) describe the encryption and say nothing secret. */
const HEADER = /^[A-Za-z-]+:/;
/** Binary (DER read as text) never reaches a log as such; masking its fragments only garbles. */
const PRINTABLE = /^[\x20-\x7e]+$/;
/**
 * The one rule for which lines of a key's text to mask or scrub: every printable line long enough
 * to matter, armour and headers aside. The Action masks them, the CLI scrubs them from messages.
 */
function isKeyLine(line) {
    return (line.length >= MIN_FRAGMENT_LENGTH &&
        PRINTABLE.test(line) &&
        !ARMOUR.test(line) &&
        !HEADER.test(line));
}
/** The lines of a key file or variable that must never print: see isKeyLine. */
function keyLines(content) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(isKeyLine);
}
class SecretFragments {
    #fragments = new Set();
    /** Adds each line of decoded text that is not one of the input's own lines. */
    addLines(lines, verbatim) {
        for (const raw of lines) {
            const line = raw.trim();
            if (isKeyLine(line) && !verbatim.has(line))
                this.#fragments.add(line);
        }
    }
    add(value) {
        if (value.length >= MIN_FRAGMENT_LENGTH)
            this.#fragments.add(value);
    }
    toArray() {
        return [...this.#fragments];
    }
}


/***/ })

};
;