"use strict";
exports.id = 378;
exports.ids = [378];
exports.modules = {

/***/ 2378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pkiIssueCommand: () => (/* binding */ pkiIssueCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _files_newPrivateFiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8467);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
/* harmony import */ var _pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2880);
/* harmony import */ var _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(424);






// CA/Browser Forum's old ceiling for TLS leaves; a CI identity has even less reason to live longer.
const LONG_VALIDITY_DAYS = 825;
/** The subject CN made into a file name stem: `CN=My CI` gives `My-CI`. */
function stemFromSubject(subject) {
    const match = /(?:^|,)\s*CN\s*=\s*([^,]*)/i.exec(subject);
    const stem = (match?.[1] ?? '')
        .trim()
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 100);
    return stem === '' ? 'leaf' : stem;
}
function checkUris(uris) {
    for (const uri of uris) {
        if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(uri)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `--uri "${uri.slice(0, 200)}" is not an absolute URI such as spiffe://example.com/ci/deploy.`, { input: '--uri' });
        }
    }
}
function checkDnsNames(names) {
    for (const name of names) {
        if (!/^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `--dns "${name.slice(0, 200)}" is not a DNS name such as build.example.com.`, { input: '--dns' });
        }
    }
}
const ISSUE_OPTIONS = {
    'ca-cert': {
        type: 'string',
        value: '<file|env:NAME|->',
        description: 'The CA certificate (ca.pem from `pki ca`).',
    },
    'ca-key': { type: 'string', value: '<file|env:NAME|->', description: 'The CA key (ca.key).' },
    'ca-passphrase': {
        type: 'string',
        value: '<env:NAME|->',
        description: 'Passphrase of an encrypted CA key.',
    },
    subject: {
        type: 'string',
        value: '<dn>',
        description: 'The leaf\'s distinguished name, with a CN: "CN=ci-deployer, O=Example".',
    },
    dns: {
        type: 'string',
        value: '<name,...>',
        description: 'DNS subjectAltNames (the first becomes the x509SAN/DNS session tag).',
    },
    uri: {
        type: 'string',
        value: '<uri,...>',
        description: 'URI subjectAltNames, e.g. spiffe://example.com/ci/deploy (x509SAN/URI).',
    },
    'key-type': {
        type: 'string',
        value: `<${_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY_TYPES */ .WJ.join('|')}>`,
        description: 'Key type (default ec-p256).',
    },
    days: {
        type: 'string',
        value: '<days>',
        description: `Validity in days (default 365; more than ${LONG_VALIDITY_DAYS} draws a warning).`,
    },
    'key-passphrase': {
        type: 'string',
        value: '<env:NAME|->',
        description: 'Encrypt the leaf key (PKCS#8, PBES2) under this passphrase.',
    },
    'out-dir': {
        type: 'string',
        value: '<dir>',
        description: 'Where to write the files (default: the current directory).',
    },
    name: {
        type: 'string',
        value: '<name>',
        description: 'File name stem (default: the subject CN).',
    },
};
function planIssue(options) {
    const subject = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSubject */ .jj)(options.subject);
    const key = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyType */ .ZX)(options['key-type']);
    const days = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDays */ .bs)(options.days, 365, 36_500);
    const dnsNames = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listFlag */ .v6)(options.dns);
    const uris = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listFlag */ .v6)(options.uri);
    checkDnsNames(dnsNames);
    checkUris(uris);
    const stem = (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .fileBase */ .k4)(options.name ?? stemFromSubject(subject), '--name');
    const paths = {
        certificate: (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(options['out-dir'], `${stem}.pem`),
        key: (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(options['out-dir'], `${stem}.key`),
        chain: (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(options['out-dir'], `${stem}.chain.pem`),
    };
    return { subject, key, days, dnsNames, uris, paths };
}
async function issueLeaf(ca, plan, now) {
    const { issueCertificate } = await __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 3339));
    return issueCertificate(ca, {
        subject: plan.subject,
        keyType: plan.key.keyType,
        ...(plan.key.rsaBits === undefined ? {} : { rsaBits: plan.key.rsaBits }),
        notBefore: new Date(now - _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .BACKDATE_MS */ .fg),
        notAfter: new Date(now + plan.days * _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .DAY_MS */ .sO),
        dnsNames: plan.dnsNames,
        uris: plan.uris,
    });
}
/** What was written, and the commands that take the new identity to a working pipeline. */
function issuedReport(plan, facts) {
    const { paths } = plan;
    const keyFlag = facts.keyEncrypted ? ' --pkcs8-password env:RA_KEY_PASSPHRASE' : '';
    const caPassphraseFlag = facts.caEncrypted ? ' --ca-passphrase env:CA_PASSPHRASE' : '';
    return [
        `Wrote ${paths.certificate} (${plan.subject}, ${plan.key.name}, serial ${facts.serial}, valid ${plan.days} days, issued by ${facts.issuer}), ${paths.key} (${facts.keyEncrypted ? 'encrypted ' : ''}PKCS#8) and ${paths.chain} (the issuing CA), each 0600.`,
        '',
        'Next:',
        '  1. Print the session tags this certificate carries and a trust policy for the role:',
        `     ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} trust-policy --certificate ${paths.certificate} --trust-anchor-arn <trust anchor ARN>`,
        `  2. Store ${paths.certificate} and ${paths.key} as CI secrets, e.g. on GitHub:`,
        `     gh secret set RA_CERTIFICATE < ${paths.certificate}; gh secret set RA_PRIVATE_KEY < ${paths.key}`,
        '  3. Check the whole setup before the pipeline does:',
        `     ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} doctor --certificate ${paths.certificate} --private-key ${paths.key}${keyFlag} --ca ${paths.chain} --trust-anchor-arn <trust anchor ARN> --trust-policy trust-policy.json`,
        `  To revoke it later: ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki crl --ca-cert <ca.pem> --ca-key <ca.key>${caPassphraseFlag} --serial ${facts.serial}`,
        '',
    ].join('\n');
}
const pkiIssueCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    name: 'pki issue',
    summary: 'Issue a leaf certificate for one CI identity, signed by the CA from `pki ca`.',
    description: [
        'The leaf is X.509 v3 with basicConstraints CA:FALSE (critical), keyUsage digitalSignature (critical), subject and authority key identifiers, optional DNS and URI subjectAltNames, a fresh random 128-bit serial and a SHA-256 signature.',
        'Writes <name>.pem (the certificate), <name>.key (PKCS#8; encrypted with --key-passphrase) and <name>.chain.pem (the issuing CA, for `doctor --ca` and `openssl verify -CAfile`), each 0600, never over an existing file or through a symlink.',
    ],
    options: ISSUE_OPTIONS,
    examples: [
        `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki issue --ca-cert ca.pem --ca-key ca.key --ca-passphrase env:CA_PASSPHRASE --subject "CN=cicd-agent.example.com" --dns cicd-agent.example.com`,
        `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki issue --ca-cert ca.pem --ca-key ca.key --ca-passphrase env:CA_PASSPHRASE --subject "CN=deploy, OU=ci" --uri spiffe://example.com/ci/deploy --days 90 --name deploy`,
    ],
    run: async (options, io) => {
        const plan = planIssue(options);
        const ca = await (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readCa */ .No)(options, io);
        const keyPassphrase = await (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readPassphraseSource */ .EN)(options['key-passphrase'], '--key-passphrase', io, true);
        if (plan.days > LONG_VALIDITY_DAYS) {
            io.stderr(`${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A}: warning: --days ${plan.days} is more than ${LONG_VALIDITY_DAYS}; a CI identity that lives that long outlives the people who remember it. Prefer 365 days or less and reissue.`);
        }
        const leaf = await issueLeaf(ca, plan, io.now().getTime());
        (0,_files_newPrivateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .writeNewPrivateFiles */ .u)('pki issue', [
            { path: plan.paths.certificate, data: leaf.certificatePem },
            { path: plan.paths.key, data: (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .exportKey */ .Ei)(leaf.privateKey, keyPassphrase) },
            { path: plan.paths.chain, data: ca.certificatePem },
        ]);
        io.stdout(issuedReport(plan, {
            serial: (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .serialHex */ .mn)(leaf.serial),
            issuer: ca.subject,
            keyEncrypted: keyPassphrase !== undefined,
            caEncrypted: options['ca-passphrase'] !== undefined,
        }));
        return 0;
    },
});


/***/ })

};
;