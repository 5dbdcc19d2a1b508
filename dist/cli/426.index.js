export const id = 426;
export const ids = [426,45];
export const modules = {

/***/ 8426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveStopCommand: () => (/* binding */ serveStopCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _files_privateFiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2537);
/* harmony import */ var _serve_stopServerProcess_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2807);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2332);





/** `serve stop`: stops a server started with `serve --detach --pid-file`. */
const serveStopCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'serve stop',
    summary: 'Stop a credential server started with `serve --detach --pid-file`.',
    description: [
        'Sends SIGTERM to the process in the pid file, waits for it to stop (SIGKILL after --timeout seconds) and removes the pid file.',
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
    examples: [`${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .PRODUCT */ .A} serve stop --pid-file /tmp/ra.pid`],
    run: async (options, io) => {
        const path = options['pid-file'];
        if (path === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_USAGE', `serve stop: --pid-file is required; run \`${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .PRODUCT */ .A} serve stop --help\`.`, { input: '--pid-file' });
        const seconds = options.timeout === undefined ? 10 : Number(options.timeout);
        if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_USAGE', `serve stop: --timeout must be a number of seconds from 1 to 600, got "${options.timeout ?? ''}".`, { input: '--timeout' });
        }
        const read = (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .readPrivateFile */ .q1)(path);
        if (read.kind === 'missing')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE', `serve stop: there is no pid file at ${path}; was the server started with --pid-file ${path}?`, { input: '--pid-file' });
        if (read.kind === 'unsafe')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE_UNSAFE', `serve stop: ${path} ${read.why}; it is not a pid file this user wrote.`, { input: '--pid-file' });
        const text = read.content.toString('utf8').trim();
        if (!/^\d{1,10}$/.test(text))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_FILE', `serve stop: ${path} does not hold a process id.`, {
                input: '--pid-file',
            });
        const pid = Number(text);
        const outcome = await (0,_serve_stopServerProcess_js__WEBPACK_IMPORTED_MODULE_2__/* .stopServerProcess */ .v)(pid, { timeoutMs: seconds * 1000, sleep: io.sleep });
        (0,_files_privateFiles_js__WEBPACK_IMPORTED_MODULE_1__/* .removeFileQuietly */ .Y2)(path);
        const said = {
            stopped: `Stopped the credential server (pid ${pid}).`,
            'not-running': `The credential server (pid ${pid}) was not running; removed the stale pid file.`,
            killed: `The credential server (pid ${pid}) did not stop within ${seconds} s and was killed.`,
        };
        io.stderr(`${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .PRODUCT */ .A}: ${said[outcome]}`);
        return 0;
    },
});


/***/ }),

/***/ 2807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isProcessRunning),
/* harmony export */   v: () => (/* binding */ stopServerProcess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** A Linux zombie answers kill(pid, 0) but is gone for every purpose that matters here. */
function isZombie(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return /\)\s+Z\s/.test(stat);
    }
    catch {
        return false;
    }
}
/** Whether `pid` is a live process of this user (a zombie does not count). */
function isProcessRunning(pid) {
    try {
        process.kill(pid, 0);
        return !isZombie(pid);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EPERM') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `Process ${pid} belongs to another user; it is not a credential server this user started.`, { cause: error });
        }
        return false;
    }
}
/**
 * SIGTERM, then wait for the process to finish its graceful stop; SIGKILL if it has not gone
 * after `timeoutMs`.
 */
async function stopServerProcess(pid, options) {
    if (!Number.isSafeInteger(pid) || pid <= 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `"${pid}" is not the process id of a credential server.`);
    }
    if (!isProcessRunning(pid))
        return 'not-running';
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + options.timeoutMs;
    while (Date.now() < deadline) {
        await options.sleep(50);
        if (!isProcessRunning(pid))
            return 'stopped';
    }
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        return 'stopped';
    }
    return 'killed';
}


/***/ })

};
