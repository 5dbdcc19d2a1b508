"use strict";
exports.id = 796;
exports.ids = [796,332];
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

/***/ 1796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_ARNS: () => (/* binding */ DEMO_ARNS),
/* harmony export */   emulateCommand: () => (/* binding */ emulateCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_material_mlDsa_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1482);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2332);
/* harmony import */ var _files_privateFiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2537);
/* harmony import */ var _inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4845);







/** ARNs the emulator and the demo use when none are given: account 111122223333, us-east-1. */
const DEMO_ARNS = {
    trustAnchorArn: 'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
    profileArn: 'arn:aws:rolesanywhere:us-east-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
    roleArn: 'arn:aws:iam::111122223333:role/demo-deployer',
};
function wholeNumber(value, flag, min, max) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_USAGE', `${flag} must be a whole number from ${min} to ${max}, got "${value}".`, { input: flag });
    }
    return n;
}
async function readText(value, flag, io) {
    const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .readSource */ .o)(value, flag, io, (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_6__/* .createStdinReader */ .i)(io));
    return typeof source.content === 'string'
        ? source.content
        : Buffer.from(source.content).toString('utf8');
}
const EMULATE_OPTIONS = {
    ca: {
        type: 'string',
        value: '<file|env:NAME|->',
        description: 'Trust-anchor CA certificate(s), PEM or DER.',
    },
    generate: {
        type: 'string',
        value: '<dir>',
        description: 'Make a throw-away CA, leaf and key in this directory and trust the CA.',
    },
    'key-type': {
        type: 'string',
        value: '<type>',
        description: 'Key type of the CA and leaf --generate makes: ec-p256 (default), ec-p384, rsa, ml-dsa-44, ml-dsa-65 or ml-dsa-87 (ML-DSA needs Node.js 24 or later).',
    },
    host: {
        type: 'string',
        value: '<address>',
        description: 'Address to listen on (default 127.0.0.1).',
    },
    port: {
        type: 'string',
        value: '<port>',
        description: 'Port to listen on (default 0: any free port).',
    },
    'tls-cert': {
        type: 'string',
        value: '<file>',
        description: 'Serve HTTPS with this certificate (PEM)...',
    },
    'tls-key': { type: 'string', value: '<file>', description: '...and this key (PEM).' },
    'trust-anchor-arn': {
        type: 'string',
        value: '<arn>',
        description: 'Require this trust anchor ARN (default: accept any valid one).',
    },
    'profile-arn': { type: 'string', value: '<arn>', description: 'Require this profile ARN.' },
    'role-arn': { type: 'string', value: '<arn>', description: 'Require this role ARN.' },
    'max-duration': {
        type: 'string',
        value: '<seconds>',
        description: "The profile's durationSeconds cap (default 43200).",
    },
    'accept-role-session-name': {
        type: 'boolean',
        description: 'Allow roleSessionName, as a profile with acceptRoleSessionName does.',
    },
    'lenient-extensions': {
        type: 'boolean',
        description: 'Accept a leaf without basicConstraints or keyUsage (AWS documents both as required; refused by default).',
    },
    'fail-first': {
        type: 'string',
        value: '<n>',
        description: 'Fail the first n CreateSession requests...',
    },
    'fail-status': {
        type: 'string',
        value: '<status>',
        description: '...with this HTTP status (default 500)...',
    },
    'fail-type': {
        type: 'string',
        value: '<type>',
        description: '...and this error type (default InternalServerException).',
    },
    latency: {
        type: 'string',
        value: '<ms>',
        description: 'Delay every answer by this many milliseconds.',
    },
    'rate-limit': {
        type: 'string',
        value: '<n>',
        description: 'Enforce a CreateSession quota of n requests a second (burst n), answering the excess 429 ThrottlingException as the service does.',
    },
    'trust-policy': {
        type: 'string',
        value: '<file|env:NAME|->',
        description: 'The role\'s trust policy (JSON), or {"<role ARN>": policy, ...} for several roles: CreateSession is refused with 403 AccessDeniedException, and the log says why, when it does not let the certificate in or when a certificate value cannot become a session tag.',
    },
};
function parseKeyType(value, known) {
    const keyType = known.find((type) => type === (value ?? 'ec-p256'));
    if (keyType === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_USAGE', `--key-type must be one of ${known.join(', ')}, got "${value ?? ''}".`, { input: '--key-type' });
    }
    if (keyType.startsWith('ml-dsa') && !(0,_core_material_mlDsa_js__WEBPACK_IMPORTED_MODULE_3__/* .mlDsaAvailable */ .tv)()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_KEY_UNSUPPORTED', `--key-type ${keyType} needs Node.js 24 or later (the GitHub Action's runtime, with ` +
            `OpenSSL 3.5); this is Node.js ${process.versions.node}. Run this tool with Node.js 24.`, { input: '--key-type' });
    }
    return keyType;
}
function parseTls(options) {
    const cert = options['tls-cert'];
    const key = options['tls-key'];
    if ((cert === undefined) !== (key === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_USAGE', '--tls-cert and --tls-key go together: give both or neither.', { input: cert === undefined ? '--tls-cert' : '--tls-key' });
    }
    return cert === undefined || key === undefined ? undefined : { cert, key };
}
function parseFaults(options) {
    const failFirst = wholeNumber(options['fail-first'], '--fail-first', 0, 1_000_000);
    const latency = wholeNumber(options.latency, '--latency', 0, 600_000);
    const failStatus = wholeNumber(options['fail-status'], '--fail-status', 400, 599) ?? 500;
    return [
        ...(failFirst
            ? [
                {
                    kind: 'error',
                    status: failStatus,
                    errorType: options['fail-type'] ?? 'InternalServerException',
                    count: failFirst,
                },
            ]
            : []),
        ...(latency ? [{ kind: 'latency', ms: latency }] : []),
    ];
}
/** The flags checked and parsed, as `planServe` does for serve: pure, so a mistake costs nothing. */
function planEmulate(options, known) {
    const keyType = parseKeyType(options['key-type'], known);
    if (options.ca === undefined && options.generate === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_USAGE', 'emulate needs --ca <file> (the trust anchor) or --generate <dir>.', { input: '--ca' });
    }
    const tls = parseTls(options);
    const faults = parseFaults(options);
    const rateLimit = wholeNumber(options['rate-limit'], '--rate-limit', 1, 100_000);
    const generated = options.generate !== undefined;
    return {
        options,
        keyType,
        tls,
        faults,
        rateLimit,
        maxDuration: wholeNumber(options['max-duration'], '--max-duration', 900, 43_200),
        port: wholeNumber(options.port, '--port', 0, 65_535) ?? 0,
        arns: {
            trustAnchorArn: options['trust-anchor-arn'] ?? (generated ? DEMO_ARNS.trustAnchorArn : undefined),
            profileArn: options['profile-arn'] ?? (generated ? DEMO_ARNS.profileArn : undefined),
            roleArn: options['role-arn'] ?? (generated ? DEMO_ARNS.roleArn : undefined),
        },
    };
}
/** The trust anchors: those given with --ca, and a throw-away CA (and leaf) with --generate. */
async function preparePki(plan, io, emulator) {
    const { options, keyType } = plan;
    const trustAnchors = [];
    if (options.ca !== undefined)
        trustAnchors.push(await readText(options.ca, '--ca', io));
    if (options.generate === undefined)
        return { trustAnchors, generated: undefined };
    const dir = options.generate;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const ca = await emulator.createCertificateAuthority({
        subject: 'CN=rolesanywhere-credentials emulator CA',
        keyType,
    });
    const leaf = await emulator.issueCertificate(ca, { subject: 'CN=emulator-client', keyType });
    const paths = {
        ca: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'ca.pem'),
        certificate: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'certificate.pem'),
        privateKey: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'private-key.pem'),
    };
    (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNamedPrivateFile */ .AC)('--generate', paths.ca, ca.certificatePem);
    (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNamedPrivateFile */ .AC)('--generate', paths.certificate, leaf.certificatePem);
    (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNamedPrivateFile */ .AC)('--generate', paths.privateKey, leaf.privateKeyPem);
    trustAnchors.push(ca.certificatePem);
    return {
        trustAnchors,
        generated: {
            dir,
            files: { certificate: paths.certificate, 'private-key': paths.privateKey, ca: paths.ca },
        },
    };
}
async function emulatorOptions(plan, pki, io) {
    const { options, arns, tls } = plan;
    return {
        trustAnchors: pki.trustAnchors,
        host: options.host ?? '127.0.0.1',
        port: plan.port,
        ...(tls === undefined
            ? {}
            : {
                tls: {
                    cert: await readText(tls.cert, '--tls-cert', io),
                    key: await readText(tls.key, '--tls-key', io),
                },
            }),
        ...(arns.trustAnchorArn ? { trustAnchorArn: arns.trustAnchorArn } : {}),
        ...(arns.profileArn ? { profileArn: arns.profileArn } : {}),
        ...(arns.roleArn ? { roleArn: arns.roleArn } : {}),
        ...(plan.maxDuration === undefined ? {} : { maxDurationSeconds: plan.maxDuration }),
        acceptRoleSessionName: options['accept-role-session-name'],
        lenientExtensions: options['lenient-extensions'],
        ...(plan.rateLimit === undefined ? {} : { rateLimit: plan.rateLimit }),
        ...(options['trust-policy'] === undefined
            ? {}
            : { trustPolicy: await readText(options['trust-policy'], '--trust-policy', io) }),
        faults: plan.faults,
        log: (line) => {
            io.stderr(line);
        },
    };
}
/** DIR/emulator.env, written once the emulator listens, so its endpoint line is the real one. */
function writeEnvFile(generated, arns, url) {
    const lines = {
        endpoint: url,
        'trust-anchor-arn': arns.trustAnchorArn ?? '',
        'profile-arn': arns.profileArn ?? '',
        'role-arn': arns.roleArn ?? '',
        ...generated.files,
    };
    (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNamedPrivateFile */ .AC)('--generate', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(generated.dir, 'emulator.env'), Object.entries(lines)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''));
}
const emulateCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .N)({
    name: 'emulate',
    summary: 'Run a strict local Roles Anywhere endpoint (and STS GetCallerIdentity) for tests.',
    description: [
        "Judges each CreateSession request as the service does: it rebuilds the canonical request, verifies the signature with the leaf certificate, validates the chain to its trust anchors and checks the body, then answers with fresh credentials or the service's error. It also answers STS GetCallerIdentity for the credentials it issued, so `aws sts get-caller-identity --endpoint-url <url>` proves them, and STS AssumeRole with them (role chaining: any role, at most one hour).",
        'With --generate DIR it makes a throw-away CA and a leaf certificate and key in DIR (0600), trusts that CA, and writes DIR/emulator.env (endpoint, ARNs and file paths, one key=value a line) once it listens.',
        "With --trust-policy it also judges the role's trust policy against the certificate's session tags and trust anchor, with the same evaluator as `doctor --trust-policy`, and refuses what it cannot judge.",
        'Runs until SIGINT or SIGTERM. One verdict line per request goes to stderr; never a secret. On stopping it prints the CreateSession counts: accepted, rejected and, of those, throttled.',
    ],
    options: EMULATE_OPTIONS,
    examples: [
        'rolesanywhere-credentials emulate --generate ./emulator',
        'rolesanywhere-credentials emulate --generate ./emulator-pq --key-type ml-dsa-65',
        'rolesanywhere-credentials emulate --ca root.pem --port 8080 --fail-first 2 --fail-status 429 --fail-type ThrottlingException',
        'rolesanywhere-credentials emulate --generate ./emulator --rate-limit 10',
    ],
    run: async (options, io) => {
        const emulatorModule = await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(524), __webpack_require__.e(474)]).then(__webpack_require__.bind(__webpack_require__, 8474));
        const plan = planEmulate(options, emulatorModule.PKI_KEY_TYPES);
        const pki = await preparePki(plan, io, emulatorModule);
        const emulator = await emulatorModule.startEmulator(await emulatorOptions(plan, pki, io));
        io.stdout(`${emulator.url}\n`);
        if (pki.generated !== undefined)
            writeEnvFile(pki.generated, plan.arns, emulator.url);
        io.stderr(`rolesanywhere-credentials: emulator listening on ${emulator.url}; stop it with Ctrl-C.`);
        while ((await io.sleepUntilStopped(86_400_000)) !== 'stopped') {
            // Keep serving until a signal arrives.
        }
        await emulator.close();
        const { accepted, rejected, throttled } = emulator.stats().createSession;
        io.stderr(`rolesanywhere-credentials: emulator stopped; CreateSession accepted=${accepted} rejected=${rejected} throttled=${throttled}.`);
        return 0;
    },
});


/***/ }),

/***/ 8196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ isUniversal),
/* harmony export */   FY: () => (/* binding */ bitString),
/* harmony export */   Hh: () => (/* binding */ algorithmIdentifier),
/* harmony export */   K2: () => (/* binding */ sequence),
/* harmony export */   KB: () => (/* binding */ implicitOctets),
/* harmony export */   YO: () => (/* binding */ smallInteger),
/* harmony export */   Yt: () => (/* binding */ elements),
/* harmony export */   aE: () => (/* binding */ isContext),
/* harmony export */   dC: () => (/* binding */ bigInteger),
/* harmony export */   dS: () => (/* binding */ encoded),
/* harmony export */   hZ: () => (/* binding */ set),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   mn: () => (/* binding */ Asn1Error),
/* harmony export */   pc: () => (/* binding */ explicit),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   vw: () => (/* binding */ Tag),
/* harmony export */   xv: () => (/* binding */ parseDerList),
/* harmony export */   zE: () => (/* binding */ parseDer),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/** A structural problem in DER/BER data. The message names the field, never its bytes. */
class Asn1Error extends Error {
    name = 'Asn1Error';
}
const UNIVERSAL = 0;
const CONTEXT = 2;
const Tag = {
    boolean: 1,
    integer: 2,
    bitString: 3,
    octetString: 4,
    null: 5,
    oid: 6,
    utf8String: 12,
    sequence: 16,
    set: 17,
    utcTime: 23,
    generalizedTime: 24,
    universalString: 28,
    bmpString: 30,
};
// Certificates and PKCS#12 files are far below these; the limits keep hostile input from turning
// the parser into a memory or CPU sink. Contents of OCTET and BIT STRINGs are parsed only when a
// reader asks, never speculatively.
const MAX_DEPTH = 64;
const MAX_NODES = 20_000;
const malformed = () => new Asn1Error('malformed ASN.1');
function byteAt(bytes, offset, end) {
    if (offset >= end)
        throw malformed();
    return bytes[offset] ?? 0;
}
function readIdentifier(bytes, offset, end) {
    let at = offset;
    const identifier = byteAt(bytes, at++, end);
    let tagNumber = identifier & 0x1f;
    if (tagNumber === 0x1f) {
        tagNumber = 0;
        for (let more = true, count = 0; more; count++) {
            if (count === 4)
                throw new Asn1Error('ASN.1 tag number too large');
            const octet = byteAt(bytes, at++, end);
            tagNumber = tagNumber * 128 + (octet & 0x7f);
            more = (octet & 0x80) !== 0;
        }
    }
    return { tagClass: identifier >> 6, tagNumber, constructed: (identifier & 0x20) !== 0, next: at };
}
/** The element that starts at `offset` and ends at or before `end`, and where the next starts. */
function readElement(bytes, offset, end, depth, budget) {
    if (depth > MAX_DEPTH)
        throw new Asn1Error('ASN.1 nested too deeply');
    if (++budget.nodes > MAX_NODES)
        throw new Asn1Error('too many ASN.1 elements');
    const { tagClass, tagNumber, constructed, next: lengthAt } = readIdentifier(bytes, offset, end);
    let at = lengthAt;
    const first = byteAt(bytes, at++, end);
    const children = [];
    const child = (from, until) => {
        const read = readElement(bytes, from, until, depth + 1, budget);
        children.push(read.node);
        return read.next;
    };
    const element = (contentStart, contentEnd, next) => ({
        node: {
            tagClass,
            tagNumber,
            constructed,
            encoded: bytes.subarray(offset, next),
            content: bytes.subarray(contentStart, contentEnd),
            children,
        },
        next,
    });
    if (first === 0x80) {
        // BER's indefinite length (PKCS#12 files from some tools): elements until two zero octets.
        if (!constructed)
            throw malformed();
        const start = at;
        while (byteAt(bytes, at, end) !== 0 || byteAt(bytes, at + 1, end) !== 0)
            at = child(at, end);
        return element(start, at, at + 2);
    }
    let length = first;
    if (first > 0x80) {
        const count = first & 0x7f;
        if (count > 4)
            throw new Asn1Error('ASN.1 length too large');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + byteAt(bytes, at++, end);
    }
    const contentEnd = at + length;
    if (contentEnd > end)
        throw malformed();
    for (let from = at; constructed && from < contentEnd;)
        from = child(from, contentEnd);
    return element(at, contentEnd, contentEnd);
}
/** Parses exactly one DER/BER element that spans all of `bytes`. */
function parseDer(bytes, what) {
    const { node, next } = readElement(bytes, 0, bytes.length, 0, { nodes: 0 });
    if (next !== bytes.length)
        throw new Asn1Error(`${what} has trailing data`);
    return node;
}
/** Parses back-to-back DER elements, as in a file of concatenated DER certificates. */
function parseDerList(bytes) {
    const nodes = [];
    const budget = { nodes: 0 };
    for (let offset = 0; offset < bytes.length;) {
        const { node, next } = readElement(bytes, offset, bytes.length, 0, budget);
        nodes.push(node);
        offset = next;
    }
    return nodes;
}
function isUniversal(node, tag) {
    return node?.tagClass === UNIVERSAL && node.tagNumber === tag;
}
function isContext(node, tag) {
    return node?.tagClass === CONTEXT && node.tagNumber === tag;
}
/** The elements of a constructed node (SEQUENCE, SET or a constructed context tag). */
function elements(node) {
    return node.children;
}
function sequence(node, what) {
    if (node === undefined || !isUniversal(node, Tag.sequence)) {
        throw new Asn1Error(`${what} is not a SEQUENCE`);
    }
    return elements(node);
}
function set(node, what) {
    if (node === undefined || !isUniversal(node, Tag.set)) {
        throw new Asn1Error(`${what} is not a SET`);
    }
    return elements(node);
}
// Real OIDs are tens of octets; a UUID arc (2.25.…) is 19. The bounds keep a hostile OID from
// costing quadratic bigint work.
const MAX_OID_OCTETS = 256;
const MAX_ARC_OCTETS = 20;
/** Dotted decimal; arcs past 2^53 are read as bigints, as UUID-based OIDs (2.25.…) need. */
function oid(node, what) {
    const notAnOid = () => new Asn1Error(`${what} is not an OBJECT IDENTIFIER`);
    if (node === undefined || !isUniversal(node, Tag.oid) || node.constructed)
        throw notAnOid();
    if (node.content.length > MAX_OID_OCTETS)
        throw new Asn1Error(`${what} is too long`);
    const arcs = [];
    let arc = 0n;
    let octets = 0;
    for (const octet of node.content) {
        if (octets === 0 && octet === 0x80)
            throw notAnOid();
        if (++octets > MAX_ARC_OCTETS)
            throw new Asn1Error(`${what} is too long`);
        arc = (arc << 7n) | BigInt(octet & 0x7f);
        if ((octet & 0x80) === 0) {
            arcs.push(arc);
            arc = 0n;
            octets = 0;
        }
    }
    const [head, ...rest] = arcs;
    if (head === undefined || octets !== 0)
        throw notAnOid();
    const top = head < 40n ? 0n : head < 80n ? 1n : 2n;
    return [top, head - top * 40n, ...rest].join('.');
}
/** Primitive content bytes, concatenating the segments of a BER constructed encoding. */
function contentBytes(node, what, depth = 0) {
    if (depth > 8)
        throw new Asn1Error(`${what} is nested too deeply`);
    if (!node.constructed)
        return node.content;
    return Buffer.concat(node.children.map((part) => contentBytes(part, what, depth + 1)));
}
function octets(node, what) {
    if (node === undefined || !isUniversal(node, Tag.octetString)) {
        throw new Asn1Error(`${what} is not an OCTET STRING`);
    }
    return contentBytes(node, what);
}
/** The content of an IMPLICIT-tagged OCTET STRING such as `encryptedContent [0]`. */
function implicitOctets(node, tag, what) {
    if (node === undefined || !isContext(node, tag)) {
        throw new Asn1Error(`${what} is missing`);
    }
    return contentBytes(node, what);
}
/** The single element inside an EXPLICIT context tag such as `[0] EXPLICIT`. */
function explicit(node, tag, what) {
    if (node === undefined || !isContext(node, tag) || !node.constructed) {
        throw new Asn1Error(`${what} is missing`);
    }
    const [inner] = node.children;
    if (inner === undefined)
        throw new Asn1Error(`${what} is empty`);
    return inner;
}
// Serial numbers are at most 20 octets (RFC 5280); versions and counts a few. The bound keeps a
// hostile INTEGER from costing quadratic bigint work.
const MAX_INTEGER_OCTETS = 64;
/** A two's-complement INTEGER as a bigint. */
function bigInteger(node, what) {
    if (node === undefined || !isUniversal(node, Tag.integer) || node.constructed) {
        throw new Asn1Error(`${what} is not an INTEGER`);
    }
    const bytes = node.content;
    if (bytes.length === 0)
        throw new Asn1Error(`${what} is an empty INTEGER`);
    if (bytes.length > MAX_INTEGER_OCTETS)
        throw new Asn1Error(`${what} is too long`);
    const value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
    const first = bytes[0] ?? 0;
    return first & 0x80 ? value - (1n << BigInt(bytes.length * 8)) : value;
}
/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
function smallInteger(node, what, max) {
    const value = bigInteger(node, what);
    if (value < 0n || value > BigInt(max))
        throw new Asn1Error(`${what} is out of range`);
    return Number(value);
}
function bitString(node, what) {
    if (node === undefined || !isUniversal(node, Tag.bitString)) {
        throw new Asn1Error(`${what} is not a BIT STRING`);
    }
    // A BER constructed BIT STRING: each segment has its own unused-bits octet; the last one's counts.
    const segments = node.constructed ? node.children : [node];
    const parts = segments.map((segment) => contentBytes(segment, what));
    const unusedBits = parts.at(-1)?.[0];
    if (unusedBits === undefined || unusedBits > 7)
        throw new Asn1Error(`${what} is not a BIT STRING`);
    return { bytes: Buffer.concat(parts.map((part) => part.subarray(1))), unusedBits };
}
function boolean(node) {
    if (!isUniversal(node, Tag.boolean) || node.constructed || node.content.length !== 1)
        return undefined;
    return node.content[0] !== 0;
}
const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(?:[.,](\d{1,9}))?(Z|[+-]\d{4})?$/;
function utcDate(parts, zone, fraction = '') {
    const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? '0'));
    const ms = Math.round(Number(`0.${fraction || '0'}`) * 1000);
    let value = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, ms);
    if (zone !== undefined && zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        value -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
    }
    return new Date(value);
}
/** UTCTime or GeneralizedTime as a Date; a GeneralizedTime without a zone is read as UTC. */
function time(node, what) {
    if (node !== undefined && node.tagClass === UNIVERSAL && !node.constructed) {
        const text = Buffer.from(node.content).toString('latin1');
        if (node.tagNumber === Tag.utcTime) {
            const m = UTC_TIME.exec(text);
            if (m) {
                const yy = Number(m[1]);
                const date = utcDate([String(yy >= 50 ? 1900 + yy : 2000 + yy), ...m.slice(2, 7)], m[7]);
                if (!Number.isNaN(date.getTime()))
                    return date;
            }
        }
        if (node.tagNumber === Tag.generalizedTime) {
            const m = GENERALIZED_TIME.exec(text);
            if (m) {
                const date = utcDate(m.slice(1, 7), m[8], m[7]);
                if (!Number.isNaN(date.getTime()))
                    return date;
            }
        }
    }
    throw new Asn1Error(`${what} is not a valid time`);
}
/** The exact encoded bytes of an element, header included. */
function encoded(node) {
    return node.encoded;
}
/** Universal string types decoded a byte per character, as X.680 defines their repertoires. */
const BYTE_STRINGS = new Set([7, 18, 19, 20, 21, 22, 25, 26, 27, 29]);
/** The text of a directory string (UTF8String, PrintableString, BMPString, ...), if it is one. */
function stringValue(node) {
    if (node.tagClass !== UNIVERSAL)
        return undefined;
    const tag = node.tagNumber;
    if (tag !== Tag.utf8String &&
        tag !== Tag.bmpString &&
        tag !== Tag.universalString &&
        !BYTE_STRINGS.has(tag))
        return undefined;
    const bytes = Buffer.from(contentBytes(node, 'string'));
    if (tag === Tag.utf8String)
        return bytes.toString('utf8');
    if (tag === Tag.bmpString) {
        const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
        return swapped.swap16().toString('utf16le');
    }
    if (tag === Tag.universalString) {
        const points = [];
        for (let i = 0; i + 4 <= bytes.length; i += 4)
            points.push(bytes.readUInt32BE(i));
        return points
            .map((point) => (point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd'))
            .join('');
    }
    return bytes.toString('latin1');
}
function algorithmIdentifier(node, what) {
    const [id, parameters] = sequence(node, what);
    return { oid: oid(id, `${what} algorithm`), parameters };
}


/***/ }),

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ assertMlDsaLoadable),
/* harmony export */   Oy: () => (/* binding */ mlDsaParameterSetOf),
/* harmony export */   tv: () => (/* binding */ mlDsaAvailable)
/* harmony export */ });
/* unused harmony exports ML_DSA_OIDS, mlDsaNeedsNode24 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8196);
/* harmony import */ var _materialError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1552);



/** RFC 9881 / NIST CSOR: one OID per parameter set, for keys and signatures alike. */
const ML_DSA_OIDS = {
    '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
    '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
    '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
};
let available;
/** Whether this Node's crypto can make and use ML-DSA keys (feature test, not a version test). */
function mlDsaAvailable() {
    if (available === undefined) {
        try {
            // The type names follow the Node 20 baseline, which lacks 'ml-dsa-44'.
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ml-dsa-44');
            available = true;
        }
        catch {
            available = false;
        }
    }
    return available;
}
/** The ML-DSA parameter set of a PKCS#8 PrivateKeyInfo or a SubjectPublicKeyInfo, if it is one. */
function mlDsaParameterSetOf(der) {
    try {
        const parts = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)((0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDer */ .zE)(der, 'key'), 'key');
        // PrivateKeyInfo starts with a version INTEGER; SubjectPublicKeyInfo with the algorithm.
        const node = parts.find((part) => (0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .isUniversal */ .Aw)(part, _asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .Tag */ .vw.sequence));
        return ML_DSA_OIDS[(0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .algorithmIdentifier */ .Hh)(node, 'key algorithm').oid];
    }
    catch {
        return undefined;
    }
}
/** One line: ML-DSA needs a newer Node. */
function mlDsaNeedsNode24(parameterSet, input) {
    return (0,_materialError_js__WEBPACK_IMPORTED_MODULE_2__/* .materialError */ .sO)('ERR_KEY_UNSUPPORTED', input, `${input} holds an ${parameterSet} key, which needs Node.js 24 or later (the GitHub ` +
        `Action's runtime, with OpenSSL 3.5); this Node.js cannot sign with ML-DSA. Run this ` +
        `tool with Node.js 24 or later.`);
}
/** Throws the Node 24 message when `pkcs8Der` is an ML-DSA key this Node cannot load. */
function assertMlDsaLoadable(pkcs8Der, input) {
    const parameterSet = mlDsaParameterSetOf(pkcs8Der);
    if (parameterSet !== undefined && !mlDsaAvailable())
        throw mlDsaNeedsNode24(parameterSet, input);
}


/***/ })

};
;