"use strict";
exports.id = 98;
exports.ids = [98,332,717];
exports.modules = {

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ defineCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/args.ts


/** aws_signing_helper flags for key stores this tool does not reach. */
const HELPER_ONLY = new Set([
    'cert-selector',
    'system-store-name',
    'use-latest-expiring-certificate',
    'pkcs11-lib',
    'reuse-pin',
    'tpm-key-password',
    'no-tpm-key-password',
]);
function usage(command, problem) {
    return new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${problem}; run \`rolesanywhere-credentials ${command} --help\` for the flags it takes.`);
}
/**
 * node:util parseArgs in its lenient mode, then our own checks, so each mistake gets one line
 * naming the flag: parseArgs' strict messages are long and would swallow `--certificate --debug`
 * as a file called "--debug".
 */
function parseCommandArgs(command, specs, argv) {
    const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const values = {};
    for (const token of tokens) {
        if (token.kind === 'positional') {
            throw usage(command, `unexpected argument "${token.value}" (flags take the form --name value)`);
        }
        if (token.kind === 'option-terminator')
            continue;
        if (token.name === 'help')
            return 'help';
        const spec = specs[token.name];
        if (spec === undefined && HELPER_ONLY.has(token.name)) {
            throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${token.rawName} (OS certificate stores, PKCS#11, TPM) is not supported; give the certificate and key as files, env:NAME or -, or keep aws_signing_helper for hardware-held keys.`);
        }
        if (spec === undefined)
            throw usage(command, `unknown flag ${token.rawName}`);
        if (spec.type === 'boolean') {
            if (token.value !== undefined) {
                throw usage(command, `${token.rawName} is a switch and takes no value (got "${token.value}")`);
            }
            values[token.name] = true;
            continue;
        }
        const value = token.value;
        // A PEM block (`--private-key "$(cat key.pem)"`) starts with dashes but is a value, not a flag:
        // it goes on like the `=` form so the flag's reader refuses it without echoing it.
        const flagLike = value?.startsWith('--') === true && !value.startsWith('-----BEGIN');
        if (value === undefined || (!token.inlineValue && flagLike)) {
            throw usage(command, `${token.rawName} needs a value: ${spec.value}`);
        }
        values[token.name] = value;
    }
    const parsed = {};
    for (const [name, spec] of Object.entries(specs)) {
        parsed[name] = values[name] ?? (spec.type === 'boolean' ? false : undefined);
    }
    return parsed;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/command.ts


function defineCommand(definition) {
    return {
        name: definition.name,
        summary: definition.summary,
        help: () => (0,help/* renderCommandHelp */.f)(definition),
        execute: async (argv, io) => {
            const parsed = parseCommandArgs(definition.name, definition.options, argv);
            if (parsed === 'help') {
                io.stdout((0,help/* renderCommandHelp */.f)(definition));
                return 0;
            }
            return definition.run(parsed, io);
        },
    };
}


/***/ }),

/***/ 1098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envCommand: () => (/* binding */ envCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/cli/output/envFormats.ts
var envFormats = __webpack_require__(4949);
;// CONCATENATED MODULE: ./src/cli/output/maskingAdvice.ts
/** Where the output cannot be masked, one line saying so and what to do instead; else undefined. */
function maskingAdvice(format, env, stdoutIsTty) {
    if (format === 'github')
        return undefined;
    if (format === 'azure') {
        return env['TF_BUILD'] === undefined
            ? 'the azure format masks only inside Azure Pipelines (TF_BUILD is not set); here the values print in clear.'
            : undefined;
    }
    if (env['GITHUB_ACTIONS'] === 'true')
        return `GitHub Actions masks only what it is told: use --format github instead of ${format}.`;
    if (env['TF_BUILD'] !== undefined)
        return `Azure Pipelines masks only secret variables: use --format azure instead of ${format}.`;
    const where = env['GITLAB_CI'] !== undefined
        ? 'GitLab cannot mask values created during a job'
        : env['BITBUCKET_BUILD_NUMBER'] !== undefined
            ? 'Bitbucket Pipelines masks only secured variables defined in its settings'
            : env['JENKINS_URL'] !== undefined
                ? 'Jenkins masks only credentials bound with withCredentials'
                : 'nothing masks these values';
    const how = stdoutIsTty
        ? 'they are on your terminal now; capture them instead, e.g. eval "$(rolesanywhere-credentials env ...)"'
        : 'keep this output out of logs (eval it or write it to a private file), never echo it';
    return `${where}: ${how}.`;
}

// EXTERNAL MODULE: ./src/cli/session/obtainSession.ts
var obtainSession = __webpack_require__(142);
// EXTERNAL MODULE: ./src/core/describeSession.ts
var describeSession = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/cli/commands/env.ts










function parseFormat(value) {
    const format = value ?? 'sh';
    const known = envFormats/* ENV_FORMATS */.$G;
    if (!known.includes(format)) {
        throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `env: --format must be one of ${envFormats/* ENV_FORMATS */.$G.join(', ')}, got "${format}".`, { input: '--format' });
    }
    return format;
}
const ARNS = '--trust-anchor-arn "$TA_ARN" --profile-arn "$PROFILE_ARN" --role-arn "$ROLE_ARN"';
const envCommand = (0,command/* defineCommand */.N)({
    name: 'env',
    summary: 'Obtain credentials and print them as environment variables for a shell or a CI system.',
    description: [
        'Prints AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, AWS_REGION and AWS_DEFAULT_REGION. Formats: sh (export lines, single-quoted), fish, powershell, dotenv, json, github (::add-mask:: on stdout, then the variables appended to $GITHUB_ENV) and azure (##vso[task.setvariable ...;issecret=true] lines, which Azure Pipelines masks).',
        'Always calls CreateSession (no cache). Where the target cannot mask the values, a warning on stderr says so; --quiet silences it.',
    ],
    options: {
        ...credentialOptions/* SESSION_OPTIONS */.AC,
        format: {
            type: 'string',
            value: `<${envFormats/* ENV_FORMATS */.$G.join('|')}>`,
            description: 'Output format (default sh).',
        },
        quiet: { type: 'boolean', description: 'No progress line and no masking warning on stderr.' },
    },
    examples: [
        `eval "$(${version/* PRODUCT */.A} env --certificate env:RA_CERT --private-key env:RA_KEY ${ARNS})"`,
        `${version/* PRODUCT */.A} env --format powershell --certificate cert.pem --private-key key.pem ${ARNS} | Invoke-Expression`,
        `${version/* PRODUCT */.A} env --format azure --certificate $(cert.secureFilePath) --private-key $(key.secureFilePath) ${ARNS}`,
        `${version/* PRODUCT */.A} env --format dotenv ... > .aws.env && chmod 600 .aws.env`,
    ],
    run: async (options, io) => {
        const format = parseFormat(options.format);
        if (format === 'github' && (io.env['GITHUB_ENV'] ?? '') === '') {
            throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_MISSING', 'env --format github needs GITHUB_ENV, which GitHub Actions sets for each step; outside Actions use --format sh.', { input: '--format' });
        }
        const { settings } = await (0,sessionInputs/* resolveCliSession */.tO)(options, io);
        const session = await (0,obtainSession/* obtainSession */.U)(settings, { insecure: options['no-verify-ssl'], debug: options.debug }, io);
        const variables = (0,envFormats/* envVariables */.tU)(session.credentials, settings.region);
        if (!options.quiet) {
            io.stderr(`rolesanywhere-credentials: ${(0,describeSession/* describeSession */._)(session)}`);
            const advice = maskingAdvice(format, io.env, io.stdoutIsTty);
            if (advice !== undefined)
                io.stderr(`rolesanywhere-credentials: warning: ${advice}`);
        }
        if (format === 'github') {
            // Masks first: once a value is in GITHUB_ENV a later step may print it.
            io.stdout((0,envFormats/* githubMasks */.hh)(variables));
            (0,external_node_fs_.appendFileSync)(io.env['GITHUB_ENV'] ?? '', (0,envFormats/* githubEnvFile */.D6)(variables, `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`), { encoding: 'utf8' });
            return 0;
        }
        io.stdout((0,envFormats/* renderEnv */.mu)(format, variables));
        return 0;
    },
});


/***/ }),

/***/ 4949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ ENV_FORMATS),
/* harmony export */   D6: () => (/* binding */ githubEnvFile),
/* harmony export */   hh: () => (/* binding */ githubMasks),
/* harmony export */   mu: () => (/* binding */ renderEnv),
/* harmony export */   tU: () => (/* binding */ envVariables)
/* harmony export */ });
/* unused harmony exports shQuote, fishQuote, powershellQuote, dotenvValue, azureEscapeData, githubEscapeData */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_rfc3339_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4376);


const ENV_FORMATS = [
    'sh',
    'fish',
    'powershell',
    'dotenv',
    'json',
    'github',
    'azure',
];
/** The variables the SDKs read, the region pair, and the expiry (AWS_CREDENTIAL_EXPIRATION). */
function envVariables(credentials, region) {
    return [
        { name: 'AWS_ACCESS_KEY_ID', value: credentials.accessKeyId, secret: true },
        { name: 'AWS_SECRET_ACCESS_KEY', value: credentials.secretAccessKey, secret: true },
        { name: 'AWS_SESSION_TOKEN', value: credentials.sessionToken, secret: true },
        { name: 'AWS_CREDENTIAL_EXPIRATION', value: (0,_core_rfc3339_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .a)(credentials.expiration), secret: false },
        { name: 'AWS_REGION', value: region, secret: false },
        { name: 'AWS_DEFAULT_REGION', value: region, secret: false },
    ];
}
/** POSIX sh: single quotes take everything literally; a ' becomes '\''. */
function shQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** fish: inside single quotes only \ and ' are special. */
function fishQuote(value) {
    return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
/**
 * PowerShell verbatim string: a quote is doubled. PowerShell takes the typographic single quotes
 * (U+2018-U+201B) as ' too, so each of them would end the string just as ' does.
 */
function powershellQuote(value) {
    return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
/**
 * dotenv: bare when the value is plain (docker --env-file takes quotes literally, and AWS values
 * are plain), else single-quoted (literal in dotenv, python-dotenv and Compose), else
 * double-quoted with backslash escapes.
 */
function dotenvValue(value) {
    if (/^[A-Za-z0-9_./+=:@,-]*$/.test(value))
        return value;
    if (!/['\r\n]/.test(value))
        return `'${value}'`;
    return `"${value
        .replace(/[\\"$`]/g, (c) => `\\${c}`)
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')}"`;
}
/** Azure Pipelines logging-command escaping of a message (the value after `]`). */
function azureEscapeData(value) {
    return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** GitHub workflow-command escaping of a message (the value after `::`). */
function githubEscapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function noNewline(variable, format) {
    if (/[\r\n]/.test(variable.value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_RESPONSE_INVALID', `${variable.name} holds a line break, which the ${format} format cannot carry safely.`);
    }
}
/** The text for stdout in every format but github, which also writes a file. */
function renderEnv(format, variables) {
    switch (format) {
        case 'sh':
            return variables.map((v) => `export ${v.name}=${shQuote(v.value)}\n`).join('');
        case 'fish':
            return variables.map((v) => `set -gx ${v.name} ${fishQuote(v.value)};\n`).join('');
        case 'powershell':
            return variables.map((v) => `$env:${v.name} = ${powershellQuote(v.value)}\n`).join('');
        case 'dotenv':
            return variables.map((v) => `${v.name}=${dotenvValue(v.value)}\n`).join('');
        case 'json':
            return `${JSON.stringify(Object.fromEntries(variables.map((v) => [v.name, v.value])), null, 2)}\n`;
        case 'azure':
            // https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands#setvariable-initialize-or-modify-the-value-of-a-variable
            return variables
                .map((v) => {
                noNewline(v, format);
                return `##vso[task.setvariable variable=${v.name}${v.secret ? ';issecret=true' : ''}]${azureEscapeData(v.value)}\n`;
            })
                .join('');
    }
}
/** `::add-mask::` lines for stdout, before anything is written to GITHUB_ENV. */
function githubMasks(variables) {
    return variables
        .filter((v) => v.secret)
        .map((v) => `::add-mask::${githubEscapeData(v.value)}\n`)
        .join('');
}
/**
 * GITHUB_ENV lines: `NAME=value`, or the heredoc form with a random delimiter when a value spans
 * lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#multiline-strings).
 */
function githubEnvFile(variables, delimiter) {
    return variables
        .map((v) => {
        if (!/[\r\n]/.test(v.value))
            return `${v.name}=${v.value}\n`;
        if (v.value.includes(delimiter)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INTERNAL', `${v.name} contains the heredoc delimiter; retry.`);
        }
        return `${v.name}<<${delimiter}\n${v.value}\n${delimiter}\n`;
    })
        .join('');
}


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