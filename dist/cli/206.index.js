"use strict";
exports.id = 206;
exports.ids = [206];
exports.modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2010);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
/* harmony import */ var _core_rfc3339_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4376);
/* harmony import */ var _session_obtainSession_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(142);
/* harmony import */ var _session_obtainSession_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9480);
/* harmony import */ var _emulate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1796);






function maskKeyId(id) {
    return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
async function runDemo(io) {
    const started = Date.now();
    const { startEmulator, createCertificateAuthority, issueCertificate } = await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(524), __webpack_require__.e(474)]).then(__webpack_require__.bind(__webpack_require__, 8474));
    const say = (line) => {
        io.stdout(`${line}\n`);
    };
    const ca = await createCertificateAuthority({
        subject: 'CN=Demo Root CA, O=rolesanywhere-credentials demo',
        keyType: 'ec-p256',
    });
    const leaf = await issueCertificate(ca, { subject: 'CN=demo-ci-runner', keyType: 'ec-p256' });
    say(`1. Made a throw-away CA and a leaf certificate (CN=demo-ci-runner, serial ${leaf.serial.toString(10)}), in memory.`);
    const verdicts = [];
    const emulator = await startEmulator({
        trustAnchors: [ca.certificatePem],
        ..._emulate_js__WEBPACK_IMPORTED_MODULE_3__.DEMO_ARNS,
        log: (line) => verdicts.push(line),
    });
    try {
        say(`2. Started the local Roles Anywhere emulator at ${emulator.url}, trusting that CA.`);
        const settings = (0,_core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSessionSettings */ .u)({
            material: { certificate: leaf.certificatePem, privateKey: leaf.privateKeyPem },
            ..._emulate_js__WEBPACK_IMPORTED_MODULE_3__.DEMO_ARNS,
            endpoint: { url: emulator.url, source: '--endpoint' },
        }, _names_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_NAMES */ .Q);
        const session = await (0,_session_obtainSession_js__WEBPACK_IMPORTED_MODULE_4__/* .obtainSession */ .U)(settings, { insecure: false, debug: false }, io);
        const c = session.credentials;
        say("3. Signed CreateSession with the certificate's key (SigV4-X509) and the emulator verified it:");
        for (const verdict of verdicts)
            say(`     ${verdict}`);
        say(`4. ${(0,_session_obtainSession_js__WEBPACK_IMPORTED_MODULE_5__/* .describeSession */ ._)(session)}`);
        say('');
        say(`   Role:        ${c.assumedRoleArn}`);
        say(`   Account:     ${c.accountId ?? 'unknown'}`);
        say(`   Access key:  ${maskKeyId(c.accessKeyId)}`);
        say(`   Expires:     ${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_6__/* .rfc3339 */ .a)(c.expiration)}`);
        say('');
        say('   What a later CI step would get (secrets masked here, as the runner masks them):');
        say(`   export AWS_ACCESS_KEY_ID='${maskKeyId(c.accessKeyId)}'`);
        say("   export AWS_SECRET_ACCESS_KEY='***'");
        say("   export AWS_SESSION_TOKEN='***'");
        say(`   export AWS_CREDENTIAL_EXPIRATION='${(0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_6__/* .rfc3339 */ .a)(c.expiration)}'`);
        say(`   export AWS_REGION='${settings.region}'`);
        say('');
        say(`Done in ${Date.now() - started} ms, with no AWS account. Next: the README's GitHub Action, GitLab and CLI sections.`);
        return 0;
    }
    finally {
        await emulator.close();
    }
}
const demoCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
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
async function obtainSession(settings, options, io, material) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 3357)),
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
        ? (line) => {
            io.stderr(`rolesanywhere-credentials: ${line}`);
        }
        : undefined;
    log?.(`Calling CreateSession at ${settings.endpoint.href} for ${settings.role.arn} (region ${settings.region}, ${settings.durationSeconds} s).`);
    const session = await obtainCredentials(settings, {
        send,
        now: io.now,
        sleep: io.sleep,
        warn: (line) => {
            io.stderr(`rolesanywhere-credentials: warning: ${line}`);
        },
        ...(log === undefined ? {} : { log }),
    }, material);
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


/***/ })

};
;