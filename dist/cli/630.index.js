"use strict";
exports.id = 630;
exports.ids = [630];
exports.modules = {

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pkiCrlCommand: () => (/* binding */ pkiCrlCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _files_newPrivateFiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8467);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
/* harmony import */ var _pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2880);
/* harmony import */ var _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(424);






const pkiCrlCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    name: 'pki crl',
    summary: 'Write a CRL that revokes the given serials, signed by the CA, for `aws rolesanywhere import-crl`.',
    description: [
        'A v2 CRL (RFC 5280) with an authority key identifier and a cRLNumber that grows with time, so each new CRL supersedes the last. It lists every serial to revoke, so give all of them each time. Written as PEM, 0600, never over an existing file.',
    ],
    options: {
        'ca-cert': { type: 'string', value: '<file|env:NAME|->', description: 'The CA certificate.' },
        'ca-key': { type: 'string', value: '<file|env:NAME|->', description: 'The CA key.' },
        'ca-passphrase': {
            type: 'string',
            value: '<env:NAME|->',
            description: 'Passphrase of an encrypted CA key.',
        },
        serial: {
            type: 'string',
            value: '<serial,...>',
            description: 'Serials to revoke: 0x-prefixed hex (as `pki issue` prints them), colon-separated hex, or decimal.',
        },
        days: { type: 'string', value: '<days>', description: 'Days until nextUpdate (default 30).' },
        out: {
            type: 'string',
            value: '<file>',
            description: 'The CRL file to create (default crl.pem).',
        },
    },
    examples: [
        `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} pki crl --ca-cert ca.pem --ca-key ca.key --ca-passphrase env:CA_PASSPHRASE --serial 0x1f3a9c0d2e4b5a6978d0c1e2f3a4b5c6`,
    ],
    run: async (options, io) => {
        const written = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listFlag */ .v6)(options.serial);
        const serials = written.map((text) => {
            const serial = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSerial */ .GG)(text);
            if (serial === undefined || serial >= 1n << 160n) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `--serial "${text.slice(0, 100)}" is not a certificate serial; give 0x-prefixed hex as \`pki issue\` prints it, colon-separated hex, or decimal.`, { input: '--serial' });
            }
            return serial;
        });
        const days = (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDays */ .bs)(options.days, 30, 3650);
        const path = options.out ?? (0,_pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(undefined, 'crl.pem');
        const ca = await (0,_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readCa */ .No)(options, io);
        const { createCrl } = await __webpack_require__.e(/* import() */ 684).then(__webpack_require__.bind(__webpack_require__, 684));
        const now = io.now();
        const crl = createCrl({
            issuer: ca,
            serials,
            thisUpdate: now,
            nextUpdate: new Date(now.getTime() + days * _pki_pkiOutput_js__WEBPACK_IMPORTED_MODULE_4__/* .DAY_MS */ .sO),
            number: BigInt(Math.floor(now.getTime() / 1000)),
        });
        (0,_files_newPrivateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .writeNewPrivateFiles */ .u)('pki crl', [{ path, data: crl.pem }]);
        io.stdout([
            `Wrote ${path}: a CRL from ${ca.subject} revoking ${serials.length === 0 ? 'no serials' : serials.map(_pki_pkiInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .serialHex */ .mn).join(', ')}, next update in ${days} days.`,
            '',
            'Next: import it into the trust anchor (Roles Anywhere then refuses those certificates):',
            `  aws rolesanywhere import-crl --name ci-crl --enabled --trust-anchor-arn <trust anchor ARN> --crl-data fileb://${path}`,
            '',
        ].join('\n'));
        return 0;
    },
});


/***/ })

};
;