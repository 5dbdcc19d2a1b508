"use strict";
exports.id = 993;
exports.ids = [993];
exports.modules = {

/***/ 7993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pkiCommand: () => (/* binding */ pkiCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


const SUBCOMMANDS = {
    ca: async () => (await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(550), __webpack_require__.e(449)]).then(__webpack_require__.bind(__webpack_require__, 6449))).pkiCaCommand,
    issue: async () => (await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(550), __webpack_require__.e(378)]).then(__webpack_require__.bind(__webpack_require__, 2378))).pkiIssueCommand,
    crl: async () => (await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(550), __webpack_require__.e(630)]).then(__webpack_require__.bind(__webpack_require__, 8630))).pkiCrlCommand,
};
const SUMMARY = 'Make the certificates Roles Anywhere needs: `pki ca` (trust anchor CA), `pki issue` (a CI identity), `pki crl` (revocations).';
function help() {
    return [
        `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .A} pki <ca|issue|crl> [flags]`,
        '',
        SUMMARY,
        '',
        '  ca      A CA key (encrypted PKCS#8) and a self-signed CA certificate for a trust anchor.',
        '  issue   A leaf certificate and key for one CI identity, signed by that CA.',
        '  crl     A CRL revoking given serials, for `aws rolesanywhere import-crl`.',
        '',
        `Run \`${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .A} pki <subcommand> --help\` for its flags and examples.`,
        '',
    ].join('\n');
}
const pkiCommand = {
    name: 'pki',
    summary: SUMMARY,
    help,
    execute: async (argv, io) => {
        const [name, ...rest] = argv;
        if (name === undefined || name === '--help' || name === '-h') {
            io.stdout(help());
            return 0;
        }
        const load = SUBCOMMANDS[name];
        if (load === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_USAGE', `pki: unknown subcommand "${name.slice(0, 40)}": expected ca, issue or crl; run \`${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .A} pki --help\`.`);
        }
        return (await load()).execute(rest, io);
    },
};


/***/ })

};
;