"use strict";
exports.id = 474;
exports.ids = [474,339];
exports.modules = {

/***/ 8474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PKI_KEY_TYPES: () => (/* reexport */ pki/* PKI_KEY_TYPES */.LT),
  createCertificateAuthority: () => (/* reexport */ pki.createCertificateAuthority),
  issueCertificate: () => (/* reexport */ pki.issueCertificate),
  startEmulator: () => (/* reexport */ startEmulator),
  toPem: () => (/* reexport */ pki/* toPem */.sg)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/emulator/amzDate.ts
/** The SigV4 `X-Amz-Date` format (`YYYYMMDDTHHMMSSZ`) and the service's timestamp format. */
/** How far a request's X-Amz-Date may be from the server clock (SigV4's 5 minutes). */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
function parseAmzDate(value) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    if (match === null)
        return undefined;
    const [, y, mo, d, h, mi, s] = match.map(Number);
    const date = new Date(Date.UTC(y ?? 0, (mo ?? 0) - 1, d ?? 0, h ?? 0, mi ?? 0, s ?? 0));
    // Date.UTC rolls 20240230 over to March; a real timestamp survives the round trip.
    return formatAmzDate(date) === value ? date : undefined;
}
function formatAmzDate(date) {
    return date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
}
/** `2025-12-11T16:34:25Z`: the expiration format of CreateSession and credential_process. */
function formatTimestamp(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Describes the skew for a log line, e.g. `12m30s ahead of`. */
function describeSkew(requestDate, now) {
    const deltaSeconds = Math.round((requestDate.getTime() - now.getTime()) / 1000);
    const magnitude = Math.abs(deltaSeconds);
    const text = `${Math.floor(magnitude / 60)}m${magnitude % 60}s`;
    return `${text} ${deltaSeconds >= 0 ? 'ahead of' : 'behind'}`;
}

;// CONCATENATED MODULE: ./src/emulator/rejection.ts
/**
 * A refusal the emulator answers with, in the service's own words. `message` is what the service
 * says on the wire; `reason` is the emulator's explanation for the verdict log line (the real
 * service never says which check failed, which is what makes the emulator worth running).
 */
class Rejection extends Error {
    name = 'Rejection';
    status;
    errorType;
    reason;
    constructor(status, errorType, message, reason) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.reason = reason;
    }
}
function invalidSignature(reason) {
    return new Rejection(403, 'AccessDeniedException', 'Invalid signature', reason);
}
function untrustedCertificate(reason) {
    return new Rejection(403, 'AccessDeniedException', 'Untrusted Signing Certificate', reason);
}
function accessDenied(message, reason) {
    return new Rejection(403, 'AccessDeniedException', message, reason);
}
function validationError(message) {
    return new Rejection(400, 'ValidationException', message, message);
}
function resourceNotFound(message, reason) {
    return new Rejection(404, 'ResourceNotFoundException', message, reason);
}

;// CONCATENATED MODULE: ./src/emulator/arns.ts
/** The ARN shapes CreateSession takes, and the parts the emulator reads from them. */
const PARTITION = '(aws|aws-cn|aws-us-gov)';
const REGION = '([a-z]{2}(?:-[a-z]+)+-\\d+)';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const TRUST_ANCHOR = new RegExp(`^arn:${PARTITION}:rolesanywhere:${REGION}:(\\d{12}):trust-anchor/${UUID}$`);
const PROFILE = new RegExp(`^arn:${PARTITION}:rolesanywhere:${REGION}:(\\d{12}):profile/${UUID}$`);
const ROLE = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):role/(?:[\\x21-\\x7e]*/)?([\\w+=,.@-]{1,64})$`);
function parseRolesAnywhereArn(kind, arn) {
    const match = (kind === 'trust-anchor' ? TRUST_ANCHOR : PROFILE).exec(arn);
    if (match === null)
        return undefined;
    const [, partition = '', region = '', account = '', id = ''] = match;
    return { arn, partition, region, account, id };
}
function parseRoleArn(arn) {
    const match = ROLE.exec(arn);
    if (match === null)
        return undefined;
    const [, partition = '', account = '', name = ''] = match;
    return { arn, partition, account, name };
}
const ARN_PATTERNS = {
    'trust-anchor': TRUST_ANCHOR.source,
    profile: PROFILE.source,
    role: ROLE.source,
};

;// CONCATENATED MODULE: ./src/emulator/rawRequest.ts
function fromRawHeaders(rawHeaders) {
    const pairs = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
        pairs.push([rawHeaders[i] ?? '', rawHeaders[i + 1] ?? '']);
    }
    return pairs;
}
/** All values sent under `name` (case-insensitive), in arrival order. */
function headerValues(request, name) {
    const wanted = name.toLowerCase();
    return request.headers.filter(([n]) => n.toLowerCase() === wanted).map(([, v]) => v);
}
/** A header that must appear at most once; repeats are ambiguous and refused by the callers. */
function singleHeader(request, name) {
    const values = headerValues(request, name);
    const [first] = values;
    if (first === undefined)
        return { kind: 'absent' };
    if (values.length > 1)
        return { kind: 'repeated' };
    return { kind: 'one', value: first };
}
function splitTarget(target) {
    const index = target.indexOf('?');
    if (index === -1)
        return { path: target, query: '' };
    return { path: target.slice(0, index), query: target.slice(index + 1) };
}

;// CONCATENATED MODULE: ./src/emulator/sessionRequest.ts
/**
 * The CreateSession parameters: the three ARNs (JSON body or query string, as the service accepts
 * both), durationSeconds and roleSessionName, validated with the service's ValidationException
 * wording ("1 validation error detected: Value … at '…' failed to satisfy constraint: …").
 */



const MIN_DURATION_SECONDS = 900;
const MAX_DURATION_SECONDS = 43_200;
const DEFAULT_DURATION_SECONDS = 3600;
/** Throws a ValidationException Rejection listing every invalid member. */
function parseSessionRequest(request) {
    const body = parseBody(request.body);
    const query = new URLSearchParams(splitTarget(request.target).query);
    const errors = [];
    const value = (field) => arnValue(field, body[field], query.get(field), errors);
    const trustAnchor = checkArn(value('trustAnchorArn'), 'trustAnchorArn', errors, (v) => parseRolesAnywhereArn('trust-anchor', v));
    const profile = checkArn(value('profileArn'), 'profileArn', errors, (v) => parseRolesAnywhereArn('profile', v));
    const role = checkArn(value('roleArn'), 'roleArn', errors, parseRoleArn);
    const durationSeconds = checkDuration(body.durationSeconds, errors);
    const roleSessionName = checkSessionName(body.roleSessionName, errors);
    if (trustAnchor === undefined || profile === undefined || role === undefined || errors.length) {
        const count = `${errors.length} validation error${errors.length === 1 ? '' : 's'} detected`;
        throw validationError(`${count}: ${errors.join('; ')}`);
    }
    return { trustAnchor, profile, role, durationSeconds, roleSessionName };
}
function parseBody(body) {
    if (body.length === 0)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw validationError('Could not parse request body into json: the body is not valid JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw validationError('Could not parse request body into json: expected a JSON object.');
    }
    return parsed;
}
function arnValue(field, fromBody, fromQuery, errors) {
    if (fromBody !== undefined && typeof fromBody !== 'string') {
        errors.push(`Value at '${field}' failed to satisfy constraint: Member must be a string`);
        return undefined;
    }
    if (fromBody !== undefined && fromQuery !== null && fromBody !== fromQuery) {
        errors.push(`Value at '${field}' failed to satisfy constraint: body and query string disagree`);
        return undefined;
    }
    return fromBody ?? fromQuery ?? undefined;
}
function checkArn(value, field, errors, parse) {
    if (value === undefined) {
        if (!errors.some((e) => e.includes(`'${field}'`))) {
            errors.push(`Value null at '${field}' failed to satisfy constraint: Member must not be null`);
        }
        return undefined;
    }
    const parsed = parse(value);
    if (parsed === undefined) {
        const kind = field === 'trustAnchorArn' ? 'trust-anchor' : field === 'profileArn' ? 'profile' : 'role';
        errors.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERNS[kind]}`);
    }
    return parsed;
}
// The body is parsed JSON: a scalar echoes as itself, an object or array as the JSON it came as.
function echoed(value) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    return JSON.stringify(value);
}
function checkDuration(value, errors) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
        errors.push(`Value '${echoed(value)}' at 'durationSeconds' failed to satisfy constraint: Member must be an integer`);
        return undefined;
    }
    if (value < MIN_DURATION_SECONDS) {
        errors.push(`Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to ${MIN_DURATION_SECONDS}`);
    }
    else if (value > MAX_DURATION_SECONDS) {
        errors.push(`Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to ${MAX_DURATION_SECONDS}`);
    }
    return value;
}
function checkSessionName(value, errors) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || !/^[\w+=,.@-]{2,64}$/.test(value)) {
        errors.push(`Value '${echoed(value)}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]{2,64}`);
        return undefined;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/emulator/authorizeSession.ts


const ROLE_NOT_IN_PROFILE = "Requested Role isn't one of those listed in the Profile.";
/** Throws the service's rejection; `region` is the credential scope's region. */
function authorizeSession(session, region, profile) {
    checkTrustAnchor(session, region, profile);
    checkProfile(session, region, profile);
    checkRole(session, profile);
    const durationSeconds = session.durationSeconds ?? Math.min(DEFAULT_DURATION_SECONDS, profile.maxDurationSeconds);
    if (durationSeconds > profile.maxDurationSeconds) {
        throw validationError(`Requested durationSeconds ${durationSeconds} exceeds the profile's maximum session duration of ${profile.maxDurationSeconds} seconds.`);
    }
    if (session.roleSessionName !== undefined && !profile.acceptRoleSessionName) {
        throw accessDenied('Not authorized to set roleSessionName.', 'the profile does not accept roleSessionName');
    }
    return { durationSeconds, roleSessionName: session.roleSessionName };
}
function checkTrustAnchor(session, region, profile) {
    const { trustAnchor } = session;
    if (profile.trustAnchorArn !== undefined && trustAnchor.arn !== profile.trustAnchorArn) {
        throw resourceNotFound('Trust anchor not found.', `unknown trust anchor ${trustAnchor.arn}`);
    }
    if (trustAnchor.region !== region) {
        throw resourceNotFound('Trust anchor not found.', `trust anchor is in ${trustAnchor.region} but the request was signed for ${region}`);
    }
}
function checkProfile(session, region, profile) {
    const { profile: requested, trustAnchor } = session;
    if (profile.profileArn !== undefined && requested.arn !== profile.profileArn) {
        throw resourceNotFound('Profile not found.', `unknown profile ${requested.arn}`);
    }
    if (requested.region !== region) {
        throw resourceNotFound('Profile not found.', `profile is in ${requested.region} but the request was signed for ${region}`);
    }
    if (requested.account !== trustAnchor.account || requested.partition !== trustAnchor.partition) {
        throw resourceNotFound('Profile not found.', `profile account ${requested.account} differs from the trust anchor's ${trustAnchor.account}`);
    }
}
function checkRole(session, profile) {
    const { role, profile: requested } = session;
    if (profile.roleArn !== undefined && role.arn !== profile.roleArn) {
        throw accessDenied(ROLE_NOT_IN_PROFILE, `role ${role.arn} is not the profile's ${profile.roleArn}`);
    }
    if (role.account !== requested.account || role.partition !== requested.partition) {
        throw accessDenied(ROLE_NOT_IN_PROFILE, `role ${role.arn} is not in the profile's account`);
    }
}

// EXTERNAL MODULE: ./node_modules/asn1js/build/index.js + 3 modules
var build = __webpack_require__(4723);
// EXTERNAL MODULE: ./node_modules/pkijs/build/index.js + 9 modules
var pkijs_build = __webpack_require__(9701);
;// CONCATENATED MODULE: ./src/emulator/certificate.ts
/**
 * What the emulator needs to know about a certificate, read once: pkijs for the fields Node does not
 * expose (version, signature algorithm, validity dates, extensions), node:crypto for the key and for
 * signature checks.
 */



/** RFC 9881: the same OID names an ML-DSA public key and a signature made with it. */
const ML_DSA_KEY_TYPES = {
    '2.16.840.1.101.3.4.3.17': 'ml-dsa-44',
    '2.16.840.1.101.3.4.3.18': 'ml-dsa-65',
    '2.16.840.1.101.3.4.3.19': 'ml-dsa-87',
};
const KEY_USAGE_NAMES = [
    'digitalSignature',
    'nonRepudiation',
    'keyEncipherment',
    'dataEncipherment',
    'keyAgreement',
    'keyCertSign',
    'cRLSign',
    'encipherOnly',
    'decipherOnly',
];
/** Parses one DER certificate; throws an Error with a reason when it is not one. */
function parseCertificate(der) {
    const bytes = Buffer.from(der);
    const decoded = build/* fromBER */.mH(bytes);
    if (decoded.offset !== bytes.length)
        throw new Error('not a single DER certificate');
    const certificate = new pkijs_build/* Certificate */.usT({ schema: decoded.result });
    const x509 = new external_node_crypto_.X509Certificate(bytes);
    const publicKey = readPublicKey(x509, certificate.subjectPublicKeyInfo.algorithm.algorithmId);
    const extensions = certificate.extensions ?? [];
    return {
        der: bytes,
        x509,
        version: certificate.version + 1,
        serial: BigInt(`0x${x509.serialNumber}`),
        notBefore: certificate.notBefore.value,
        notAfter: certificate.notAfter.value,
        signatureAlgorithmOid: certificate.signatureAlgorithm.algorithmId,
        signatureParametersPresent: certificate.signatureAlgorithm.algorithmParams !== undefined,
        tbs: Buffer.from(certificate.tbsView),
        signatureValue: Buffer.from(certificate.signatureValue.valueBlock.valueHexView),
        basicConstraints: readBasicConstraints(extensions),
        keyUsage: readKeyUsage(extensions),
        criticalExtensions: extensions.filter((e) => e.critical).map((e) => e.extnID),
        subject: oneLineName(x509.subject),
        issuer: oneLineName(x509.issuer),
        commonName: commonName(certificate.subject),
        publicKey,
        keyType: keyTypeOf(publicKey),
    };
}
function extensionValue(extensions, oid) {
    const found = extensions.find((e) => e.extnID === oid);
    if (found === undefined)
        return undefined;
    const decoded = build/* fromBER */.mH(found.extnValue.valueBlock.valueHexView);
    if (decoded.offset === -1)
        throw new Error(`extension ${oid} is not valid DER`);
    return decoded.result;
}
function readBasicConstraints(extensions) {
    const schema = extensionValue(extensions, '2.5.29.19');
    if (schema === undefined)
        return undefined;
    const value = new pkijs_build/* BasicConstraints */.N71({ schema });
    const limit = value.pathLenConstraint;
    if (limit === undefined)
        return { ca: value.cA };
    return {
        ca: value.cA,
        pathLength: typeof limit === 'number' ? limit : limit.valueBlock.valueDec,
    };
}
function readKeyUsage(extensions) {
    const value = extensionValue(extensions, '2.5.29.15');
    if (value === undefined)
        return undefined;
    if (!(value instanceof build/* BitString */.Rq))
        throw new Error('keyUsage is not a BIT STRING');
    const bytes = value.valueBlock.valueHexView;
    const names = KEY_USAGE_NAMES.filter((_, bit) => ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0);
    return new Set(names);
}
function commonName(name) {
    const attribute = name.typesAndValues.find((t) => t.type === '2.5.4.3');
    if (attribute === undefined)
        return undefined;
    const block = attribute.value.valueBlock;
    if (typeof block === 'object' &&
        block !== null &&
        'value' in block &&
        typeof block.value === 'string') {
        return block.value;
    }
    return undefined;
}
/** Node prints names one attribute per line; a log line wants `CN=a, O=b`. */
function oneLineName(name) {
    return name.split('\n').filter(Boolean).join(', ');
}
/** Thrown for an ML-DSA certificate on a Node that cannot load its key; the message is a noun. */
class MlDsaNeedsNode24 extends Error {
    name = 'MlDsaNeedsNode24';
}
/** Node before 24 cannot load an ML-DSA key: say that rather than "not a certificate". */
function readPublicKey(x509, spkiOid) {
    try {
        return x509.publicKey;
    }
    catch (error) {
        const mlDsa = ML_DSA_KEY_TYPES[spkiOid];
        if (mlDsa === undefined)
            throw error;
        throw new MlDsaNeedsNode24(`an ${mlDsa.toUpperCase()} certificate, which needs the emulator on Node.js 24 or later`);
    }
}
function keyTypeOf(key) {
    if (key.asymmetricKeyType === 'rsa')
        return 'rsa';
    const mlDsa = Object.values(ML_DSA_KEY_TYPES).find((type) => type === key.asymmetricKeyType);
    if (mlDsa !== undefined)
        return mlDsa;
    if (key.asymmetricKeyType !== 'ec')
        return 'unsupported';
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1')
        return 'ec-p256';
    if (curve === 'secp384r1')
        return 'ec-p384';
    return 'unsupported';
}
/** Standard base64 with padding, nothing else: what the service accepts in X-Amz-X509. */
function decodeStrictBase64(value) {
    if (value.length === 0 || value.length % 4 !== 0)
        return undefined;
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return undefined;
    const bytes = Buffer.from(value, 'base64');
    return bytes.toString('base64') === value ? bytes : undefined;
}
/** Trust anchors as configured: PEM text (one or more blocks), base64 DER, or DER/PEM bytes. */
function decodeCertificates(source) {
    const text = typeof source === 'string' ? source : Buffer.from(source).toString('latin1');
    const blocks = [
        ...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g),
    ];
    if (blocks.length > 0) {
        return blocks.map((block) => Buffer.from((block[1] ?? '').replace(/\s+/g, ''), 'base64'));
    }
    if (typeof source !== 'string')
        return [Buffer.from(source)];
    return [Buffer.from(source.replace(/\s+/g, ''), 'base64')];
}

;// CONCATENATED MODULE: ./src/emulator/chainValidation.ts
/**
 * Path validation from the leaf through the X-Amz-X509-Chain intermediates to a configured trust
 * anchor, with the constraints Roles Anywhere documents for end-entity and CA certificates
 * (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html): X.509v3, CA:FALSE
 * and digitalSignature on the leaf, CA:TRUE and keyCertSign on issuers, SHA-256 or stronger
 * signatures, and every certificate within its validity period.
 */



/** Longest path accepted: leaf, up to five intermediates, anchor. */
const MAX_INTERMEDIATES = 5;
const STRONG_SIGNATURES = {
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '2.16.840.1.101.3.4.3.17': 'id-ml-dsa-44',
    '2.16.840.1.101.3.4.3.18': 'id-ml-dsa-65',
    '2.16.840.1.101.3.4.3.19': 'id-ml-dsa-87',
};
const WEAK_SIGNATURES = {
    '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10040.4.3': 'dsa-with-sha1',
};
/** Extensions this validator understands; any other critical one makes the path invalid. */
const UNDERSTOOD_CRITICAL = new Set(['2.5.29.15', '2.5.29.17', '2.5.29.19', '2.5.29.37']);
/** Throws an "Untrusted Signing Certificate" rejection naming the failed check. */
function validateChain(input) {
    checkLeaf(input.leaf, input.lenientExtensions ?? false);
    const path = [input.leaf];
    const unused = [...input.intermediates];
    for (;;) {
        const current = path[path.length - 1] ?? input.leaf;
        checkCommon(current, describe(current, path.length === 1 ? 'leaf' : 'intermediate'), input.now);
        const anchor = findIssuer(current, input.anchors);
        if (anchor !== undefined) {
            checkCommon(anchor, describe(anchor, 'trust anchor'), input.now);
            checkIssuer(anchor, 'trust anchor', path.length - 1);
            return [...path, anchor];
        }
        const intermediate = findIssuer(current, unused);
        if (intermediate === undefined)
            throw noIssuer(current, input);
        if (path.length > MAX_INTERMEDIATES) {
            throw untrustedCertificate(`chain is longer than ${MAX_INTERMEDIATES} intermediates`);
        }
        checkIssuer(intermediate, 'intermediate', path.length - 1);
        unused.splice(unused.indexOf(intermediate), 1);
        path.push(intermediate);
    }
}
function checkLeaf(leaf, lenientExtensions) {
    if (leaf.version !== 3) {
        throw untrustedCertificate(`leaf ${leaf.subject} is X.509v${leaf.version}, not v3`);
    }
    if (leaf.basicConstraints?.ca === true) {
        throw untrustedCertificate(`leaf ${leaf.subject} is a CA certificate (CA:TRUE)`);
    }
    if (leaf.basicConstraints === undefined && !lenientExtensions) {
        throw untrustedCertificate(`leaf ${leaf.subject} has no basicConstraints extension (CA:FALSE required; --lenient-extensions accepts it)`);
    }
    if (leaf.keyUsage === undefined) {
        if (lenientExtensions)
            return;
        throw untrustedCertificate(`leaf ${leaf.subject} has no keyUsage extension (digitalSignature required; --lenient-extensions accepts it)`);
    }
    if (!leaf.keyUsage.has('digitalSignature')) {
        throw untrustedCertificate(`leaf ${leaf.subject} lacks keyUsage digitalSignature`);
    }
}
function checkCommon(certificate, label, now) {
    if (now < certificate.notBefore) {
        throw untrustedCertificate(`${label} is not valid before ${certificate.notBefore.toISOString()}`);
    }
    if (now > certificate.notAfter) {
        throw untrustedCertificate(`${label} expired at ${certificate.notAfter.toISOString()}`);
    }
    const oid = certificate.signatureAlgorithmOid;
    const weak = WEAK_SIGNATURES[oid];
    if (weak !== undefined)
        throw untrustedCertificate(`${label} is signed with ${weak}`);
    if (STRONG_SIGNATURES[oid] === undefined) {
        throw untrustedCertificate(`${label} is signed with unsupported algorithm ${oid}`);
    }
    const unknown = certificate.criticalExtensions.find((oidX) => !UNDERSTOOD_CRITICAL.has(oidX));
    if (unknown !== undefined) {
        throw untrustedCertificate(`${label} has an unsupported critical extension ${unknown}`);
    }
}
/** `below` counts the intermediates between this issuer and the leaf (RFC 5280 pathLenConstraint). */
function checkIssuer(issuer, role, below) {
    const label = describe(issuer, role);
    if (issuer.basicConstraints?.ca !== true) {
        throw untrustedCertificate(`${label} is not a CA (basicConstraints CA:TRUE missing)`);
    }
    if (issuer.keyUsage !== undefined && !issuer.keyUsage.has('keyCertSign')) {
        throw untrustedCertificate(`${label} lacks keyUsage keyCertSign`);
    }
    const limit = issuer.basicConstraints.pathLength;
    if (limit !== undefined && below > limit) {
        throw untrustedCertificate(`${label} allows ${limit} intermediates below it, found ${below}`);
    }
}
function findIssuer(child, candidates) {
    return candidates.find((candidate) => candidate.subject === child.issuer && signedBy(child, candidate));
}
function signedBy(child, issuer) {
    try {
        const mlDsa = ML_DSA_KEY_TYPES[child.signatureAlgorithmOid];
        if (mlDsa !== undefined)
            return child.x509.checkIssued(issuer.x509) && mlDsaSigned(child, issuer);
        return child.x509.checkIssued(issuer.x509) && child.x509.verify(issuer.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * RFC 9881 section 2: the signature OID names the issuer key's parameter set, parameters are
 * absent, and the signature is pure ML-DSA (empty context) over the tbsCertificate DER. Checked
 * here rather than left to OpenSSL so the emulator holds its own view of the rule.
 */
function mlDsaSigned(child, issuer) {
    if (ML_DSA_KEY_TYPES[child.signatureAlgorithmOid] !== issuer.keyType)
        return false;
    if (child.signatureParametersPresent)
        return false;
    return (0,external_node_crypto_.verify)(null, child.tbs, issuer.publicKey, child.signatureValue);
}
function noIssuer(current, input) {
    const named = [...input.anchors, ...input.intermediates].some((c) => c.subject === current.issuer);
    const label = describe(current, current === input.leaf ? 'leaf' : 'intermediate');
    if (named) {
        return untrustedCertificate(`${label}: the signature by ${current.issuer} does not verify`);
    }
    return untrustedCertificate(`${label}: issuer ${current.issuer} is neither a trust anchor nor in X-Amz-X509-Chain (missing intermediate?)`);
}
function describe(certificate, role) {
    return `${role} ${certificate.subject}`;
}

;// CONCATENATED MODULE: ./src/emulator/replies.ts
/**
 * The wire shapes of the emulator's answers: REST-JSON for Roles Anywhere (status,
 * `x-amzn-ErrorType`, `x-amzn-RequestId`, `Date`, body `{"message": …}`) and the AWS query
 * protocol's XML for STS.
 */

function newReplyContext(now) {
    return { requestId: (0,external_node_crypto_.randomUUID)(), date: now };
}
function baseHeaders(context, contentType) {
    return {
        'Content-Type': contentType,
        'x-amzn-RequestId': context.requestId,
        Date: context.date.toUTCString(),
    };
}
function jsonReply(status, document, context) {
    return {
        status,
        headers: baseHeaders(context, 'application/json'),
        body: JSON.stringify(document),
    };
}
function jsonErrorReply(status, errorType, message, context) {
    return {
        status,
        headers: { ...baseHeaders(context, 'application/json'), 'x-amzn-ErrorType': errorType },
        body: JSON.stringify({ message }),
    };
}
function rawReply(status, contentType, body, context) {
    return { status, headers: baseHeaders(context, contentType), body };
}
const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
function xmlEscape(value) {
    return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function stsErrorReply(status, code, message, context) {
    const type = status >= 500 ? 'Receiver' : 'Sender';
    const body = `<ErrorResponse xmlns="${STS_NAMESPACE}">\n` +
        `  <Error>\n    <Type>${type}</Type>\n    <Code>${xmlEscape(code)}</Code>\n` +
        `    <Message>${xmlEscape(message)}</Message>\n  </Error>\n` +
        `  <RequestId>${context.requestId}</RequestId>\n</ErrorResponse>\n`;
    return { status, headers: baseHeaders(context, 'text/xml'), body };
}
function stsResultReply(action, fields, context) {
    const members = fields.map(([name, value]) => `    <${name}>${xmlEscape(value)}</${name}>\n`);
    const body = `<${action}Response xmlns="${STS_NAMESPACE}">\n  <${action}Result>\n${members.join('')}` +
        `  </${action}Result>\n  <ResponseMetadata>\n    <RequestId>${context.requestId}</RequestId>\n` +
        `  </ResponseMetadata>\n</${action}Response>\n`;
    return { status: 200, headers: baseHeaders(context, 'text/xml'), body };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/trustPolicy/index.ts + 7 modules
var trustPolicy = __webpack_require__(7524);
;// CONCATENATED MODULE: ./src/emulator/trustPolicyCheck.ts
/**
 * The role's trust policy, judged as STS judges the AssumeRole that Roles Anywhere makes for the
 * certificate. The emulator uses the project's one evaluator (src/core/trustPolicy) rather than a
 * second copy: a policy is data, not a signature, so there is no shared-bug hazard to hedge.
 * What the evaluator cannot judge is refused, never waved through.
 */



function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * A policy (JSON text or value) for whichever role the profile lists, or an object mapping role
 * ARNs to policies when several roles are configured.
 */
function loadTrustPolicies(option) {
    if (option === undefined)
        return undefined;
    let value = option;
    if (typeof option === 'string') {
        try {
            value = JSON.parse(option);
        }
        catch (cause) {
            throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `Emulator option trustPolicy is not JSON (${cause instanceof Error ? cause.message : 'parse error'}); give a role trust policy document.`, { input: 'trustPolicy', cause });
        }
    }
    if (isRecord(value) && value['Statement'] === undefined) {
        const entries = Object.entries(value);
        const notArn = entries.find(([key]) => !/^arn:[^:]+:iam::\d{12}:role\//.test(key));
        if (entries.length === 0 || notArn !== undefined) {
            throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `Emulator option trustPolicy has no Statement and is not a map of role ARNs to policies${notArn === undefined ? '' : ` ("${notArn[0].slice(0, 80)}" is not a role ARN)`}.`, { input: 'trustPolicy' });
        }
        const byRole = new Map(entries.map(([arn, policy]) => [arn, (0,trustPolicy/* parsePolicyDocument */.X)(policy, `trustPolicy ${arn}`)]));
        return { forRole: (roleArn) => byRole.get(roleArn), perRole: true };
    }
    const policy = (0,trustPolicy/* parsePolicyDocument */.X)(value, 'trustPolicy');
    return { forRole: () => policy, perRole: false };
}
const REFUSED = 'Unable to assume role.';
/** Throws the service's AccessDeniedException when the role's trust policy keeps this leaf out. */
function checkTrustPolicy(policies, roleArn, trustAnchorArn, leafDer) {
    if (policies === undefined)
        return;
    const policy = policies.forRole(roleArn);
    if (policy === undefined) {
        throw accessDenied(REFUSED, `no trust policy is configured for role ${roleArn}`);
    }
    const { session, evaluation } = (0,trustPolicy/* judgeCertificate */.Z9)(policy, leafDer, trustAnchorArn);
    const [problem] = session.problems;
    if (problem !== undefined) {
        throw accessDenied('Some attributes failed to be mapped into session tags.', `session tags: ${problem}`);
    }
    if (evaluation.decision === 'allow')
        return;
    const reasons = (0,trustPolicy/* explainEvaluation */.og)(evaluation)
        .filter((line) => line.level !== 'pass')
        .map((line) => line.text);
    const verdict = evaluation.decision === 'not-checked'
        ? 'the trust policy has conditions the emulator cannot judge'
        : `the trust policy of ${roleArn} does not allow this certificate`;
    throw accessDenied(REFUSED, [verdict, ...reasons].join('; '));
}

;// CONCATENATED MODULE: ./src/emulator/authorization.ts
/**
 * Strict parsing of a SigV4 `Authorization` header:
 * `<algorithm> Credential=<id>/<date>/<region>/<service>/aws4_request, SignedHeaders=<a;b>, Signature=<hex>`.
 */
const X509_ALGORITHMS = [
    'AWS4-X509-RSA-SHA256',
    'AWS4-X509-ECDSA-SHA256',
    'AWS4-X509-MLDSA',
];
const HMAC_ALGORITHM = 'AWS4-HMAC-SHA256';
const SHAPE = /^(\S+) Credential=([^,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([^,\s]+)$/;
function parseAuthorization(header, algorithms) {
    const match = SHAPE.exec(header);
    if (match === null) {
        return fail('Authorization is not "<algorithm> Credential=…, SignedHeaders=…, Signature=…"');
    }
    const [, algorithm = '', credential = '', signedHeaders = '', signature = ''] = match;
    if (!algorithms.includes(algorithm)) {
        return fail(`algorithm ${algorithm} is not one of ${algorithms.join(', ')}`);
    }
    const scope = parseCredential(credential);
    if (!scope.ok)
        return scope;
    const headers = parseSignedHeaders(signedHeaders);
    if (!headers.ok)
        return headers;
    if (!/^[0-9a-f]+$/.test(signature) || signature.length % 2 !== 0) {
        return fail('Signature is not lower-case hex');
    }
    return {
        ok: true,
        value: { algorithm, credential: scope.value, signedHeaders: headers.value, signature },
    };
}
function parseCredential(credential) {
    const parts = credential.split('/');
    const [id = '', dateStamp = '', region = '', service = '', terminator = ''] = parts;
    if (parts.length !== 5 || terminator !== 'aws4_request') {
        return fail('Credential is not <id>/<date>/<region>/<service>/aws4_request');
    }
    if (!/^\d{8}$/.test(dateStamp))
        return fail(`credential scope date '${dateStamp}' is not YYYYMMDD`);
    if (!/^[a-z0-9-]+$/.test(region))
        return fail(`credential scope region '${region}' is invalid`);
    return { ok: true, value: { id, dateStamp, region, service } };
}
function parseSignedHeaders(list) {
    const names = list.split(';');
    if (names.some((name) => !/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name))) {
        return fail('SignedHeaders must be lower-case header names separated by ;');
    }
    const sorted = [...names].sort();
    if (sorted.some((name, i) => name !== names[i] || name === names[i + 1])) {
        return fail('SignedHeaders must be sorted and without repeats');
    }
    return { ok: true, value: names };
}
function fail(reason) {
    return { ok: false, reason };
}

;// CONCATENATED MODULE: ./src/emulator/canonical.ts
/**
 * SigV4 canonicalisation, written independently of the project's signer so that a bug in one is
 * caught by the other. Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** RFC 3986 unreserved characters stay, everything else is %XX in upper case. */
function uriEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function decodeComponent(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/**
 * Non-S3 services encode each path segment of the already-encoded wire path once more, so the
 * canonical URI is the wire path with each segment URI-encoded.
 */
function canonicalUri(path) {
    if (path === '')
        return '/';
    return path
        .split('/')
        .map((segment) => uriEncode(segment))
        .join('/');
}
function canonicalQuery(rawQuery) {
    const pairs = rawQuery
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const index = part.indexOf('=');
        const name = index === -1 ? part : part.slice(0, index);
        const value = index === -1 ? '' : part.slice(index + 1);
        return [uriEncode(decodeComponent(name)), uriEncode(decodeComponent(value))];
    });
    pairs.sort(([an, av], [bn, bv]) => (an === bn ? compare(av, bv) : compare(an, bn)));
    return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
function compare(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
/** Trims and collapses inner runs of spaces; repeated headers are joined with commas. */
function canonicalHeaderValue(values) {
    return values.map((value) => value.trim().replace(/ +/g, ' ')).join(',');
}
/** Builds the canonical request from the raw request and the headers its signature names. */
function canonicalRequestParts(request, signedHeaders) {
    const { path, query } = splitTarget(request.target);
    const lines = signedHeaders.map((name) => `${name}:${canonicalHeaderValue(headerValues(request, name))}\n`);
    return {
        method: request.method,
        canonicalUri: canonicalUri(path),
        canonicalQuery: canonicalQuery(query),
        canonicalHeaders: lines.join(''),
        signedHeaders: signedHeaders.join(';'),
        payloadHash: sha256Hex(request.body),
    };
}
function createCanonicalRequest(parts) {
    return [
        parts.method,
        parts.canonicalUri,
        parts.canonicalQuery,
        parts.canonicalHeaders,
        parts.signedHeaders,
        parts.payloadHash,
    ].join('\n');
}
function credentialScope(dateStamp, region, service) {
    return `${dateStamp}/${region}/${service}/aws4_request`;
}
function createStringToSign(algorithm, amzDate, scope, canonicalRequest) {
    return [algorithm, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
}

;// CONCATENATED MODULE: ./src/emulator/x509Signature.ts
/**
 * Verifies the SigV4-X509 signature of a CreateSession request as Roles Anywhere does
 * (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-sign-process.html):
 * the string to sign is rebuilt from the raw request and checked with the leaf's public key.
 */







const REQUIRED_SIGNED = ['content-type', 'host', 'x-amz-date', 'x-amz-x509'];
/** Throws a Rejection ("Invalid signature" or "Untrusted Signing Certificate") on any failure. */
function verifyX509Request(request, now) {
    const authorization = readAuthorization(request);
    const amzDate = readAmzDate(request, authorization, now);
    const leaf = readLeaf(request);
    const intermediates = readChain(request);
    checkSignedHeaders(request, authorization.signedHeaders);
    checkSerial(authorization.credential.id, leaf);
    checkAlgorithm(authorization.algorithm, leaf);
    const scope = credentialScope(authorization.credential.dateStamp, authorization.credential.region, 'rolesanywhere');
    const canonical = createCanonicalRequest(canonicalRequestParts(request, authorization.signedHeaders));
    const stringToSign = createStringToSign(authorization.algorithm, amzDate, scope, canonical);
    checkSignature(stringToSign, authorization, leaf);
    return { leaf, intermediates, region: authorization.credential.region };
}
function readAuthorization(request) {
    const header = singleHeader(request, 'authorization');
    if (header.kind === 'absent')
        throw invalidSignature('no Authorization header');
    if (header.kind === 'repeated')
        throw invalidSignature('Authorization header sent twice');
    const parsed = parseAuthorization(header.value, X509_ALGORITHMS);
    if (!parsed.ok)
        throw invalidSignature(parsed.reason);
    if (parsed.value.credential.service !== 'rolesanywhere') {
        throw invalidSignature(`credential scope service is '${parsed.value.credential.service}', not rolesanywhere`);
    }
    return parsed.value;
}
function readAmzDate(request, authorization, now) {
    const header = singleHeader(request, 'x-amz-date');
    if (header.kind !== 'one')
        throw invalidSignature('X-Amz-Date must be sent exactly once');
    const date = parseAmzDate(header.value);
    if (date === undefined)
        throw invalidSignature(`X-Amz-Date '${header.value}' is not YYYYMMDDTHHMMSSZ`);
    if (Math.abs(date.getTime() - now.getTime()) > MAX_CLOCK_SKEW_MS) {
        throw invalidSignature(`X-Amz-Date ${header.value} is ${describeSkew(date, now)} the server clock (limit 5 minutes)`);
    }
    if (authorization.credential.dateStamp !== header.value.slice(0, 8)) {
        throw invalidSignature(`credential scope date ${authorization.credential.dateStamp} differs from X-Amz-Date ${header.value}`);
    }
    return header.value;
}
/** The leaf's serial for the verdict line, when X-Amz-X509 holds a certificate at all. */
function presentedSerial(request) {
    try {
        return readLeaf(request).serial;
    }
    catch {
        return undefined;
    }
}
function readLeaf(request) {
    const header = singleHeader(request, 'x-amz-x509');
    if (header.kind !== 'one')
        throw invalidSignature('X-Amz-X509 must be sent exactly once');
    return decodeCertificateHeader(header.value, 'X-Amz-X509');
}
function readChain(request) {
    const header = singleHeader(request, 'x-amz-x509-chain');
    if (header.kind === 'absent')
        return [];
    if (header.kind === 'repeated')
        throw untrustedCertificate('X-Amz-X509-Chain sent twice');
    if (header.value.trim() === '')
        throw untrustedCertificate('X-Amz-X509-Chain is empty');
    return header.value
        .split(',')
        .map((part, i) => decodeCertificateHeader(part, `X-Amz-X509-Chain entry ${i + 1}`));
}
function decodeCertificateHeader(value, label) {
    const der = decodeStrictBase64(value);
    if (der === undefined)
        throw untrustedCertificate(`${label} is not standard base64`);
    try {
        return parseCertificate(der);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw untrustedCertificate(`${label} is not a DER certificate (${detail})`);
    }
}
function checkSignedHeaders(request, signed) {
    const required = [...REQUIRED_SIGNED];
    if (headerValues(request, 'x-amz-x509-chain').length > 0)
        required.push('x-amz-x509-chain');
    const unsigned = required.filter((name) => !signed.includes(name));
    if (unsigned.length > 0)
        throw invalidSignature(`${unsigned.join(', ')} not signed`);
    const missing = signed.filter((name) => headerValues(request, name).length === 0);
    if (missing.length > 0)
        throw invalidSignature(`signed header(s) ${missing.join(', ')} not sent`);
    if (signed.includes('authorization'))
        throw invalidSignature('Authorization must not be signed');
    if (headerValues(request, 'host').length > 1)
        throw invalidSignature('Host sent twice');
}
function checkSerial(credentialId, leaf) {
    if (!/^(0|[1-9][0-9]*)$/.test(credentialId)) {
        throw invalidSignature(`Credential serial '${credentialId}' is not decimal (the leaf's serial is ${leaf.serial})`);
    }
    if (BigInt(credentialId) !== leaf.serial) {
        throw invalidSignature(`Credential serial ${credentialId} is not the leaf's serial ${leaf.serial}`);
    }
}
function checkAlgorithm(algorithm, leaf) {
    if (leaf.keyType === 'unsupported') {
        throw untrustedCertificate('leaf key is neither RSA, EC P-256/P-384 nor ML-DSA');
    }
    const expected = ALGORITHM_FOR[leaf.keyType];
    if (algorithm !== expected) {
        throw invalidSignature(`algorithm ${algorithm} does not match the leaf's ${leaf.keyType} key`);
    }
}
function checkSignature(stringToSign, authorization, leaf) {
    const signature = Buffer.from(authorization.signature, 'hex');
    if (isMlDsa(leaf.keyType)) {
        checkMlDsaSignature(stringToSign, signature, leaf);
        return;
    }
    if (leaf.keyType !== 'rsa' && !isDerEcdsaSignature(signature)) {
        // WebCrypto's raw r||s form: the service wants ASN.1 DER SEQUENCE{r, s}.
        throw invalidSignature(`ECDSA signature is not DER (${signature.length} raw bytes, r||s?)`);
    }
    let valid = false;
    try {
        valid = (0,external_node_crypto_.verify)('sha256', Buffer.from(stringToSign), { key: leaf.publicKey, dsaEncoding: 'der' }, signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw invalidSignature('string to sign does not match the signature');
}
const ALGORITHM_FOR = {
    rsa: 'AWS4-X509-RSA-SHA256',
    'ec-p256': 'AWS4-X509-ECDSA-SHA256',
    'ec-p384': 'AWS4-X509-ECDSA-SHA256',
    'ml-dsa-44': 'AWS4-X509-MLDSA',
    'ml-dsa-65': 'AWS4-X509-MLDSA',
    'ml-dsa-87': 'AWS4-X509-MLDSA',
};
/** FIPS 204 table 2: the signature size fixes the parameter set. */
const ML_DSA_SIGNATURE_BYTES = {
    'ml-dsa-44': 2420,
    'ml-dsa-65': 3309,
    'ml-dsa-87': 4627,
};
function isMlDsa(keyType) {
    return ML_DSA_SIGNATURE_BYTES[keyType] !== undefined;
}
/**
 * Pure ML-DSA with an empty context over the string to sign itself: a signature over its SHA-256
 * digest (HashML-DSA or a pre-hash by hand), or by another parameter set's key, does not verify.
 */
function checkMlDsaSignature(stringToSign, signature, leaf) {
    const expected = ML_DSA_SIGNATURE_BYTES[leaf.keyType];
    if (signature.length !== expected) {
        throw invalidSignature(`${leaf.keyType.toUpperCase()} signature must be ${expected} bytes, got ${signature.length}`);
    }
    let valid = false;
    try {
        valid = (0,external_node_crypto_.verify)(null, Buffer.from(stringToSign), leaf.publicKey, signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw invalidSignature('string to sign does not match the ML-DSA signature');
}
/** SEQUENCE { INTEGER r, INTEGER s } with definite lengths that add up to the whole signature. */
function isDerEcdsaSignature(signature) {
    if (signature[0] !== 0x30)
        return false;
    const long = signature[1] === 0x81;
    const bodyStart = long ? 3 : 2;
    const bodyLength = long ? signature[2] : signature[1];
    if (bodyLength === undefined || bodyStart + bodyLength !== signature.length)
        return false;
    let offset = bodyStart;
    for (let i = 0; i < 2; i += 1) {
        const length = signature[offset + 1];
        if (signature[offset] !== 0x02 || length === undefined || length === 0)
            return false;
        offset += 2 + length;
    }
    return offset === signature.length;
}

;// CONCATENATED MODULE: ./src/emulator/createSession.ts
/**
 * POST /sessions, judged as Roles Anywhere does: signature, then certificate path, then the
 * request's parameters against the profile; a 201 with the full CreateSession document, or the
 * service's error shape.
 */









function handleCreateSession(request, state) {
    const now = state.clock();
    const context = newReplyContext(now);
    try {
        const signer = verifyX509Request(request, now);
        validateChain({
            ...signer,
            anchors: state.anchors,
            now,
            lenientExtensions: state.lenientExtensions,
        });
        const session = parseSessionRequest(request);
        const grant = authorizeSession(session, signer.region, state.profile);
        checkTrustPolicy(state.trustPolicies, session.role.arn, session.trustAnchor.arn, signer.leaf.der);
        return issueSession(session, grant, signer, state, context);
    }
    catch (error) {
        if (!(error instanceof Rejection))
            throw error;
        const serial = presentedSerial(request);
        return {
            reply: jsonErrorReply(error.status, error.errorType, error.message, context),
            verdict: {
                status: error.status,
                label: error.errorType,
                reason: error.reason === error.message ? error.message : `${error.message}: ${error.reason}`,
                details: serial === undefined ? [] : [['serial', serial]],
            },
            accepted: false,
        };
    }
}
function issueSession(session, grant, signer, state, context) {
    const { role, profile } = session;
    // STS's default session name for Roles Anywhere is the certificate serial in hex.
    const sessionName = grant.roleSessionName ?? signer.leaf.serial.toString(16);
    const expiresAt = Math.floor(context.date.getTime() / 1000) * 1000 + grant.durationSeconds * 1000;
    const credentials = state.credentials.issue({
        assumedRoleArn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${sessionName}`,
        assumedRoleId: `${roleId(role.arn)}:${sessionName}`,
        account: role.account,
        sourceIdentity: sourceIdentityOf(signer),
    }, new Date(expiresAt));
    const subjectArn = `arn:${profile.partition}:rolesanywhere:${profile.region}:${profile.account}:subject/${uuidOf(signer.leaf.subject)}`;
    return {
        reply: jsonReply(201, sessionDocument(credentials, role.arn, signer, subjectArn), context),
        verdict: {
            status: 201,
            label: 'CreateSession',
            details: [
                ['serial', signer.leaf.serial],
                ['role', role.arn],
                ['duration', grant.durationSeconds],
            ],
        },
        accepted: true,
    };
}
function sessionDocument(credentials, roleArn, signer, subjectArn) {
    return {
        credentialSet: [
            {
                assumedRoleUser: {
                    arn: credentials.assumedRoleArn,
                    assumedRoleId: credentials.assumedRoleId,
                },
                credentials: {
                    accessKeyId: credentials.accessKeyId,
                    secretAccessKey: credentials.secretAccessKey,
                    sessionToken: credentials.sessionToken,
                    expiration: formatTimestamp(credentials.expiration),
                },
                packedPolicySize: 0,
                roleArn,
                sourceIdentity: sourceIdentityOf(signer),
            },
        ],
        subjectArn,
    };
}
function sourceIdentityOf({ leaf }) {
    return leaf.commonName === undefined ? leaf.subject : `CN=${leaf.commonName}`;
}
/** A stable `AROA…` id per role, as IAM gives each role one unique id. */
function roleId(roleArn) {
    const digits = BigInt(`0x${(0,external_node_crypto_.createHash)('sha256').update(roleArn).digest('hex')}`).toString(36);
    return `AROA${digits.toUpperCase().slice(0, 17).padEnd(17, '0')}`;
}
/** A stable uuid-shaped id per certificate subject, as the service keeps one subject per identity. */
function uuidOf(subject) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(subject).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts

class FaultQueue {
    entries = [];
    constructor(faults = []) {
        this.replace(faults);
    }
    replace(faults) {
        this.entries = faults.map((fault) => ({ fault, remaining: fault.count ?? Infinity }));
    }
    /** The fault for the next CreateSession request, if any, spending one use of it. */
    take() {
        const entry = this.entries.find((e) => e.remaining > 0);
        if (entry === undefined)
            return undefined;
        entry.remaining -= 1;
        return entry.fault;
    }
}
const DEFAULT_ERRORS = {
    429: ['ThrottlingException', 'Rate exceeded'],
    500: ['InternalServerException', 'An internal error occurred. Try again.'],
    502: ['BadGatewayException', 'Bad Gateway'],
    503: ['ServiceUnavailableException', 'Service Unavailable'],
    504: ['GatewayTimeoutException', 'Gateway Timeout'],
};
function faultErrorReply(fault, context) {
    const [type, message] = DEFAULT_ERRORS[fault.status] ?? [
        'InternalServerException',
        'Injected fault',
    ];
    return jsonErrorReply(fault.status, fault.errorType ?? type, fault.message ?? message, context);
}
/** Fake values only: a malformed answer must never look like usable credentials. */
const SAMPLE_DOCUMENT = JSON.stringify({
    credentialSet: [
        {
            assumedRoleUser: {
                arn: 'arn:aws:sts::123456789012:assumed-role/example/session',
                assumedRoleId: 'AROAEXAMPLEEXAMPLE123:session',
            },
            credentials: {
                accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
                secretAccessKey: 'truncated',
                sessionToken: 'truncated',
                expiration: '2030-01-01T00:00:00Z',
            },
        },
    ],
});
const HTML_PAGE = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
    '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>corporate-proxy</center>\r\n' +
    '</body>\r\n</html>\r\n';
function malformedReply(fault, context) {
    switch (fault.body) {
        case 'truncated-json':
            return rawReply(fault.status ?? 201, 'application/json', SAMPLE_DOCUMENT.slice(0, 120), context);
        case 'non-json':
            return rawReply(fault.status ?? 201, 'application/json', 'Service temporarily degraded', context);
        case 'html':
            return rawReply(fault.status ?? 502, 'text/html', HTML_PAGE, context);
        case 'empty-credential-set':
            return rawReply(fault.status ?? 201, 'application/json', JSON.stringify({
                credentialSet: [],
                subjectArn: 'arn:aws:rolesanywhere:us-east-1:123456789012:subject/00000000-0000-4000-8000-000000000000',
            }), context);
    }
}

;// CONCATENATED MODULE: ./src/emulator/verdict.ts
function formatVerdict(verdict) {
    const reason = verdict.reason === undefined ? '' : ` (${verdict.reason})`;
    const details = (verdict.details ?? []).map(([name, value]) => ` ${name}=${String(value)}`);
    return `emulator: ${verdict.status} ${verdict.label}${reason}${details.join('')}`;
}

;// CONCATENATED MODULE: ./src/emulator/writeReply.ts

function sendOutcome(res, log, outcome, trickle) {
    log(formatVerdict(outcome.verdict));
    const body = Buffer.from(outcome.reply.body, 'utf8');
    res.writeHead(outcome.reply.status, {
        ...outcome.reply.headers,
        'Content-Length': String(body.length),
    });
    if (trickle === undefined) {
        res.end(body);
        return;
    }
    writeSlowly(res, body, trickle, 0);
}
function writeSlowly(res, body, trickle, offset) {
    if (res.destroyed)
        return;
    const end = Math.min(offset + Math.max(1, trickle.chunkBytes), body.length);
    if (end >= body.length) {
        res.end(body.subarray(offset));
        return;
    }
    res.write(body.subarray(offset, end));
    setTimeout(() => {
        writeSlowly(res, body, trickle, end);
    }, trickle.intervalMs);
}

;// CONCATENATED MODULE: ./src/emulator/faultedCreateSession.ts






/** Serves one CreateSession request; resolves to whether credentials were issued. */
async function serveCreateSession(request, res, state) {
    const fault = state.faults.take();
    if (fault === undefined)
        return judge(request, res, state);
    await (0,promises_.setTimeout)(latencyOf(fault));
    const context = newReplyContext(state.clock());
    switch (fault.kind) {
        case 'reset':
            state.log(formatVerdict(injectedVerdict('reset', 'CreateSession', fault)));
            res.destroy();
            return false;
        case 'stall':
            // Left unanswered on purpose; close() cuts the connection.
            state.log(formatVerdict(injectedVerdict('stall', 'CreateSession', fault)));
            return false;
        case 'error':
            sendOutcome(res, state.log, injected(faultErrorReply(fault, context), fault));
            return false;
        case 'malformed':
            sendOutcome(res, state.log, injected(malformedReply(fault, context), fault));
            return false;
        case 'latency':
            return judge(request, res, state);
        case 'trickle':
            return judge(request, res, state, {
                intervalMs: fault.intervalMs,
                chunkBytes: fault.chunkBytes ?? 16,
            });
    }
}
function judge(request, res, state, trickle) {
    const outcome = handleCreateSession(request, state);
    sendOutcome(res, state.log, outcome, trickle);
    return outcome.accepted;
}
function latencyOf(fault) {
    if (fault.kind === 'latency')
        return fault.ms;
    if (fault.kind === 'stall' || fault.kind === 'trickle')
        return 0;
    return fault.latencyMs ?? 0;
}
function injected(reply, fault) {
    const label = fault.kind === 'malformed'
        ? `malformed body (${fault.body})`
        : (reply.headers['x-amzn-ErrorType'] ?? 'error');
    return { reply, verdict: injectedVerdict(reply.status, label, fault), accepted: false };
}
function injectedVerdict(status, label, fault) {
    const details = label === 'CreateSession' ? [] : [['operation', 'CreateSession']];
    return { status, label, reason: `fault injected: ${fault.kind}`, details };
}

;// CONCATENATED MODULE: ./src/emulator/credentialsStore.ts
/**
 * The temporary credentials the emulator has issued, so that its STS endpoint can recognise them.
 * Values look like STS's: `ASIA` + 16 upper-case alphanumerics, a 40-character base64 secret and a
 * long base64 session token.
 */

const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
class CredentialsStore {
    onIssue;
    byAccessKeyId = new Map();
    /** `onIssue` sees every set issued: leak tests need the secrets a client never hands over. */
    constructor(onIssue) {
        this.onIssue = onIssue;
    }
    issue(identity, expiration) {
        const credentials = {
            ...identity,
            accessKeyId: `ASIA${randomText(16)}`,
            // 30 random bytes are exactly 40 base64 characters, '+' and '/' included now and then.
            secretAccessKey: (0,external_node_crypto_.randomBytes)(30).toString('base64'),
            sessionToken: (0,external_node_crypto_.randomBytes)(480).toString('base64'),
            expiration,
        };
        this.byAccessKeyId.set(credentials.accessKeyId, credentials);
        this.onIssue?.(credentials);
        return credentials;
    }
    find(accessKeyId) {
        return this.byAccessKeyId.get(accessKeyId);
    }
}
function randomText(length) {
    let text = '';
    for (let i = 0; i < length; i += 1)
        text += KEY_ID_ALPHABET.charAt((0,external_node_crypto_.randomInt)(KEY_ID_ALPHABET.length));
    return text;
}

;// CONCATENATED MODULE: ./src/emulator/rateLimit.ts
/**
 * The account's CreateSession quota (10 requests a second per account and Region by default, in
 * the Service Quotas console under IAM Roles Anywhere): a token bucket that refills at the rate and
 * holds at most one second's worth, read on the emulator's clock so tests can step it.
 */

class TokenBucket {
    ratePerSecond;
    tokens;
    lastMs;
    constructor(ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
        this.tokens = ratePerSecond;
    }
    /** Spends one token if there is one at `nowMs`; a refused request spends nothing. */
    take(nowMs) {
        if (this.lastMs !== undefined && nowMs > this.lastMs) {
            const refill = ((nowMs - this.lastMs) / 1000) * this.ratePerSecond;
            this.tokens = Math.min(this.ratePerSecond, this.tokens + refill);
        }
        if (this.lastMs === undefined || nowMs > this.lastMs)
            this.lastMs = nowMs;
        if (this.tokens < 1)
            return false;
        this.tokens -= 1;
        return true;
    }
}
/**
 * What the service answers past its quota: 429 with a REST-JSON `ThrottlingException`, which the
 * AWS SDKs' retryers (and the official helper's, built on them) treat as throttling.
 */
function throttledOutcome(now, ratePerSecond) {
    return {
        reply: jsonErrorReply(429, 'ThrottlingException', 'Rate exceeded', newReplyContext(now)),
        verdict: {
            status: 429,
            label: 'ThrottlingException',
            reason: `over the rate limit of ${ratePerSecond} requests a second`,
            details: [['operation', 'CreateSession']],
        },
        accepted: false,
    };
}

;// CONCATENATED MODULE: ./src/emulator/options.ts
/**
 * The emulator's options, checked once at start-up, and the mutable state the running server
 * reads on each request (clock, profile cap and faults can change between requests).
 */








function createState(options) {
    return {
        anchors: parseAnchors(options.trustAnchors),
        lenientExtensions: options.lenientExtensions ?? false,
        profile: {
            trustAnchorArn: options_checkArn('trustAnchorArn', options.trustAnchorArn, (v) => parseRolesAnywhereArn('trust-anchor', v)),
            profileArn: options_checkArn('profileArn', options.profileArn, (v) => parseRolesAnywhereArn('profile', v)),
            roleArn: options_checkArn('roleArn', options.roleArn, parseRoleArn),
            acceptRoleSessionName: options.acceptRoleSessionName ?? false,
            maxDurationSeconds: checkMaxDuration(options.maxDurationSeconds ?? MAX_DURATION_SECONDS),
        },
        credentials: new CredentialsStore(options.onIssue),
        faults: new FaultQueue(options.faults),
        rateLimit: options.rateLimit === undefined
            ? undefined
            : {
                perSecond: checkRateLimit(options.rateLimit),
                bucket: new TokenBucket(options.rateLimit),
            },
        log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
        trustPolicies: loadTrustPolicies(options.trustPolicy),
        clock: options.clock ?? (() => new Date()),
        assumableRoles: checkAssumableRoles(options.assumableRoles),
        stsFaults: (options.stsFaults ?? []).map((fault) => ({
            fault,
            remaining: fault.count ?? Infinity,
        })),
    };
}
function checkAssumableRoles(roles) {
    for (const role of roles ?? []) {
        options_checkArn('assumableRoles', role.roleArn, parseRoleArn);
        for (const trusted of role.trustedRoleArns ?? [])
            options_checkArn('assumableRoles.trustedRoleArns', trusted, parseRoleArn);
    }
    return roles;
}
function parseAnchors(sources) {
    const ders = sources.flatMap((source) => decodeCertificates(source));
    if (ders.length === 0) {
        throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_MISSING', 'The emulator needs at least one trust anchor certificate in trustAnchors.', { input: 'trustAnchors' });
    }
    return ders.map((der, index) => {
        try {
            return parseCertificate(der);
        }
        catch (cause) {
            throw new errors/* RolesAnywhereError */.rK('ERR_CERT_INVALID', cause instanceof MlDsaNeedsNode24
                ? `trustAnchors entry ${index + 1} is ${cause.message}.`
                : `trustAnchors entry ${index + 1} is not a PEM or DER certificate.`, { input: 'trustAnchors', cause });
        }
    });
}
function options_checkArn(input, value, parse) {
    if (value !== undefined && parse(value) === undefined) {
        throw new errors/* RolesAnywhereError */.rK('ERR_ARN_INVALID', `Emulator option ${input} '${value}' is not a valid ARN of that kind.`, { input });
    }
    return value;
}
function checkMaxDuration(value) {
    if (!Number.isInteger(value) || value < MIN_DURATION_SECONDS || value > MAX_DURATION_SECONDS) {
        throw new errors/* RolesAnywhereError */.rK('ERR_DURATION_INVALID', `Emulator option maxDurationSeconds must be an integer from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS}, got ${value}.`, { input: 'maxDurationSeconds' });
    }
    return value;
}
function checkRateLimit(value) {
    if (!Number.isInteger(value) || value < 1 || value > 100_000) {
        throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `Emulator option rateLimit must be a whole number of requests a second from 1 to 100000, got ${value}.`, { input: 'rateLimit' });
    }
    return value;
}

;// CONCATENATED MODULE: ./src/emulator/assumeRole.ts
/**
 * STS AssumeRole for credentials the emulator issued (role chaining), judged as STS does: the
 * parameters, then the role's trust (which source roles, which external id), then the 1-hour cap
 * for chained sessions. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */





/** STS caps sessions assumed by role chaining at one hour, whatever the role's maximum. */
const CHAINED_LIMIT_SECONDS = 3600;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const MAX_POLICY_CHARACTERS = 2048;
const assumeRole_STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
function validation(message) {
    return new Rejection(400, 'ValidationError', message, message);
}
function notAuthorized(caller, roleArn, reason) {
    return new Rejection(403, 'AccessDenied', `User: ${caller.assumedRoleArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, reason);
}
function required(params, name, member) {
    const value = params.get(name);
    if (value === null || value === '')
        throw validation(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
    return value;
}
function parseDuration(value) {
    if (value === null)
        return CHAINED_LIMIT_SECONDS;
    const seconds = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200)
        throw validation(`1 validation error detected: Value '${value.slice(0, 20)}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`);
    if (seconds > CHAINED_LIMIT_SECONDS)
        throw validation('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    return seconds;
}
function checkPolicy(policy) {
    if (policy === null)
        return;
    let document;
    try {
        document = JSON.parse(policy);
    }
    catch {
        throw new Rejection(400, 'MalformedPolicyDocument', 'The policy is not in the valid JSON format.', 'Policy is not JSON');
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        throw new Rejection(400, 'MalformedPolicyDocument', 'Syntax errors in policy.', 'Policy is not a JSON object');
    if (JSON.stringify(document).length > MAX_POLICY_CHARACTERS)
        throw new Rejection(400, 'PackedPolicyTooLarge', 'Packed policy consumes more than 100 percent of the allotted size.', 'Policy over 2048 characters');
}
/** The role ARN behind an assumed-role session ARN (the path is not in the session ARN). */
function sourceRoleArn(caller) {
    const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(caller.assumedRoleArn);
    return match === null
        ? ''
        : `arn:${match[1] ?? ''}:iam::${match[2] ?? ''}:role/${match[3] ?? ''}`;
}
function sameRole(a, b) {
    const left = parseRoleArn(a);
    const right = parseRoleArn(b);
    return (left !== undefined &&
        right !== undefined &&
        left.account === right.account &&
        left.name === right.name);
}
function checkTrust(role, caller, externalId, roles) {
    if (roles === undefined)
        return;
    const entry = roles.find((r) => r.roleArn === role.arn);
    if (entry === undefined)
        throw notAuthorized(caller, role.arn, 'role not among the assumable roles');
    const source = sourceRoleArn(caller);
    if (entry.trustedRoleArns !== undefined &&
        !entry.trustedRoleArns.some((t) => sameRole(t, source)))
        throw notAuthorized(caller, role.arn, `${source} is not trusted by ${role.arn}`);
    if (entry.externalId !== undefined && externalId !== entry.externalId)
        throw notAuthorized(caller, role.arn, externalId === null ? 'external id missing' : 'external id does not match');
}
function assumeRole(params, caller, state, context) {
    const roleArnText = required(params, 'RoleArn', 'roleArn');
    const sessionName = required(params, 'RoleSessionName', 'roleSessionName');
    if (!SESSION_NAME.test(sessionName))
        throw validation("1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    const durationSeconds = parseDuration(params.get('DurationSeconds'));
    const externalId = params.get('ExternalId');
    if (externalId !== null && !EXTERNAL_ID.test(externalId))
        throw validation("1 validation error detected: Value at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*");
    checkPolicy(params.get('Policy'));
    const role = parseRoleArn(roleArnText);
    if (role === undefined)
        throw validation(`${roleArnText.slice(0, 100)} is invalid`);
    checkTrust(role, caller, externalId, state.assumableRoles);
    const requestedSource = params.get('SourceIdentity');
    if (requestedSource !== null &&
        caller.sourceIdentity !== undefined &&
        requestedSource !== caller.sourceIdentity)
        throw notAuthorized(caller, role.arn, 'source identity cannot change once set');
    const expiresAt = Math.floor(context.date.getTime() / 1000) * 1000 + durationSeconds * 1000;
    const sourceIdentity = caller.sourceIdentity ?? requestedSource ?? undefined;
    const issued = state.credentials.issue({
        assumedRoleArn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${sessionName}`,
        assumedRoleId: `${assumeRole_roleId(role.arn)}:${sessionName}`,
        account: role.account,
        ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
    }, new Date(expiresAt));
    return {
        reply: assumeRoleReply(issued, context),
        verdict: {
            status: 200,
            label: 'AssumeRole',
            details: [
                ['role', role.arn],
                ['source', sourceRoleArn(caller)],
                ['duration', durationSeconds],
            ],
        },
        accepted: true,
    };
}
function assumeRoleReply(issued, context) {
    const element = (name, value) => `<${name}>${xmlEscape(value)}</${name}>`;
    const body = `<AssumeRoleResponse xmlns="${assumeRole_STS_NAMESPACE}">\n  <AssumeRoleResult>\n` +
        (issued.sourceIdentity === undefined
            ? ''
            : `    ${element('SourceIdentity', issued.sourceIdentity)}\n`) +
        `    <AssumedRoleUser>\n      ${element('AssumedRoleId', issued.assumedRoleId)}\n` +
        `      ${element('Arn', issued.assumedRoleArn)}\n    </AssumedRoleUser>\n` +
        `    <Credentials>\n      ${element('AccessKeyId', issued.accessKeyId)}\n` +
        `      ${element('SecretAccessKey', issued.secretAccessKey)}\n` +
        `      ${element('SessionToken', issued.sessionToken)}\n` +
        `      ${element('Expiration', formatTimestamp(issued.expiration))}\n    </Credentials>\n` +
        `    <PackedPolicySize>0</PackedPolicySize>\n  </AssumeRoleResult>\n` +
        `  <ResponseMetadata>\n    <RequestId>${context.requestId}</RequestId>\n  </ResponseMetadata>\n` +
        `</AssumeRoleResponse>\n`;
    return {
        status: 200,
        headers: {
            'Content-Type': 'text/xml',
            'x-amzn-RequestId': context.requestId,
            Date: context.date.toUTCString(),
        },
        body,
    };
}
/** A stable `AROA…` id per role, as IAM gives each role one unique id. */
function assumeRole_roleId(roleArn) {
    const digits = BigInt(`0x${(0,external_node_crypto_.createHash)('sha256').update(roleArn).digest('hex')}`).toString(36);
    return `AROA${digits.toUpperCase().slice(0, 17).padEnd(17, '0')}`;
}
const STS_FAULT_CODES = {
    400: 'Throttling',
    429: 'Throttling',
    500: 'InternalFailure',
    503: 'ServiceUnavailable',
};
/** The next injected AssumeRole fault, spending one use of it. */
function takeStsFault(state) {
    const entry = state.stsFaults.find((f) => f.remaining > 0);
    if (entry === undefined)
        return undefined;
    entry.remaining -= 1;
    const code = entry.fault.code ?? STS_FAULT_CODES[entry.fault.status] ?? 'InternalFailure';
    const message = /Throttl/.test(code) ? 'Rate exceeded' : 'Injected fault';
    return new Rejection(entry.fault.status, code, message, 'fault injected: error');
}

;// CONCATENATED MODULE: ./src/emulator/hmacSignature.ts
/**
 * Verifies an ordinary SigV4 (AWS4-HMAC-SHA256) request signed with credentials the emulator
 * issued, answering with STS's error codes. Spec:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */






const INVALID_TOKEN = 'The security token included in the request is invalid.';
const MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
/** Throws a Rejection carrying STS's status, code and message. */
function verifyHmacRequest(request, now, store, service) {
    const authorization = hmacSignature_readAuthorization(request, service);
    const credentials = store.find(authorization.credential.id);
    if (credentials === undefined) {
        throw new Rejection(403, 'InvalidClientTokenId', INVALID_TOKEN, 'unknown access key id');
    }
    const token = singleHeader(request, 'x-amz-security-token');
    if (token.kind !== 'one' || token.value !== credentials.sessionToken) {
        throw new Rejection(403, 'InvalidClientTokenId', INVALID_TOKEN, 'session token missing or not the one issued with the key');
    }
    if (now >= credentials.expiration) {
        throw new Rejection(403, 'ExpiredToken', 'The security token included in the request is expired', `expired at ${credentials.expiration.toISOString()}`);
    }
    const amzDate = hmacSignature_readAmzDate(request, authorization);
    hmacSignature_checkSignature(request, authorization, amzDate, credentials.secretAccessKey);
    checkSkew(amzDate, now);
    return credentials;
}
function hmacSignature_readAuthorization(request, service) {
    const header = singleHeader(request, 'authorization');
    if (header.kind === 'absent') {
        throw new Rejection(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token', 'no Authorization header');
    }
    const parsed = header.kind === 'one'
        ? parseAuthorization(header.value, [HMAC_ALGORITHM])
        : { ok: false, reason: 'Authorization sent twice' };
    if (!parsed.ok) {
        throw new Rejection(400, 'IncompleteSignature', `Authorization header is malformed: ${parsed.reason}`, parsed.reason);
    }
    if (parsed.value.credential.service !== service) {
        const message = `Credential should be scoped to correct service: '${service}'.`;
        throw new Rejection(403, 'SignatureDoesNotMatch', message, message);
    }
    if (!parsed.value.signedHeaders.includes('host')) {
        throw new Rejection(403, 'SignatureDoesNotMatch', MISMATCH, 'host is not signed');
    }
    return parsed.value;
}
function hmacSignature_readAmzDate(request, authorization) {
    const header = singleHeader(request, 'x-amz-date');
    if (header.kind !== 'one' || parseAmzDate(header.value) === undefined) {
        throw new Rejection(400, 'IncompleteSignature', 'X-Amz-Date must be sent once as YYYYMMDDTHHMMSSZ', 'X-Amz-Date missing or malformed');
    }
    if (header.value.slice(0, 8) !== authorization.credential.dateStamp) {
        throw new Rejection(403, 'SignatureDoesNotMatch', MISMATCH, 'credential scope date differs from X-Amz-Date');
    }
    return header.value;
}
function hmacSignature_checkSignature(request, authorization, amzDate, secretAccessKey) {
    const missing = authorization.signedHeaders.filter((name) => headerValues(request, name).length === 0);
    if (missing.length > 0) {
        throw new Rejection(403, 'SignatureDoesNotMatch', MISMATCH, `signed header(s) ${missing.join(', ')} not sent`);
    }
    const { dateStamp, region, service } = authorization.credential;
    const scope = credentialScope(dateStamp, region, service);
    const canonical = createCanonicalRequest(canonicalRequestParts(request, authorization.signedHeaders));
    const stringToSign = createStringToSign(HMAC_ALGORITHM, amzDate, scope, canonical);
    const expected = hmac(signingKey(secretAccessKey, dateStamp, region, service), stringToSign);
    const given = Buffer.from(authorization.signature, 'hex');
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected)) {
        throw new Rejection(403, 'SignatureDoesNotMatch', MISMATCH, 'string to sign does not match the signature');
    }
}
function checkSkew(amzDate, now) {
    const date = parseAmzDate(amzDate);
    if (date !== undefined && Math.abs(date.getTime() - now.getTime()) <= MAX_CLOCK_SKEW_MS)
        return;
    const limit = formatAmzDate(new Date(now.getTime() - MAX_CLOCK_SKEW_MS));
    const message = `Signature expired: ${amzDate} is now earlier than ${limit} (${formatAmzDate(now)} - 5 min.)`;
    throw new Rejection(403, 'SignatureDoesNotMatch', message, `X-Amz-Date ${amzDate} is more than 5 minutes from the server clock`);
}
function signingKey(secret, dateStamp, region, service) {
    const dateKey = hmac(`AWS4${secret}`, dateStamp);
    return hmac(hmac(hmac(dateKey, region), service), 'aws4_request');
}
function hmac(key, data) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(data).digest();
}

;// CONCATENATED MODULE: ./src/emulator/sts.ts
/**
 * The STS subset a client needs to prove issued credentials work: GetCallerIdentity and (for role
 * chaining) AssumeRole over the AWS query protocol (`POST /` with `Action=…&Version=2011-06-15`),
 * XML answers.
 */





function handleSts(request, state) {
    const now = state.clock();
    const context = newReplyContext(now);
    try {
        const credentials = verifyHmacRequest(request, now, state.credentials, 'sts');
        const params = parameters(request);
        const action = params.get('Action');
        if (action === 'AssumeRole') {
            const fault = takeStsFault(state);
            if (fault !== undefined)
                throw fault;
            return assumeRole(params, credentials, state, context);
        }
        if (action !== 'GetCallerIdentity') {
            const message = `Could not find operation ${action ?? '(none)'} for version 2011-06-15`;
            throw new Rejection(400, 'InvalidAction', message, message);
        }
        const fields = [
            ['Arn', credentials.assumedRoleArn],
            ['UserId', credentials.assumedRoleId],
            ['Account', credentials.account],
        ];
        return {
            reply: stsResultReply('GetCallerIdentity', fields, context),
            verdict: {
                status: 200,
                label: 'GetCallerIdentity',
                details: [['arn', credentials.assumedRoleArn]],
            },
            accepted: true,
        };
    }
    catch (error) {
        if (!(error instanceof Rejection))
            throw error;
        return {
            reply: stsErrorReply(error.status, error.errorType, error.message, context),
            verdict: { status: error.status, label: error.errorType, reason: error.reason },
            accepted: false,
        };
    }
}
/** Query protocol parameters: the query string plus a form-encoded body. */
function parameters(request) {
    const merged = new URLSearchParams(splitTarget(request.target).query);
    const contentType = headerValues(request, 'content-type')[0] ?? '';
    if (contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        for (const [name, value] of new URLSearchParams(request.body.toString('utf8'))) {
            merged.append(name, value);
        }
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
/**
 * The emulator's HTTP(S) server: reads each request whole, routes it (POST /sessions to
 * CreateSession, / to STS, anything else 404), counts outcomes and logs one verdict per request.
 */










/** Bodies beyond this are refused: CreateSession bodies are a few hundred bytes. */
const MAX_BODY_BYTES = 1024 * 1024;
async function startEmulator(options) {
    const state = createState(options);
    const counters = {
        createSession: { accepted: 0, rejected: 0, throttled: 0 },
        sts: { accepted: 0, rejected: 0 },
    };
    const listener = (req, res) => {
        handle(req, res, state, counters).catch((error) => {
            internalFailure(res, state, error);
        });
    };
    // Long RSA chains in X-Amz-X509-Chain can pass Node's default 16 KiB header limit.
    const serverOptions = { maxHeaderSize: 64 * 1024 };
    const server = options.tls
        ? (0,external_node_https_.createServer)({ ...serverOptions, cert: options.tls.cert, key: options.tls.key }, listener)
        : (0,external_node_http_.createServer)(serverOptions, listener);
    const address = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
    return {
        url: `${options.tls ? 'https' : 'http'}://${urlHost(address)}:${address.port}`,
        close: () => closeServer(server),
        stats: () => ({ createSession: { ...counters.createSession }, sts: { ...counters.sts } }),
        setFaults: (faults) => {
            state.faults.replace(faults);
        },
        setClock: (clock) => {
            state.clock = clock;
        },
        setMaxDurationSeconds: (seconds) => {
            state.profile.maxDurationSeconds = checkMaxDuration(seconds);
        },
    };
}
async function handle(req, res, state, counters) {
    const body = await readBody(req);
    if (body === undefined) {
        sendOutcome(res, state.log, tooLarge(state));
        return;
    }
    const request = {
        method: req.method ?? 'GET',
        target: req.url ?? '/',
        headers: fromRawHeaders(req.rawHeaders),
        body,
    };
    const { path } = splitTarget(request.target);
    if (path === '/sessions' && request.method === 'POST') {
        const limit = state.rateLimit;
        // The quota is enforced before anything is judged, as a front door would.
        if (limit !== undefined && !limit.bucket.take(state.clock().getTime())) {
            counters.createSession.rejected += 1;
            counters.createSession.throttled += 1;
            sendOutcome(res, state.log, throttledOutcome(state.clock(), limit.perSecond));
            return;
        }
        const accepted = await serveCreateSession(request, res, state);
        counters.createSession[accepted ? 'accepted' : 'rejected'] += 1;
    }
    else if (path === '/' && (request.method === 'POST' || request.method === 'GET')) {
        const outcome = handleSts(request, state);
        counters.sts[outcome.accepted ? 'accepted' : 'rejected'] += 1;
        sendOutcome(res, state.log, outcome);
    }
    else {
        sendOutcome(res, state.log, notFound(request, state));
    }
}
function notFound(request, state) {
    const context = newReplyContext(state.clock());
    return {
        reply: jsonErrorReply(404, 'UnknownOperationException', 'Not Found', context),
        verdict: {
            status: 404,
            label: 'UnknownOperationException',
            reason: `no route for ${request.method} ${splitTarget(request.target).path}`,
        },
        accepted: false,
    };
}
function tooLarge(state) {
    const context = newReplyContext(state.clock());
    return {
        reply: jsonErrorReply(413, 'ValidationException', 'Request body too large', context),
        verdict: { status: 413, label: 'ValidationException', reason: 'body over 1 MiB' },
        accepted: false,
    };
}
function internalFailure(res, state, error) {
    const detail = error instanceof Error ? error.message : String(error);
    state.log(formatVerdict({ status: 500, label: 'InternalFailure', reason: `emulator bug: ${detail}` }));
    if (res.headersSent) {
        res.destroy();
        return;
    }
    const context = newReplyContext(state.clock());
    const reply = jsonErrorReply(500, 'InternalFailure', 'The emulator failed.', context);
    res.writeHead(reply.status, reply.headers).end(reply.body);
}
/** The whole body, or undefined when it exceeds MAX_BODY_BYTES. */
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= MAX_BODY_BYTES)
                chunks.push(chunk);
        });
        req.on('end', () => {
            resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks));
        });
        req.on('error', reject);
    });
}
function listen(server, host, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            const address = server.address();
            if (address === null || typeof address === 'string') {
                reject(new Error('The emulator is not listening on a TCP port.'));
                return;
            }
            resolve(address);
        });
    });
}
function urlHost(address) {
    return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
/** Stalled and keep-alive connections would hold close() open forever, so they are cut. */
function closeServer(server) {
    return new Promise((resolve, reject) => {
        if (!server.listening) {
            resolve();
            return;
        }
        server.close((error) => {
            if (error)
                reject(error);
            else
                resolve();
        });
        server.closeAllConnections();
    });
}

// EXTERNAL MODULE: ./src/emulator/pki.ts
var pki = __webpack_require__(3339);
;// CONCATENATED MODULE: ./src/emulator/index.ts
/** The local Roles Anywhere endpoint: strict CreateSession verification, STS, fault injection. */




/***/ }),

/***/ 3339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ PKI_KEY_TYPES),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   createCertificateAuthority: () => (/* binding */ createCertificateAuthority),
/* harmony export */   issueCertificate: () => (/* binding */ issueCertificate),
/* harmony export */   sg: () => (/* reexport safe */ _pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__.sg),
/* harmony export */   wO: () => (/* binding */ signatureAlgorithm)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4723);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9701);
/* harmony import */ var _pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2442);
/**
 * An in-process test PKI: certificate authorities and certificates built with pkijs/asn1js and
 * signed with node:crypto, so tests and the CLI's `demo` command need no openssl binary. EC P-256
 * keys are the default because they are generated in about a millisecond (RSA takes ~100 ms).
 */






const PKI_KEY_TYPES = [
    'rsa',
    'ec-p256',
    'ec-p384',
    'ml-dsa-44',
    'ml-dsa-65',
    'ml-dsa-87',
];
/** RFC 9881: an ML-DSA signature is named by the signing key's parameter set alone. */
const ML_DSA_SIGNATURE_OIDS = {
    'ml-dsa-44': '2.16.840.1.101.3.4.3.17',
    'ml-dsa-65': '2.16.840.1.101.3.4.3.18',
    'ml-dsa-87': '2.16.840.1.101.3.4.3.19',
};
const generateKeyPairAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPair);
const DAY_MS = 86_400_000;
const OID = {
    subjectKeyIdentifier: '2.5.29.14',
    keyUsage: '2.5.29.15',
    subjectAltName: '2.5.29.17',
    basicConstraints: '2.5.29.19',
    authorityKeyIdentifier: '2.5.29.35',
};
const SIGNATURE_OIDS = {
    rsa: {
        'SHA-1': '1.2.840.113549.1.1.5',
        'SHA-256': '1.2.840.113549.1.1.11',
        'SHA-384': '1.2.840.113549.1.1.12',
    },
    ec: {
        'SHA-1': '1.2.840.10045.4.1',
        'SHA-256': '1.2.840.10045.4.3.2',
        'SHA-384': '1.2.840.10045.4.3.3',
    },
};
/** Creates a self-signed root CA (CA:TRUE, keyCertSign + cRLSign). */
async function createCertificateAuthority(options = {}) {
    const keys = await generateKeys(options.keyType ?? 'ec-p256', options.rsaBits);
    const subject = (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDistinguishedName */ .XU)(options.subject ?? 'CN=Test Root CA');
    const now = Date.now();
    return buildCertificate({
        subject,
        issuerName: subject,
        subjectPublicKey: keys.publicKey,
        issuerKey: keys.privateKey,
        issuerKeyId: undefined,
        ownKey: keys.privateKey,
        serial: options.serial ?? (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .randomSerial */ .YG)(),
        notBefore: options.notBefore ?? new Date(now - DAY_MS),
        notAfter: options.notAfter ?? new Date(now + 3650 * DAY_MS),
        isCA: true,
        pathLength: undefined,
        keyUsage: ['keyCertSign', 'cRLSign'],
        hash: options.hash ?? 'SHA-256',
        altNames: [],
    });
}
/** Issues a certificate (leaf by default, intermediate CA with `isCA`) signed by `issuer`. */
async function issueCertificate(issuer, options) {
    const keys = await generateKeys(options.keyType ?? 'ec-p256', options.rsaBits);
    const issuerCertificate = (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(issuer.certificateDer);
    const isCA = options.isCA ?? false;
    const now = Date.now();
    return buildCertificate({
        subject: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDistinguishedName */ .XU)(options.subject),
        issuerName: issuerCertificate.subject,
        subjectPublicKey: keys.publicKey,
        issuerKey: issuer.privateKey,
        issuerKeyId: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdentifier */ .P_)(issuerCertificate),
        ownKey: keys.privateKey,
        serial: options.serial ?? (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .randomSerial */ .YG)(),
        notBefore: options.notBefore ?? new Date(now - DAY_MS),
        notAfter: options.notAfter ?? new Date(now + (isCA ? 1825 : 30) * DAY_MS),
        isCA,
        pathLength: options.pathLength,
        keyUsage: options.keyUsage ?? (isCA ? ['keyCertSign', 'cRLSign'] : ['digitalSignature']),
        hash: options.hash ?? 'SHA-256',
        altNames: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .altNames */ .WM)(options),
    });
}
function buildCertificate(input) {
    const certificate = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Certificate */ .usT();
    certificate.version = 2;
    certificate.serialNumber = new asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Integer */ .jz({ valueHex: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .serialBytes */ .UB)(input.serial) });
    certificate.issuer = input.issuerName;
    certificate.subject = input.subject;
    certificate.notBefore = (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateTime */ .DT)(input.notBefore);
    certificate.notAfter = (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateTime */ .DT)(input.notAfter);
    const spki = input.subjectPublicKey.export({ type: 'spki', format: 'der' });
    certificate.subjectPublicKeyInfo = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .PublicKeyInfo */ .FJ$({ schema: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeDer */ .IY)(spki) });
    certificate.extensions = extensionsFor(input, certificate.subjectPublicKeyInfo);
    signCertificate(certificate, input.issuerKey, input.hash);
    const der = Buffer.from(certificate.toSchema().toBER());
    return {
        certificateDer: der,
        certificatePem: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .toPem */ .sg)('CERTIFICATE', der),
        privateKeyPem: input.ownKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        privateKey: input.ownKey,
        serial: input.serial,
    };
}
function extensionsFor(input, spki) {
    const basicConstraints = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .BasicConstraints */ .N71(input.isCA && input.pathLength !== undefined
        ? { cA: true, pathLenConstraint: input.pathLength }
        : { cA: input.isCA });
    const extensions = [
        extension(OID.basicConstraints, true, basicConstraints.toSchema()),
        extension(OID.subjectKeyIdentifier, false, new asn1js__WEBPACK_IMPORTED_MODULE_4__/* .OctetString */ .lW({ valueHex: (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .ski */ .Iq)(spki) })),
    ];
    if (input.keyUsage.length > 0) {
        extensions.push(extension(OID.keyUsage, true, (0,_pkiEncoding_js__WEBPACK_IMPORTED_MODULE_2__/* .keyUsageBits */ .Xg)(input.keyUsage)));
    }
    if (input.issuerKeyId !== undefined) {
        const aki = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .AuthorityKeyIdentifier */ .qdQ({
            keyIdentifier: new asn1js__WEBPACK_IMPORTED_MODULE_4__/* .OctetString */ .lW({ valueHex: input.issuerKeyId }),
        });
        extensions.push(extension(OID.authorityKeyIdentifier, false, aki.toSchema()));
    }
    if (input.altNames.length > 0) {
        const names = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralNames */ .t0$({ names: [...input.altNames] });
        extensions.push(extension(OID.subjectAltName, false, names.toSchema()));
    }
    return extensions;
}
function extension(extnID, critical, value) {
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Extension */ .YYc({ extnID, critical, extnValue: value.toBER(false) });
}
/** The AlgorithmIdentifier of a signature made by `key` over `hash` (certificates, CRLs). */
function signatureAlgorithm(key, hash) {
    const keyType = key.asymmetricKeyType ?? '';
    // Pure ML-DSA signs the data itself, with no parameters: `hash` does not apply.
    if (isMlDsa(keyType))
        return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .AlgorithmIdentifier */ .NE_({ algorithmId: ML_DSA_SIGNATURE_OIDS[keyType] });
    const family = keyType === 'rsa' ? 'rsa' : 'ec';
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .AlgorithmIdentifier */ .NE_({
        algorithmId: SIGNATURE_OIDS[family][hash],
        ...(family === 'rsa' ? { algorithmParams: new asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Null */ .Uv() } : {}),
    });
}
/** Signs with node:crypto rather than WebCrypto: a WebCrypto RSA key is bound to one hash. */
function signCertificate(certificate, issuerKey, hash) {
    const algorithm = signatureAlgorithm(issuerKey, hash);
    certificate.signature = algorithm;
    certificate.signatureAlgorithm = algorithm;
    certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
    certificate.signatureValue = new asn1js__WEBPACK_IMPORTED_MODULE_4__/* .BitString */ .Rq({
        valueHex: signBytes(certificate.tbsView, issuerKey, hash),
    });
}
/** The signature `signatureAlgorithm(key, hash)` names, over `data` (certificates, CRLs). */
function signBytes(data, key, hash) {
    if (isMlDsa(key.asymmetricKeyType ?? ''))
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(hash.replace('-', '').toLowerCase(), data, { key, dsaEncoding: 'der' });
}
async function generateKeys(keyType, rsaBits = 2048) {
    switch (keyType) {
        case 'rsa':
            return generateKeyPairAsync('rsa', { modulusLength: rsaBits });
        case 'ec-p256':
            return generateKeyPairAsync('ec', { namedCurve: 'P-256' });
        case 'ec-p384':
            return generateKeyPairAsync('ec', { namedCurve: 'P-384' });
        case 'ml-dsa-44':
        case 'ml-dsa-65':
        case 'ml-dsa-87':
            return generateMlDsaKeys(keyType);
    }
}
function isMlDsa(keyType) {
    return Object.hasOwn(ML_DSA_SIGNATURE_OIDS, keyType);
}
/** Node 24 (OpenSSL 3.5) makes ML-DSA keys; the Node 20 type names do not list them yet. */
function generateMlDsaKeys(keyType) {
    const generate = generateKeyPairAsync;
    return generate(keyType).catch((error) => {
        throw new Error(`${keyType.toUpperCase()} keys need Node.js 24 or later; this is Node.js ${process.versions.node}`, { cause: error });
    });
}


/***/ }),

/***/ 2442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ certificateTime),
/* harmony export */   IY: () => (/* binding */ decodeDer),
/* harmony export */   Iq: () => (/* binding */ ski),
/* harmony export */   P_: () => (/* binding */ keyIdentifier),
/* harmony export */   UB: () => (/* binding */ serialBytes),
/* harmony export */   WM: () => (/* binding */ altNames),
/* harmony export */   XU: () => (/* binding */ parseDistinguishedName),
/* harmony export */   Xg: () => (/* binding */ keyUsageBits),
/* harmony export */   YG: () => (/* binding */ randomSerial),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   sg: () => (/* binding */ toPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4723);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9701);
/**
 * DER building blocks for the test PKI: names, key usage bits, key identifiers, times, serials
 * and PEM armour.
 */




const OID_COUNTRY = '2.5.4.6';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_KEY_IDENTIFIER = '2.5.29.14';
const NAME_ATTRIBUTES = {
    CN: OID_COMMON_NAME,
    O: '2.5.4.10',
    OU: '2.5.4.11',
    C: OID_COUNTRY,
    L: '2.5.4.7',
    ST: '2.5.4.8',
};
const KEY_USAGE_BITS = {
    digitalSignature: 0,
    keyCertSign: 5,
    cRLSign: 6,
};
/**
 * Parses `CN=a, O=b` into a Name with one attribute per RDN, as OpenSSL writes them (pkijs alone
 * would put every attribute into a single multi-valued RDN).
 */
function parseDistinguishedName(text) {
    const rdns = text.split(',').map((part) => {
        const [key = '', ...rest] = part.split('=');
        const type = NAME_ATTRIBUTES[key.trim().toUpperCase()];
        const value = rest.join('=').trim();
        if (type === undefined || value === '') {
            throw new Error(`Unsupported distinguished name part '${part.trim()}' in '${text}'.`);
        }
        // Country names must be PrintableString (RFC 5280 appendix A).
        const encoded = type === OID_COUNTRY
            ? new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .PrintableString */ .Hx({ value })
            : new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .Utf8String */ .Jn({ value });
        const attribute = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .AttributeTypeAndValue */ .Tjk({ type, value: encoded });
        return new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .Set */ .NZ({ value: [attribute.toSchema()] });
    });
    const der = new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .Sequence */ .gd({ value: rdns }).toBER();
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .RelativeDistinguishedNames */ .BQ({ schema: decodeDer(new Uint8Array(der)) });
}
function altNames(options) {
    const dns = (options.dnsNames ?? []).map((value) => new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralName */ .QHW({ type: 2, value }));
    const ips = (options.ipAddresses ?? []).map((value) => new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralName */ .QHW({
        type: 7,
        value: new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .OctetString */ .lW({ valueHex: ipBytes(value) }),
    }));
    const uris = (options.uris ?? []).map((value) => new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .GeneralName */ .QHW({ type: 6, value }));
    return [...dns, ...uris, ...ips];
}
function ipBytes(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(address) === 4)
        return Uint8Array.from(address.split('.').map(Number));
    if (address === '::1')
        return Uint8Array.from([...new Array(15).fill(0), 1]);
    throw new Error(`Only IPv4 addresses and ::1 are supported in subjectAltName, got '${address}'.`);
}
function keyUsageBits(usages) {
    let byte = 0;
    for (const usage of usages)
        byte |= 0x80 >> KEY_USAGE_BITS[usage];
    // DER wants the unused trailing bits counted (X.690 11.2.2).
    let unusedBits = 0;
    while (unusedBits < 7 && (byte & (1 << unusedBits)) === 0)
        unusedBits += 1;
    return new asn1js__WEBPACK_IMPORTED_MODULE_2__/* .BitString */ .Rq({ valueHex: Uint8Array.from([byte]), unusedBits });
}
/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function ski(spki) {
    const bits = spki.subjectPublicKey.valueBlock.valueHexView;
    return Uint8Array.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(bits).digest()).buffer;
}
function keyIdentifier(certificate) {
    const existing = certificate.extensions?.find((e) => e.extnID === OID_SUBJECT_KEY_IDENTIFIER);
    if (existing === undefined)
        return ski(certificate.subjectPublicKeyInfo);
    const decoded = decodeDer(existing.extnValue.valueBlock.valueHexView);
    if (!(decoded instanceof asn1js__WEBPACK_IMPORTED_MODULE_2__/* .OctetString */ .lW))
        return ski(certificate.subjectPublicKeyInfo);
    return decoded.getValue();
}
function certificateTime(date) {
    // RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
    const type = date.getUTCFullYear() < 2050 ? pkijs__WEBPACK_IMPORTED_MODULE_3__/* .TimeType */ .W2l.UTCTime : pkijs__WEBPACK_IMPORTED_MODULE_3__/* .TimeType */ .W2l.GeneralizedTime;
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Time */ .gXL({ type, value: new Date(Math.floor(date.getTime() / 1000) * 1000) });
}
function serialBytes(serial) {
    if (serial < 0n || serial >= 1n << 160n) {
        throw new Error('A certificate serial must be between 0 and 2^160 - 1 (RFC 5280 4.1.2.2).');
    }
    let hex = serial.toString(16);
    if (hex.length % 2 === 1)
        hex = `0${hex}`;
    // A leading 0x00 keeps a serial whose top bit is set positive in two's complement.
    if (parseInt(hex.slice(0, 2), 16) >= 0x80)
        hex = `00${hex}`;
    return Uint8Array.from(Buffer.from(hex, 'hex'));
}
function randomSerial() {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
    return BigInt(`0x${bytes.toString('hex')}`);
}
function parseCertificate(der) {
    return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Certificate */ .usT({ schema: decodeDer(der) });
}
function decodeDer(der) {
    const decoded = asn1js__WEBPACK_IMPORTED_MODULE_2__/* .fromBER */ .mH(der);
    if (decoded.offset === -1)
        throw new Error('Invalid DER data.');
    return decoded.result;
}
function toPem(label, der) {
    const lines = Buffer.from(der)
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}


/***/ })

};
;