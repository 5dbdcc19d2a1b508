"use strict";
exports.id = 411;
exports.ids = [411,332];
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

/***/ 8411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitlabSetupCommand: () => (/* binding */ gitlabSetupCommand),
  gitlabTeardownCommand: () => (/* binding */ gitlabTeardownCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/files/credentialsProfile.ts + 1 modules
var credentialsProfile = __webpack_require__(8269);
// EXTERNAL MODULE: ./src/files/privateFiles.ts
var privateFiles = __webpack_require__(2537);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
;// CONCATENATED MODULE: ./src/cli/gitlab/jobPlan.ts
/**
 * What the GitLab template's job steps decide, as data: the safety preconditions, where each
 * material variable is read from, how a word is quoted for both sh and the AWS CLI's
 * credential_process parser, and which region the job's AWS tools get in each mode. No file, no
 * process: the gitlab-setup command does those.
 */

const JOB_MODES = ['credential-process', 'env', 'server'];
function jobError(prefix, lines, input) {
    return new errors/* RolesAnywhereError */.rK('ERR_USAGE', `(${prefix}) ${lines.join(' ')}`, input === undefined ? {} : { input });
}
/** CI_DEBUG_TRACE writes every variable, the key included, into the job log: refuse before reading any. */
function checkJobPreconditions(env, prefix) {
    if ((env['CI_DEBUG_TRACE'] ?? '').toLowerCase() === 'true') {
        throw jobError(prefix, [
            'CI_DEBUG_TRACE is true: GitLab then writes every variable, the key and the credentials included, into the job log.',
            'Unset CI_DEBUG_TRACE for jobs that use this template. If a debug-traced job already ran with the key, rotate the key.',
        ]);
    }
}
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The material flags for the CLI: a File variable by its path, any other by env:NAME, so the CLI
 * reads the material where GitLab put it and nothing copies it.
 */
function materialFlags(variables, env, isFile, prefix) {
    const parts = [
        ['--certificate', 'certificate-variable', variables.certificate],
        ['--private-key', 'private-key-variable', variables.privateKey],
        ['--intermediates', 'intermediates-variable', variables.intermediates],
        ['--pkcs8-password', 'passphrase-variable', variables.passphrase],
    ];
    return parts.flatMap(([flag, input, name]) => {
        if (name === '')
            return [];
        if (!VARIABLE_NAME.test(name))
            throw jobError(prefix, [`the input ${input} must be a variable NAME, got "${name}".`], input);
        const value = env[name] ?? '';
        if (value === '') {
            throw jobError(prefix, [
                `the CI/CD variable ${name} (input ${input}) is empty or not set in this job.`,
                'Add it under Settings > CI/CD > Variables: File type holding the PEM, or masked holding its base64 (base64 -w0 file).',
                'Protected variables reach protected branches and tags only; environment-scoped ones reach jobs of that environment only.',
            ], input);
        }
        if (isFile(value)) {
            if (flag === '--pkcs8-password')
                throw jobError(prefix, [
                    `the CI/CD variable ${name} (input ${input}) is a File variable; make it a masked variable of type Variable.`,
                ], input);
            return [flag, value];
        }
        return [flag, `env:${name}`];
    });
}
/**
 * One word safe for both sh (eval) and Python's shlex (the AWS CLI's credential_process parser):
 * bare, or double-quoted when free of the characters the two treat differently inside quotes.
 */
function shellWord(value) {
    if (value === '')
        return '""';
    if (/^[A-Za-z0-9_./:=@+,-]+$/.test(value))
        return value;
    if (/["\\$`\n\r]/.test(value))
        throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `"${value}" holds a quote, backslash, dollar, backtick or line break, which no word can carry into both sh and credential_process; use another path or name.`);
    return `"${value}"`;
}
/**
 * The region for the job's AWS tools, never for signing: CreateSession is always signed for the
 * trust anchor's region. The region input when given, else the trust anchor's; in server mode,
 * whose container provider carries no region, a region the job set itself is kept over the
 * trust anchor's.
 */
function jobRegion(mode, input, trustAnchorArn, env) {
    const anchorRegion = trustAnchorArn.split(':')[3] ?? '';
    const region = input === '' ? anchorRegion : input;
    const jobHasRegion = (env['AWS_REGION'] ?? '') + (env['AWS_DEFAULT_REGION'] ?? '') !== '';
    switch (mode) {
        case 'credential-process':
            return {
                profileRegion: region,
                exported: undefined,
                note: input !== '' && jobHasRegion
                    ? `note: AWS_REGION or AWS_DEFAULT_REGION is set in this job; AWS tools prefer it to the profile's region (${region}).`
                    : undefined,
            };
        case 'env':
            return { profileRegion: region, exported: region, note: undefined };
        case 'server':
            return {
                profileRegion: region,
                exported: input !== '' || !jobHasRegion ? region : undefined,
                note: undefined,
            };
    }
}
/** The config file section of a profile, as the AWS CLI names it. */
function profileSection(profile) {
    return profile === 'default' ? '[default]' : `[profile ${profile}]`;
}
/**
 * The job's AWS config: what another include of this job wrote first, then this profile. Two
 * includes writing the same profile would leave the AWS CLI one of them silently: refused.
 */
function jobConfig(existing, profile, commandLine, region, existingPath, prefix) {
    const section = profileSection(profile);
    if (existing !== undefined && existing.split(/\r?\n/).some((line) => line.trim() === section))
        throw jobError(prefix, [
            `${existingPath} already has ${section}: give each include in this job its own aws-profile input.`,
        ], 'aws-profile');
    const before = existing === undefined ? '' : `${existing}\n`;
    return `${before}${section}\ncredential_process = ${commandLine}\nregion = ${region}\n`;
}
/** A POSIX sh export line, single-quoted. */
function exportLine(name, value) {
    return `export ${name}='${value.replaceAll("'", "'\\''")}'`;
}

;// CONCATENATED MODULE: ./src/cli/commands/gitlabJob.ts








/** The session flags the template passes through to credential-process, env or serve. */
const FORWARDED = {
    'trust-anchor-arn': { type: 'string', value: '<arn>', description: 'As for credential-process.' },
    'profile-arn': { type: 'string', value: '<arn>', description: 'As for credential-process.' },
    'role-arn': { type: 'string', value: '<arn>', description: 'As for credential-process.' },
    'session-duration': {
        type: 'string',
        value: '<seconds>',
        description: 'As for credential-process.',
    },
    'role-session-name': {
        type: 'string',
        value: '<name>',
        description: "As for credential-process; '' for none.",
    },
    endpoint: {
        type: 'string',
        value: '<url>',
        description: "As for credential-process; '' for the public one.",
    },
    'chain-role-arn': {
        type: 'string',
        value: '<arn>',
        description: "As for credential-process (the role-to-assume input); '' for no chaining.",
    },
    'chain-duration': {
        type: 'string',
        value: '<seconds>',
        description: 'As for credential-process; passed on only with --chain-role-arn.',
    },
    'chain-external-id': {
        type: 'string',
        value: '<id>',
        description: "As for credential-process; '' for none.",
    },
    'chain-role-session-name': {
        type: 'string',
        value: '<name>',
        description: "As for credential-process; '' for the first session's name.",
    },
    'chain-policy-arns': {
        type: 'string',
        value: '<arn,...>',
        description: "As for credential-process; '' for none.",
    },
    'sts-endpoint': {
        type: 'string',
        value: '<url>',
        description: "As for credential-process; '' for the regional one.",
    },
    'allowed-account-ids': {
        type: 'string',
        value: '<id,...>',
        description: "As for credential-process; '' for any account.",
    },
};
// The template always passes role-duration-seconds (it has a default); it means something only
// when there is a role to chain to.
const CHAIN_ONLY = new Set(['chain-duration']);
const JOB_OPTIONS = {
    mode: {
        type: 'string',
        value: `<${JOB_MODES.join('|')}>`,
        description: 'How the job gets credentials (default credential-process).',
    },
    'job-prefix': {
        type: 'string',
        value: '<prefix>',
        description: "The include's job-prefix input: names the job directory and the log lines.",
    },
};
const SETUP_OPTIONS = {
    ...JOB_OPTIONS,
    'aws-profile': {
        type: 'string',
        value: '<name>',
        description: 'Profile written in credential-process mode (default "default").',
    },
    region: {
        type: 'string',
        value: '<region>',
        description: "Region for the job's AWS tools; '' for the trust anchor's.",
    },
    'certificate-variable': {
        type: 'string',
        value: '<NAME>',
        description: 'CI/CD variable with the certificate: a File variable (its path) or masked base64.',
    },
    'private-key-variable': {
        type: 'string',
        value: '<NAME>',
        description: "CI/CD variable with the private key; '' for a PKCS#12 certificate.",
    },
    'intermediates-variable': {
        type: 'string',
        value: '<NAME>',
        description: "CI/CD variable with the intermediates; '' for none.",
    },
    'passphrase-variable': {
        type: 'string',
        value: '<NAME>',
        description: "Masked CI/CD variable with the key's passphrase; '' for none.",
    },
    'allow-insecure-endpoint': {
        type: 'string',
        value: '<true|false>',
        description: 'The template\'s boolean input: "true" passes --allow-insecure-endpoint on (plain http:// to an --endpoint on another host, e.g. an emulator in services:).',
    },
    ...FORWARDED,
};
const PREFIX_SHAPE = /^[a-z0-9][a-z0-9_-]{0,62}$/;
function usage(command, message, input) {
    return new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${message}; run \`${version/* PRODUCT */.A} ${command} --help\`.`, { input });
}
function parseJob(command, options) {
    const prefix = options['job-prefix'] ?? 'rolesanywhere';
    if (!PREFIX_SHAPE.test(prefix))
        throw usage(command, `--job-prefix must match ${PREFIX_SHAPE.source}, got "${prefix}"`, '--job-prefix');
    const mode = options.mode ?? 'credential-process';
    const modes = JOB_MODES;
    if (!modes.includes(mode))
        throw usage(command, `--mode must be one of ${JOB_MODES.join(', ')}, got "${mode}"`, '--mode');
    return { mode: mode, prefix };
}
/** Where the job directories live, and how this include's are named. */
function jobDirPrefix(env, prefix) {
    const parent = env['TMPDIR'] !== undefined && env['TMPDIR'] !== '' ? env['TMPDIR'] : '/tmp';
    return { parent, name: `rolesanywhere-credentials-${env['CI_JOB_ID'] ?? '0'}-${prefix}.` };
}
function forwardedFlags(options) {
    const chaining = (options['chain-role-arn'] ?? '') !== '';
    const flags = Object.keys(FORWARDED).flatMap((name) => {
        const value = options[name];
        if (value === undefined || value === '' || (CHAIN_ONLY.has(name) && !chaining))
            return [];
        return [`--${name}`, value];
    });
    const insecure = options['allow-insecure-endpoint'] ?? 'false';
    if (insecure !== 'true' && insecure !== 'false')
        throw usage('gitlab-setup', `--allow-insecure-endpoint takes true or false, got "${insecure}"`, '--allow-insecure-endpoint');
    return insecure === 'true' ? [...flags, '--allow-insecure-endpoint'] : flags;
}
/** A command's stdout, collected instead of printed. */
function capturing(io) {
    const chunks = [];
    return {
        io: { ...io, stdout: (chunk) => chunks.push(Buffer.from(chunk).toString('utf8')) },
        text: () => chunks.join(''),
    };
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function regionExports(region) {
    return region.exported === undefined
        ? []
        : [
            exportLine('AWS_REGION', region.exported),
            exportLine('AWS_DEFAULT_REGION', region.exported),
        ];
}
/** env: the credentials to export, and the notices that GitLab cannot mask them. */
async function setupEnv(step) {
    const { envCommand } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(389), __webpack_require__.e(717)]).then(__webpack_require__.bind(__webpack_require__, 1098));
    const captured = capturing(step.io);
    await envCommand.execute(['--format', 'sh', ...step.session], captured.io);
    const expiration = /AWS_CREDENTIAL_EXPIRATION='([^']*)'/.exec(captured.text())?.[1] ?? 'its expiry';
    step.say(`NOTICE: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are now in this job's environment, valid until ${expiration} and not refreshed.`);
    step.say('NOTICE: GitLab masks only values it knew before the job started, so it cannot mask these: whatever prints them (env, printenv, set -x, a verbose tool) puts them in the job log. Prefer mode credential-process.');
    return [captured.text().trimEnd(), ...regionExports(step.region)];
}
/** credential-process and server: credentials left in the job go, and the job directory is made. */
async function setupWithDirectory(step, mode) {
    const { env } = step.io;
    const lines = [];
    if (`${env['AWS_ACCESS_KEY_ID'] ?? ''}${env['AWS_SECRET_ACCESS_KEY'] ?? ''}${env['AWS_SESSION_TOKEN'] ?? ''}` !==
        '') {
        step.say('unsetting AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, set before this step: AWS tools would prefer them to these credentials.');
        lines.push('unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN');
    }
    const where = jobDirPrefix(env, step.prefix);
    // mkdtemp makes the directory 0700 or fails: a directory planted under a guessed name is never used.
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(where.parent, where.name));
    const rest = mode === 'server' ? await setupServer(step, dir) : await setupCredentialProcess(step, dir);
    return [...lines, ...rest];
}
/** server: `serve --detach` with its pid file and log in the job directory. */
async function setupServer(step, dir) {
    const { serveCommand } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(835), __webpack_require__.e(389), __webpack_require__.e(357), __webpack_require__.e(951)]).then(__webpack_require__.bind(__webpack_require__, 2951));
    const captured = capturing(step.io);
    const pidFile = (0,external_node_path_.join)(dir, 'server.pid');
    const logFile = (0,external_node_path_.join)(dir, 'server.log');
    await serveCommand.execute(['--detach', '--pid-file', pidFile, '--log-file', logFile, '--format', 'sh', ...step.session], captured.io);
    const url = /AWS_CONTAINER_CREDENTIALS_FULL_URI='([^']*)'/.exec(captured.text())?.[1] ?? '';
    step.say(`credential server (pid ${(0,external_node_fs_.readFileSync)(pidFile, 'utf8').trim()}) at AWS_CONTAINER_CREDENTIALS_FULL_URI=${url}: AWS tools fetch refreshing credentials from it.`);
    step.say("NOTICE: AWS_CONTAINER_AUTHORIZATION_TOKEN, in this job's environment, gets credentials from this machine until the job ends; GitLab cannot mask it, so never print it.");
    return [captured.text().trimEnd(), ...regionExports(step.region)];
}
/** credential-process: credentials once into the job's cache, then a profile that runs this CLI. */
async function setupCredentialProcess(step, dir) {
    const { env } = step.io;
    const argv = ['credential-process', ...step.session, '--cache-dir', (0,external_node_path_.join)(dir, 'cache')];
    // One call now: a wrong key or ARN fails the job here, and the first AWS call hits the cache.
    const { credentialProcessCommand } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(389), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 8400));
    await credentialProcessCommand.execute(argv.slice(1), capturing(step.io).io);
    // This very CLI, by absolute paths: the AWS CLI runs it for each call, where npx would start over.
    const commandLine = [process.execPath, process.argv[1] ?? '', ...argv].map(shellWord).join(' ');
    const existingPath = env['AWS_CONFIG_FILE'] ?? '';
    const existing = existingPath !== '' && isFile(existingPath) ? (0,external_node_fs_.readFileSync)(existingPath, 'utf8') : undefined;
    const config = (0,external_node_path_.join)(dir, 'config');
    const text = jobConfig(existing, step.profile, commandLine, step.region.profileRegion, existingPath, step.prefix);
    (0,privateFiles/* writeNamedPrivateFile */.AC)('AWS_CONFIG_FILE', config, text);
    // AWS_SDK_LOAD_CONFIG makes the Go SDK v1 (older Terraform providers) read the config file.
    const lines = [
        exportLine('AWS_CONFIG_FILE', config),
        exportLine('AWS_PROFILE', step.profile),
        exportLine('AWS_SDK_LOAD_CONFIG', '1'),
    ];
    // A ~/.aws/credentials left on a shell runner would shadow the profile.
    if ((env['AWS_SHARED_CREDENTIALS_FILE'] ?? '') === '') {
        (0,privateFiles/* writeNamedPrivateFile */.AC)('AWS_SHARED_CREDENTIALS_FILE', (0,external_node_path_.join)(dir, 'credentials'), '');
        lines.push(exportLine('AWS_SHARED_CREDENTIALS_FILE', (0,external_node_path_.join)(dir, 'credentials')));
    }
    step.say(`AWS_PROFILE=${step.profile} in AWS_CONFIG_FILE=${config}: AWS tools get fresh credentials through its credential_process, never through the environment.`);
    if (step.region.note !== undefined)
        step.say(step.region.note);
    return lines;
}
const gitlabSetupCommand = (0,command/* defineCommand */.N)({
    name: 'gitlab-setup',
    summary: "The GitLab template's setup step: check the job, obtain credentials, print lines to eval.",
    description: [
        'What the GitLab template (.gitlab-ci-template.yml, templates/credentials.yml) runs in before_script, with its inputs as flags. It refuses a job with CI_DEBUG_TRACE, reads each material variable where GitLab put it (a File variable by its path, any other with env:NAME), and then, by --mode:',
        'credential-process: makes the job directory (mktemp, 0700), obtains credentials once into its cache, and writes an AWS config whose profile runs this CLI as credential_process. env: obtains credentials for export. server: starts `serve --detach` with its pid file and log in the job directory.',
        'Prints sh lines on stdout for the template to eval, and one line per event, never a secret, on stderr. `gitlab-teardown` undoes it in after_script.',
    ],
    options: SETUP_OPTIONS,
    examples: [
        `eval "$(${version/* PRODUCT */.A} gitlab-setup --mode server --certificate-variable ROLESANYWHERE_CERTIFICATE --private-key-variable ROLESANYWHERE_PRIVATE_KEY --trust-anchor-arn ... --profile-arn ... --role-arn ...)"`,
    ],
    run: async (options, io) => {
        const { mode, prefix } = parseJob('gitlab-setup', options);
        checkJobPreconditions(io.env, prefix);
        const profile = options['aws-profile'] ?? 'default';
        if (!(0,credentialsProfile/* isProfileName */.fB)(profile))
            throw usage('gitlab-setup', `--aws-profile must match ${credentialsProfile/* PROFILE_NAME */.uE.source}, got "${profile}"`, '--aws-profile');
        const material = materialFlags({
            certificate: options['certificate-variable'] ?? 'ROLESANYWHERE_CERTIFICATE',
            privateKey: options['private-key-variable'] ?? 'ROLESANYWHERE_PRIVATE_KEY',
            intermediates: options['intermediates-variable'] ?? '',
            passphrase: options['passphrase-variable'] ?? '',
        }, io.env, isFile, prefix);
        const step = {
            io,
            prefix,
            profile,
            session: [...material, ...forwardedFlags(options)],
            region: jobRegion(mode, options.region ?? '', options['trust-anchor-arn'] ?? '', io.env),
            say: (line) => {
                io.stderr(`rolesanywhere-credentials (${prefix}): ${line}`);
            },
        };
        const lines = mode === 'env' ? await setupEnv(step) : await setupWithDirectory(step, mode);
        io.stdout(`${lines.join('\n')}\n`);
        return 0;
    },
});
const gitlabTeardownCommand = (0,command/* defineCommand */.N)({
    name: 'gitlab-teardown',
    summary: "The GitLab template's after_script: stop the job's server, remove its directory.",
    description: [
        "Finds this include's job directories ($TMPDIR/rolesanywhere-credentials-<CI_JOB_ID>-<job-prefix>.*) and acts only on one that is a directory, not a link, owned by this user with mode 0700: what gitlab-setup made. Another local user can plant a directory under that name in a shared /tmp; it is reported and left alone, and nothing found in any directory is ever executed.",
        "For each of the job's own: stops the credential server whose pid file it holds (as `serve stop`), prints the server's log, and removes the directory.",
    ],
    options: JOB_OPTIONS,
    examples: [`${version/* PRODUCT */.A} gitlab-teardown --job-prefix deploy`],
    run: async (options, io) => {
        const { prefix } = parseJob('gitlab-teardown', options);
        const where = jobDirPrefix(io.env, prefix);
        const say = (line) => {
            io.stderr(`rolesanywhere-credentials (${prefix}): ${line}`);
        };
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(where.parent).filter((name) => name.startsWith(where.name));
        }
        catch {
            return 0;
        }
        let status = 0;
        for (const name of entries.sort()) {
            const dir = (0,external_node_path_.join)(where.parent, name);
            const stat = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
            const own = stat !== undefined &&
                stat.isDirectory() &&
                stat.uid === process.getuid?.() &&
                (stat.mode & 0o777) === 0o700;
            if (!own) {
                say(`ignoring ${dir}: this job did not create it (another owner or mode); remove it.`);
                continue;
            }
            const pidFile = (0,external_node_path_.join)(dir, 'server.pid');
            if ((0,external_node_fs_.existsSync)(pidFile)) {
                const { serveStopCommand } = await __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 8426));
                try {
                    await serveStopCommand.execute(['--pid-file', pidFile], io);
                }
                catch (error) {
                    status = 1;
                    say(`could not stop the credential server: ${error instanceof Error ? error.message : String(error)}`);
                }
            }
            const log = (0,external_node_path_.join)(dir, 'server.log');
            if ((0,external_node_fs_.existsSync)(log))
                io.stdout((0,external_node_fs_.readFileSync)(log));
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
        return status;
    },
});


/***/ }),

/***/ 8269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uE: () => (/* binding */ PROFILE_NAME),
  PW: () => (/* binding */ PROFILE_NAME_RULE),
  fB: () => (/* binding */ isProfileName),
  Vf: () => (/* binding */ upsertProfile)
});

// UNUSED EXPORTS: removeProfile

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/files/iniLayout.ts
/**
 * The shared credentials file as botocore reads it: Python's configparser.RawConfigParser with
 * its defaults (botocore.configloader.raw_config_parse), line by line, so that an edit keeps
 * every byte it does not mean to change and never turns a file botocore reads into one it
 * refuses. What configparser does, and so what this mirrors:
 * https://docs.python.org/3/library/configparser.html#supported-ini-file-structure
 *
 * - a section header is `[name]` at the start of a stripped line (anything may follow the last
 *   `]`, e.g. `[default] ; comment`); names are case-sensitive;
 * - an option is `key = value` or `key: value`, split at the first `=` or `:`; keys are
 *   case-insensitive (lower-cased);
 * - a stripped line that starts with `#` or `;` is a comment (there are no inline comments);
 * - a non-blank line indented deeper than the option line above it continues that option's value,
 *   blank lines included;
 * - a line before any header, a line that is none of these, a repeated section, or a repeated key
 *   in one section is an error: botocore then raises ConfigParseError for the whole file.
 */

/** Lines with their own terminators, so untouched lines are copied byte for byte. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/** Python's whitespace (str.strip, `\\s`): JavaScript's, plus the separators U+001C..U+001F and U+0085. */
function isSpace(character) {
    const code = character.charCodeAt(0);
    return /\s/.test(character) || (code >= 0x1c && code <= 0x1f) || code === 0x85;
}
function leadingSpace(text) {
    let end = 0;
    while (end < text.length && isSpace(text.charAt(end)))
        end++;
    return text.slice(0, end);
}
function strip(text) {
    let end = text.length;
    while (end > 0 && isSpace(text.charAt(end - 1)))
        end--;
    return text.slice(leadingSpace(text).length, Math.max(end, leadingSpace(text).length));
}
const SECTION = /^\[([\s\S]+)\]/;
const OPTION = /^([\s\S]*?)\s*[=:]\s*([\s\S]*)$/;
function parseFailure(path, lineNumber, why) {
    return new errors/* RolesAnywhereError */.rK('ERR_FILE', `Refusing to edit the credentials file ${path}: line ${lineNumber} ${why}, so botocore cannot read this file either (ConfigParseError). Fix that line and run again; nothing was changed.`, { input: 'AWS_SHARED_CREDENTIALS_FILE' });
}
/** Every line classified as configparser would; throws what configparser would refuse. */
function iniLayout_parseIniLayout(content, path) {
    if (content.startsWith('\ufeff'))
        throw parseFailure(path, 1, 'starts with a byte order mark, which Python reads as text');
    const lines = [];
    const sections = new Set();
    const options = new Set();
    let section;
    let option;
    let indentLevel = 0;
    for (const [index, text] of splitLines(content).entries()) {
        const number = index + 1;
        const body = text.replace(/\r?\n$/, '');
        // Python splits lines at a lone CR too; keeping such a file byte for byte is not possible.
        if (body.includes('\r'))
            throw parseFailure(path, number, 'holds a carriage return mid-line');
        const stripped = strip(body);
        const indent = leadingSpace(body);
        const base = { text, indent, section, option: undefined };
        if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
            lines.push({ ...base, kind: stripped === '' ? 'blank' : 'comment' });
            continue;
        }
        if (section !== undefined && option !== undefined && indent.length > indentLevel) {
            lines.push({ ...base, kind: 'continuation', option });
            continue;
        }
        indentLevel = indent.length;
        const header = SECTION.exec(stripped);
        if (header !== null) {
            const name = header[1] ?? '';
            if (sections.has(name) && name !== 'DEFAULT')
                throw parseFailure(path, number, `repeats the section [${name}]`);
            sections.add(name);
            section = name;
            option = undefined;
            lines.push({ ...base, kind: 'section', section });
            continue;
        }
        if (section === undefined)
            throw parseFailure(path, number, 'comes before any [section] header');
        const match = OPTION.exec(stripped);
        const key = strip(match?.[1] ?? '').toLowerCase();
        if (match === null || key === '')
            throw parseFailure(path, number, 'is not `key = value`, `key: value`, a [section] header, a comment or an indented continuation');
        const scoped = JSON.stringify([section, key]);
        if (options.has(scoped))
            throw parseFailure(path, number, `repeats the key ${key} in [${section}] (keys ignore case)`);
        options.add(scoped);
        option = key;
        lines.push({ ...base, kind: 'option', option });
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/files/credentialsProfile.ts


const KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];
/**
 * The one profile-name rule of every front end (the Action's aws-profile, gitlab-setup's
 * --aws-profile, update --profile). A name goes into AWS_PROFILE, a shell line and an INI header
 * alike, and each front end may write a profile the others then read, so only the characters all
 * of those keep as they are: letters, digits and `_.@+-`, as IAM names allow. Each front end words
 * its own refusal, naming its own input.
 */
const PROFILE_NAME = /^[\w.@+-]{1,64}$/;
/** PROFILE_NAME in words, for a refusal to say what is allowed. */
const PROFILE_NAME_RULE = 'letters, digits and ._@+-, at most 64 characters';
function isProfileName(name) {
    return PROFILE_NAME.test(name);
}
function terminatorOf(line) {
    return line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
}
/** Where `profile`'s section is: its header's index and the index after its last line. */
function sectionRange(lines, profile) {
    const start = lines.findIndex((line) => line.kind === 'section' && line.section === profile);
    if (start === -1)
        return undefined;
    let end = start + 1;
    while (end < lines.length && lines[end]?.kind !== 'section')
        end++;
    return [start, end];
}
/**
 * The shared credentials file with `profile`'s three keys set. Every other byte (other profiles,
 * comments, other keys of the same profile, line endings) is kept as it was; a missing profile is
 * appended. Same `key = value` form as aws_signing_helper writes. A file botocore could not read
 * is refused, not rewritten.
 */
function upsertProfile(original, profile, credentials, path = 'AWS_SHARED_CREDENTIALS_FILE') {
    const values = {
        aws_access_key_id: credentials.accessKeyId,
        aws_secret_access_key: credentials.secretAccessKey,
        aws_session_token: credentials.sessionToken,
    };
    for (const key of KEYS) {
        if (/[\r\n]/.test(values[key]))
            throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `The ${key} received holds a line break; refusing to write it.`);
    }
    const lines = iniLayout_parseIniLayout(original, path);
    const eol = original.includes('\r\n') ? '\r\n' : '\n';
    const range = sectionRange(lines, profile);
    if (range === undefined) {
        let prefix = original;
        if (prefix !== '' && !prefix.endsWith('\n'))
            prefix += eol;
        if (prefix !== '' && !/(\r?\n){2}$/.test(prefix))
            prefix += eol;
        return `${prefix}[${profile}]${eol}${KEYS.map((k) => `${k} = ${values[k]}${eol}`).join('')}`;
    }
    const [start, end] = range;
    const header = lines[start]?.text ?? '';
    const seen = new Set();
    const body = [];
    for (const line of lines.slice(start + 1, end)) {
        const key = KEYS.find((k) => k === line.option);
        if (key === undefined) {
            body.push(line.text);
            continue;
        }
        // The old value's continuation lines go with it.
        if (line.kind === 'continuation')
            continue;
        seen.add(key);
        body.push(`${line.indent}${key} = ${values[key]}${terminatorOf(line.text) || eol}`);
    }
    // Indented like the next option or header, so that line is not read as their continuation.
    const next = lines.slice(start + 1).find((l) => l.kind === 'option' || l.kind === 'section');
    const indent = next?.indent ?? '';
    const missing = KEYS.filter((k) => !seen.has(k)).map((k) => `${indent}${k} = ${values[k]}${eol}`);
    return [
        ...lines.slice(0, start).map((l) => l.text),
        terminatorOf(header) === '' ? header + eol : header,
        ...missing,
        ...body,
        ...lines.slice(end).map((l) => l.text),
    ].join('');
}
/** The file without `profile`'s section; every other byte is kept. */
function removeProfile(original, profile, path = 'AWS_SHARED_CREDENTIALS_FILE') {
    const lines = parseIniLayout(original, path);
    const range = sectionRange(lines, profile);
    if (range === undefined)
        return original;
    const [start, end] = range;
    // upsertProfile appends a missing profile after one blank line: take that back with it.
    const from = end === lines.length && start > 0 && /^\r?\n$/.test(lines[start - 1]?.text ?? '')
        ? start - 1
        : start;
    return [...lines.slice(0, from), ...lines.slice(end)].map((l) => l.text).join('');
}


/***/ })

};
;