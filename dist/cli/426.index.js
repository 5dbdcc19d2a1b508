"use strict";
exports.id = 426;
exports.ids = [426,45];
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


/***/ }),

/***/ 1845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ serverIdentity)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** Linux: USER_HZ is 100 on every architecture Node supports; /proc/stat's btime is whole seconds. */
const CLOCK_TICKS_PER_SECOND = 100;
function fromProc(pid) {
    let stat;
    let cmdline;
    let system;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        cmdline = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8');
        system = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/stat', 'utf8');
    }
    catch {
        return undefined;
    }
    // The command name in parentheses may hold spaces and parentheses: fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(system)?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds))
        return undefined;
    return {
        startedAtMs: bootSeconds * 1000 + (ticks * 1000) / CLOCK_TICKS_PER_SECOND,
        argv: cmdline.split('\0').filter((arg) => arg !== ''),
    };
}
/** "[[dd-]hh:]mm:ss", as ps prints elapsed time. */
function elapsedSeconds(text) {
    const match = /^(?:(?:(\d+)-)?(\d+):)?(\d+):(\d+)$/.exec(text.trim());
    if (match === null)
        return undefined;
    const [days, hours, minutes, seconds] = match
        .slice(1)
        // An optional group that did not match is undefined, though RegExpExecArray says string.
        .map((part) => Number(part ?? 0));
    return (((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0);
}
/** macOS and the BSDs have no /proc: the system's own ps, by absolute path, never a PATH lookup. */
function fromPs(pid, nowMs) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('/bin/ps', ['-o', 'etime=,command=', '-p', String(pid)], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 5000,
        }).trim();
        const [etime = '', ...command] = out.split(/\s+/);
        const seconds = elapsedSeconds(etime);
        if (seconds === undefined)
            return undefined;
        return { startedAtMs: nowMs - seconds * 1000, argv: command };
    }
    catch {
        return undefined;
    }
}
/** Slack for the clocks' granularity (btime and ps's etime are whole seconds). */
const SLACK_MS = 2000;
function serverIdentity(pid, pidFileWrittenMs, nowMs) {
    const facts = process.platform === 'win32'
        ? undefined
        : (fromProc(pid) ?? (process.platform === 'linux' ? undefined : fromPs(pid, nowMs)));
    if (facts === undefined)
        return { kind: 'unknown' };
    const startedAfter = facts.startedAtMs > pidFileWrittenMs + SLACK_MS;
    const startedAt = new Date(facts.startedAtMs);
    if (!facts.argv.includes('serve'))
        return startedAfter ? { kind: 'reused', startedAt } : { kind: 'foreign' };
    return startedAfter ? { kind: 'ambiguous', startedAt } : { kind: 'server' };
}


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


const KILL_WAIT_MS = 5000;
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
 * after `timeoutMs`, and wait for that too: the outcome is only ever reported once it is true.
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
    // SIGKILL cannot be caught, but the kernel takes a moment to tear the process down.
    const killDeadline = Date.now() + KILL_WAIT_MS;
    while (isProcessRunning(pid)) {
        if (Date.now() >= killDeadline)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_TIMEOUT', `Process ${pid} was sent SIGKILL but has not exited after ${KILL_WAIT_MS / 1000} s (stuck in the kernel?); check it with \`ps -p ${pid}\`.`);
        await options.sleep(50);
    }
    return 'killed';
}


/***/ })

};
;