export const id = 206;
export const ids = [206,796];
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

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2332);
/* harmony import */ var _output_credentialProcessJson_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3906);
/* harmony import */ var _session_obtainSession_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(142);
/* harmony import */ var _emulate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1796);





function maskKeyId(id) {
    return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
async function runDemo(io) {
    const started = Date.now();
    const { startEmulator, createCertificateAuthority, issueCertificate } = await Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(701), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 9756));
    const say = (line) => io.stdout(`${line}\n`);
    const ca = await createCertificateAuthority({
        subject: 'CN=Demo Root CA, O=rolesanywhere-credentials demo',
        keyType: 'ec-p256',
    });
    const leaf = await issueCertificate(ca, { subject: 'CN=demo-ci-runner', keyType: 'ec-p256' });
    say(`1. Made a throw-away CA and a leaf certificate (CN=demo-ci-runner, serial ${leaf.serial.toString(10)}), in memory.`);
    const verdicts = [];
    const emulator = await startEmulator({
        trustAnchors: [ca.certificatePem],
        ..._emulate_js__WEBPACK_IMPORTED_MODULE_2__.DEMO_ARNS,
        log: (line) => verdicts.push(line),
    });
    try {
        say(`2. Started the local Roles Anywhere emulator at ${emulator.url}, trusting that CA.`);
        const settings = (0,_core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSessionSettings */ .uc)({
            material: { certificate: leaf.certificatePem, privateKey: leaf.privateKeyPem },
            ..._emulate_js__WEBPACK_IMPORTED_MODULE_2__.DEMO_ARNS,
            endpoint: { url: emulator.url, source: '--endpoint' },
        }, _core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_NAMES */ .Q4);
        const session = await (0,_session_obtainSession_js__WEBPACK_IMPORTED_MODULE_3__/* .obtainSession */ .U)(settings, { insecure: false, debug: false }, io);
        const c = session.credentials;
        say("3. Signed CreateSession with the certificate's key (SigV4-X509) and the emulator verified it:");
        for (const verdict of verdicts)
            say(`     ${verdict}`);
        say(`4. ${(0,_session_obtainSession_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSession */ ._)(session)}`);
        say('');
        say(`   Role:        ${c.assumedRoleArn}`);
        say(`   Account:     ${c.accountId ?? 'unknown'}`);
        say(`   Access key:  ${maskKeyId(c.accessKeyId)}`);
        say(`   Expires:     ${(0,_output_credentialProcessJson_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .a)(c.expiration)}`);
        say('');
        say('   What a later CI step would get (secrets masked here, as the runner masks them):');
        say(`   export AWS_ACCESS_KEY_ID='${maskKeyId(c.accessKeyId)}'`);
        say("   export AWS_SECRET_ACCESS_KEY='***'");
        say("   export AWS_SESSION_TOKEN='***'");
        say(`   export AWS_CREDENTIAL_EXPIRATION='${(0,_output_credentialProcessJson_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .a)(c.expiration)}'`);
        say(`   export AWS_REGION='${settings.region}'`);
        say('');
        say(`Done in ${Date.now() - started} ms, with no AWS account. Next: the README's GitHub Action, GitLab and CLI sections.`);
        return 0;
    }
    finally {
        await emulator.close();
    }
}
const demoCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .defineCommand */ .N)({
    name: 'demo',
    summary: 'Obtain credentials end to end from a throw-away CA and the local emulator: no AWS account needed.',
    description: [
        'Makes an ephemeral CA and leaf certificate in memory, starts the emulator on 127.0.0.1 on a free port, obtains credentials through the same code path the Action and the CLI use, prints what a user would see with the secrets masked, cleans up and exits 0.',
    ],
    options: {},
    examples: ['rolesanywhere-credentials demo', 'node dist/cli/index.js demo'],
    run: async (_options, io) => runDemo(io),
});


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
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2332);
/* harmony import */ var _files_privateFiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2537);
/* harmony import */ var _inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4845);






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
    const source = await (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__/* .readSource */ .o)(value, flag, io, (0,_inputs_readSource_js__WEBPACK_IMPORTED_MODULE_5__/* .createStdinReader */ .i)(io));
    return typeof source.content === 'string'
        ? source.content
        : Buffer.from(source.content).toString('utf8');
}
const emulateCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'emulate',
    summary: 'Run a strict local Roles Anywhere endpoint (and STS GetCallerIdentity) for tests.',
    description: [
        "Judges each CreateSession request as the service does: it rebuilds the canonical request, verifies the signature with the leaf certificate, validates the chain to its trust anchors and checks the body, then answers with fresh credentials or the service's error. It also answers STS GetCallerIdentity for the credentials it issued, so `aws sts get-caller-identity --endpoint-url <url>` proves them.",
        'With --generate DIR it makes a throw-away CA and a leaf certificate and key in DIR (0600), trusts that CA, and writes DIR/emulator.env (endpoint, ARNs and file paths, one key=value a line) once it listens.',
        'Runs until SIGINT or SIGTERM. One verdict line per request goes to stderr; never a secret.',
    ],
    options: {
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
    },
    examples: [
        'rolesanywhere-credentials emulate --generate ./emulator',
        'rolesanywhere-credentials emulate --ca root.pem --port 8080 --fail-first 2 --fail-status 429 --fail-type ThrottlingException',
    ],
    run: async (options, io) => {
        const { startEmulator, createCertificateAuthority, issueCertificate } = await Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(701), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 9756));
        if (options.ca === undefined && options.generate === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_USAGE', 'emulate needs --ca <file> (the trust anchor) or --generate <dir>.', { input: '--ca' });
        }
        const trustAnchors = [];
        if (options.ca !== undefined)
            trustAnchors.push(await readText(options.ca, '--ca', io));
        let generated;
        if (options.generate !== undefined) {
            const dir = options.generate;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
            const ca = await createCertificateAuthority({
                subject: 'CN=rolesanywhere-credentials emulator CA',
                keyType: 'ec-p256',
            });
            const leaf = await issueCertificate(ca, {
                subject: 'CN=emulator-client',
                keyType: 'ec-p256',
            });
            const paths = {
                ca: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'ca.pem'),
                certificate: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'certificate.pem'),
                privateKey: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'private-key.pem'),
            };
            (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .writeNamedPrivateFile */ .AC)('--generate', paths.ca, ca.certificatePem);
            (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .writeNamedPrivateFile */ .AC)('--generate', paths.certificate, leaf.certificatePem);
            (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .writeNamedPrivateFile */ .AC)('--generate', paths.privateKey, leaf.privateKeyPem);
            trustAnchors.push(ca.certificatePem);
            generated = { certificate: paths.certificate, 'private-key': paths.privateKey, ca: paths.ca };
        }
        const tlsCert = options['tls-cert'];
        const tlsKey = options['tls-key'];
        if ((tlsCert === undefined) !== (tlsKey === undefined)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RolesAnywhereError */ .rK('ERR_USAGE', '--tls-cert and --tls-key go together: give both or neither.', { input: tlsCert === undefined ? '--tls-cert' : '--tls-key' });
        }
        const failFirst = wholeNumber(options['fail-first'], '--fail-first', 0, 1_000_000);
        const latency = wholeNumber(options.latency, '--latency', 0, 600_000);
        const arns = {
            trustAnchorArn: options['trust-anchor-arn'] ?? (generated ? DEMO_ARNS.trustAnchorArn : undefined),
            profileArn: options['profile-arn'] ?? (generated ? DEMO_ARNS.profileArn : undefined),
            roleArn: options['role-arn'] ?? (generated ? DEMO_ARNS.roleArn : undefined),
        };
        const maxDuration = wholeNumber(options['max-duration'], '--max-duration', 900, 43_200);
        const emulator = await startEmulator({
            trustAnchors,
            host: options.host ?? '127.0.0.1',
            port: wholeNumber(options.port, '--port', 0, 65_535) ?? 0,
            ...(tlsCert !== undefined && tlsKey !== undefined
                ? {
                    tls: {
                        cert: await readText(tlsCert, '--tls-cert', io),
                        key: await readText(tlsKey, '--tls-key', io),
                    },
                }
                : {}),
            ...(arns.trustAnchorArn ? { trustAnchorArn: arns.trustAnchorArn } : {}),
            ...(arns.profileArn ? { profileArn: arns.profileArn } : {}),
            ...(arns.roleArn ? { roleArn: arns.roleArn } : {}),
            ...(maxDuration === undefined ? {} : { maxDurationSeconds: maxDuration }),
            acceptRoleSessionName: options['accept-role-session-name'],
            faults: [
                ...(failFirst
                    ? [
                        {
                            kind: 'error',
                            status: wholeNumber(options['fail-status'], '--fail-status', 400, 599) ?? 500,
                            errorType: options['fail-type'] ?? 'InternalServerException',
                            count: failFirst,
                        },
                    ]
                    : []),
                ...(latency ? [{ kind: 'latency', ms: latency }] : []),
            ],
            log: (line) => io.stderr(line),
        });
        io.stdout(`${emulator.url}\n`);
        if (generated !== undefined && options.generate !== undefined) {
            const lines = {
                endpoint: emulator.url,
                'trust-anchor-arn': arns.trustAnchorArn ?? '',
                'profile-arn': arns.profileArn ?? '',
                'role-arn': arns.roleArn ?? '',
                ...generated,
            };
            (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .writeNamedPrivateFile */ .AC)('--generate', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.generate, 'emulator.env'), Object.entries(lines)
                .map(([k, v]) => `${k}=${v}\n`)
                .join(''));
        }
        io.stderr(`rolesanywhere-credentials: emulator listening on ${emulator.url}; stop it with Ctrl-C.`);
        while ((await io.sleepUntilStopped(86_400_000)) !== 'stopped') {
            // Keep serving until a signal arrives.
        }
        await emulator.close();
        return 0;
    },
});


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
    return { content: readBoundedFile(value, flag), origin: 'file', where: value };
}


/***/ }),

/***/ 3906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ credentialProcessJson),
/* harmony export */   a: () => (/* binding */ rfc3339)
/* harmony export */ });
/** RFC 3339 in UTC without fractions, as AWS writes it: 2025-12-11T16:34:25Z. */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The credential_process document, keys in the documented order, no trailing newline:
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
 */
function credentialProcessJson(credentials) {
    return JSON.stringify({
        Version: 1,
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        SessionToken: credentials.sessionToken,
        Expiration: rfc3339(credentials.expiration),
    });
}


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ obtainSession),
/* harmony export */   _: () => (/* binding */ describeSession)
/* harmony export */ });
/**
 * Loads the material, signs and calls CreateSession. Imported lazily: the signer, the ASN.1
 * library and the transport are only loaded when the cache cannot answer.
 */
async function obtainSession(settings, options, io) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(581), __webpack_require__.e(571)]).then(__webpack_require__.bind(__webpack_require__, 3571)),
        __webpack_require__.e(/* import() */ 314).then(__webpack_require__.bind(__webpack_require__, 4314)),
    ]);
    if (options.insecure)
        io.stderr("rolesanywhere-credentials: warning: --no-verify-ssl: the endpoint's TLS certificate is not checked.");
    const send = createEnvironmentSender({
        attemptTimeoutMs: settings.retry.attemptTimeoutMs,
        env: io.env,
        insecure: options.insecure,
    });
    const log = options.debug
        ? (line) => io.stderr(`rolesanywhere-credentials: ${line}`)
        : undefined;
    log?.(`Calling CreateSession at ${settings.endpoint.href} for ${settings.role.arn} (region ${settings.region}, ${settings.durationSeconds} s).`);
    const session = await obtainCredentials(settings, {
        send,
        now: io.now,
        sleep: io.sleep,
        ...(log === undefined ? {} : { log }),
    });
    for (const fragment of session.material.secretFragments)
        io.secrets.add(fragment);
    log?.(describeSession(session));
    return session;
}
/** The one line people see about a session: who, until when, from which certificate. No secret. */
function describeSession(session) {
    const c = session.credentials;
    return `Obtained credentials for ${c.assumedRoleArn} (expires ${c.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z')}) from certificate serial ${session.material.serialDecimal}.`;
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


/***/ }),

/***/ 2537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ writeNamedPrivateFile),
/* harmony export */   Gw: () => (/* binding */ isPrivate),
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




// Windows has no O_NOFOLLOW; there the symlink checks rely on lstat alone.
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
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
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | NOFOLLOW, 0o600);
    try {
        try {
            const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
            let offset = 0;
            while (offset < bytes.length)
                offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, offset, bytes.length - offset);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // Already renamed or never created.
        }
        throw error;
    }
}
/** Reads a file only if it is a regular file of ours, not a symlink, and private (0600). */
function readPrivateFile(path, maxBytes = 64 * 1024) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        if (code === 'ELOOP' || code === 'EMLINK')
            return { kind: 'unsafe', why: 'it is a symlink' };
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
