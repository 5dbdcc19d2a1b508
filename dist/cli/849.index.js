"use strict";
exports.id = 849;
exports.ids = [849,845];
exports.modules = {

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createStdinReader),
/* harmony export */   o: () => (/* binding */ readSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_material_secretFragments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8968);
/* harmony import */ var _core_material_sizeLimit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6845);
/* harmony import */ var _files_materialFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1620);





// The one bound on material, shared with every other source; `--certificate /dev/zero` stays finite.
const MAX_BYTES = _core_material_sizeLimit_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MATERIAL_BYTES */ .X8;
const OPEN_FAILURES = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
};
function readBoundedFile(path, flag) {
    const read = (0,_files_materialFile_js__WEBPACK_IMPORTED_MODULE_3__/* .readMaterialFile */ .E)(path, { regularOnly: false });
    if (read.kind === 'unreadable' && read.stage === 'open') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: cannot read ${path} (${OPEN_FAILURES[read.code] ?? read.code}); give a file path, env:NAME or - for stdin.`, { input: flag, cause: read.cause });
    }
    if (read.kind === 'not-a-file') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: ${path} is a directory; give the file inside it.`, { input: flag });
    }
    if (read.kind === 'unreadable') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_FILE', `${flag}: cannot read ${path} (${read.code === 'EISDIR' ? 'it is a directory' : read.code}).`, { input: flag, cause: read.cause });
    }
    if (read.overLimit) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_TOO_LARGE', `${flag}: ${path} is larger than ${MAX_BYTES} bytes; certificates and keys are a few kilobytes.`, { input: flag });
    }
    return read.bytes;
}
const readers = new WeakMap();
/** Reads stdin at most once per run: two flags cannot both say `-`. */
function createStdinReader(io) {
    const existing = readers.get(io);
    if (existing !== undefined)
        return existing;
    let taken;
    const reader = async (flag) => {
        if (taken !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_USAGE', `${flag} - and ${taken} - both ask for stdin; only one flag can read it.`, { input: flag });
        }
        taken = flag;
        return io.readStdin(MAX_BYTES);
    };
    readers.set(io, reader);
    return reader;
}
/**
 * A file flag's value: a path, `env:NAME` (the content is the variable's value, so nothing secret
 * sits in argv or on disk) or `-` (stdin).
 */
async function readSource(value, flag, io, readStdin) {
    if (value.trim() === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${flag} is empty: give a file path, env:NAME or - for stdin.`, { input: flag });
    }
    if (value.startsWith('env:')) {
        const name = value.slice(4);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${flag} env:${name}: "${name}" is not an environment variable name.`, { input: flag });
        }
        const content = io.env[name];
        if (content === undefined || content.trim() === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${flag} env:${name}: the environment variable ${name} is ${content === undefined ? 'not set' : 'empty'}.`, { input: flag });
        }
        return { content, origin: 'env', where: `env:${name}` };
    }
    if (value === '-') {
        const content = await readStdin(flag);
        if (content.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${flag} -: stdin was empty.`, {
                input: flag,
            });
        }
        return { content, origin: 'stdin', where: 'stdin' };
    }
    if (looksLikeMaterial(value)) {
        // The content itself was given where a path belongs: never echo it, and scrub it everywhere.
        io.secrets.add(value);
        for (const line of (0,_core_material_secretFragments_js__WEBPACK_IMPORTED_MODULE_4__/* .keyLines */ .rg)(value))
            io.secrets.add(line);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${flag} takes a file path, env:NAME or -, but was given what looks like certificate or key content (${value.length} characters, not shown); put it in an environment variable and pass env:NAME.`, { input: flag });
    }
    return { content: readBoundedFile(value, flag), origin: 'file', where: value };
}
/** PEM text, or a long base64 run that is not the name of an existing file. */
function looksLikeMaterial(value) {
    if (value.includes('\n') || value.includes('-----BEGIN'))
        return true;
    return value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value);
}


/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CLI_NAMES)
/* harmony export */ });
/* harmony import */ var _core_chain_chainSettings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9019);

/** The CLI's flag names, so every message names the flag the user typed. */
const CLI_NAMES = {
    certificate: '--certificate',
    privateKey: '--private-key',
    passphrase: '--pkcs8-password',
    intermediates: '--intermediates',
    trustAnchorArn: '--trust-anchor-arn',
    profileArn: '--profile-arn',
    roleArn: '--role-arn',
    region: '--region',
    endpoint: '--endpoint',
    durationSeconds: '--session-duration',
    roleSessionName: '--role-session-name',
    chain: _core_chain_chainSettings_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_CHAIN_NAMES */ .cD,
    allowedAccountIds: '--allowed-account-ids',
    allowInsecureEndpoint: '--allow-insecure-endpoint',
};


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseArn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PARTITION = 'aws(?:-[a-z]+(?:-[a-z]+)*)?';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';
const ACCOUNT = '\\d{12}';
const PATTERNS = {
    'trust-anchor': {
        re: new RegExp(`^arn:(${PARTITION}):rolesanywhere:(${REGION}):(${ACCOUNT}):trust-anchor/(${UUID})$`),
        example: 'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/<uuid>',
    },
    profile: {
        re: new RegExp(`^arn:(${PARTITION}):rolesanywhere:(${REGION}):(${ACCOUNT}):profile/(${UUID})$`),
        example: 'arn:aws:rolesanywhere:us-east-1:111122223333:profile/<uuid>',
    },
    role: {
        re: new RegExp(`^arn:(${PARTITION}):iam::()(${ACCOUNT}):role/((?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64})$`),
        example: 'arn:aws:iam::111122223333:role/deployer',
    },
};
/** Why an ARN failed, in words: which part is off. */
function diagnose(value, kind) {
    const parts = value.split(':');
    if (parts[0] !== 'arn' || parts.length < 6)
        return 'it is not of the form arn:partition:service:region:account:resource';
    const service = kind === 'role' ? 'iam' : 'rolesanywhere';
    if (parts[2] !== service)
        return `its service is "${parts[2] ?? ''}", expected "${service}"`;
    if (kind !== 'role' && !new RegExp(`^${REGION}$`).test(parts[3] ?? ''))
        return `its region "${parts[3] ?? ''}" is not a region name`;
    if (!new RegExp(`^${ACCOUNT}$`).test(parts[4] ?? ''))
        return `its account "${parts[4] ?? ''}" is not 12 digits`;
    const resource = parts.slice(5).join(':');
    if (!resource.startsWith(`${kind}/`))
        return `its resource "${resource.split('/')[0] ?? ''}" is not a ${kind}`;
    return kind === 'role'
        ? 'the role name has characters IAM does not allow'
        : 'the id after the slash is not a lower-case UUID';
}
function parseArn(value, kind, input) {
    const arn = value.trim();
    if (arn === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_MISSING', `${input} is required: give the ${kind} ARN, like ${PATTERNS[kind].example}.`, { input });
    }
    const match = PATTERNS[kind].re.exec(arn);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ARN_INVALID', `${input} is not a valid ${kind} ARN (${diagnose(arn, kind)}): expected something like ${PATTERNS[kind].example}, got "${arn}".`, { input });
    }
    const [, partition = '', region = '', accountId = '', resourceId = ''] = match;
    return { arn, kind, partition, region, accountId, resourceId };
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseAllowedAccountIds),
/* harmony export */   m: () => (/* binding */ checkAllowedAccount)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _chainSettings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9019);


const ACCOUNT_ID = /^\d{12}$/;
/** `allowed-account-ids`: 12-digit ids, comma- or newline-separated; empty means any account. */
function parseAllowedAccountIds(value, input) {
    const ids = (0,_chainSettings_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(value);
    for (const id of ids) {
        if (!ACCOUNT_ID.test(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${input} holds "${id}", which is not a 12-digit AWS account id; give ids separated by commas.`, { input });
        }
    }
    return ids;
}
/**
 * Refuses credentials for an account outside the list, before anything is exported, written or
 * served. The account is read from the assumed-role ARN the service answered.
 */
function checkAllowedAccount(assumedRoleArn, allowed, hop, input) {
    if (allowed.length === 0)
        return;
    const account = /^arn:[^:]+:sts::(\d{12}):/.exec(assumedRoleArn)?.[1];
    if (account !== undefined && allowed.includes(account))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ACCOUNT_NOT_ALLOWED', `The ${hop} credentials are for account ${account ?? '(none in the ARN)'} (${assumedRoleArn}), which is not in ${input} (${allowed.join(', ')}); nothing was exported. Check the role ARN or add the account to ${input}.`, { input });
}


/***/ }),

/***/ 9019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cD: () => (/* binding */ CLI_CHAIN_NAMES),
  Cb: () => (/* binding */ defaultChainSessionName),
  Lm: () => (/* binding */ rawChainInputs),
  sz: () => (/* binding */ resolveOptionalChain),
  ry: () => (/* binding */ splitList)
});

// UNUSED EXPORTS: ACTION_CHAIN_NAMES, LIB_CHAIN_NAMES, MAX_CHAINED_DURATION_SECONDS, parseChainDuration, parseSessionPolicy, parseTags, resolveChainSettings

// EXTERNAL MODULE: ./src/core/arn.ts
var arn = __webpack_require__(7136);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/createSession/body.ts
var body = __webpack_require__(8882);
// EXTERNAL MODULE: ./src/core/endpoint.ts
var endpoint = __webpack_require__(6906);
;// CONCATENATED MODULE: ./src/core/chain/stsEndpoint.ts

/**
 * The regional STS endpoint, as the SDKs build it (never the global sts.amazonaws.com, which
 * issues tokens every region does not accept):
 * https://docs.aws.amazon.com/general/latest/gr/sts.html
 */
function resolveStsEndpoint(options) {
    if (options.url !== undefined && options.url.trim() !== '')
        return (0,endpoint/* resolveEndpoint */.sO)(options);
    return (0,endpoint/* regionalServiceUrl */.Uj)('sts', options);
}

;// CONCATENATED MODULE: ./src/core/chain/chainSettings.ts
/**
 * Role chaining: the second hop (STS AssumeRole with the Roles Anywhere credentials), checked
 * before any call. Limits are STS's own:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */




/** STS caps a chained role session at one hour, whatever the role's maximum. */
const MAX_CHAINED_DURATION_SECONDS = 3600;
const MIN_DURATION_SECONDS = 900;
/** STS counts the plaintext of inline and managed session policies together against 2048. */
const MAX_POLICY_CHARACTERS = 2048;
const MAX_POLICY_ARNS = 10;
const MAX_TAGS = 50;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const POLICY_ARN = /^arn:aws(?:-[a-z]+)*:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
function invalid(input, message) {
    return new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `${input} ${message}`, { input });
}
function splitList(value) {
    if (value === undefined)
        return [];
    const items = typeof value === 'string' ? value.split(/[\n,]/) : [...value];
    return items.map((item) => item.trim()).filter((item) => item !== '');
}
function parseChainDuration(value, input) {
    if (value === undefined || (typeof value === 'string' && value.trim() === ''))
        return MAX_CHAINED_DURATION_SECONDS;
    const text = String(value).trim();
    const m = /^(\d+)\s*([smh]?)$/.exec(text);
    const unit = m?.[2] === 'h' ? 3600 : m?.[2] === 'm' ? 60 : 1;
    const seconds = m?.[1] === undefined ? Number.NaN : Number(m[1]) * unit;
    if (Number.isInteger(seconds) && seconds > MAX_CHAINED_DURATION_SECONDS) {
        throw new errors/* RolesAnywhereError */.rK('ERR_DURATION_INVALID', `${input} is ${seconds} s, but STS caps a chained role session at ${MAX_CHAINED_DURATION_SECONDS} s (1 hour) whatever the role's maximum: give ${MIN_DURATION_SECONDS} to ${MAX_CHAINED_DURATION_SECONDS}.`, { input });
    }
    if (!Number.isInteger(seconds) || seconds < MIN_DURATION_SECONDS) {
        throw new errors/* RolesAnywhereError */.rK('ERR_DURATION_INVALID', `${input} must be a whole number of seconds from ${MIN_DURATION_SECONDS} to ${MAX_CHAINED_DURATION_SECONDS} for a chained role, got "${text}".`, { input });
    }
    return seconds;
}
/** Parsed as JSON and minified, so the size checked is the size STS counts. */
function parseSessionPolicy(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    let document;
    try {
        document = JSON.parse(value);
    }
    catch (cause) {
        const why = cause instanceof Error ? cause.message : 'not JSON';
        throw new errors/* RolesAnywhereError */.rK('ERR_POLICY_INVALID', `${input} is not a JSON policy document (${why}): give a document like {"Version":"2012-10-17","Statement":[…]}.`, { input, cause });
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new errors/* RolesAnywhereError */.rK('ERR_POLICY_INVALID', `${input} must be a JSON object with a Statement, got a JSON ${Array.isArray(document) ? 'array' : typeof document}.`, { input });
    }
    const minified = JSON.stringify(document);
    if (minified.length > MAX_POLICY_CHARACTERS) {
        throw new errors/* RolesAnywhereError */.rK('ERR_POLICY_INVALID', `${input} is ${minified.length} characters without whitespace; STS allows ${MAX_POLICY_CHARACTERS}. Move statements into a managed policy and pass its ARN instead.`, { input });
    }
    return minified;
}
function parsePolicyArns(value, input) {
    const arns = splitList(value);
    if (arns.length > MAX_POLICY_ARNS)
        throw invalid(input, `has ${arns.length} ARNs; STS takes at most ${MAX_POLICY_ARNS}.`);
    for (const arn of arns) {
        if (!POLICY_ARN.test(arn))
            throw invalid(input, `holds "${arn}", which is not a managed policy ARN like arn:aws:iam::aws:policy/ReadOnlyAccess.`);
    }
    return arns;
}
/** `Key=Value` pairs, one per line or comma-separated; or a list already split. */
function parseTags(value, input) {
    if (value === undefined)
        return [];
    const tags = typeof value === 'string'
        ? splitList(value).map((pair) => {
            const at = pair.indexOf('=');
            if (at <= 0)
                throw invalid(input, `holds "${pair}"; each tag is Key=Value.`);
            return { key: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
        })
        : [...value];
    if (tags.length > MAX_TAGS)
        throw invalid(input, `has ${tags.length} tags; STS takes at most ${MAX_TAGS}.`);
    const seen = new Set();
    for (const tag of tags) {
        if (!TAG_KEY.test(tag.key) || !TAG_VALUE.test(tag.value))
            throw invalid(input, `has the tag "${tag.key}": keys are 1-128 and values 0-256 letters, digits, spaces and _.:/=+-@.`);
        const folded = tag.key.toLowerCase();
        if (seen.has(folded))
            throw invalid(input, `names the tag "${tag.key}" twice.`);
        seen.add(folded);
    }
    return tags;
}
function parseTransitiveKeys(value, tags, names) {
    const keys = splitList(value);
    const known = new Set(tags.map((t) => t.key.toLowerCase()));
    for (const key of keys) {
        if (!known.has(key.toLowerCase()))
            throw invalid(names.transitiveTagKeys, `names "${key}", which is not one of the tags in ${names.tags}.`);
    }
    return keys;
}
function parseExternalId(value, input) {
    if (value === undefined || value === '')
        return undefined;
    if (!EXTERNAL_ID.test(value))
        throw invalid(input, `must be 2 to 1224 letters, digits and +=,.@:/-_ (got ${value.length} characters).`);
    return value;
}
function resolveChainSettings(raw, context, names) {
    const role = (0,arn/* parseArn */.L)(raw.roleArn, 'role', names.roleArn);
    const tags = parseTags(raw.tags, names.tags);
    const endpoint = resolveStsEndpoint({
        region: context.region,
        url: raw.endpoint?.url,
        urlInput: raw.endpoint?.source ?? names.endpoint,
        fips: context.useFipsEndpoint,
        dualStack: context.useDualStackEndpoint,
    });
    return {
        role,
        roleSessionName: (0,body/* parseRoleSessionName */.BD)(raw.roleSessionName, names.roleSessionName),
        externalId: parseExternalId(raw.externalId, names.externalId),
        durationSeconds: parseChainDuration(raw.durationSeconds, names.durationSeconds),
        policy: parseSessionPolicy(raw.policy, names.policy),
        policyArns: parsePolicyArns(raw.policyArns, names.policyArns),
        tags,
        transitiveTagKeys: parseTransitiveKeys(raw.transitiveTagKeys, tags, names),
        endpoint,
        endpointSource: raw.endpoint?.source ?? 'the region',
        names,
    };
}
/**
 * The second hop when a role to chain to is given; the other chaining inputs alone are refused,
 * since they would be silently ignored.
 */
function resolveOptionalChain(raw, context, names) {
    if (raw === undefined)
        return undefined;
    if (raw.roleArn.trim() !== '')
        return resolveChainSettings(raw, context, names);
    const given = Object.keys(names).find((key) => {
        if (key === 'roleArn' || key === 'endpoint')
            return false;
        const value = raw[key];
        return value !== undefined && (typeof value === 'number' || value.length > 0);
    });
    if (given === undefined)
        return undefined;
    throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_MISSING', `${names[given]} is a role-chaining option, but ${names.roleArn} is not set: give the role to assume after Roles Anywhere, or drop ${names[given]}.`, { input: names.roleArn });
}
/** Checked settings back to plain inputs that resolve to the same settings (for the serve child). */
function rawChainInputs(chain) {
    return {
        roleArn: chain.role.arn,
        roleSessionName: chain.roleSessionName,
        externalId: chain.externalId,
        durationSeconds: chain.durationSeconds,
        policy: chain.policy,
        policyArns: [...chain.policyArns],
        tags: chain.tags.map((t) => ({ ...t })),
        transitiveTagKeys: [...chain.transitiveTagKeys],
        endpoint: { url: chain.endpoint.href, source: chain.endpointSource },
    };
}
/**
 * The default session name for the second hop: the first session's name (the certificate serial
 * in hex unless set), which is already valid for STS, cut to its 64 characters.
 */
function defaultChainSessionName(firstAssumedRoleArn) {
    const name = firstAssumedRoleArn.split('/').pop() ?? '';
    const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
    return cleaned.length >= 2 ? cleaned : 'rolesanywhere-credentials';
}
const ACTION_CHAIN_NAMES = {
    roleArn: 'role-to-assume',
    roleSessionName: 'role-chaining-session-name',
    externalId: 'role-external-id',
    durationSeconds: 'role-duration-seconds',
    policy: 'inline-session-policy',
    policyArns: 'managed-session-policies',
    tags: 'session-tags',
    transitiveTagKeys: 'transitive-tag-keys',
    endpoint: 'sts-endpoint',
};
const CLI_CHAIN_NAMES = {
    roleArn: '--chain-role-arn',
    roleSessionName: '--chain-role-session-name',
    externalId: '--chain-external-id',
    durationSeconds: '--chain-duration',
    policy: '--chain-policy',
    policyArns: '--chain-policy-arns',
    tags: '--chain-tags',
    transitiveTagKeys: '--chain-transitive-tag-keys',
    endpoint: '--sts-endpoint',
};
const LIB_CHAIN_NAMES = {
    roleArn: 'chain.roleArn',
    roleSessionName: 'chain.roleSessionName',
    externalId: 'chain.externalId',
    durationSeconds: 'chain.durationSeconds',
    policy: 'chain.policy',
    policyArns: 'chain.policyArns',
    tags: 'chain.tags',
    transitiveTagKeys: 'chain.transitiveTagKeys',
    endpoint: 'chain.endpoint',
};


/***/ }),

/***/ 8882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ parseRoleSessionName),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   hL: () => (/* binding */ createSessionBody)
/* harmony export */ });
/* unused harmony exports MIN_DURATION_SECONDS, MAX_DURATION_SECONDS, DEFAULT_DURATION_SECONDS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const MIN_DURATION_SECONDS = 900;
const MAX_DURATION_SECONDS = 43_200;
const DEFAULT_DURATION_SECONDS = 3600;
/** Accepts "3600", "1h", "45m"; whole seconds between 900 and 43200. */
function parseDuration(value, input) {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
        return DEFAULT_DURATION_SECONDS;
    }
    let seconds;
    if (typeof value === 'number') {
        seconds = value;
    }
    else {
        const m = /^\s*(\d+)\s*([smh]?)\s*$/.exec(value);
        const unit = m?.[2] === 'h' ? 3600 : m?.[2] === 'm' ? 60 : 1;
        seconds = m?.[1] === undefined ? Number.NaN : Number(m[1]) * unit;
    }
    if (!Number.isInteger(seconds) ||
        seconds < MIN_DURATION_SECONDS ||
        seconds > MAX_DURATION_SECONDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_DURATION_INVALID', `${input} must be a whole number of seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS} (15 minutes to 12 hours), got "${String(value).trim()}".`, { input });
    }
    return seconds;
}
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function parseRoleSessionName(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const name = value.trim();
    if (!SESSION_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_SESSION_NAME_INVALID', `${input} must be 2 to 64 characters of letters, digits and +=,.@_- (got ${name.length} characters${/[^\w+=,.@-]/.test(name) ? ' including others' : ''}).`, { input });
    }
    return name;
}
/** Keys in a fixed order so the same settings always sign the same bytes. */
function createSessionBody(body) {
    const ordered = {
        durationSeconds: body.durationSeconds,
        profileArn: body.profileArn,
        roleArn: body.roleArn,
    };
    if (body.roleSessionName !== undefined)
        ordered['roleSessionName'] = body.roleSessionName;
    ordered['trustAnchorArn'] = body.trustAnchorArn;
    return JSON.stringify(ordered);
}


/***/ }),

/***/ 6906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ isInsecureEndpoint),
/* harmony export */   Uj: () => (/* binding */ regionalServiceUrl),
/* harmony export */   oi: () => (/* binding */ insecureEndpointWarning),
/* harmony export */   sO: () => (/* binding */ resolveEndpoint)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7987);


/** This machine by name or address: plain HTTP to it never crosses a network. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** An explicit endpoint that sends the signed request and the credentials over a network in clear. */
function isInsecureEndpoint(url) {
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}
function parseExplicit(value, input) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} "${value.trim()}" is not a URL: expected e.g. https://rolesanywhere.us-east-1.amazonaws.com or http://127.0.0.1:8080.`, { input });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} must be an http(s) URL, got the scheme "${url.protocol}".`, { input });
    }
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} must not carry a user name or password.`, { input });
    }
    if (url.search !== '' || url.hash !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} must not have a query or fragment.`, { input });
    }
    return url;
}
/** The one warning every front end gives when plain HTTP to another host was allowed. */
function insecureEndpointWarning(url, input) {
    return `${input}: the endpoint ${url.origin} is plain HTTP to another host; the signed request and the credentials cross the network unencrypted.`;
}
/** https://docs.aws.amazon.com/general/latest/gr/rolesanywhere.html */
function resolveEndpoint(options) {
    if (options.url !== undefined && options.url.trim() !== '') {
        const input = options.urlInput ?? 'endpoint';
        const url = parseExplicit(options.url, input);
        if (isInsecureEndpoint(url) && options.allowInsecure !== true) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_ENDPOINT_INVALID', `${input} is plain HTTP to ${url.host}, which is not this machine: the signed request and the credentials in the answer would cross the network unencrypted. Use https://, or set ${options.allowInsecureInput ?? 'allow-insecure-endpoint'} if this is a test network you trust.`, { input });
        }
        return url;
    }
    return regionalServiceUrl('rolesanywhere', options);
}
/** `https://<service>[-fips].<region>.<suffix>`: the partition's suffix, dual-stack or not. */
function regionalServiceUrl(service, options) {
    const partition = (0,_region_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOfRegion */ .cn)(options.region);
    const host = options.fips === true ? `${service}-fips` : service;
    const suffix = options.dualStack === true
        ? partition === 'aws-cn'
            ? 'api.amazonwebservices.com.cn'
            : 'api.aws'
        : partition === 'aws-cn'
            ? 'amazonaws.com.cn'
            : 'amazonaws.com';
    return new URL(`https://${host}.${options.region}.${suffix}`);
}


/***/ }),

/***/ 8968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ SecretFragments),
/* harmony export */   rg: () => (/* binding */ keyLines)
/* harmony export */ });
/* unused harmony exports MIN_FRAGMENT_LENGTH, isKeyLine */
/**
 * Masking support for the Action. The runner masks a secret input's value as given; when the
 * value had to be decoded (base64 of a PEM, literal "\n" escapes) the decoded lines are new
 * strings that would print unmasked, so they are collected here. Short lines are left out: the
 * runner would mask them everywhere, and they are too short to matter.
 */
const MIN_FRAGMENT_LENGTH = 8;
const ARMOUR = /^-----/;
/** RFC 1421 headers (Proc-Type, DEK-Info) describe the encryption and say nothing secret. */
const HEADER = /^[A-Za-z-]+:/;
/** Binary (DER read as text) never reaches a log as such; masking its fragments only garbles. */
const PRINTABLE = /^[\x20-\x7e]+$/;
/**
 * The one rule for which lines of a key's text to mask or scrub: every printable line long enough
 * to matter, armour and headers aside. The Action masks them, the CLI scrubs them from messages.
 */
function isKeyLine(line) {
    return (line.length >= MIN_FRAGMENT_LENGTH &&
        PRINTABLE.test(line) &&
        !ARMOUR.test(line) &&
        !HEADER.test(line));
}
/** The lines of a key file or variable that must never print: see isKeyLine. */
function keyLines(content) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(isKeyLine);
}
class SecretFragments {
    #fragments = new Set();
    /** Adds each line of decoded text that is not one of the input's own lines. */
    addLines(lines, verbatim) {
        for (const raw of lines) {
            const line = raw.trim();
            if (isKeyLine(line) && !verbatim.has(line))
                this.#fragments.add(line);
        }
    }
    add(value) {
        if (value.length >= MIN_FRAGMENT_LENGTH)
            this.#fragments.add(value);
    }
    toArray() {
        return [...this.#fragments];
    }
}


/***/ }),

/***/ 7987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ resolveRegion),
/* harmony export */   cn: () => (/* binding */ partitionOfRegion)
/* harmony export */ });
/* unused harmony export validateRegion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function validateRegion(region, input) {
    const value = region.trim();
    if (/^fips-|-fips$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_INVALID', `${input} "${value}" is a pseudo-region: give the real region (e.g. ${value.replace(/^fips-|-fips$/, '')}) and ask for the FIPS endpoint instead.`, { input });
    }
    if (!REGION_RE.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_INVALID', `${input} "${value}" is not an AWS region name like us-east-1.`, { input });
    }
    return value;
}
/**
 * The region to sign for: the explicit one, else the trust anchor's. Roles Anywhere needs the
 * trust anchor and profile in one region, so a mismatch is refused before any call.
 */
function resolveRegion(trustAnchor, profile, explicit, names) {
    if (trustAnchor.region !== profile.region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_MISMATCH', `${names.trustAnchor} is in ${trustAnchor.region} but ${names.profile} is in ${profile.region}; Roles Anywhere needs both in the same region.`, { input: names.profile });
    }
    if (trustAnchor.partition !== profile.partition) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_MISMATCH', `${names.trustAnchor} is in partition ${trustAnchor.partition} but ${names.profile} is in ${profile.partition}; both must be in one partition.`, { input: names.profile });
    }
    if (explicit.value === undefined || explicit.value.trim() === '')
        return trustAnchor.region;
    const region = validateRegion(explicit.value, explicit.input);
    if (region !== trustAnchor.region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_REGION_MISMATCH', `${explicit.input} is ${region} but ${names.trustAnchor} is in ${trustAnchor.region}; CreateSession must be signed for the trust anchor's region. Leave ${explicit.input} empty to use it.`, { input: explicit.input });
    }
    return region;
}


/***/ }),

/***/ 8439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Id: () => (/* binding */ parseMaxAttempts),
/* harmony export */   Px: () => (/* binding */ parseRetryTimeout),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Sized by `npm run bench:scale` (docs/performance.md, "At scale"): 200 jobs that start within one
 * second against the default CreateSession quota of 10 requests a second need about 20 s of the
 * account's capacity, so each client must be willing to spread its attempts over half a minute or
 * more; a cap of 20 s does that in a dozen attempts. The deadline is what a CI user waits at worst,
 * throttled or facing an outage alike.
 */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 12,
    deadlineMs: 90_000,
    attemptTimeoutMs: 10_000,
    baseDelayMs: 1_000,
    maxDelayMs: 20_000,
};
/** Full jitter: a random wait up to an exponentially growing cap (AWS Architecture Blog). */
function backoffDelay(attempt, policy, random) {
    const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * cap);
}
/**
 * The wait before the next attempt: the jittered backoff, or longer when the server said how long
 * to wait (`Retry-After`), since retrying sooner only spends quota on another refusal.
 */
function retryDelay(attempt, policy, random, retryAfterMs) {
    return Math.max(backoffDelay(attempt, policy, random), retryAfterMs ?? 0);
}
/** 5xx, throttling, timeouts and resets may pass; auth and validation answers never will. */
function isRetryable(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK && error.details.retryable === true;
}
function parseMaxAttempts(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 20) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${input} must be a whole number from 1 to 20, got "${value.trim()}".`, { input });
    }
    return n;
}
/** Seconds a caller will wait for credentials at most, retries included; in milliseconds. */
function parseRetryTimeout(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 20 || n > 3600) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_INPUT_INVALID', `${input} must be a whole number of seconds from 20 to 3600, got "${value.trim()}".`, { input });
    }
    return n * 1000;
}
/**
 * `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in milliseconds from
 * `receivedAt`; undefined when absent or unreadable, so a garbled header falls back to backoff.
 */
function parseRetryAfter(value, receivedAt) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d{1,9}$/.test(text))
        return Number(text) * 1000;
    if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text))
        return undefined;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - receivedAt.getTime());
}


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveSessionSettings)
/* harmony export */ });
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _chain_allowedAccounts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1961);
/* harmony import */ var _chain_chainSettings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9019);
/* harmony import */ var _createSession_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8882);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6906);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7987);
/* harmony import */ var _retryPolicy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8439);







function resolveSessionSettings(raw, names) {
    const trustAnchor = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(raw.trustAnchorArn ?? '', 'trust-anchor', names.trustAnchorArn);
    const profile = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(raw.profileArn ?? '', 'profile', names.profileArn);
    const role = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(raw.roleArn ?? '', 'role', names.roleArn);
    const region = (0,_region_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRegion */ .Zv)(trustAnchor, profile, { value: raw.region, input: names.region }, { trustAnchor: names.trustAnchorArn, profile: names.profileArn });
    const endpoint = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveEndpoint */ .sO)({
        region,
        url: raw.endpoint?.url,
        urlInput: raw.endpoint?.source ?? names.endpoint,
        fips: raw.useFipsEndpoint,
        dualStack: raw.useDualStackEndpoint,
        allowInsecure: raw.allowInsecureEndpoint,
        allowInsecureInput: names.allowInsecureEndpoint,
    });
    return {
        material: raw.material,
        names,
        trustAnchor,
        profile,
        role,
        region,
        endpoint,
        insecureEndpoint: (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .isInsecureEndpoint */ .Ug)(endpoint),
        durationSeconds: (0,_createSession_body_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(raw.durationSeconds, names.durationSeconds),
        roleSessionName: (0,_createSession_body_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRoleSessionName */ .BD)(raw.roleSessionName, names.roleSessionName),
        retry: { ..._retryPolicy_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY_POLICY */ .cO, ...raw.retry },
        chain: (0,_chain_chainSettings_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveOptionalChain */ .sz)(raw.chain, {
            region,
            useFipsEndpoint: raw.useFipsEndpoint ?? false,
            useDualStackEndpoint: raw.useDualStackEndpoint ?? false,
        }, names.chain ?? _chain_chainSettings_js__WEBPACK_IMPORTED_MODULE_2__/* .CLI_CHAIN_NAMES */ .cD),
        allowedAccountIds: (0,_chain_allowedAccounts_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAllowedAccountIds */ .T)(raw.allowedAccountIds, names.allowedAccountIds ?? 'allowedAccountIds'),
    };
}


/***/ })

};
;