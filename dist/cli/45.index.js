"use strict";
exports.id = 45;
exports.ids = [45];
exports.modules = {

/***/ 8426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveStopCommand: () => (/* binding */ serveStopCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _files_privateFiles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2537);
/* harmony import */ var _serve_serverProcessIdentity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1845);
/* harmony import */ var _serve_stopServerProcess_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2807);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2332);







function pidFileFlag(path) {
    if (path === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `serve stop: --pid-file is required; run \`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A} serve stop --help\`.`, { input: '--pid-file' });
    return path;
}
function timeoutFlag(value) {
    const seconds = value === undefined ? 10 : Number(value);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `serve stop: --timeout must be a number of seconds from 1 to 600, got "${value ?? ''}".`, { input: '--timeout' });
    }
    return seconds;
}
/** The pid in a pid file this user wrote; anything else is refused before a signal is sent. */
function readPid(path) {
    const read = (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_2__/* .readPrivateFile */ .q1)(path);
    if (read.kind === 'missing')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `serve stop: there is no pid file at ${path}; was the server started with --pid-file ${path}?`, { input: '--pid-file' });
    if (read.kind === 'unsafe')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE_UNSAFE', `serve stop: ${path} ${read.why}; it is not a pid file this user wrote.`, { input: '--pid-file' });
    const text = read.content.toString('utf8').trim();
    if (!/^\d{1,10}$/.test(text))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `serve stop: ${path} does not hold a process id.`, {
            input: '--pid-file',
        });
    return Number(text);
}
/** A process that may not be the server the pid file named is never signalled. */
function refuseUnlessServer(identity, pid, path) {
    if (identity.kind === 'ambiguous')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `serve stop: process ${pid} named in ${path} runs \`serve\` but started at ${identity.startedAt.toISOString()}, after the file was written (another server reusing the pid, or the clock was changed); it was not signalled. Stop it yourself if it is the one.`, { input: '--pid-file' });
    if (identity.kind === 'foreign')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `serve stop: process ${pid} named in ${path} is not a \`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A} serve\`; it was not signalled. Remove ${path} if it is stale.`, { input: '--pid-file' });
    if (identity.kind === 'unknown')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `serve stop: cannot tell whether process ${pid} named in ${path} is the credential server (no /proc or ps here); it was not signalled. Stop it yourself if it is.`, { input: '--pid-file' });
}
/** `serve stop`: stops a server started with `serve --detach --pid-file`. */
const serveStopCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .N)({
    name: 'serve stop',
    summary: 'Stop a credential server started with `serve --detach --pid-file`.',
    description: [
        'Checks that the process in the pid file is the server that wrote it (it started before the file was written and runs `serve`; a pid reused by another process is left alone), sends SIGTERM, waits until it has exited (SIGKILL after --timeout seconds, and says so) and removes the pid file.',
    ],
    options: {
        'pid-file': {
            type: 'string',
            value: '<file>',
            description: 'The pid file given to `serve --detach`.',
        },
        timeout: {
            type: 'string',
            value: '<seconds>',
            description: 'How long to wait for a graceful stop (default 10).',
        },
    },
    examples: [`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A} serve stop --pid-file /tmp/ra.pid`],
    run: async (options, io) => {
        const path = pidFileFlag(options['pid-file']);
        const seconds = timeoutFlag(options.timeout);
        const pid = readPid(path);
        const identity = (0,_serve_stopServerProcess_js__WEBPACK_IMPORTED_MODULE_4__/* .isProcessRunning */ .D)(pid)
            ? (0,_serve_serverProcessIdentity_js__WEBPACK_IMPORTED_MODULE_3__/* .serverIdentity */ .u)(pid, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).mtimeMs, io.now().getTime())
            : undefined;
        if (identity?.kind === 'reused') {
            (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_2__/* .removeFileQuietly */ .Y2)(path);
            io.stderr(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A}: The credential server (pid ${pid}) is gone: that pid now belongs to a process started at ${identity.startedAt.toISOString()}, after ${path} was written. Left that process alone and removed the stale pid file.`);
            return 0;
        }
        if (identity !== undefined)
            refuseUnlessServer(identity, pid, path);
        const outcome = await (0,_serve_stopServerProcess_js__WEBPACK_IMPORTED_MODULE_4__/* .stopServerProcess */ .v)(pid, { timeoutMs: seconds * 1000, sleep: io.sleep });
        (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_2__/* .removeFileQuietly */ .Y2)(path);
        const said = {
            stopped: `Stopped the credential server (pid ${pid}).`,
            'not-running': `The credential server (pid ${pid}) was not running; removed the stale pid file.`,
            killed: `The credential server (pid ${pid}) did not stop within ${seconds} s and was killed.`,
        };
        io.stderr(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .PRODUCT */ .A}: ${said[outcome]}`);
        return 0;
    },
});


/***/ })

};
;