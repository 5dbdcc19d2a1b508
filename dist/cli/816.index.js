export const id = 816;
export const ids = [816,186,98];
export const modules = {

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

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ SESSION_OPTIONS),
/* harmony export */   n$: () => (/* binding */ MATERIAL_OPTIONS)
/* harmony export */ });
/* unused harmony export CHAIN_OPTIONS */
/* harmony import */ var _tokenInputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(187);

const FILE = '<file|env:NAME|->';
/** The flags every credential-vending command shares with `aws_signing_helper`. */
const MATERIAL_OPTIONS = {
    certificate: {
        type: 'string',
        value: FILE,
        description: 'The leaf certificate (optionally followed by its intermediates) as PEM, DER, base64 of either, or a PKCS#12 bundle holding the key too.',
    },
    'private-key': {
        type: 'string',
        value: FILE,
        description: 'The private key, RSA 2048–4096, EC P-256/P-384 or ML-DSA (Node 24): PKCS#1, SEC1, PKCS#8 or encrypted PKCS#8, as PEM, DER or base64; or a pkcs11: URI of a key on a token. Omit with a PKCS#12 --certificate.',
    },
    intermediates: {
        type: 'string',
        value: FILE,
        description: 'Intermediate CA certificates, leaf side first; never the trust anchor root.',
    },
    'pkcs8-password': {
        type: 'string',
        value: '<env:NAME|password>',
        description: 'Passphrase of an encrypted key or PKCS#12 bundle. Prefer env:NAME: a literal password in argv is visible to other processes.',
    },
    ..._tokenInputs_js__WEBPACK_IMPORTED_MODULE_0__/* .PKCS11_OPTIONS */ .zf,
};
/** Role chaining (STS AssumeRole after CreateSession) and the account guard. */
const CHAIN_OPTIONS = {
    'chain-role-arn': {
        type: 'string',
        value: '<arn>',
        description: 'After CreateSession, assume this role with STS AssumeRole and hand over only its credentials.',
    },
    'chain-role-session-name': {
        type: 'string',
        value: '<name>',
        description: "Session name for the chained role (default: the Roles Anywhere session's name).",
    },
    'chain-external-id': {
        type: 'string',
        value: '<id>',
        description: "External id the chained role's trust policy expects.",
    },
    'chain-duration': {
        type: 'string',
        value: '<duration>',
        description: 'Chained session length: 900–3600 seconds, or 15m / 1h (default 3600; STS caps chained sessions at 1 hour).',
    },
    'chain-policy': {
        type: 'string',
        value: '<json|file://path>',
        description: 'Inline session policy (JSON, at most 2048 characters) narrowing the chained role.',
    },
    'chain-policy-arns': {
        type: 'string',
        value: '<arn,...>',
        description: 'Managed policy ARNs narrowing the chained role (up to 10).',
    },
    'chain-tags': {
        type: 'string',
        value: '<Key=Value,...>',
        description: 'Session tags for the chained role (its trust policy must allow sts:TagSession).',
    },
    'chain-transitive-tag-keys': {
        type: 'string',
        value: '<key,...>',
        description: 'Which of --chain-tags pass on to further role chaining.',
    },
    'sts-endpoint': {
        type: 'string',
        value: '<url>',
        description: 'STS endpoint URL for the chained call. Else AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, then the regional one (FIPS and dual-stack variables honoured).',
    },
    'allowed-account-ids': {
        type: 'string',
        value: '<id,...>',
        description: 'Refuse credentials (Roles Anywhere or chained) for any account not in this list, before anything is printed or written.',
    },
};
const SESSION_OPTIONS = {
    ...MATERIAL_OPTIONS,
    'trust-anchor-arn': {
        type: 'string',
        value: '<arn>',
        description: 'The trust anchor ARN; its region is the signing region.',
    },
    'profile-arn': {
        type: 'string',
        value: '<arn>',
        description: 'The Roles Anywhere profile ARN (same region as the trust anchor).',
    },
    'role-arn': {
        type: 'string',
        value: '<arn>',
        description: 'The IAM role to assume; it must be listed in the profile.',
    },
    'session-duration': {
        type: 'string',
        value: '<duration>',
        description: 'Session length: seconds (900–43200), or 15m / 2h (default 3600; the profile may cap it).',
    },
    'role-session-name': {
        type: 'string',
        value: '<name>',
        description: 'Role session name; the profile must allow it (acceptRoleSessionName).',
    },
    region: {
        type: 'string',
        value: '<region>',
        description: "Signing region; defaults to the trust anchor's and must agree with it.",
    },
    endpoint: {
        type: 'string',
        value: '<url>',
        description: 'CreateSession endpoint URL (VPC endpoint, emulator). Else AWS_ENDPOINT_URL_ROLESANYWHERE, AWS_ENDPOINT_URL, then the public one (AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT honoured).',
    },
    ...CHAIN_OPTIONS,
    'allow-insecure-endpoint': {
        type: 'boolean',
        description: 'Allow an http:// --endpoint on a host other than this machine (a test network); warns. Plain HTTP to loopback needs no flag.',
    },
    'no-verify-ssl': {
        type: 'boolean',
        description: 'Skip TLS verification of the endpoint (local tests only).',
    },
    'with-proxy': {
        type: 'boolean',
        description: 'Accepted for compatibility: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are always honoured.',
    },
    debug: { type: 'boolean', description: 'Progress and error detail on stderr (never a secret).' },
};


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
async function obtainSession(settings, options, io) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(835), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 3357)),
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
    });
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


/***/ }),

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ NONBLOCK),
/* harmony export */   p: () => (/* binding */ NOFOLLOW)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

// @types/node declares every open flag as a number, but Windows has no O_NOFOLLOW or O_NONBLOCK:
// read them as possibly absent so the fallback is kept. Without O_NOFOLLOW the callers' lstat
// checks are what refuse a symlink.
const platformFlags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
const NOFOLLOW = platformFlags.O_NOFOLLOW ?? 0;
const NONBLOCK = platformFlags.O_NONBLOCK ?? 0;


/***/ }),

/***/ 2537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ writeNamedPrivateFile),
/* harmony export */   Gw: () => (/* binding */ isPrivate),
/* harmony export */   It: () => (/* binding */ writeTempBeside),
/* harmony export */   Y2: () => (/* binding */ removeFileQuietly),
/* harmony export */   kF: () => (/* binding */ writePrivateFileAtomic),
/* harmony export */   q1: () => (/* binding */ readPrivateFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _openFlags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6320);





/** Owned by us (where uids exist) and readable by nobody else. */
function isPrivate(stats, allowGroupRead = false) {
    const uid = process.getuid?.();
    if (uid !== undefined && stats.uid !== uid)
        return false;
    if (process.platform === 'win32')
        return true;
    return (stats.mode & (allowGroupRead ? 0o022 : 0o077)) === 0;
}
/**
 * Writes `data` to `path` atomically: a fresh temp file in the same directory (O_EXCL and
 * O_NOFOLLOW, so nothing planted there is followed), fsync, then rename over the target. A reader
 * sees the old file or the new one, never half of one; a symlink at `path` is replaced, not
 * followed.
 */
function writePrivateFileAtomic(path, data) {
    const temp = writeTempBeside(path, data, { fsync: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        removeQuietly(temp);
        throw error;
    }
}
/**
 * Writes `data` whole to a fresh private temp file beside `path` (0600, O_EXCL and O_NOFOLLOW, so
 * nothing planted there is followed) and returns its path; on failure it leaves nothing behind.
 * The caller renames or links it into place, and removes it when that fails.
 */
function writeTempBeside(path, data, options) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | _openFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .NOFOLLOW */ .p, 0o600);
    try {
        try {
            const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
            let offset = 0;
            while (offset < bytes.length)
                offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, offset, bytes.length - offset);
            if (options.fsync)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
    catch (error) {
        removeQuietly(temp);
        throw error;
    }
    return temp;
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        // Already renamed, linked and removed, or never created.
    }
}
/** Reads a file only if it is a regular file of ours, not a symlink, and private (0600). */
function readPrivateFile(path, maxBytes = 64 * 1024) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO planted here would otherwise wait forever for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | _openFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .NOFOLLOW */ .p | _openFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .NONBLOCK */ .J);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        if (code === 'ELOOP' || code === 'EMLINK')
            return { kind: 'unsafe', why: 'it is a symlink' };
        if (code === 'EACCES' || code === 'EPERM')
            return { kind: 'unsafe', why: 'it is not readable by this user (another owner?)' };
        if (code === 'ENXIO')
            return { kind: 'unsafe', why: 'it is not a regular file' };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RolesAnywhereError */ .rK('ERR_FILE', `Cannot read ${path} (${code ?? 'error'}).`, {
            cause: error,
        });
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!stats.isFile())
            return { kind: 'unsafe', why: 'it is not a regular file' };
        if (process.platform === 'win32' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).isSymbolicLink())
            return { kind: 'unsafe', why: 'it is a symlink' };
        if (!isPrivate(stats))
            return {
                kind: 'unsafe',
                why: `its owner or mode (${(stats.mode & 0o777).toString(8)}) lets others read or change it`,
            };
        if (stats.size > maxBytes)
            return { kind: 'unsafe', why: `it is larger than ${maxBytes} bytes` };
        const buffer = Buffer.alloc(stats.size);
        let offset = 0;
        while (offset < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, offset, buffer.length - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return { kind: 'ok', content: buffer.subarray(0, offset) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Removes a file if it is there; a file already gone is not an error. */
function removeFileQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        // Already gone.
    }
}
/** writePrivateFileAtomic for a file the user named with `input`: a failure is one clear line. */
function writeNamedPrivateFile(input, path, data) {
    try {
        writePrivateFileAtomic(path, data);
    }
    catch (error) {
        const code = error.code ?? 'error';
        const why = code === 'EISDIR'
            ? 'it is a directory'
            : code === 'ENOENT'
                ? 'its directory does not exist'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied'
                    : code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RolesAnywhereError */ .rK('ERR_FILE', `${input} ${path}: cannot write it (${why}).`, {
            input,
            cause: error,
        });
    }
}


/***/ })

};
