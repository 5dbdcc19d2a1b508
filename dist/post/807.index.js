"use strict";
exports.id = 807;
exports.ids = [807];
exports.modules = {

/***/ 807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isProcessRunning: () => (/* binding */ isProcessRunning),
/* harmony export */   stopServerProcess: () => (/* binding */ stopServerProcess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);


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