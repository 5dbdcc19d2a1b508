"use strict";
exports.id = 357;
exports.ids = [357];
exports.modules = {

/***/ 1962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ isCredentialValue)
/* harmony export */ });
/**
 * The rule every credential value (access key id, secret key, session token) must pass, from
 * whichever hop it came: printable ASCII, no space. AWS issues nothing else, and a value outside
 * it (a control character, a Unicode quote) could end a quoted string in a shell, PowerShell or
 * env file the value is written to, or start a log line of its own.
 */
const CREDENTIAL_VALUE = /^[\x21-\x7e]+$/;
function isCredentialValue(value) {
    return CREDENTIAL_VALUE.test(value);
}


/***/ }),

/***/ 8135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ serviceText)
/* harmony export */ });
/* harmony import */ var _controlCharacters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/**
 * Text a service (or whatever answered in its place) chose, fit to print inside one of our
 * lines: whitespace runs become one space, and every other control character and Unicode line
 * break is shown as \uXXXX, so an answer can neither start a line of its own nor drive the
 * terminal (an ESC sequence can rewrite what the user sees above it), and it is bounded.
 */
function serviceText(text, maxLength = 300) {
    const oneLine = text.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
    const inert = (0,_controlCharacters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharacters */ .F7)(oneLine);
    return inert.length > maxLength ? `${inert.slice(0, maxLength)}…` : inert;
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSession: () => (/* binding */ createSession),
  obtainCredentials: () => (/* binding */ obtainCredentials),
  sessionRequestBody: () => (/* binding */ sessionRequestBody),
  signingIdentity: () => (/* binding */ signingIdentity)
});

// EXTERNAL MODULE: ./src/core/chain/allowedAccounts.ts
var allowedAccounts = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/controlCharacters.ts
var controlCharacters = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/core/quoteValue.ts

/**
 * A value from outside, fit to quote in a message or a log line: in double quotes, bounded, every
 * control character and Unicode line break escaped, so it can never start a line of its own (a
 * line starting with `::` is a workflow command on GitHub).
 */
function quoteValue(value, maxLength = 120) {
    const cut = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
    // JSON escapes the C0 controls, quotes and backslashes; the rest of the set is escaped here.
    return (0,controlCharacters/* escapeControlCharacters */.F7)(JSON.stringify(cut));
}

// EXTERNAL MODULE: ./src/core/createSession/credentialValue.ts
var credentialValue = __webpack_require__(1962);
// EXTERNAL MODULE: ./src/core/refreshMargin.ts
var refreshMargin = __webpack_require__(7170);
// EXTERNAL MODULE: ./src/core/rfc3339.ts
var rfc3339 = __webpack_require__(4376);
;// CONCATENATED MODULE: ./src/core/createSession/acceptCredentials.ts






// C0, DEL, C1 and the Unicode line breaks: any of them lets a value start a new log line, and a
// new line starting with `::` is a workflow command.
/** How far past the session asked for an expiration may fall: clocks drift apart. */
const CLOCK_SLACK_MS = 5 * 60_000;
const NAME = '[\\w+=,.@-]';
const ASSUMED_ROLE = new RegExp(`^arn:(aws(?:-[a-z]+)*):sts::(\\d{12}):assumed-role/(${NAME}{1,64})/(${NAME}{1,64})$`);
const SUBJECT = /^arn:aws(?:-[a-z]+)*:rolesanywhere:[a-z0-9-]+:\d{12}:subject\/[\w-]{1,128}$/;
function invalid(what) {
    return new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `CreateSession answered 201 but ${what}; a proxy or a non-AWS endpoint may be in the way. Check the endpoint.`);
}
function checkText(credentials) {
    const secrets = [
        ['credentials.accessKeyId', credentials.accessKeyId],
        ['credentials.secretAccessKey', credentials.secretAccessKey],
        ['credentials.sessionToken', credentials.sessionToken],
    ];
    for (const [field, value] of secrets) {
        // Never quoted: these are secrets.
        if (!(0,credentialValue/* isCredentialValue */.T)(value))
            throw invalid(`${field} holds a character other than printable ASCII (not shown: it is a secret)`);
    }
    const shownFields = [
        ['assumedRoleUser.arn', credentials.assumedRoleArn],
        ['assumedRoleUser.assumedRoleId', credentials.assumedRoleId],
        ['roleArn', credentials.roleArn],
        ['sourceIdentity', credentials.sourceIdentity],
        ['subjectArn', credentials.subjectArn],
    ];
    for (const [field, value] of shownFields) {
        if (value !== undefined && (0,controlCharacters/* hasControlCharacters */.Kg)(value))
            throw invalid(`${field} holds a control character (${quoteValue(value)})`);
    }
}
function checkIdentity(credentials, role) {
    const match = ASSUMED_ROLE.exec(credentials.assumedRoleArn);
    if (match === null) {
        throw invalid(`assumedRoleUser.arn is ${quoteValue(credentials.assumedRoleArn)}, not an assumed-role ARN like arn:aws:sts::111122223333:assumed-role/deployer/session`);
    }
    const [, partition, account, roleName] = match;
    // An assumed-role ARN names the role without its path.
    const expectedName = role.resourceId.split('/').pop() ?? role.resourceId;
    const sameRole = partition === role.partition && account === role.accountId && roleName === expectedName;
    const sameRoleArn = credentials.roleArn === undefined || credentials.roleArn === role.arn;
    if (!sameRole || !sameRoleArn) {
        const found = sameRole
            ? `roleArn ${quoteValue(credentials.roleArn ?? '')}`
            : credentials.assumedRoleArn;
        throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_WRONG_ROLE', `CreateSession returned credentials for ${found}, not for the role asked for (${role.arn}); refusing them. Check the endpoint: only AWS, or a proxy you trust, should answer it.`);
    }
    if (credentials.subjectArn !== undefined && !SUBJECT.test(credentials.subjectArn))
        throw invalid(`subjectArn is ${quoteValue(credentials.subjectArn)}, not a Roles Anywhere subject ARN`);
}
function checkLifetime(credentials, expected, now) {
    const left = credentials.expiration.getTime() - now.getTime();
    const margin = (0,refreshMargin/* refreshMarginMs */.q)(expected.durationSeconds);
    const longest = expected.durationSeconds * 1000 + CLOCK_SLACK_MS;
    if (left > longest)
        // A lifetime longer than asked for is not a gift: a refresh scheduled by it would wait past
        // what a timer can hold, and a stolen session would outlive what the role allows.
        throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_TOO_LONG', `CreateSession returned credentials that expire at ${(0,rfc3339/* rfc3339 */.a)(credentials.expiration)}, ${Math.round(left / 1000)} s from now by the local clock (${(0,rfc3339/* rfc3339 */.a)(now)}), longer than the ${expected.durationSeconds} s asked for; refusing them. Check this machine's clock and the endpoint: only AWS, or a proxy you trust, should answer it.`);
    if (left > margin)
        return;
    const when = (0,rfc3339/* rfc3339 */.a)(credentials.expiration);
    const found = left <= 0
        ? `expired at ${when}, ${Math.round(-left / 1000)} s ago`
        : `expire at ${when}, only ${Math.round(left / 1000)} s from now`;
    throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_EXPIRED', `CreateSession returned credentials that ${found} by the local clock (${(0,rfc3339/* rfc3339 */.a)(now)}); they must last more than ${Math.round(margin / 1000)} s to be worth using. Check this machine's clock, the certificate's notAfter (a session never outlives it) and the profile's session duration.`);
}
/**
 * Refuses credentials that cannot be right for this request, whoever answered: malformed or
 * control-character fields (they would reach logs and workflow commands), another role or
 * account, or a lifetime already spent.
 */
function acceptCredentials(credentials, expected, now) {
    checkText(credentials);
    checkIdentity(credentials, expected.role);
    checkLifetime(credentials, expected, now);
    return credentials;
}

// EXTERNAL MODULE: ./src/core/createSession/body.ts
var body = __webpack_require__(8882);
;// CONCATENATED MODULE: ./src/core/createSession/response.ts


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function response_invalid(what) {
    return new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `CreateSession answered 201 but ${what}; a proxy or a non-AWS endpoint may be in the way. Check the endpoint.`);
}
function requireString(record, key, where) {
    const value = record[key];
    if (typeof value !== 'string' || value === '')
        throw response_invalid(`${where}.${key} is missing`);
    return value;
}
function optionalString(record, key) {
    const value = record?.[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;
/** RFC 3339 only: Date alone also takes "1700000000", "tomorrow" and 30 February (as 2 March). */
function parseExpiration(text) {
    const match = RFC3339.exec(text);
    const [, year = '', month = '', day = ''] = match ?? [];
    const calendarDay = new Date(`${year}-${month}-${day}T00:00:00Z`);
    const expiration = new Date(text);
    if (match === null ||
        Number.isNaN(expiration.getTime()) ||
        calendarDay.getUTCDate() !== Number(day) ||
        calendarDay.getUTCMonth() + 1 !== Number(month)) {
        throw response_invalid(`credentials.expiration is ${quoteValue(text, 40)}, not an RFC 3339 date-time`);
    }
    return expiration;
}
function parseCreateSessionText(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw response_invalid(`its body is not JSON (${text.length} bytes, starting "${text.slice(0, 24).replace(/\s+/g, ' ')}")`);
    }
    return parseCreateSessionResponse(body);
}
function parseCreateSessionResponse(body) {
    if (!isRecord(body))
        throw response_invalid('its body is not a JSON object');
    const set = body['credentialSet'];
    if (!Array.isArray(set))
        throw response_invalid('credentialSet is missing');
    const first = set[0];
    if (!isRecord(first))
        throw response_invalid('credentialSet is empty');
    const credentials = first['credentials'];
    if (!isRecord(credentials))
        throw response_invalid('credentialSet[0].credentials is missing');
    const user = isRecord(first['assumedRoleUser']) ? first['assumedRoleUser'] : undefined;
    const expirationText = requireString(credentials, 'expiration', 'credentials');
    const expiration = parseExpiration(expirationText);
    const assumedRoleArn = user === undefined ? undefined : optionalString(user, 'arn');
    if (assumedRoleArn === undefined)
        throw response_invalid('assumedRoleUser.arn is missing');
    return {
        accessKeyId: requireString(credentials, 'accessKeyId', 'credentials'),
        secretAccessKey: requireString(credentials, 'secretAccessKey', 'credentials'),
        sessionToken: requireString(credentials, 'sessionToken', 'credentials'),
        expiration,
        assumedRoleArn,
        assumedRoleId: optionalString(user, 'assumedRoleId'),
        roleArn: optionalString(first, 'roleArn'),
        sourceIdentity: optionalString(first, 'sourceIdentity'),
        subjectArn: optionalString(body, 'subjectArn'),
        accountId: /^arn:[^:]+:[^:]+::(\d{12}):/.exec(assumedRoleArn)?.[1],
    };
}

// EXTERNAL MODULE: ./src/core/serviceText.ts
var serviceText = __webpack_require__(8135);
// EXTERNAL MODULE: ./src/core/retryPolicy.ts
var retryPolicy = __webpack_require__(8439);
;// CONCATENATED MODULE: ./src/core/createSession/serviceError.ts



const SKEW_TOLERANCE_MS = 5 * 60 * 1000;
function header(answer, name) {
    const value = answer.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function readErrorBody(text) {
    try {
        const body = JSON.parse(text);
        if (typeof body !== 'object' || body === null)
            return {};
        const record = body;
        const pick = (...keys) => {
            for (const key of keys) {
                const value = record[key];
                if (typeof value === 'string' && value !== '')
                    return value;
            }
            return undefined;
        };
        return { type: pick('__type', 'code', 'Code'), message: pick('message', 'Message') };
    }
    catch {
        return {};
    }
}
function codeFor(status, type) {
    if (/Throttl|TooManyRequests/i.test(type) || status === 429)
        return 'ERR_THROTTLED';
    if (status >= 500)
        return 'ERR_SERVICE_UNAVAILABLE';
    if (type === 'AccessDeniedException' || status === 403)
        return 'ERR_ACCESS_DENIED';
    if (type === 'ValidationException' || status === 400)
        return 'ERR_VALIDATION';
    if (type === 'ResourceNotFoundException' || status === 404)
        return 'ERR_NOT_FOUND';
    return 'ERR_SERVICE';
}
function skewHint(answer) {
    const date = header(answer, 'date');
    const serverTime = date === undefined ? Number.NaN : Date.parse(date);
    if (Number.isNaN(serverTime)) {
        return "Check that this machine's clock is right (within 5 minutes of AWS) and that the key belongs to the certificate.";
    }
    const skew = answer.receivedAt.getTime() - serverTime;
    const seconds = Math.round(Math.abs(skew) / 1000);
    if (Math.abs(skew) > SKEW_TOLERANCE_MS) {
        return `This machine's clock is ${seconds} s ${skew > 0 ? 'ahead of' : 'behind'} the service's (its Date header says ${new Date(serverTime).toISOString()}); AWS allows 5 minutes. Fix the clock (NTP) and retry.`;
    }
    return `The clocks agree (skew ${seconds} s), so check that the endpoint, region and certificate are the ones the trust anchor expects.`;
}
/**
 * The causes that fit this certificate, most likely first. A rule the certificate breaks outright
 * is the cause on its own (no chain fixes a v1 certificate); otherwise the chain and trust anchor
 * come first, then each rule the preflight warned about.
 */
function untrustedHint(context) {
    const { names, certificate } = context;
    const errors = certificate?.verdicts.filter((verdict) => verdict.level === 'error') ?? [];
    if (errors.length > 0)
        return `Likely cause: ${errors.map((e) => e.cause).join('; ')}.`;
    const issuer = certificate?.issuer ? ` (issued by ${certificate.issuer})` : '';
    const chain = certificate === undefined || certificate.intermediates === 0
        ? `if its issuer is an intermediate CA, pass that CA's certificate in ${names.intermediates}`
        : `check that the ${certificate.intermediates} certificate(s) in ${names.intermediates} lead to that CA`;
    const causes = [
        `the certificate${issuer} does not chain to the trust anchor: check that ${names.trustAnchorArn} is the trust anchor whose CA issued it, and ${chain}`,
        ...(certificate?.verdicts ?? []).map((verdict) => verdict.cause),
    ];
    if (causes.length === 1)
        return `Likely cause: ${causes[0] ?? ''}.`;
    return `Likely causes, most likely first: ${causes.map((cause, i) => `(${i + 1}) ${cause}`).join('; ')}.`;
}
function hintFor(message, answer, context) {
    const { names } = context;
    if (/invalid signature/i.test(message))
        return skewHint(answer);
    if (/untrusted signing certificate/i.test(message))
        return untrustedHint(context);
    if (/trust anchor is disabled/i.test(message))
        return 'Enable the trust anchor in the IAM Roles Anywhere console or with `aws rolesanywhere enable-trust-anchor`.';
    if (/profile is disabled/i.test(message))
        return 'Enable the profile with `aws rolesanywhere enable-profile`.';
    if (/role isn't one of those listed/i.test(message))
        return "Add the role to the profile's roleArns, or use one that is listed there.";
    if (/roleSessionName/i.test(message))
        return `Turn on acceptRoleSessionName in the profile, or drop ${names.roleSessionName}.`;
    if (/durationSeconds|duration/i.test(message))
        return `Lower ${names.durationSeconds} to at most the profile's durationSeconds.`;
    if (/not authorized to perform: sts:AssumeRole|AssumeRole/i.test(message))
        return "Check the role's trust policy: it must trust rolesanywhere.amazonaws.com with sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity, and its conditions must match this certificate.";
    return 'Check the trust anchor, profile and role ARNs and the certificate.';
}
/** Keeps one line readable when a service or proxy answers with a long message. */
function shorten(message) {
    return message === undefined ? undefined : (0,serviceText/* serviceText */.L)(message);
}
/** For a caller that has no input names of its own: the concepts, in words. */
const PLAIN_NAMES = {
    intermediates: 'the intermediate certificates',
    trustAnchorArn: 'the trust anchor ARN',
    durationSeconds: 'the session duration',
    roleSessionName: 'the role session name',
};
/** Turns a non-201 answer into one error that keeps AWS's words and adds what to check. */
function mapServiceError(answer, context = { names: PLAIN_NAMES }) {
    const parsed = readErrorBody(answer.bodyText);
    const rawType = header(answer, 'x-amzn-errortype') ?? parsed.type ?? '';
    const type = (0,serviceText/* serviceText */.L)(rawType.split(':')[0]?.split('#').pop() ?? '', 100);
    const requestId = header(answer, 'x-amzn-requestid');
    const code = codeFor(answer.status, type);
    const looksLikeAws = type !== '' || parsed.message !== undefined;
    const message = shorten(parsed.message) ??
        (looksLikeAws
            ? ''
            : `a non-AWS answer (${answer.bodyText.length} bytes${/<html/i.test(answer.bodyText) ? ' of HTML, likely from a proxy' : ''})`);
    const retryable = code === 'ERR_THROTTLED' || code === 'ERR_SERVICE_UNAVAILABLE';
    const what = `CreateSession failed: ${answer.status}${type ? ` ${type}` : ''}${message ? `: ${message}` : ''}`;
    const hint = retryable
        ? 'The service is busy or failing; it was retried with backoff.'
        : hintFor(message, answer, context);
    const id = requestId ? ` (request id ${requestId})` : '';
    const retryAfterMs = retryable
        ? (0,retryPolicy/* parseRetryAfter */.mu)(header(answer, 'retry-after'), answer.receivedAt)
        : undefined;
    return new errors/* RolesAnywhereError */.rK(code, `${what.replace(/\.$/, '')}. ${hint}${id}`, {
        status: answer.status,
        ...(type ? { awsErrorType: type } : {}),
        ...(requestId ? { requestId } : {}),
        retryable,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
}

// EXTERNAL MODULE: ./src/core/material/index.ts + 17 modules
var core_material = __webpack_require__(8835);
;// CONCATENATED MODULE: ./src/core/sigv4/constants.ts
/** Names fixed by the Roles Anywhere signing spec (SigV4 with an X.509 key). */
const SERVICE = 'rolesanywhere';
const TERMINATOR = 'aws4_request';
const CREATE_SESSION_PATH = '/sessions';
const CONTENT_TYPE = 'application/json';
const HEADER_AMZ_DATE = 'x-amz-date';
const HEADER_X509 = 'x-amz-x509';
const HEADER_X509_CHAIN = 'x-amz-x509-chain';
/**
 * RSA and ECDSA always sign a SHA-256 digest, whatever hash signed the certificate itself. ML-DSA
 * (FIPS 204) names no hash: it signs the string to sign itself, as the official helper does.
 */
const ALGORITHMS = {
    rsa: 'AWS4-X509-RSA-SHA256',
    ec: 'AWS4-X509-ECDSA-SHA256',
    'ml-dsa': 'AWS4-X509-MLDSA',
};

;// CONCATENATED MODULE: ./src/core/sigv4/credentialScope.ts

function credentialScope(dateStamp, region) {
    return `${dateStamp}/${region}/${SERVICE}/${TERMINATOR}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/sigv4/canonicalRequest.ts

function hashHex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** SigV4: values trimmed, inner runs of spaces collapsed. */
function canonicalHeaderValue(value) {
    return value.trim().replace(/ +/g, ' ');
}
function createCanonicalRequest(input) {
    const entries = Object.entries(input.headers)
        .map(([name, value]) => [name.toLowerCase(), canonicalHeaderValue(value)])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const canonicalHeaders = entries.map(([name, value]) => `${name}:${value}\n`).join('');
    const signedHeaders = entries.map(([name]) => name).join(';');
    const canonicalRequest = [
        input.method,
        input.path,
        input.query,
        canonicalHeaders,
        signedHeaders,
        hashHex(input.body),
    ].join('\n');
    return { canonicalRequest, signedHeaders };
}

;// CONCATENATED MODULE: ./src/core/sigv4/stringToSign.ts

function createStringToSign(algorithm, amzDate, scope, canonicalRequest) {
    return [algorithm, amzDate, scope, hashHex(canonicalRequest)].join('\n');
}

;// CONCATENATED MODULE: ./src/core/sigv4/signature.ts

/**
 * RSA: PKCS#1 v1.5 over SHA-256. ECDSA: SHA-256 with the signature as ASN.1 DER SEQUENCE{r,s};
 * the service rejects WebCrypto's raw r||s form. ML-DSA: pure ML-DSA (FIPS 204 section 5.2) with
 * an empty context over the string to sign, no pre-hash; node passes `null` for "no digest".
 */
function createSignature(stringToSign, privateKey, keyType) {
    const data = Buffer.from(stringToSign, 'utf8');
    if (!(privateKey instanceof external_node_crypto_.KeyObject)) {
        return Buffer.from(privateKey.sign(data)).toString('hex');
    }
    switch (keyType) {
        case 'ec':
            return (0,external_node_crypto_.sign)('sha256', data, { key: privateKey, dsaEncoding: 'der' }).toString('hex');
        case 'rsa':
            return (0,external_node_crypto_.sign)('sha256', data, privateKey).toString('hex');
        case 'ml-dsa':
            return (0,external_node_crypto_.sign)(null, data, privateKey).toString('hex');
    }
}

;// CONCATENATED MODULE: ./src/core/sigv4/amzDate.ts
function formatRequestDate(now) {
    const amzDate = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    return { amzDate, dateStamp: amzDate.slice(0, 8) };
}

;// CONCATENATED MODULE: ./src/core/sigv4/authorization.ts
function createAuthorizationHeader(parts) {
    return `${parts.algorithm} Credential=${parts.serialDecimal}/${parts.scope}, SignedHeaders=${parts.signedHeaders}, Signature=${parts.signature}`;
}

;// CONCATENATED MODULE: ./src/core/sigv4/signCreateSession.ts







function toBase64(der) {
    return Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
}
function createSessionUrl(endpoint) {
    const url = new URL(endpoint.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${CREATE_SESSION_PATH}`;
    url.search = '';
    return url;
}
/** Signs a CreateSession request; a retry must call this again for a fresh date. */
function signCreateSession(identity, request, now) {
    const url = createSessionUrl(request.endpoint);
    const { amzDate, dateStamp } = formatRequestDate(now);
    const signed = {
        'content-type': CONTENT_TYPE,
        // The Host that is signed is the one sent: URL.host keeps a non-default port.
        host: url.host,
        [HEADER_AMZ_DATE]: amzDate,
        [HEADER_X509]: toBase64(identity.leafDer),
    };
    // The service rejects an empty chain header, so it exists only when there are intermediates.
    if (identity.intermediatesDer.length > 0) {
        signed[HEADER_X509_CHAIN] = identity.intermediatesDer.map(toBase64).join(',');
    }
    const { canonicalRequest, signedHeaders } = createCanonicalRequest({
        method: 'POST',
        path: url.pathname,
        query: '',
        headers: signed,
        body: request.body,
    });
    const algorithm = ALGORITHMS[identity.keyType];
    const scope = credentialScope(dateStamp, request.region);
    const stringToSign = createStringToSign(algorithm, amzDate, scope, canonicalRequest);
    const signature = createSignature(stringToSign, identity.privateKey, identity.keyType);
    const authorization = createAuthorizationHeader({
        algorithm,
        serialDecimal: identity.serialDecimal,
        scope,
        signedHeaders,
        signature,
    });
    return {
        method: 'POST',
        url: url.href,
        headers: { ...signed, authorization },
        body: request.body,
        canonicalRequest,
        stringToSign,
    };
}

;// CONCATENATED MODULE: ./src/core/sigv4/index.ts










;// CONCATENATED MODULE: ./src/session.ts









function signingIdentity(material) {
    return {
        leafDer: material.leafDer,
        intermediatesDer: material.intermediates.map((c) => c.raw),
        privateKey: material.privateKey,
        keyType: material.keyType,
        serialDecimal: material.serialDecimal,
    };
}
async function attemptOnce(settings, identity, body, deps, context) {
    const signed = signCreateSession(identity, { endpoint: settings.endpoint, region: settings.region, body }, deps.now());
    const response = await deps.send(signed);
    if (response.status === 201 || response.status === 200) {
        // Checked here, the one path every front end takes, so none can hand out what this refuses.
        return acceptCredentials(parseCreateSessionText(response.bodyText), { role: settings.role, durationSeconds: settings.durationSeconds }, deps.now());
    }
    throw mapServiceError({
        status: response.status,
        headers: response.headers,
        bodyText: response.bodyText,
        receivedAt: deps.now(),
    }, context);
}
function errorContext(settings, material) {
    return {
        names: settings.names,
        certificate: {
            issuer: material.issuer,
            intermediates: material.intermediates.length,
            verdicts: material.warnings,
        },
    };
}
/** The CreateSession body these settings ask for. */
function sessionRequestBody(settings) {
    return (0,body/* createSessionBody */.hL)({
        durationSeconds: settings.durationSeconds,
        profileArn: settings.profile.arn,
        roleArn: settings.role.arn,
        trustAnchorArn: settings.trustAnchor.arn,
        roleSessionName: settings.roleSessionName,
    });
}
/** CreateSession, then the account guard and the second hop when asked for: what a long-running server calls on each refresh. */
async function createSession(settings, material, deps) {
    const first = await createRolesAnywhereSession(settings, material, deps);
    return { ...first, ...(await chainAndGuard(settings, first.credentials, deps)) };
}
/** CreateSession alone, with material already loaded, retried as the policy says. */
async function createRolesAnywhereSession(settings, material, deps) {
    const identity = signingIdentity(material);
    const body = sessionRequestBody(settings);
    const context = errorContext(settings, material);
    const policy = settings.retry;
    const started = deps.now().getTime();
    const random = deps.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            const credentials = await attemptOnce(settings, identity, body, deps, context);
            return { credentials, material, attempts: attempt };
        }
        catch (error) {
            const elapsed = deps.now().getTime() - started;
            const retryAfterMs = error instanceof errors/* RolesAnywhereError */.rK ? error.details.retryAfterMs : undefined;
            const delay = (0,retryPolicy/* retryDelay */.a2)(attempt, policy, random, retryAfterMs);
            // An attempt that could still be running at the deadline is not started, so a caller hears
            // of an outage within the deadline even when every attempt hangs to its own timeout.
            const outOfTime = elapsed + delay + policy.attemptTimeoutMs > policy.deadlineMs;
            if (!(0,retryPolicy/* isRetryable */.r3)(error) || attempt >= policy.maxAttempts || outOfTime) {
                if ((0,retryPolicy/* isRetryable */.r3)(error) && error instanceof errors/* RolesAnywhereError */.rK) {
                    throw error.gaveUpAfter(givingUp(attempt, elapsed, policy, retryAfterMs, delay));
                }
                throw error;
            }
            deps.log?.(`Attempt ${attempt} failed (${(0,errors/* describeCause */.V$)(error)}); retrying in ${delay} ms.`);
            await deps.sleep(delay);
        }
    }
}
function givingUp(attempts, elapsedMs, policy, retryAfterMs, delayMs) {
    if (attempts >= policy.maxAttempts)
        return { attempts };
    const asked = retryAfterMs !== undefined && retryAfterMs >= delayMs;
    return {
        attempts,
        deadline: {
            elapsedMs,
            deadlineMs: policy.deadlineMs,
            ...(asked ? { askedWaitMs: retryAfterMs } : {}),
        },
    };
}
/**
 * allowed-account-ids for each hop, and the second hop when asked for: its code (the AWS SDK's
 * STS client) is imported only then, so the default path never loads it.
 */
async function chainAndGuard(settings, first, deps) {
    const allowed = settings.allowedAccountIds ?? [];
    const allowedInput = settings.names.allowedAccountIds ?? 'allowedAccountIds';
    (0,allowedAccounts/* checkAllowedAccount */.m)(first.assumedRoleArn, allowed, 'Roles Anywhere', allowedInput);
    if (settings.chain === undefined)
        return { credentials: first };
    const { assumeChainedRole } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 9429));
    const chained = await assumeChainedRole(settings.chain, first, settings.region, settings.retry, deps);
    (0,allowedAccounts/* checkAllowedAccount */.m)(chained.credentials.assumedRoleArn, allowed, 'chained role', allowedInput);
    return { credentials: chained.credentials, firstHop: first };
}
/** The one orchestration every front end calls: load and check the material, sign, send, parse. */
async function obtainCredentials(settings, deps, loaded) {
    // A caller that already loaded the material (to key its cache) passes it, so a passphrase's
    // key derivation runs once.
    const material = loaded ?? (await (0,core_material.loadMaterial)(settings.material, { now: deps.now(), names: settings.names }));
    for (const warning of material.warnings)
        deps.warn?.(warning.message);
    return createSession(settings, material, deps);
}


/***/ })

};
;