"use strict";
exports.id = 441;
exports.ids = [441];
exports.modules = {

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renderCommandHelp),
/* harmony export */   h: () => (/* binding */ renderGlobalHelp)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

const WIDTH = 100;
function wrap(text, indent) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '')
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}
function renderCommandHelp(command) {
    const flags = Object.entries(command.options).map(([name, spec]) => ({
        left: spec.type === 'string' ? `--${name} ${spec.value}` : `--${name}`,
        description: spec.description,
    }));
    flags.push({ left: '-h, --help', description: 'Show this help.' });
    const pad = Math.min(40, Math.max(...flags.map((f) => f.left.length)) + 2);
    const flagLines = flags.map((f) => {
        const left = f.left.length + 2 > pad ? `${f.left}\n${' '.repeat(pad + 2)}` : f.left.padEnd(pad);
        return `  ${left}${wrap(f.description, pad + 2)}`;
    });
    return [
        `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT */ .A} ${command.name} [flags]`,
        '',
        wrap(command.summary, 0),
        ...command.description.flatMap((p) => ['', wrap(p, 0)]),
        '',
        'Flags:',
        ...flagLines,
        '',
        'Examples:',
        ...command.examples.map((e) => `  ${e}`),
        '',
    ].join('\n');
}
function renderGlobalHelp(commands) {
    const pad = Math.max(...commands.map((c) => c.name.length)) + 2;
    return [
        `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT */ .A} <command> [flags]`,
        '',
        'Short-lived AWS credentials from an X.509 certificate through IAM Roles Anywhere.',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(pad)}${wrap(c.summary, pad + 2)}`),
        '',
        `Run \`${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT */ .A} <command> --help\` for a command's flags and examples.`,
        'File flags take a path, env:NAME (read from that environment variable) or - (stdin).',
        '',
    ].join('\n');
}


/***/ }),

/***/ 3441:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/cli/writeStdout.ts
var writeStdout = __webpack_require__(170);
;// CONCATENATED MODULE: ./src/cli/processIo.ts


/** The longest delay setTimeout keeps; past it Node fires after 1 ms instead. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;
/** setTimeout for any delay: a longer one is waited out in steps Node can hold. */
function setLongTimeout(callback, ms) {
    let timer;
    const arm = (left) => {
        timer = setTimeout(() => {
            if (left > LONGEST_TIMEOUT_MS)
                arm(left - LONGEST_TIMEOUT_MS);
            else
                callback();
        }, Math.min(Math.max(left, 0), LONGEST_TIMEOUT_MS));
    };
    arm(ms);
    return {
        cancel: () => {
            clearTimeout(timer);
        },
    };
}
/**
 * SIGINT and SIGTERM for a loop that sleeps and works in turn. One listener stays for the whole
 * run: removing it when a piece of work ends would drop a signal that arrived during the work's
 * last synchronous stretch (a lock wait, a file write) but is dispatched only after, which is how
 * a first SIGTERM used to be lost. A signal is acted on as soon as JavaScript runs again: during
 * work it ends the process by that signal, during a sleep it ends the sleep, in between it is
 * kept for the next step; once stopped, another signal ends the process at once.
 */
function createStopSignals() {
    let pending;
    let onStop;
    let stopping = false;
    let listening = false;
    const exitBy = (signal) => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
        // With no listener left the default action applies: the process ends by this signal.
        process.kill(process.pid, signal);
    };
    function handler(signal) {
        if (onStop !== undefined)
            onStop(signal);
        else if (stopping)
            exitBy(signal);
        else
            pending = signal;
    }
    const listen = () => {
        if (listening)
            return;
        listening = true;
        process.on('SIGINT', handler);
        process.on('SIGTERM', handler);
    };
    return {
        sleepUntilStopped: (ms) => new Promise((resolve) => {
            listen();
            const stop = () => {
                onStop = undefined;
                stopping = true;
                resolve('stopped');
            };
            if (pending !== undefined) {
                stop();
                return;
            }
            const timer = setLongTimeout(() => {
                onStop = undefined;
                resolve('elapsed');
            }, ms);
            onStop = () => {
                timer.cancel();
                stop();
            };
        }),
        exitOnSignalDuring: async (work) => {
            listen();
            if (pending !== undefined)
                exitBy(pending);
            onStop = exitBy;
            try {
                return await work();
            }
            finally {
                onStop = undefined;
            }
        },
    };
}
/** The command line and working directory; none when the directory is gone (no receipt then). */
function invocation() {
    try {
        return { invocation: { argv: process.argv.slice(2), cwd: process.cwd() } };
    }
    catch {
        return {};
    }
}
/** The real world: process streams, clock, timers and signals. Built only by the entry point. */
function createProcessIo() {
    const signals = createStopSignals();
    return {
        env: process.env,
        stdout: writeStdout.writeStdout,
        stderr: (line) => {
            process.stderr.write(`${line}\n`);
        },
        // Asked only by the commands that word their advice by it; a getter keeps the stream unloaded.
        get stdoutIsTty() {
            // Typed as always true, but absent when stdout is a pipe or a file.
            const stdout = process.stdout;
            return stdout.isTTY === true;
        },
        readStdin: async (maxBytes) => {
            const chunks = [];
            let size = 0;
            for await (const chunk of process.stdin) {
                chunks.push(Buffer.from(chunk));
                size += chunk.length;
                // Past the bound the rest is never read: the caller only needs to know it is too much.
                if (maxBytes !== undefined && size > maxBytes) {
                    process.stdin.destroy();
                    return Buffer.concat(chunks).subarray(0, maxBytes + 1);
                }
            }
            return Buffer.concat(chunks);
        },
        now: () => new Date(),
        sleep: (ms) => new Promise((resolve) => {
            setLongTimeout(resolve, ms);
        }),
        sleepUntilStopped: (ms) => signals.sleepUntilStopped(ms),
        exitOnSignalDuring: (work) => signals.exitOnSignalDuring(work),
        homeDir: () => (0,external_node_os_.homedir)(),
        secrets: new Set(),
        ...invocation(),
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/reportFailure.ts



function oneLine(text, io) {
    return (0,cli_io/* scrub */._)(text.replace(/\s*[\r\n]+\s*/g, ' '), io.secrets);
}
/**
 * The one line a failure gets on stderr: the error's message, never a stack. With --debug the
 * code and the chain of causes follow, scrubbed of every secret the run has seen.
 */
function reportFailure(error, io, debug) {
    const message = (0,errors/* isRolesAnywhereError */.db)(error)
        ? error.message
        : `unexpected error: ${(0,errors/* describeCause */.V$)(error)}`;
    io.stderr(oneLine(`${version/* PRODUCT */.A}: ${message}`, io));
    if (!debug || ((0,errors/* isRolesAnywhereError */.db)(error) && error.code === 'ERR_USAGE'))
        return;
    if ((0,errors/* isRolesAnywhereError */.db)(error))
        io.stderr(`  code: ${error.code}`);
    let cause = error instanceof Error ? error.cause : undefined;
    for (let depth = 0; cause !== undefined && depth < 5; depth++) {
        io.stderr(oneLine(`  cause: ${(0,errors/* describeCause */.V$)(cause)}`, io));
        cause = cause instanceof Error ? cause.cause : undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/** The one place commands are registered; add a line here and a file beside this one. */
const COMMANDS = [
    {
        name: 'credential-process',
        summary: 'Print credentials as credential_process JSON (cached), a drop-in for aws_signing_helper.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(389), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 8400))).credentialProcessCommand,
    },
    {
        name: 'env',
        summary: 'Print credentials for a shell or CI: sh, fish, powershell, dotenv, json, github, azure.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(389), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 1098))).envCommand,
    },
    {
        name: 'update',
        summary: 'Write credentials into a profile of the shared credentials file and keep it fresh.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(389), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 4914))).updateCommand,
    },
    {
        name: 'doctor',
        summary: 'Check certificate, key, chain, ARNs, endpoint and clock, and explain each finding.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(389), __webpack_require__.e(524), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 5715))).doctorCommand,
    },
    {
        name: 'read-certificate-data',
        summary: 'Print the certificate data aws_signing_helper prints (key type, DER, serial).',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(389), __webpack_require__.e(34)]).then(__webpack_require__.bind(__webpack_require__, 9034))).readCertificateDataCommand,
    },
    {
        name: 'sign-string',
        summary: 'Sign stdin with the private key, as aws_signing_helper sign-string does.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(389), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 3517))).signStringCommand,
    },
    {
        name: 'serve',
        summary: 'Serve refreshing credentials on 127.0.0.1 to every AWS SDK (container provider; IMDSv2 with --imds); `serve stop` stops a detached one.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(389), __webpack_require__.e(357), __webpack_require__.e(951), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 2951))).serveCommand,
    },
    {
        name: 'pki',
        summary: 'Make a trust anchor CA (`pki ca`), a CI identity certificate (`pki issue`) and a CRL (`pki crl`).',
        load: async () => (await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 7993))).pkiCommand,
    },
    {
        name: 'trust-policy',
        summary: "Print a certificate's session tags and a least-privilege role trust policy for it (JSON).",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(524), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 5085))).trustPolicyCommand,
    },
    {
        name: 'gitlab-setup',
        summary: "The GitLab template's before_script: check the job, obtain credentials, print sh lines to eval.",
        load: async () => (await __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 8411))).gitlabSetupCommand,
    },
    {
        name: 'gitlab-teardown',
        summary: "The GitLab template's after_script: stop the job's server and remove the directory it made.",
        load: async () => (await __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 8411))).gitlabTeardownCommand,
    },
    {
        name: 'demo',
        summary: 'See it work end to end with a throw-away CA and the local emulator: no AWS account.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(796), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 206))).demoCommand,
    },
    {
        name: 'emulate',
        summary: 'Run a strict local Roles Anywhere endpoint (and STS GetCallerIdentity) for tests.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(796), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 1796))).emulateCommand,
    },
    {
        name: 'version',
        summary: 'Print the version.',
        load: async () => (await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 3069))).versionCommand,
    },
];
function findCommand(name) {
    return COMMANDS.find((command) => command.name === name);
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/run.ts




/** Picks the command from argv[0] and hands it the rest; resolves to the exit code. */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    const known = COMMANDS.map((c) => c.name).join(', ');
    if (name === undefined) {
        throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `missing command: expected one of ${known}; run \`${version/* PRODUCT */.A} --help\`.`);
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        const topic = name === 'help' ? rest[0] : undefined;
        if (topic !== undefined)
            return runCli([topic, '--help'], io);
        io.stdout((0,help/* renderGlobalHelp */.h)(COMMANDS));
        return 0;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const registered = findCommand(name);
    if (registered === undefined) {
        throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `unknown command "${name}": expected one of ${known}; run \`${version/* PRODUCT */.A} --help\`.`);
    }
    const command = await registered.load();
    return command.execute(rest, io);
}

;// CONCATENATED MODULE: ./src/cli/index.ts



const io = createProcessIo();
const argv = process.argv.slice(2);
runCli(argv, io).then((code) => {
    process.exitCode = code;
}, (error) => {
    reportFailure(error, io, argv.includes('--debug'));
    process.exitCode = 1;
});


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ scrub)
/* harmony export */ });
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Where a secret counts as having leaked into a message. A long value (16+ characters: a key
 * line, a token) is found anywhere; a short one only as a whole token; a short one made of plain
 * words (a passphrase such as "password") only where it stands as a value, in quotes or after
 * `=`, because the tool's own words ("--pkcs8-password", "check the password") are made of the
 * same letters and must stay.
 */
function leakPattern(secret) {
    const body = escapeRegExp(secret);
    if (secret.length >= 16)
        return new RegExp(body, 'g');
    if (/^[A-Za-z]+(?:[ -][A-Za-z]+)*$/.test(secret))
        return new RegExp(`(?<=["'\`]|=\\s*)${body}(?=["'\`]|\\s|[,;)]|$)`, 'g');
    return new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'g');
}
/** The text with every known secret (4+ characters) replaced by [redacted] where it leaked. */
function scrub(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length >= 4)
            out = out.replace(leakPattern(secret), '[redacted]');
    }
    return out;
}


/***/ })

};
;