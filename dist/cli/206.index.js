export const id = 206;
export const ids = [206,186];
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

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2332);
/* harmony import */ var _core_rfc3339_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4376);
/* harmony import */ var _session_obtainSession_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(142);
/* harmony import */ var _session_obtainSession_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9480);
/* harmony import */ var _emulate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1796);





function maskKeyId(id) {
    return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
async function runDemo(io) {
    const started = Date.now();
    const { startEmulator, createCertificateAuthority, issueCertificate } = await Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(701), __webpack_require__.e(524), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 8474));
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
        say(`4. ${(0,_session_obtainSession_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSession */ ._)(session)}`);
        say('');
        say(`   Role:        ${c.assumedRoleArn}`);
        say(`   Account:     ${c.accountId ?? 'unknown'}`);
        say(`   Access key:  ${maskKeyId(c.accessKeyId)}`);
        say(`   Expires:     ${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_5__/* .rfc3339 */ .a)(c.expiration)}`);
        say('');
        say('   What a later CI step would get (secrets masked here, as the runner masks them):');
        say(`   export AWS_ACCESS_KEY_ID='${maskKeyId(c.accessKeyId)}'`);
        say("   export AWS_SECRET_ACCESS_KEY='***'");
        say("   export AWS_SESSION_TOKEN='***'");
        say(`   export AWS_CREDENTIAL_EXPIRATION='${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_5__/* .rfc3339 */ .a)(c.expiration)}'`);
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
        "Judges each CreateSession request as the service does: it rebuilds the canonical request, verifies the signature with the leaf certificate, validates the chain to its trust anchors and checks the body, then answers with fresh credentials or the service's error. It also answers STS GetCallerIdentity for the credentials it issued, so `aws sts get-caller-identity --endpoint-url <url>` proves them, and STS AssumeRole with them (role chaining: any role, at most one hour).",
        'With --generate DIR it makes a throw-away CA and a leaf certificate and key in DIR (0600), trusts that CA, and writes DIR/emulator.env (endpoint, ARNs and file paths, one key=value a line) once it listens.',
        "With --trust-policy it also judges the role's trust policy against the certificate's session tags and trust anchor, with the same evaluator as `doctor --trust-policy` (src/core/trustPolicy), and refuses what it cannot judge.",
        'Runs until SIGINT or SIGTERM. One verdict line per request goes to stderr; never a secret. On stopping it prints the CreateSession counts: accepted, rejected and, of those, throttled.',
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
    },
    examples: [
        'rolesanywhere-credentials emulate --generate ./emulator',
        'rolesanywhere-credentials emulate --ca root.pem --port 8080 --fail-first 2 --fail-status 429 --fail-type ThrottlingException',
        'rolesanywhere-credentials emulate --generate ./emulator --rate-limit 10',
    ],
    run: async (options, io) => {
        const { startEmulator, createCertificateAuthority, issueCertificate } = await Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(701), __webpack_require__.e(524), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 8474));
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
        const rateLimit = wholeNumber(options['rate-limit'], '--rate-limit', 1, 100_000);
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
            lenientExtensions: options['lenient-extensions'],
            ...(rateLimit === undefined ? {} : { rateLimit }),
            ...(options['trust-policy'] === undefined
                ? {}
                : { trustPolicy: await readText(options['trust-policy'], '--trust-policy', io) }),
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
        const { accepted, rejected, throttled } = emulator.stats().createSession;
        io.stderr(`rolesanywhere-credentials: emulator stopped; CreateSession accepted=${accepted} rejected=${rejected} throttled=${throttled}.`);
        return 0;
    },
});


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ obtainSession)
/* harmony export */ });
/* harmony import */ var _core_describeSession_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);

/**
 * Loads the material, signs and calls CreateSession. Imported lazily: the signer, the ASN.1
 * library and the transport are only loaded when the cache cannot answer.
 */
async function obtainSession(settings, options, io) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(509), __webpack_require__.e(571)]).then(__webpack_require__.bind(__webpack_require__, 3571)),
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
        warn: (line) => io.stderr(`rolesanywhere-credentials: warning: ${line}`),
        ...(log === undefined ? {} : { log }),
    });
    for (const fragment of session.material.secretFragments)
        io.secrets.add(fragment);
    for (const set of [session.credentials, session.firstHop]) {
        if (set === undefined)
            continue;
        io.secrets.add(set.secretAccessKey);
        io.secrets.add(set.sessionToken);
    }
    log?.((0,_core_describeSession_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSession */ ._)(session));
    return session;
}



/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ describeSession)
/* harmony export */ });
/* harmony import */ var _rfc3339_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4376);

/**
 * The one line people see about a session: who, until when, from which certificate, after how
 * many attempts. No secret.
 */
function describeSession(session) {
    const c = session.credentials;
    const retried = session.attempts > 1 ? ` after ${session.attempts} attempts` : '';
    const chained = session.firstHop === undefined ? '' : `, chained from ${session.firstHop.assumedRoleArn},`;
    return `Obtained credentials for ${c.assumedRoleArn} (expires ${(0,_rfc3339_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .a)(c.expiration)})${chained} from certificate serial ${session.material.serialDecimal}${retried}.`;
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
