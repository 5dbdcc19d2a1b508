"use strict";
exports.id = 449;
exports.ids = [449];
exports.modules = {

/***/ 6449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pkiCaCommand: () => (/* binding */ pkiCaCommand)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _files_newPrivateFiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8467);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
/* harmony import */ var _pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2880);
/* harmony import */ var _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(424);






const pkiCaCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    name: 'pki ca',
    summary: 'Make a CA key and a self-signed CA certificate for a Roles Anywhere trust anchor.',
    description: [
        'The certificate is X.509 v3 with basicConstraints CA:TRUE (critical), keyUsage keyCertSign and cRLSign (critical), a subject key identifier and a SHA-256 signature. The key is encrypted PKCS#8 (PBES2: PBKDF2-SHA256, AES-256-CBC) under the passphrase from --passphrase; --unencrypted-key writes it in the clear instead.',
        'Files are created 0600, never over an existing file or through a symlink. The key is never printed.',
    ],
    options: {
        subject: {
            type: 'string',
            value: '<dn>',
            description: 'The CA\'s distinguished name, e.g. "CN=Example CI CA, O=Example".',
        },
        'key-type': {
            type: 'string',
            value: `<${_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY_TYPES */ .WJ.join('|')}>`,
            description: 'Key type (default ec-p256).',
        },
        days: { type: 'string', value: '<days>', description: 'Validity in days (default 3650).' },
        passphrase: {
            type: 'string',
            value: '<env:NAME|->',
            description: 'Passphrase that encrypts the CA key (8 characters or more).',
        },
        'unencrypted-key': {
            type: 'boolean',
            description: 'Write the CA key unencrypted (only for throw-away CAs).',
        },
        'out-dir': {
            type: 'string',
            value: '<dir>',
            description: 'Where to write the files (default: the current directory).',
        },
        name: {
            type: 'string',
            value: '<name>',
            description: 'File name stem: <name>.pem and <name>.key (default ca).',
        },
    },
    examples: [
        `CA_PASSPHRASE=... ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki ca --subject "CN=Example CI CA, O=Example" --passphrase env:CA_PASSPHRASE`,
        `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki ca --subject "CN=Throw-away CA" --key-type ec-p384 --days 30 --unencrypted-key --out-dir ./pki`,
    ],
    run: async (options, io) => {
        const subject = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSubject */ .jj)(options.subject);
        const key = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyType */ .ZX)(options['key-type']);
        const days = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDays */ .bs)(options.days, 3650, 36_500);
        const stem = (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .fileBase */ .k4)(options.name ?? 'ca', '--name');
        if (options.passphrase === undefined && !options['unencrypted-key']) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_PASSPHRASE_REQUIRED', 'pki ca needs --passphrase env:NAME (or -) to encrypt the CA key; pass --unencrypted-key to write it in the clear (only for a throw-away CA).', { input: '--passphrase' });
        }
        if (options.passphrase !== undefined && options['unencrypted-key']) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_USAGE', '--passphrase and --unencrypted-key contradict each other; give one.', { input: '--unencrypted-key' });
        }
        const passphrase = await (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readPassphraseSource */ .EN)(options.passphrase, '--passphrase', io, true);
        const { createCertificateAuthority } = await __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 3339));
        const now = io.now().getTime();
        const ca = await createCertificateAuthority({
            subject,
            keyType: key.keyType,
            ...(key.rsaBits === undefined ? {} : { rsaBits: key.rsaBits }),
            notBefore: new Date(now - _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .BACKDATE_MS */ .fg),
            notAfter: new Date(now + days * _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .DAY_MS */ .sO),
        });
        const certPath = (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(options['out-dir'], `${stem}.pem`);
        const keyPath = (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(options['out-dir'], `${stem}.key`);
        (0,_files_newPrivateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .writeNewPrivateFiles */ .u)('pki ca', [
            { path: certPath, data: ca.certificatePem },
            { path: keyPath, data: (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .exportKey */ .Ei)(ca.privateKey, passphrase) },
        ]);
        const passFlag = options.passphrase === undefined
            ? ''
            : ` --ca-passphrase ${options.passphrase === '-' ? '-' : options.passphrase}`;
        io.stdout([
            `Wrote ${certPath} (CA certificate, ${key.name}, serial ${(0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .serialHex */ .mn)(ca.serial)}, valid ${days} days) and ${keyPath} (${passphrase === undefined ? 'UNENCRYPTED' : 'encrypted'} PKCS#8), both 0600.`,
            '',
            'Next:',
            `  1. Create the trust anchor from ${certPath} (or use examples/terraform or examples/cloudformation):`,
            `     aws rolesanywhere create-trust-anchor --name ci --enabled --source "sourceType=CERTIFICATE_BUNDLE,sourceData={x509CertificateData=$(cat ${certPath})}"`,
            '  2. Issue a certificate for each CI identity:',
            `     ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki issue --ca-cert ${certPath} --ca-key ${keyPath}${passFlag} --subject "CN=ci-deployer"`,
            `  Keep ${keyPath} off CI runners: only the leaf certificate and its key are CI secrets.`,
            '',
        ].join('\n'));
        return 0;
    },
});


/***/ })

};
;