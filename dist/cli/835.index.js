"use strict";
exports.id = 835;
exports.ids = [835];
exports.modules = {

/***/ 8196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ isUniversal),
/* harmony export */   FY: () => (/* binding */ bitString),
/* harmony export */   Hh: () => (/* binding */ algorithmIdentifier),
/* harmony export */   K2: () => (/* binding */ sequence),
/* harmony export */   KB: () => (/* binding */ implicitOctets),
/* harmony export */   YO: () => (/* binding */ smallInteger),
/* harmony export */   Yt: () => (/* binding */ elements),
/* harmony export */   aE: () => (/* binding */ isContext),
/* harmony export */   dC: () => (/* binding */ bigInteger),
/* harmony export */   dS: () => (/* binding */ encoded),
/* harmony export */   hZ: () => (/* binding */ set),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   mn: () => (/* binding */ Asn1Error),
/* harmony export */   pc: () => (/* binding */ explicit),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   vw: () => (/* binding */ Tag),
/* harmony export */   xv: () => (/* binding */ parseDerList),
/* harmony export */   zE: () => (/* binding */ parseDer),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/** A structural problem in DER/BER data. The message names the field, never its bytes. */
class Asn1Error extends Error {
    name = 'Asn1Error';
}
const UNIVERSAL = 0;
const CONTEXT = 2;
const Tag = {
    boolean: 1,
    integer: 2,
    bitString: 3,
    octetString: 4,
    null: 5,
    oid: 6,
    utf8String: 12,
    sequence: 16,
    set: 17,
    utcTime: 23,
    generalizedTime: 24,
    universalString: 28,
    bmpString: 30,
};
// Certificates and PKCS#12 files are far below these; the limits keep hostile input from turning
// the parser into a memory or CPU sink. Contents of OCTET and BIT STRINGs are parsed only when a
// reader asks, never speculatively.
const MAX_DEPTH = 64;
const MAX_NODES = 20_000;
const malformed = () => new Asn1Error('malformed ASN.1');
function byteAt(bytes, offset, end) {
    if (offset >= end)
        throw malformed();
    return bytes[offset] ?? 0;
}
function readIdentifier(bytes, offset, end) {
    let at = offset;
    const identifier = byteAt(bytes, at++, end);
    let tagNumber = identifier & 0x1f;
    if (tagNumber === 0x1f) {
        tagNumber = 0;
        for (let more = true, count = 0; more; count++) {
            if (count === 4)
                throw new Asn1Error('ASN.1 tag number too large');
            const octet = byteAt(bytes, at++, end);
            tagNumber = tagNumber * 128 + (octet & 0x7f);
            more = (octet & 0x80) !== 0;
        }
    }
    return { tagClass: identifier >> 6, tagNumber, constructed: (identifier & 0x20) !== 0, next: at };
}
/** The element that starts at `offset` and ends at or before `end`, and where the next starts. */
function readElement(bytes, offset, end, depth, budget) {
    if (depth > MAX_DEPTH)
        throw new Asn1Error('ASN.1 nested too deeply');
    if (++budget.nodes > MAX_NODES)
        throw new Asn1Error('too many ASN.1 elements');
    const { tagClass, tagNumber, constructed, next: lengthAt } = readIdentifier(bytes, offset, end);
    let at = lengthAt;
    const first = byteAt(bytes, at++, end);
    const children = [];
    const child = (from, until) => {
        const read = readElement(bytes, from, until, depth + 1, budget);
        children.push(read.node);
        return read.next;
    };
    const element = (contentStart, contentEnd, next) => ({
        node: {
            tagClass,
            tagNumber,
            constructed,
            encoded: bytes.subarray(offset, next),
            content: bytes.subarray(contentStart, contentEnd),
            children,
        },
        next,
    });
    if (first === 0x80) {
        // BER's indefinite length (PKCS#12 files from some tools): elements until two zero octets.
        if (!constructed)
            throw malformed();
        const start = at;
        while (byteAt(bytes, at, end) !== 0 || byteAt(bytes, at + 1, end) !== 0)
            at = child(at, end);
        return element(start, at, at + 2);
    }
    let length = first;
    if (first > 0x80) {
        const count = first & 0x7f;
        if (count > 4)
            throw new Asn1Error('ASN.1 length too large');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + byteAt(bytes, at++, end);
    }
    const contentEnd = at + length;
    if (contentEnd > end)
        throw malformed();
    for (let from = at; constructed && from < contentEnd;)
        from = child(from, contentEnd);
    return element(at, contentEnd, contentEnd);
}
/** Parses exactly one DER/BER element that spans all of `bytes`. */
function parseDer(bytes, what) {
    const { node, next } = readElement(bytes, 0, bytes.length, 0, { nodes: 0 });
    if (next !== bytes.length)
        throw new Asn1Error(`${what} has trailing data`);
    return node;
}
/** Parses back-to-back DER elements, as in a file of concatenated DER certificates. */
function parseDerList(bytes) {
    const nodes = [];
    const budget = { nodes: 0 };
    for (let offset = 0; offset < bytes.length;) {
        const { node, next } = readElement(bytes, offset, bytes.length, 0, budget);
        nodes.push(node);
        offset = next;
    }
    return nodes;
}
function isUniversal(node, tag) {
    return node?.tagClass === UNIVERSAL && node.tagNumber === tag;
}
function isContext(node, tag) {
    return node?.tagClass === CONTEXT && node.tagNumber === tag;
}
/** The elements of a constructed node (SEQUENCE, SET or a constructed context tag). */
function elements(node) {
    return node.children;
}
function sequence(node, what) {
    if (node === undefined || !isUniversal(node, Tag.sequence)) {
        throw new Asn1Error(`${what} is not a SEQUENCE`);
    }
    return elements(node);
}
function set(node, what) {
    if (node === undefined || !isUniversal(node, Tag.set)) {
        throw new Asn1Error(`${what} is not a SET`);
    }
    return elements(node);
}
// Real OIDs are tens of octets; a UUID arc (2.25.…) is 19. The bounds keep a hostile OID from
// costing quadratic bigint work.
const MAX_OID_OCTETS = 256;
const MAX_ARC_OCTETS = 20;
/** Dotted decimal; arcs past 2^53 are read as bigints, as UUID-based OIDs (2.25.…) need. */
function oid(node, what) {
    const notAnOid = () => new Asn1Error(`${what} is not an OBJECT IDENTIFIER`);
    if (node === undefined || !isUniversal(node, Tag.oid) || node.constructed)
        throw notAnOid();
    if (node.content.length > MAX_OID_OCTETS)
        throw new Asn1Error(`${what} is too long`);
    const arcs = [];
    let arc = 0n;
    let octets = 0;
    for (const octet of node.content) {
        if (octets === 0 && octet === 0x80)
            throw notAnOid();
        if (++octets > MAX_ARC_OCTETS)
            throw new Asn1Error(`${what} is too long`);
        arc = (arc << 7n) | BigInt(octet & 0x7f);
        if ((octet & 0x80) === 0) {
            arcs.push(arc);
            arc = 0n;
            octets = 0;
        }
    }
    const [head, ...rest] = arcs;
    if (head === undefined || octets !== 0)
        throw notAnOid();
    const top = head < 40n ? 0n : head < 80n ? 1n : 2n;
    return [top, head - top * 40n, ...rest].join('.');
}
/** Primitive content bytes, concatenating the segments of a BER constructed encoding. */
function contentBytes(node, what, depth = 0) {
    if (depth > 8)
        throw new Asn1Error(`${what} is nested too deeply`);
    if (!node.constructed)
        return node.content;
    return Buffer.concat(node.children.map((part) => contentBytes(part, what, depth + 1)));
}
function octets(node, what) {
    if (node === undefined || !isUniversal(node, Tag.octetString)) {
        throw new Asn1Error(`${what} is not an OCTET STRING`);
    }
    return contentBytes(node, what);
}
/** The content of an IMPLICIT-tagged OCTET STRING such as `encryptedContent [0]`. */
function implicitOctets(node, tag, what) {
    if (node === undefined || !isContext(node, tag)) {
        throw new Asn1Error(`${what} is missing`);
    }
    return contentBytes(node, what);
}
/** The single element inside an EXPLICIT context tag such as `[0] EXPLICIT`. */
function explicit(node, tag, what) {
    if (node === undefined || !isContext(node, tag) || !node.constructed) {
        throw new Asn1Error(`${what} is missing`);
    }
    const [inner] = node.children;
    if (inner === undefined)
        throw new Asn1Error(`${what} is empty`);
    return inner;
}
// Serial numbers are at most 20 octets (RFC 5280); versions and counts a few. The bound keeps a
// hostile INTEGER from costing quadratic bigint work.
const MAX_INTEGER_OCTETS = 64;
/** A two's-complement INTEGER as a bigint. */
function bigInteger(node, what) {
    if (node === undefined || !isUniversal(node, Tag.integer) || node.constructed) {
        throw new Asn1Error(`${what} is not an INTEGER`);
    }
    const bytes = node.content;
    if (bytes.length === 0)
        throw new Asn1Error(`${what} is an empty INTEGER`);
    if (bytes.length > MAX_INTEGER_OCTETS)
        throw new Asn1Error(`${what} is too long`);
    const value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
    const first = bytes[0] ?? 0;
    return first & 0x80 ? value - (1n << BigInt(bytes.length * 8)) : value;
}
/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
function smallInteger(node, what, max) {
    const value = bigInteger(node, what);
    if (value < 0n || value > BigInt(max))
        throw new Asn1Error(`${what} is out of range`);
    return Number(value);
}
function bitString(node, what) {
    if (node === undefined || !isUniversal(node, Tag.bitString)) {
        throw new Asn1Error(`${what} is not a BIT STRING`);
    }
    // A BER constructed BIT STRING: each segment has its own unused-bits octet; the last one's counts.
    const segments = node.constructed ? node.children : [node];
    const parts = segments.map((segment) => contentBytes(segment, what));
    const unusedBits = parts.at(-1)?.[0];
    if (unusedBits === undefined || unusedBits > 7)
        throw new Asn1Error(`${what} is not a BIT STRING`);
    return { bytes: Buffer.concat(parts.map((part) => part.subarray(1))), unusedBits };
}
function boolean(node) {
    if (!isUniversal(node, Tag.boolean) || node.constructed || node.content.length !== 1)
        return undefined;
    return node.content[0] !== 0;
}
const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(?:[.,](\d{1,9}))?(Z|[+-]\d{4})?$/;
function utcDate(parts, zone, fraction = '') {
    const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? '0'));
    const ms = Math.round(Number(`0.${fraction || '0'}`) * 1000);
    let value = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, ms);
    if (zone !== undefined && zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        value -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
    }
    return new Date(value);
}
/** UTCTime or GeneralizedTime as a Date; a GeneralizedTime without a zone is read as UTC. */
function time(node, what) {
    if (node !== undefined && node.tagClass === UNIVERSAL && !node.constructed) {
        const text = Buffer.from(node.content).toString('latin1');
        if (node.tagNumber === Tag.utcTime) {
            const m = UTC_TIME.exec(text);
            if (m) {
                const yy = Number(m[1]);
                const date = utcDate([String(yy >= 50 ? 1900 + yy : 2000 + yy), ...m.slice(2, 7)], m[7]);
                if (!Number.isNaN(date.getTime()))
                    return date;
            }
        }
        if (node.tagNumber === Tag.generalizedTime) {
            const m = GENERALIZED_TIME.exec(text);
            if (m) {
                const date = utcDate(m.slice(1, 7), m[8], m[7]);
                if (!Number.isNaN(date.getTime()))
                    return date;
            }
        }
    }
    throw new Asn1Error(`${what} is not a valid time`);
}
/** The exact encoded bytes of an element, header included. */
function encoded(node) {
    return node.encoded;
}
/** Universal string types decoded a byte per character, as X.680 defines their repertoires. */
const BYTE_STRINGS = new Set([7, 18, 19, 20, 21, 22, 25, 26, 27, 29]);
/** The text of a directory string (UTF8String, PrintableString, BMPString, ...), if it is one. */
function stringValue(node) {
    if (node.tagClass !== UNIVERSAL)
        return undefined;
    const tag = node.tagNumber;
    if (tag !== Tag.utf8String &&
        tag !== Tag.bmpString &&
        tag !== Tag.universalString &&
        !BYTE_STRINGS.has(tag))
        return undefined;
    const bytes = Buffer.from(contentBytes(node, 'string'));
    if (tag === Tag.utf8String)
        return bytes.toString('utf8');
    if (tag === Tag.bmpString) {
        const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
        return swapped.swap16().toString('utf16le');
    }
    if (tag === Tag.universalString) {
        const points = [];
        for (let i = 0; i + 4 <= bytes.length; i += 4)
            points.push(bytes.readUInt32BE(i));
        return points
            .map((point) => (point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd'))
            .join('');
    }
    return bytes.toString('latin1');
}
function algorithmIdentifier(node, what) {
    const [id, parameters] = sequence(node, what);
    return { oid: oid(id, `${what} algorithm`), parameters };
}


/***/ }),

/***/ 6821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ certificateFacts),
  g: () => (/* binding */ verifiesWith)
});

// EXTERNAL MODULE: ./src/core/material/asn1.ts
var asn1 = __webpack_require__(8196);
// EXTERNAL MODULE: ./src/core/material/oids.ts
var oids = __webpack_require__(2588);
// EXTERNAL MODULE: ./src/core/material/materialError.ts
var materialError = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/core/material/distinguishedName.ts



/**
 * A distinguished name as one short line in encoding order, e.g. "CN=ci-runner, O=Example",
 * the way people read it off `openssl x509 -subject`. Values come from certificates the user
 * chose, so they are made single-line before they can reach a message.
 */
function formatName(name) {
    return (0,asn1/* sequence */.K2)(name, 'Name')
        .map((rdn) => (0,asn1/* set */.hZ)(rdn, 'RelativeDistinguishedName')
        .map((attribute) => {
        const [typeNode, valueNode] = (0,asn1/* sequence */.K2)(attribute, 'AttributeTypeAndValue');
        const type = (0,asn1/* oid */.jq)(typeNode, 'attribute type');
        return `${oids/* NAME_ATTRIBUTE_OIDS */.Dc[type] ?? type}=${formatValue(valueNode)}`;
    })
        .join(' + '))
        .join(', ');
}
function formatValue(node) {
    if (node === undefined)
        return '';
    const text = (0,asn1/* stringValue */.r$)(node);
    if (text === undefined)
        return `#${Buffer.from((0,asn1/* encoded */.dS)(node)).toString('hex')}`;
    return (0,materialError/* oneLine */.TN)(text).replace(/([,+\\])/g, '\\$1');
}

// EXTERNAL MODULE: ./src/core/material/keyDescription.ts
var keyDescription = __webpack_require__(3358);
// EXTERNAL MODULE: ./src/core/material/mlDsa.ts
var mlDsa = __webpack_require__(1482);
;// CONCATENATED MODULE: ./src/core/material/certificateFacts.ts





// RFC 5280 section 4.2.1.3, bit 0 first.
const KEY_USAGE_BITS = [
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
function certificateFacts(cert) {
    const key = publicKeyFacts(cert);
    const parsed = readTbs(cert.raw);
    if (parsed === undefined)
        return fallbackFacts(cert, key);
    const { subjectDer, issuerDer, ...facts } = parsed;
    return {
        ...facts,
        keyType: key.type,
        keyDescription: key.description,
        selfSigned: subjectDer.equals(issuerDer) && verifiesWith(cert, cert),
    };
}
function readTbs(der) {
    try {
        const [tbsNode, signatureAlgorithmNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'Certificate'), 'Certificate');
        const tbs = (0,asn1/* sequence */.K2)(tbsNode, 'TBSCertificate');
        const start = (0,asn1/* isContext */.aE)(tbs[0], 0) ? 1 : 0;
        const field = (offset) => tbs[start + offset];
        const issuerNode = field(2);
        const subjectNode = field(4);
        if (issuerNode === undefined || subjectNode === undefined)
            return undefined;
        const [notBeforeNode, notAfterNode] = (0,asn1/* sequence */.K2)(field(3), 'Validity');
        const extensions = readExtensions(tbs.find((node) => (0,asn1/* isContext */.aE)(node, 3)));
        const keyUsage = extensions.get(oids/* OID */.Vx.keyUsage);
        const usage = keyUsage === undefined ? undefined : keyUsageNames(keyUsage);
        const basicConstraints = extensions.get(oids/* OID */.Vx.basicConstraints);
        return {
            serialDecimal: (0,asn1/* bigInteger */.dC)(field(0), 'serialNumber').toString(10),
            subject: formatName(subjectNode),
            issuer: formatName(issuerNode),
            subjectDer: Buffer.from((0,asn1/* encoded */.dS)(subjectNode)),
            issuerDer: Buffer.from((0,asn1/* encoded */.dS)(issuerNode)),
            notBefore: (0,asn1/* time */.kB)(notBeforeNode, 'notBefore'),
            notAfter: (0,asn1/* time */.kB)(notAfterNode, 'notAfter'),
            version: start === 1 ? Number((0,asn1/* bigInteger */.dC)((0,asn1/* explicit */.pc)(tbs[0], 0, 'version'), 'version')) + 1 : 1,
            isCA: isCertificateAuthority(basicConstraints),
            hasBasicConstraints: basicConstraints !== undefined,
            digitalSignature: usage === undefined ? undefined : usage.includes('digitalSignature'),
            keyUsage: usage,
            signatureHash: signatureHash(signatureAlgorithmNode),
        };
    }
    catch {
        return undefined;
    }
}
/** Extension values (the DER inside extnValue) by OID. */
function readExtensions(node) {
    const found = new Map();
    if (node === undefined)
        return found;
    for (const extension of (0,asn1/* sequence */.K2)((0,asn1/* explicit */.pc)(node, 3, 'extensions'), 'Extensions')) {
        const parts = (0,asn1/* sequence */.K2)(extension, 'Extension');
        const value = parts[parts.length - 1];
        found.set((0,asn1/* oid */.jq)(parts[0], 'extnID'), (0,asn1/* octets */.tu)(value, 'extnValue'));
    }
    return found;
}
function keyUsageNames(value) {
    const { bytes, unusedBits } = (0,asn1/* bitString */.FY)((0,asn1/* parseDer */.zE)(value, 'keyUsage'), 'keyUsage');
    const bitCount = bytes.length * 8 - unusedBits;
    return KEY_USAGE_BITS.filter((_, bit) => {
        if (bit >= bitCount)
            return false;
        return ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0;
    });
}
function isCertificateAuthority(value) {
    if (value === undefined)
        return false;
    const [first] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(value, 'basicConstraints'), 'basicConstraints');
    return (0,asn1/* boolean */.zM)(first) === true;
}
function signatureHash(node) {
    const algorithm = (0,asn1/* algorithmIdentifier */.Hh)(node, 'signatureAlgorithm');
    if (algorithm.oid !== oids/* OID */.Vx.rsassaPss)
        return oids/* SIGNATURE_HASH_OIDS */.Mu[algorithm.oid] ?? 'unknown';
    // RFC 4055: RSASSA-PSS-params start with [0] hashAlgorithm, DEFAULT sha1.
    const parameters = algorithm.parameters;
    const hashNode = parameters === undefined ? undefined : (0,asn1/* elements */.Yt)(parameters).find((part) => (0,asn1/* isContext */.aE)(part, 0));
    if (hashNode === undefined)
        return 'SHA-1';
    const hash = oids/* DIGEST_OIDS */.Dy[(0,asn1/* algorithmIdentifier */.Hh)((0,asn1/* explicit */.pc)(hashNode, 0, 'hash'), 'hash').oid];
    const labels = {
        md5: 'MD5',
        sha1: 'SHA-1',
        sha224: 'SHA-224',
        sha256: 'SHA-256',
        sha384: 'SHA-384',
        sha512: 'SHA-512',
    };
    return hash === undefined ? 'unknown' : labels[hash];
}
function publicKeyFacts(cert) {
    try {
        return (0,keyDescription/* describeKey */.R)(cert.publicKey);
    }
    catch {
        // A Node before 24 cannot load an ML-DSA public key, but the DER still names it.
        const parameterSet = spkiParameterSet(cert.raw);
        if (parameterSet === undefined)
            return { type: 'unknown', description: 'unknown key type' };
        return { type: mlDsaKeyType(parameterSet), description: parameterSet };
    }
}
function spkiParameterSet(der) {
    try {
        const [tbsNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'Certificate'), 'Certificate');
        const tbs = (0,asn1/* sequence */.K2)(tbsNode, 'TBSCertificate');
        const spki = tbs[(0,asn1/* isContext */.aE)(tbs[0], 0) ? 6 : 5];
        return spki === undefined ? undefined : (0,mlDsa/* mlDsaParameterSetOf */.Oy)((0,asn1/* encoded */.dS)(spki));
    }
    catch {
        return undefined;
    }
}
function mlDsaKeyType(parameterSet) {
    switch (parameterSet) {
        case 'ML-DSA-44':
            return 'ml-dsa-44';
        case 'ML-DSA-65':
            return 'ml-dsa-65';
        case 'ML-DSA-87':
            return 'ml-dsa-87';
    }
}
/** Whether `child` carries a valid signature by `issuer`'s key. */
function verifiesWith(child, issuer) {
    try {
        return child.verify(issuer.publicKey);
    }
    catch {
        return false;
    }
}
/** When the DER defeats our reader but not OpenSSL, report what Node itself can tell. */
function fallbackFacts(cert, key) {
    const serialHex = /^[0-9A-Fa-f]+$/.test(cert.serialNumber) ? cert.serialNumber : '0';
    const line = (name) => name.split('\n').join(', ');
    return {
        serialDecimal: BigInt(`0x${serialHex}`).toString(10),
        subject: line(cert.subject),
        issuer: line(cert.issuer),
        notBefore: new Date(cert.validFrom),
        notAfter: new Date(cert.validTo),
        version: undefined,
        isCA: cert.ca,
        hasBasicConstraints: undefined,
        digitalSignature: undefined,
        keyUsage: undefined,
        signatureHash: 'unknown',
        keyType: key.type,
        keyDescription: key.description,
        selfSigned: cert.subject === cert.issuer && verifiesWith(cert, cert),
    };
}


/***/ }),

/***/ 8580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ assertSupportedKey),
/* harmony export */   VG: () => (/* binding */ checkValidity),
/* harmony export */   jg: () => (/* binding */ checkEndEntity),
/* harmony export */   ls: () => (/* binding */ identify)
/* harmony export */ });
/* unused harmony export humanDuration */
/* harmony import */ var _endEntityRules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var _keyDescription_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3358);
/* harmony import */ var _materialError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1552);
/* harmony import */ var _rfc3339_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4376);




/**
 * The checks worth making before any network call, each with its own message, so a user learns
 * about an expired certificate or a DSA key here rather than from an opaque AccessDenied.
 * See https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 */
// Roles Anywhere signs with AWS4-X509-RSA-SHA256, AWS4-X509-ECDSA-SHA256 or AWS4-X509-MLDSA.
const DOCUMENTED_CURVES = new Set(['P-256', 'P-384']);
const ACCEPTED_CURVES = new Set(['P-256', 'P-384', 'P-521']);
function assertSupportedKey(key, input) {
    const described = (0,_keyDescription_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKey */ .R)(key);
    const unsupported = (why) => (0,_materialError_js__WEBPACK_IMPORTED_MODULE_2__/* .materialError */ .sO)('ERR_KEY_UNSUPPORTED', input, `${input} holds a key of type ${described.description}, which ${why}; Roles Anywhere signs ` +
        `with RSA (2048 to 4096 bits), EC P-256/P-384 or ML-DSA-44/65/87 keys. Issue a ` +
        `certificate for such a key.`);
    if (described.type === 'rsa') {
        const bits = described.bits ?? 0;
        if (bits < 2048)
            throw unsupported('is too short');
        const notes = bits > 4096
            ? [`${input} is ${described.description}; Roles Anywhere documents RSA up to 4096 bits.`]
            : [];
        return { keyType: 'rsa', notes };
    }
    if (described.type === 'ec') {
        const curve = described.curve ?? '';
        if (!ACCEPTED_CURVES.has(curve))
            throw unsupported('uses an unsupported curve');
        const notes = DOCUMENTED_CURVES.has(curve)
            ? []
            : [`${input} is ${described.description}; Roles Anywhere documents P-256 and P-384.`];
        return { keyType: 'ec', notes };
    }
    if (described.type === 'ml-dsa-44' ||
        described.type === 'ml-dsa-65' ||
        described.type === 'ml-dsa-87') {
        return { keyType: 'ml-dsa', notes: [] };
    }
    throw unsupported('cannot sign Roles Anywhere requests');
}
/** "subject CN=ci-runner, serial 99058066522113", to say which certificate a message means. */
function identify(facts) {
    const subject = facts.subject === '' ? '(empty subject)' : facts.subject;
    return `subject ${subject}, serial ${facts.serialDecimal}`;
}
function checkValidity(facts, now, input) {
    if (now.getTime() > facts.notAfter.getTime()) {
        throw (0,_materialError_js__WEBPACK_IMPORTED_MODULE_2__/* .materialError */ .sO)('ERR_CERT_EXPIRED', input, `${input} (${identify(facts)}) expired on ${(0,_rfc3339_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .a)(facts.notAfter)}, ` +
            `${humanDuration(now.getTime() - facts.notAfter.getTime())} ago; issue a new certificate.`);
    }
    if (now.getTime() < facts.notBefore.getTime()) {
        throw (0,_materialError_js__WEBPACK_IMPORTED_MODULE_2__/* .materialError */ .sO)('ERR_CERT_NOT_YET_VALID', input, `${input} (${identify(facts)}) is not valid until ${(0,_rfc3339_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .a)(facts.notBefore)}, ` +
            `${humanDuration(facts.notBefore.getTime() - now.getTime())} from now; ` +
            `check this machine's clock or wait until then.`);
    }
}
/**
 * The end-entity rules (endEntityRules.ts) before any call: the first error is thrown with its
 * own code; the warnings come back for the front end to show once.
 */
function checkEndEntity(facts, input, chainInput) {
    const verdicts = (0,_endEntityRules_js__WEBPACK_IMPORTED_MODULE_0__/* .endEntityVerdicts */ .j)(facts, {
        certificate: input,
        intermediates: chainInput,
        identity: identify(facts),
    });
    const error = verdicts.find((verdict) => verdict.level === 'error');
    if (error?.level === 'error')
        throw (0,_materialError_js__WEBPACK_IMPORTED_MODULE_2__/* .materialError */ .sO)(error.code, input, error.message);
    return verdicts;
}
const UNITS = [
    ['year', 365 * 24 * 3600 * 1000],
    ['day', 24 * 3600 * 1000],
    ['hour', 3600 * 1000],
    ['minute', 60 * 1000],
    ['second', 1000],
];
/** "1 day", "3 hours", "2 years": the largest unit that fits, which is what people ask. */
function humanDuration(milliseconds) {
    for (const [unit, size] of UNITS) {
        const count = Math.floor(milliseconds / size);
        if (count >= 1)
            return `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
    return 'less than a second';
}


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ judgeEndEntity),
/* harmony export */   j: () => (/* binding */ endEntityVerdicts)
/* harmony export */ });
const ADD_BASIC_CONSTRAINTS = '-addext basicConstraints=critical,CA:FALSE';
const ADD_KEY_USAGE = '-addext keyUsage=critical,digitalSignature';
const version = (facts, { certificate, identity }) => {
    if (facts.version === undefined)
        return undefined;
    if (facts.version === 3)
        return { rule: 'X.509 version', passed: 'X.509 v3' };
    return {
        rule: 'X.509 version',
        verdict: {
            level: 'error',
            code: 'ERR_CERT_VERSION',
            rule: 'X.509 version',
            message: `${certificate} (${identity}) is an X.509 v${facts.version} certificate, which carries no ` +
                `extensions; Roles Anywhere needs a v3 certificate with basicConstraints CA:FALSE and ` +
                `keyUsage digitalSignature. Reissue it as v3, with openssl: ${ADD_BASIC_CONSTRAINTS} ${ADD_KEY_USAGE}.`,
            cause: `the certificate is X.509 v${facts.version}, and Roles Anywhere needs v3: reissue it`,
        },
    };
};
/** Only meaningful on a v3 certificate: a v1 one has no extensions and fails `version`. */
const isV3 = (facts) => facts.version === undefined || facts.version === 3;
const basicConstraints = (facts, { certificate, intermediates, identity }) => {
    if (facts.isCA) {
        return {
            rule: 'basic constraints',
            verdict: {
                level: 'error',
                code: 'ERR_CERT_IS_CA',
                rule: 'basic constraints',
                message: `${certificate} (${identity}) is a CA certificate (basicConstraints CA:TRUE), but Roles ` +
                    `Anywhere needs the end-entity certificate; give the workload's own certificate in ` +
                    `${certificate} and CA certificates in ${intermediates}.`,
                cause: 'the certificate is a CA certificate (CA:TRUE), not an end-entity one',
            },
        };
    }
    if (!isV3(facts) || facts.hasBasicConstraints === undefined)
        return undefined;
    if (facts.hasBasicConstraints)
        return { rule: 'basic constraints', passed: 'CA:FALSE' };
    return {
        rule: 'basic constraints',
        verdict: {
            level: 'warning',
            code: 'WARN_CERT_NO_BASIC_CONSTRAINTS',
            rule: 'basic constraints',
            message: `${certificate} (${identity}) has no basicConstraints extension; AWS documents that the ` +
                `end-entity certificate must have basic constraints with CA:FALSE, so Roles Anywhere may ` +
                `refuse it. Reissue it with openssl's ${ADD_BASIC_CONSTRAINTS}.`,
            cause: `the certificate has no basicConstraints extension, which AWS documents as required (reissue with ${ADD_BASIC_CONSTRAINTS})`,
        },
    };
};
const keyUsage = (facts, { certificate, identity }) => {
    if (facts.digitalSignature === false) {
        const found = facts.keyUsage?.length ? facts.keyUsage.join(', ') : 'no bits';
        return {
            rule: 'key usage',
            verdict: {
                level: 'error',
                code: 'ERR_CERT_KEY_USAGE',
                rule: 'key usage',
                message: `${certificate} (${identity}) has a keyUsage extension without digitalSignature ` +
                    `(found: ${found}); reissue the certificate with keyUsage digitalSignature ` +
                    `(openssl: ${ADD_KEY_USAGE}).`,
                cause: `the certificate's keyUsage lacks digitalSignature (found: ${found})`,
            },
        };
    }
    if (!isV3(facts))
        return undefined;
    if (facts.digitalSignature === true)
        return { rule: 'key usage', passed: `keyUsage ${(facts.keyUsage ?? []).join(', ')}` };
    if (facts.version === undefined)
        return undefined;
    return {
        rule: 'key usage',
        verdict: {
            level: 'warning',
            code: 'WARN_CERT_NO_KEY_USAGE',
            rule: 'key usage',
            message: `${certificate} (${identity}) has no keyUsage extension; AWS documents that the ` +
                `end-entity certificate must have key usage with digitalSignature, so Roles Anywhere may ` +
                `refuse it. Reissue it with openssl's ${ADD_KEY_USAGE}.`,
            cause: `the certificate has no keyUsage extension, which AWS documents as required (reissue with ${ADD_KEY_USAGE})`,
        },
    };
};
const signatureHash = (facts, { certificate, identity }) => {
    const hash = facts.signatureHash;
    if (hash === 'unknown')
        return undefined;
    if (hash !== 'SHA-1' && hash !== 'MD5')
        return { rule: 'signature hash', passed: `signed with ${hash}` };
    return {
        rule: 'signature hash',
        verdict: {
            level: 'error',
            code: 'ERR_CERT_WEAK_SIGNATURE',
            rule: 'signature hash',
            message: `${certificate} (${identity}) is signed with ${hash}, but Roles Anywhere needs SHA-256 ` +
                `or stronger; reissue the certificate with a SHA-256 signature.`,
            cause: `the certificate is signed with ${hash}; Roles Anywhere needs SHA-256 or stronger`,
        },
    };
};
/** In the order a user should fix them: a v1 certificate makes the extension rules moot. */
const END_ENTITY_RULES = [version, basicConstraints, keyUsage, signatureHash];
/** Every rule's outcome for this certificate; rules it cannot judge are left out. */
function judgeEndEntity(facts, context) {
    return END_ENTITY_RULES.flatMap((rule) => rule(facts, context) ?? []);
}
/** Just the verdicts, errors and warnings, in rule order. */
function endEntityVerdicts(facts, context) {
    return judgeEndEntity(facts, context).flatMap((outcome) => outcome.verdict ?? []);
}


/***/ }),

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ec: () => (/* reexport */ checks/* assertSupportedKey */.Ec),
  lF: () => (/* reexport */ certificateFacts/* certificateFacts */.l),
  Ny: () => (/* reexport */ decodeInput),
  Rx: () => (/* reexport */ keyDescription/* describeKey */.R),
  Jr: () => (/* reexport */ isKeyItem),
  G3: () => (/* reexport */ endEntityRules/* judgeEndEntity */.G),
  loadMaterial: () => (/* reexport */ loadMaterial),
  PM: () => (/* reexport */ loadPrivateKey),
  k$: () => (/* reexport */ orderChain),
  hB: () => (/* reexport */ parseCertificate),
  X$: () => (/* reexport */ readPkcs12),
  gd: () => (/* reexport */ certificateFacts/* verifiesWith */.g)
});

// UNUSED EXPORTS: DEFAULT_INPUT_NAMES, identify

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/material/certificateFacts.ts + 1 modules
var certificateFacts = __webpack_require__(6821);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/material/materialError.ts
var materialError = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/core/material/certificate.ts


/** Parses one DER certificate with OpenSSL, attributing failure to the input it came from. */
function parseCertificate(der, input) {
    try {
        return new external_node_crypto_.X509Certificate(Buffer.from(der));
    }
    catch (error) {
        // Node tries PEM before DER, so its message is often the irrelevant "no start line".
        const reason = (0,materialError/* summarizeCause */.de)(error);
        throw (0,materialError/* materialError */.sO)('ERR_CERT_INVALID', input, `${input} holds a certificate that OpenSSL cannot parse` +
            `${reason.includes('no start line') ? '' : ` (${reason})`}; export it again as PEM.`, error);
    }
}

// EXTERNAL MODULE: ./src/core/material/asn1.ts
var asn1 = __webpack_require__(8196);
// EXTERNAL MODULE: ./src/core/material/oids.ts
var oids = __webpack_require__(2588);
;// CONCATENATED MODULE: ./src/core/material/derKind.ts


function classifyDer(node) {
    if (!(0,asn1/* isUniversal */.Aw)(node, asn1/* Tag */.vw.sequence))
        return unknown;
    const parts = (0,asn1/* elements */.Yt)(node);
    const [first, second, third] = parts;
    if (first === undefined || second === undefined)
        return unknown;
    if (parts.length === 3 && isSeq(first) && isSeq(second) && (0,asn1/* isUniversal */.Aw)(third, asn1/* Tag */.vw.bitString)) {
        return classifySigned(first);
    }
    if (isInt(first) && isSeq(second) && isContentInfo(second)) {
        return parts.length <= 3 ? { kind: 'pkcs12' } : unknown;
    }
    if (isInt(first) && isAlgorithm(second) && (0,asn1/* isUniversal */.Aw)(third, asn1/* Tag */.vw.octetString)) {
        return { kind: 'private-key', format: 'pkcs8' };
    }
    if (parts.length === 2 && isAlgorithm(first) && (0,asn1/* isUniversal */.Aw)(second, asn1/* Tag */.vw.octetString)) {
        return { kind: 'encrypted-private-key' };
    }
    if (parts.length === 2 && isAlgorithm(first) && (0,asn1/* isUniversal */.Aw)(second, asn1/* Tag */.vw.bitString)) {
        return { kind: 'other', description: 'a public key', recognized: true };
    }
    if (isInt(first) && (0,asn1/* isUniversal */.Aw)(second, asn1/* Tag */.vw.octetString)) {
        return { kind: 'private-key', format: 'sec1' };
    }
    if (parts.every(isInt)) {
        if (parts.length >= 9)
            return { kind: 'private-key', format: 'pkcs1' };
        if (parts.length === 6)
            return { kind: 'dsa-private-key' };
        if (parts.length === 2)
            return { kind: 'other', description: 'an RSA public key', recognized: true };
    }
    if (isOid(first) && oidOf(first) === oids/* OID */.Vx.signedData) {
        return {
            kind: 'other',
            description: 'a PKCS#7/CMS bundle (convert it with openssl pkcs7 -print_certs)',
            recognized: true,
        };
    }
    return unknown;
}
const unknown = {
    kind: 'other',
    description: 'DER data of an unknown kind',
    recognized: false,
};
/** Certificates, CSRs and CRLs share the signed-envelope shape; the inner body tells them apart. */
function classifySigned(body) {
    const fields = (0,asn1/* elements */.Yt)(body);
    const [first] = fields;
    // TBSCertificate: [0] version?, serial, signature, issuer, validity, subject, spki, ...
    if (fields.length >= 6 && ((0,asn1/* isContext */.aE)(first, 0) || isInt(first)))
        return { kind: 'certificate' };
    // CertificationRequestInfo: version, subject, spki, [0] attributes
    if (fields.length === 4 && isInt(first) && (0,asn1/* isContext */.aE)(fields[3], 0)) {
        return { kind: 'other', description: 'a certificate signing request (CSR)', recognized: true };
    }
    return {
        kind: 'other',
        description: 'a signed structure that is not a certificate (a CRL?)',
        recognized: true,
    };
}
function isSeq(node) {
    return (0,asn1/* isUniversal */.Aw)(node, asn1/* Tag */.vw.sequence);
}
function isInt(node) {
    return (0,asn1/* isUniversal */.Aw)(node, asn1/* Tag */.vw.integer);
}
function isOid(node) {
    return (0,asn1/* isUniversal */.Aw)(node, asn1/* Tag */.vw.oid);
}
function oidOf(node) {
    try {
        return (0,asn1/* oid */.jq)(node, 'identifier');
    }
    catch {
        return undefined;
    }
}
function isAlgorithm(node) {
    return isSeq(node) && node !== undefined && isOid((0,asn1/* elements */.Yt)(node)[0]);
}
function isContentInfo(node) {
    const [type] = (0,asn1/* elements */.Yt)(node);
    if (!isOid(type))
        return false;
    return oidOf(type)?.startsWith('1.2.840.113549.1.7.') ?? false;
}

;// CONCATENATED MODULE: ./src/core/material/encoding.ts

/** True when an optional input was left empty (front ends pass '' for unset inputs). */
function isBlank(value) {
    if (value === undefined)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    return value.length === 0 || (isTextual(value) && decodeUtf8(value)?.trim() === '');
}
function decodeOuterForm(value, context) {
    if (isBlank(value)) {
        throw (0,materialError/* materialError */.sO)('ERR_INPUT_MISSING', context.input, `${context.input} is empty; expected the ${context.expected} as PEM text, base64 or DER. ` +
            `Set ${context.input} to the ${context.expected} itself.`);
    }
    if (typeof value !== 'string') {
        const text = isTextual(value) ? decodeUtf8(value) : decodeUtf16(value);
        if (text === undefined)
            return { kind: 'binary', bytes: value, via: 'bytes' };
        return decodeText(text, context);
    }
    return decodeText(value, context);
}
function decodeText(raw, context) {
    const text = normalizeText(raw);
    if (text.includes('-----BEGIN'))
        return { kind: 'pem', text, via: 'text' };
    const bytes = decodeBase64(text);
    if (bytes !== undefined) {
        const decoded = isTextual(bytes) ? decodeUtf8(bytes) : undefined;
        if (decoded !== undefined && decoded.includes('-----BEGIN')) {
            return { kind: 'pem', text: normalizeText(decoded), via: 'base64' };
        }
        return { kind: 'binary', bytes, via: 'base64' };
    }
    throw (0,materialError/* materialError */.sO)('ERR_MATERIAL_UNRECOGNIZED', context.input, `${context.input} is not PEM, base64 or DER: expected the ${context.expected}, ` +
        `found ${describeUnrecognizedText(text)}. ` +
        `Give the ${context.expected} as PEM text (-----BEGIN ...) or as base64 of the PEM or DER file.`);
}
/** Undoes the ways CI variables and UIs commonly mangle PEM and base64 values. */
function normalizeText(raw) {
    let text = raw.replace(/^\uFEFF/, '').trim();
    const quoted = /^(["'])([\s\S]*)\1$/.exec(text);
    if (quoted?.[2] !== undefined)
        text = quoted[2].trim();
    // Neither PEM nor base64 ever contains a backslash, so literal escapes are safe to expand.
    text = text.replace(/\\r\\n|\\n|\\r/g, '\n');
    return text.replace(/\r\n?/g, '\n').trim();
}
const BASE64_BODY = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** Decodes standard or URL-safe base64 with any whitespace; undefined if it is not base64. */
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact.length < 4 || !BASE64_BODY.test(compact))
        return undefined;
    const unpadded = compact.replace(/=+$/, '');
    if (unpadded.length % 4 === 1)
        return undefined;
    if (compact.length !== unpadded.length && compact.length % 4 !== 0)
        return undefined;
    const standard = unpadded.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Buffer.from(standard, 'base64');
    return bytes.length === 0 ? undefined : bytes;
}
/** Bytes that are UTF-8 text without control characters other than whitespace. */
function isTextual(bytes) {
    for (const byte of bytes) {
        if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)
            return false;
        if (byte === 0x7f)
            return false;
    }
    return decodeUtf8(bytes) !== undefined;
}
/**
 * Windows PowerShell 5 writes text files as UTF-16 with a byte-order mark by default, so a PEM
 * saved there arrives as UTF-16.
 */
function decodeUtf16(bytes) {
    if (bytes.length < 2 || bytes.length % 2 !== 0)
        return undefined;
    const body = Buffer.from(bytes.subarray(2));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return body.toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return body.swap16().toString('utf16le');
    return undefined;
}
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** Says what unrecognised text looks like without repeating any of it. */
function describeUnrecognizedText(text) {
    const oneLineText = !/\s/.test(text.trim());
    if (oneLineText && /^(~|\.{1,2}[\\/]|\/|[A-Za-z]:[\\/])/.test(text)) {
        return 'what looks like a file path (the value must be the content, not its location)';
    }
    if (oneLineText && /\.(pem|crt|cer|key|der|p12|pfx)$/i.test(text)) {
        return 'what looks like a file name (the value must be the content, not its location)';
    }
    if (/\$\{\{|^\$\{?[A-Za-z_][\w.]*\}?$/.test(text)) {
        return 'what looks like an unexpanded variable reference';
    }
    return `${text.length} characters of other text`;
}

;// CONCATENATED MODULE: ./src/core/material/pem.ts
/** A PEM block that cannot be read. The message describes structure, never content. */
class PemError extends Error {
    name = 'PemError';
}
const BLOCK = /-----BEGIN ([A-Z0-9 #]{1,40})-----([\s\S]*?)-----END ([A-Z0-9 #]{1,40})-----/g;
const BEGIN = /-----BEGIN [^\n]*?-----/g;
function parsePem(text) {
    const blocks = [];
    let end = 0;
    for (const match of text.matchAll(BLOCK)) {
        end = match.index + match[0].length;
        const [whole, label = '', body = '', endLabel = ''] = match;
        if (label !== endLabel) {
            throw new PemError(`has a PEM block that begins "${label}" but ends "${endLabel}"`);
        }
        if (body.includes('-----BEGIN')) {
            throw new PemError(`has a PEM "${label}" block without its END line`);
        }
        blocks.push(readBlock(label, body, whole));
    }
    const begins = text.match(BEGIN)?.length ?? 0;
    if (begins > blocks.length) {
        throw new PemError('has a PEM BEGIN line without a matching END line (truncated?)');
    }
    if (blocks.length === 0)
        throw new PemError('has no complete PEM block');
    // Text before and between blocks is what tools write (openssl's Bag Attributes); after the last
    // block there is no reason for any, and it may be a second file appended by mistake.
    const trailing = text.slice(end).trim();
    if (trailing !== '') {
        throw new PemError(`has ${Buffer.byteLength(trailing)} bytes of data after its last PEM END line (not shown); remove them`);
    }
    return blocks;
}
function readBlock(label, body, whole) {
    const headers = new Map();
    const bodyLines = [];
    for (const rawLine of body.split('\n')) {
        const line = rawLine.trim();
        if (line === '')
            continue;
        const header = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
        if (header?.[1] !== undefined && bodyLines.length === 0) {
            headers.set(header[1], header[2] ?? '');
        }
        else {
            bodyLines.push(line);
        }
    }
    const base64 = bodyLines.join('').replace(/\s+/g, '');
    if (base64 === '')
        throw new PemError(`has an empty PEM "${label}" block`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.replace(/=+$/, '').length % 4 === 1) {
        throw new PemError(`has a PEM "${label}" block whose body is not valid base64`);
    }
    const der = Buffer.from(base64, 'base64');
    const lines = whole
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    return { label, headers, der, lines };
}

;// CONCATENATED MODULE: ./src/core/material/decodeInput.ts





function decodeInput(value, context) {
    const outer = decodeOuterForm(value, context);
    const verbatimLines = linesOf(value);
    if (outer.kind === 'pem') {
        return {
            items: readPemItems(outer.text, context),
            form: outer.via === 'text' ? 'PEM' : 'base64-encoded PEM',
            verbatimLines,
        };
    }
    return {
        items: readDerItems(outer.bytes, outer.via, context),
        form: outer.via === 'bytes' ? 'DER' : 'base64-encoded DER',
        verbatimLines,
    };
}
function linesOf(value) {
    const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    return new Set(text.split(/\r?\n|\r/).map((line) => line.trim()));
}
function readPemItems(text, context) {
    let blocks;
    try {
        blocks = parsePem(text);
    }
    catch (error) {
        if (!(error instanceof PemError))
            throw error;
        throw (0,materialError/* materialError */.sO)(context.role === 'certificate' ? 'ERR_CERT_INVALID' : 'ERR_KEY_INVALID', context.input, `${context.input} ${error.message}; expected a complete PEM ${context.expected}. ` +
            `Copy the whole file, including the BEGIN and END lines.`);
    }
    return blocks.flatMap((block) => pemBlockItems(block, context));
}
function pemBlockItems(block, context) {
    const { label, lines } = block;
    if (label === 'EC PARAMETERS')
        return [];
    if (label === 'OPENSSH PRIVATE KEY') {
        return [{ kind: 'unsupported-key', description: 'an OpenSSH-format private key', lines }];
    }
    const procType = block.headers.get('Proc-Type') ?? '';
    if (procType.includes('ENCRYPTED')) {
        const cipher = (block.headers.get('DEK-Info') ?? '').split(',', 1)[0]?.trim() ?? '';
        return [{ kind: 'legacy-encrypted-key', pem: rebuildPem(block), cipher, lines }];
    }
    let nodes;
    try {
        nodes = (0,asn1/* parseDerList */.xv)(block.der);
    }
    catch (error) {
        if (!(error instanceof asn1/* Asn1Error */.mn))
            throw error;
        const isCertLabel = label.includes('CERTIFICATE');
        const isKeyLabel = label.includes('KEY');
        throw (0,materialError/* materialError */.sO)(isCertLabel || (!isKeyLabel && context.role === 'certificate')
            ? 'ERR_CERT_INVALID'
            : 'ERR_KEY_INVALID', context.input, `${context.input} has a PEM "${label}" block whose content is not valid DER; ` +
            `expected a ${context.expected}. Export the ${context.expected} again as PEM.`);
    }
    // A TRUSTED CERTIFICATE is a certificate followed by OpenSSL's trust settings.
    const considered = label === 'TRUSTED CERTIFICATE' ? nodes.slice(0, 1) : nodes;
    const items = considered.map((node) => itemFromNode(node, lines));
    return items.map((item) => item.kind === 'other' && !item.recognized
        ? { kind: 'other', description: `a PEM "${label}" block`, recognized: true }
        : item);
}
function readDerItems(bytes, via, context) {
    let nodes = [];
    try {
        nodes = (0,asn1/* parseDerList */.xv)(bytes);
    }
    catch (error) {
        if (!(error instanceof asn1/* Asn1Error */.mn))
            throw error;
    }
    const items = nodes.map((node) => itemFromNode(node, []));
    const [first] = items;
    const consistent = first !== undefined &&
        (items.length === 1 || items.every((item) => item.kind === 'certificate'));
    if (!consistent || (first.kind === 'other' && !first.recognized)) {
        const found = via === 'bytes'
            ? `${bytes.length} bytes that are neither PEM, base64 nor DER`
            : `base64 that decodes to ${bytes.length} bytes that are neither PEM nor DER`;
        throw (0,materialError/* materialError */.sO)('ERR_MATERIAL_UNRECOGNIZED', context.input, `${context.input} is not a recognisable ${context.expected}: found ${found}. ` +
            `Give the ${context.expected} as PEM text or as base64 of the PEM or DER file.`);
    }
    return items;
}
function itemFromNode(node, lines) {
    const der = (0,asn1/* encoded */.dS)(node);
    const kind = classifyDer(node);
    switch (kind.kind) {
        case 'certificate':
            return { kind: 'certificate', der };
        case 'pkcs12':
            return { kind: 'pkcs12', der };
        case 'private-key':
            return { kind: 'private-key', format: kind.format, der, lines };
        case 'encrypted-private-key':
            return { kind: 'encrypted-private-key', der, lines };
        case 'dsa-private-key':
            return { kind: 'unsupported-key', description: 'a DSA private key', lines };
        case 'other':
            return kind;
    }
}
/** A canonical PEM for OpenSSL, which is stricter about layout than the reader above. */
function rebuildPem(block) {
    const headers = [...block.headers].map(([name, value]) => `${name}: ${value}`);
    const body = Buffer.from(block.der)
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return [
        `-----BEGIN ${block.label}-----`,
        ...headers,
        '',
        ...body,
        `-----END ${block.label}-----`,
        '',
    ].join('\n');
}
const KEY_KINDS = new Set([
    'private-key',
    'encrypted-private-key',
    'legacy-encrypted-key',
    'unsupported-key',
]);
function isKeyItem(item) {
    return KEY_KINDS.has(item.kind);
}

// EXTERNAL MODULE: ./src/core/material/mlDsa.ts
var mlDsa = __webpack_require__(1482);
;// CONCATENATED MODULE: ./src/core/material/derivationBudget.ts
/**
 * The key-derivation work one bundle or key may ask for, summed over every derivation it needs
 * (the MAC, each bag, each password tried). A per-derivation cap is not enough: a 1.4 KB bundle
 * can hold many derivations, or one scrypt whose p multiplies its N. Real files stay far below:
 * OpenSSL 3 writes 2,048 PBKDF2 iterations, `openssl pkcs8 -scrypt` N=16384 r=8 p=1 (2^17).
 */
const MAX_ITERATION_WORK = 1_000_000;
const MAX_SCRYPT_WORK = 2 ** 20;
/** Thrown before a derivation that would go over the budget; the message names the limit. */
class DerivationLimitError extends Error {
    name = 'DerivationLimitError';
}
const number = (n) => n.toLocaleString('en-US');
class DerivationBudget {
    #iterations = 0;
    #scrypt = 0;
    /** Counts `cost` against the budget, or throws without having spent anything. */
    charge(cost, what) {
        if (cost.kind === 'iterations') {
            const total = this.#iterations + cost.amount;
            if (total > MAX_ITERATION_WORK)
                throw new DerivationLimitError(`${what} would bring its key derivation to ${number(total)} PBKDF2/PKCS#12-KDF iterations, over the limit of ${number(MAX_ITERATION_WORK)} in total`);
            this.#iterations = total;
            return;
        }
        const total = this.#scrypt + cost.amount;
        if (total > MAX_SCRYPT_WORK)
            throw new DerivationLimitError(`${what} would bring its scrypt work (N·r·p) to ${number(total)}, over the limit of ${number(MAX_SCRYPT_WORK)} in total`);
        this.#scrypt = total;
    }
}

;// CONCATENATED MODULE: ./src/core/material/pkcs12Kdf.ts

/** RFC 7292 appendix B.3: what the derived bytes are for. */
const Pkcs12KeyPurpose = { key: 1, iv: 2, mac: 3 };
// Output size u and block size v of each hash, in bytes (RFC 7292 appendix B.2).
const SIZES = {
    md5: { u: 16, v: 64 },
    sha1: { u: 20, v: 64 },
    sha224: { u: 28, v: 64 },
    sha256: { u: 32, v: 64 },
    sha384: { u: 48, v: 128 },
    sha512: { u: 64, v: 128 },
};
/**
 * The PKCS#12 key derivation (RFC 7292 appendix B.2), used for the MAC key of every PKCS#12 file
 * and for the legacy pbeWithSHAAnd... ciphers. `password` is already the BMPString form (see
 * `bmpPassword`); node:crypto does not expose this KDF.
 */
function pkcs12Kdf(hash, password, salt, purpose, iterations, length) {
    const { u, v } = SIZES[hash];
    const diversifier = Buffer.alloc(v, purpose);
    const fill = (source) => {
        const out = Buffer.alloc(v * Math.ceil(source.length / v));
        for (let i = 0; i < out.length; i++)
            out[i] = source[i % source.length] ?? 0;
        return out;
    };
    const input = Buffer.concat([fill(salt), fill(password)]);
    const blocks = [];
    for (let produced = 0; produced < length; produced += u) {
        let a = (0,external_node_crypto_.createHash)(hash).update(diversifier).update(input).digest();
        for (let round = 1; round < iterations; round++)
            a = (0,external_node_crypto_.createHash)(hash).update(a).digest();
        blocks.push(a);
        if (produced + u >= length)
            break;
        // I_j = (I_j + B + 1) mod 2^(8v), for each v-byte block of I, where B repeats A to v bytes.
        const b = fill(a);
        for (let offset = 0; offset < input.length; offset += v) {
            let carry = 1;
            for (let i = v - 1; i >= 0; i--) {
                const sum = (input[offset + i] ?? 0) + (b[i] ?? 0) + carry;
                input[offset + i] = sum & 0xff;
                carry = sum >>> 8;
            }
        }
    }
    return Buffer.concat(blocks).subarray(0, length);
}
/**
 * A password as PKCS#12 hashes it: UTF-16BE with a two-byte terminator (RFC 7292 appendix B.1).
 * `undefined` is the "no password" of some exporters, hashed as zero bytes.
 */
function bmpPassword(password) {
    if (password === undefined)
        return Buffer.alloc(0);
    const utf16le = Buffer.from(`${password}\u0000`, 'utf16le');
    return utf16le.swap16();
}

;// CONCATENATED MODULE: ./src/core/material/rc2.ts
/**
 * RC2 decryption (RFC 2268) in CBC mode. `openssl pkcs12 -export -legacy` encrypts the
 * certificate bag with pbeWithSHAAnd40BitRC2-CBC, and the OpenSSL behind Node ships RC2 only in
 * its legacy provider, which Node does not load. Only decryption is needed.
 */
// RFC 2268 section 2: a fixed permutation of 0..255 derived from the digits of pi.
const PITABLE = Uint8Array.from(('d978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2' +
    '179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82' +
    '54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
    '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7' +
    '08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec' +
    'c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
    '2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a9' +
    '0d38341bab33ffb0bb480c5fb9b1cd2ec5f3db47e5a59c770aa62068fe7fc1ad').match(/../g) ?? [], (hex) => parseInt(hex, 16));
const rc2_BLOCK = 8;
/** RFC 2268 section 2: expands a 1..128 byte key to 64 16-bit words at `effectiveBits` strength. */
function rc2ExpandKey(key, effectiveBits) {
    if (key.length < 1 || key.length > 128)
        throw new RangeError('RC2 key must be 1..128 bytes');
    if (effectiveBits < 1 || effectiveBits > 1024)
        throw new RangeError('RC2 effective bits 1..1024');
    const table = (index) => PITABLE[index & 0xff] ?? 0;
    const l = new Uint8Array(128);
    l.set(key);
    const t = key.length;
    for (let i = t; i < 128; i++)
        l[i] = table((l[i - 1] ?? 0) + (l[i - t] ?? 0));
    const t8 = Math.ceil(effectiveBits / 8);
    const tm = 0xff % 2 ** (8 + effectiveBits - 8 * t8);
    l[128 - t8] = table((l[128 - t8] ?? 0) & tm);
    for (let i = 127 - t8; i >= 0; i--)
        l[i] = table((l[i + 1] ?? 0) ^ (l[i + t8] ?? 0));
    const words = new Uint16Array(64);
    for (let i = 0; i < 64; i++)
        words[i] = (l[2 * i] ?? 0) | ((l[2 * i + 1] ?? 0) << 8);
    return words;
}
const SHIFTS = [1, 2, 3, 5];
/** Decrypts one 8-byte block in place: the encryption rounds run backwards (RFC 2268 section 4). */
function decryptBlock(k, block, offset) {
    const r = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
        r[i] = (block[offset + 2 * i] ?? 0) | ((block[offset + 2 * i + 1] ?? 0) << 8);
    }
    const at = (i) => r[i & 3] ?? 0;
    const key = (i) => k[i & 63] ?? 0;
    let j = 63;
    const reverseMix = () => {
        for (let i = 3; i >= 0; i--) {
            const shift = SHIFTS[i] ?? 0;
            let value = at(i);
            value = ((value >>> shift) | (value << (16 - shift))) & 0xffff;
            value -= key(j) + (at(i - 1) & at(i - 2)) + (~at(i - 1) & at(i - 3));
            r[i] = value & 0xffff;
            j--;
        }
    };
    const reverseMash = () => {
        for (let i = 3; i >= 0; i--)
            r[i] = (at(i) - key(at(i - 1))) & 0xffff;
    };
    for (let round = 0; round < 5; round++)
        reverseMix();
    reverseMash();
    for (let round = 0; round < 6; round++)
        reverseMix();
    reverseMash();
    for (let round = 0; round < 5; round++)
        reverseMix();
    for (let i = 0; i < 4; i++) {
        block[offset + 2 * i] = at(i) & 0xff;
        block[offset + 2 * i + 1] = at(i) >>> 8;
    }
}
/** Decrypts one RC2 block without chaining; exposed for the RFC 2268 test vectors. */
function rc2DecryptBlock(key, effectiveBits, block) {
    if (block.length !== rc2_BLOCK)
        throw new RangeError('RC2 block is 8 bytes');
    const out = Uint8Array.from(block);
    decryptBlock(rc2ExpandKey(key, effectiveBits), out, 0);
    return out;
}
/**
 * CBC decryption without padding removal; the caller strips PKCS#7 padding so that a wrong
 * password is reported where passwords are understood.
 */
function rc2CbcDecrypt(key, effectiveBits, iv, data) {
    if (iv.length !== rc2_BLOCK)
        throw new RangeError('RC2 IV is 8 bytes');
    if (data.length % rc2_BLOCK !== 0)
        throw new RangeError('RC2 ciphertext is not whole blocks');
    const k = rc2ExpandKey(key, effectiveBits);
    const out = Uint8Array.from(data);
    for (let offset = 0; offset < out.length; offset += rc2_BLOCK) {
        decryptBlock(k, out, offset);
        const previous = offset === 0 ? iv : data.subarray(offset - rc2_BLOCK, offset);
        for (let i = 0; i < rc2_BLOCK; i++)
            out[offset + i] = (out[offset + i] ?? 0) ^ (previous[i] ?? 0);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/material/passwordBasedEncryption.ts






/** Why decryption failed; the message names algorithms, never data. */
class PbeError extends Error {
    reason;
    name = 'PbeError';
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
const HASH_LENGTH = {
    md5: 16,
    sha1: 20,
    sha224: 28,
    sha256: 32,
    sha384: 48,
    sha512: 64,
};
// Real files use 2,048 to a few hundred thousand; the cap keeps a hostile file from hanging us.
const MAX_ITERATIONS = 2_000_000;
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
/** Reads PBES2-params; throws PbeError('unsupported') for schemes this module cannot run. */
function parsePbes2(parameters) {
    return asPbeError(() => {
        const [kdfNode, schemeNode] = (0,asn1/* sequence */.K2)(parameters, 'PBES2 parameters');
        const kdf = parseKdf((0,asn1/* algorithmIdentifier */.Hh)(kdfNode, 'PBES2 key derivation'));
        const scheme = (0,asn1/* algorithmIdentifier */.Hh)(schemeNode, 'PBES2 encryption scheme');
        const cipher = oids/* PBES2_CIPHER_OIDS */.HN[scheme.oid];
        if (cipher === undefined) {
            throw new PbeError('unsupported', `PBES2 with cipher ${scheme.oid}`);
        }
        const iv = (0,asn1/* octets */.tu)(scheme.parameters, 'PBES2 IV');
        const keyLength = kdf.keyLength ?? cipher.keyLength;
        if (keyLength !== cipher.keyLength)
            throw new asn1/* Asn1Error */.mn('PBES2 key length mismatch');
        return {
            kdf,
            cipher: cipher.cipher,
            keyLength,
            iv,
            description: `PBES2 (${kdf.description}, ${cipher.cipher.toUpperCase()})`,
        };
    });
}
function parseKdf(kdf) {
    if (kdf.oid === oids/* OID */.Vx.pbkdf2) {
        const [saltNode, iterationsNode, ...rest] = (0,asn1/* sequence */.K2)(kdf.parameters, 'PBKDF2 parameters');
        const salt = (0,asn1/* octets */.tu)(saltNode, 'PBKDF2 salt');
        const iterations = iterationCount(iterationsNode, 'PBKDF2');
        const keyLengthNode = rest.find((node) => (0,asn1/* isUniversal */.Aw)(node, asn1/* Tag */.vw.integer));
        const prfNode = rest.find((node) => (0,asn1/* isUniversal */.Aw)(node, asn1/* Tag */.vw.sequence));
        const keyLength = keyLengthNode === undefined ? undefined : (0,asn1/* smallInteger */.YO)(keyLengthNode, 'key length', 64);
        let prf = 'sha1';
        if (prfNode !== undefined) {
            const prfOid = (0,asn1/* algorithmIdentifier */.Hh)(prfNode, 'PBKDF2 PRF').oid;
            const known = oids/* HMAC_PRF_OIDS */.FV[prfOid];
            if (known === undefined)
                throw new PbeError('unsupported', `PBKDF2 with PRF ${prfOid}`);
            prf = known;
        }
        return {
            kind: 'pbkdf2',
            keyLength,
            description: `PBKDF2 with HMAC-${prf.toUpperCase()}, ${iterations} iterations`,
            cost: (length) => ({
                kind: 'iterations',
                amount: iterations * Math.ceil(length / HASH_LENGTH[prf]),
            }),
            derive: (password, length) => (0,external_node_crypto_.pbkdf2Sync)(password, salt, iterations, length, prf),
        };
    }
    if (kdf.oid === oids/* OID */.Vx.scrypt) {
        const [saltNode, costNode, blockNode, parallelNode, keyLengthNode] = (0,asn1/* sequence */.K2)(kdf.parameters, 'scrypt parameters');
        const salt = (0,asn1/* octets */.tu)(saltNode, 'scrypt salt');
        const cost = (0,asn1/* smallInteger */.YO)(costNode, 'scrypt cost', 2 ** 22);
        const blockSize = (0,asn1/* smallInteger */.YO)(blockNode, 'scrypt block size', 1024);
        const parallelization = (0,asn1/* smallInteger */.YO)(parallelNode, 'scrypt parallelization', 1024);
        const memory = 128 * cost * blockSize + 128 * blockSize * parallelization + 1024 * 1024;
        if (memory > MAX_SCRYPT_MEMORY)
            throw new asn1/* Asn1Error */.mn('scrypt parameters are too costly');
        const keyLength = keyLengthNode === undefined ? undefined : (0,asn1/* smallInteger */.YO)(keyLengthNode, 'key length', 64);
        return {
            kind: 'scrypt',
            keyLength,
            description: `scrypt N=${cost} r=${blockSize} p=${parallelization}`,
            cost: () => ({ kind: 'scrypt', amount: cost * blockSize * parallelization }),
            derive: (password, length) => (0,external_node_crypto_.scryptSync)(password, salt, length, {
                N: cost,
                r: blockSize,
                p: parallelization,
                maxmem: memory,
            }),
        };
    }
    throw new PbeError('unsupported', `PBES2 with key derivation ${kdf.oid}`);
}
function iterationCount(node, what) {
    const count = (0,asn1/* smallInteger */.YO)(node, `${what} iteration count`, Number.MAX_SAFE_INTEGER);
    if (count < 1)
        throw new asn1/* Asn1Error */.mn(`${what} iteration count is zero`);
    if (count > MAX_ITERATIONS) {
        throw new PbeError('unsupported', `${what} with ${count} iterations (limit ${MAX_ITERATIONS})`);
    }
    return count;
}
/** A short name for an encryption algorithm, for messages. */
function describeEncryption(algorithm) {
    if (algorithm.oid === oids/* OID */.Vx.pbes2) {
        try {
            return parsePbes2(algorithm.parameters).description;
        }
        catch {
            return 'PBES2';
        }
    }
    const pkcs12 = oids/* PKCS12_PBE_OIDS */.V8[algorithm.oid];
    if (pkcs12 !== undefined)
        return pkcs12Name(pkcs12);
    if (oids/* PBES1_OIDS */.WT.has(algorithm.oid))
        return `PBES1 (${algorithm.oid})`;
    return algorithm.oid;
}
function pkcs12Name(cipher) {
    switch (cipher.kind) {
        case 'node':
            return `pbeWithSHAAnd${cipher.keyLength === 24 ? 3 : 2}-KeyTripleDES-CBC`;
        case 'rc2':
            return `pbeWithSHAAnd${cipher.keyLength * 8}BitRC2-CBC`;
        case 'unsupported':
            return cipher.name;
    }
}
/** Decrypts `data` as described by `algorithm`. Throws PbeError. */
function pbeDecrypt(algorithm, data, password) {
    if (algorithm.oid === oids/* OID */.Vx.pbes2) {
        const scheme = parsePbes2(algorithm.parameters);
        chargePbes2(scheme, password.budget);
        let key;
        try {
            key = scheme.kdf.derive(password.utf8, scheme.keyLength);
        }
        catch {
            throw new PbeError('malformed', `${scheme.kdf.kind} parameters are not usable`);
        }
        return decipher(scheme.cipher, key, scheme.iv, data);
    }
    const pkcs12 = oids/* PKCS12_PBE_OIDS */.V8[algorithm.oid];
    if (pkcs12 === undefined || pkcs12.kind === 'unsupported') {
        throw new PbeError('unsupported', describeEncryption(algorithm));
    }
    const { salt, iterations } = asPbeError(() => {
        const [saltNode, iterationsNode] = (0,asn1/* sequence */.K2)(algorithm.parameters, 'PKCS#12 PBE parameters');
        return {
            salt: (0,asn1/* octets */.tu)(saltNode, 'PKCS#12 PBE salt'),
            iterations: iterationCount(iterationsNode, 'PKCS#12 PBE'),
        };
    });
    // The key, then the IV: SHA-1 gives 20 bytes a block.
    chargeOrFail(password.budget, {
        kind: 'iterations',
        amount: iterations * (Math.ceil(pkcs12.keyLength / 20) + 1),
    }, `${pkcs12Name(pkcs12)} with ${iterations} iterations`);
    const derive = (purpose, length) => pkcs12Kdf('sha1', password.bmp, salt, purpose, iterations, length);
    const key = derive(Pkcs12KeyPurpose.key, pkcs12.keyLength);
    const iv = derive(Pkcs12KeyPurpose.iv, 8);
    if (pkcs12.kind === 'node')
        return decipher(pkcs12.cipher, key, iv, data);
    if (data.length === 0 || data.length % 8 !== 0) {
        throw new PbeError('malformed', 'RC2 ciphertext is not whole blocks');
    }
    return removePadding(rc2CbcDecrypt(key, pkcs12.keyLength * 8, iv, data), 8);
}
/** Counts a PBES2 derivation against the budget before it runs. */
function chargePbes2(scheme, budget) {
    chargeOrFail(budget, scheme.kdf.cost(scheme.keyLength), scheme.kdf.description);
}
function chargeOrFail(budget, cost, what) {
    try {
        budget.charge(cost, what);
    }
    catch (error) {
        if (error instanceof DerivationLimitError)
            throw new PbeError('too-costly', error.message);
        throw error;
    }
}
function decipher(cipher, key, iv, data) {
    let decipherer;
    try {
        decipherer = (0,external_node_crypto_.createDecipheriv)(cipher, key, iv);
    }
    catch {
        throw new PbeError('unsupported', `cipher ${cipher} with this key or IV size`);
    }
    try {
        return Buffer.concat([decipherer.update(data), decipherer.final()]);
    }
    catch {
        // A wrong password almost always shows up as bad padding.
        throw new PbeError('bad-decrypt', `${cipher} decryption failed`);
    }
}
function removePadding(plain, blockSize) {
    const pad = plain[plain.length - 1] ?? 0;
    const valid = pad >= 1 &&
        pad <= blockSize &&
        plain.subarray(plain.length - pad).every((byte) => byte === pad);
    if (!valid)
        throw new PbeError('bad-decrypt', 'bad padding after decryption');
    return Buffer.from(plain.subarray(0, plain.length - pad));
}
/** Runs a parser, turning structural errors into PbeError('malformed'). */
function asPbeError(parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof PbeError)
            throw error;
        if (error instanceof asn1/* Asn1Error */.mn)
            throw new PbeError('malformed', error.message);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/core/material/pkcs12.ts








function readPkcs12(der, passphrase, context) {
    const { authSafe, mac } = structure(() => readPfx(der), context);
    const candidates = passwordCandidates(passphrase);
    const given = passphrase !== undefined && passphrase !== '';
    if (mac !== undefined) {
        const chosen = structure(() => candidates.find((candidate) => macMatches(mac, authSafe, candidate)), context);
        if (chosen === undefined)
            throw passwordError(given, context, 'its integrity check fails');
        try {
            return extract(authSafe, chosen, given, context);
        }
        catch (error) {
            // The MAC password did not decrypt the bags: a bundle made with two different passwords.
            if (error instanceof WrongPassword)
                throw passwordError(given, context, 'decryption fails');
            throw error;
        }
    }
    // Without a MAC the only test of a password is whether decryption succeeds.
    let lastFailure;
    for (const candidate of candidates) {
        try {
            return extract(authSafe, candidate, given, context);
        }
        catch (error) {
            if (!(error instanceof WrongPassword))
                throw error;
            lastFailure = error;
        }
    }
    throw passwordError(given, context, 'decryption fails', lastFailure);
}
function readPfx(der) {
    const [versionNode, authSafeNode, macNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'PFX'), 'PFX');
    if ((0,asn1/* smallInteger */.YO)(versionNode, 'PFX version', 255) !== 3)
        throw new asn1/* Asn1Error */.mn('not version 3');
    const [typeNode, contentNode] = (0,asn1/* sequence */.K2)(authSafeNode, 'authSafe');
    const type = (0,asn1/* oid */.jq)(typeNode, 'authSafe content type');
    if (type === oids/* OID */.Vx.signedData) {
        throw new PbeError('unsupported', 'public-key integrity mode (a signed PFX)');
    }
    if (type !== oids/* OID */.Vx.data)
        throw new asn1/* Asn1Error */.mn('authSafe is not data');
    const authSafe = (0,asn1/* octets */.tu)((0,asn1/* explicit */.pc)(contentNode, 0, 'authSafe content'), 'authSafe content');
    return { authSafe, mac: macNode === undefined ? undefined : readMacData(macNode) };
}
function readMacData(node) {
    const [digestInfo, saltNode, iterationsNode] = (0,asn1/* sequence */.K2)(node, 'macData');
    const [algorithmNode, digestNode] = (0,asn1/* sequence */.K2)(digestInfo, 'MAC DigestInfo');
    const algorithm = (0,asn1/* algorithmIdentifier */.Hh)(algorithmNode, 'MAC algorithm');
    if (algorithm.oid === oids/* OID */.Vx.pbmac1)
        throw new PbeError('unsupported', 'a PBMAC1 MAC');
    const hash = oids/* DIGEST_OIDS */.Dy[algorithm.oid];
    if (hash === undefined)
        throw new PbeError('unsupported', `a MAC with digest ${algorithm.oid}`);
    const iterations = iterationsNode === undefined
        ? 1
        : (0,asn1/* smallInteger */.YO)(iterationsNode, 'MAC iterations', Number.MAX_SAFE_INTEGER);
    if (iterations < 1)
        throw new asn1/* Asn1Error */.mn('MAC iteration count is zero');
    if (iterations > MAX_ITERATIONS) {
        throw new PbeError('unsupported', `a MAC with ${iterations} iterations`);
    }
    return {
        hash,
        digest: (0,asn1/* octets */.tu)(digestNode, 'MAC digest'),
        salt: (0,asn1/* octets */.tu)(saltNode, 'MAC salt'),
        iterations,
    };
}
/**
 * An empty password is ambiguous in PKCS#12: OpenSSL hashes "" as a bare terminator, other
 * exporters hash no bytes at all. Both are tried, after the given passphrase if there is one.
 */
function passwordCandidates(passphrase) {
    const utf8Empty = new Uint8Array(0);
    // One budget for the whole bundle: every candidate's derivations count against it.
    const budget = new DerivationBudget();
    const empty = [
        { bmp: bmpPassword(''), utf8: utf8Empty, given: false, budget },
        { bmp: bmpPassword(undefined), utf8: utf8Empty, given: false, budget },
    ];
    if (passphrase === undefined || passphrase === '')
        return empty;
    return [
        { bmp: bmpPassword(passphrase), utf8: Buffer.from(passphrase, 'utf8'), given: true, budget },
        ...empty,
    ];
}
function macMatches(mac, authSafe, password) {
    const length = (0,external_node_crypto_.createHash)(mac.hash).digest().length;
    chargeOrFail(password.budget, { kind: 'iterations', amount: mac.iterations }, `a ${mac.hash.toUpperCase()} MAC with ${mac.iterations} iterations`);
    const key = pkcs12Kdf(mac.hash, password.bmp, mac.salt, Pkcs12KeyPurpose.mac, mac.iterations, length);
    const actual = (0,external_node_crypto_.createHmac)(mac.hash, key).update(authSafe).digest();
    return actual.length === mac.digest.length && (0,external_node_crypto_.timingSafeEqual)(actual, mac.digest);
}
/** Decryption or decoding failed in a way a different password could fix. */
class WrongPassword extends Error {
    name = 'WrongPassword';
}
function extract(authSafe, password, given, context) {
    const collected = { keys: [], certificates: [] };
    const contentInfos = structure(() => (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(authSafe, 'authSafe'), 'authSafe'), context);
    for (const contentInfo of contentInfos) {
        const safeContents = structure(() => openContentInfo(contentInfo, password), context);
        readSafeContents(safeContents, password, collected, context, 0);
    }
    return { ...collected, passphraseUnused: given && !password.given };
}
/** Returns the SafeContents bytes of one authSafe element, decrypting them if need be. */
function openContentInfo(contentInfo, password) {
    const [typeNode, contentNode] = (0,asn1/* sequence */.K2)(contentInfo, 'ContentInfo');
    const type = (0,asn1/* oid */.jq)(typeNode, 'ContentInfo type');
    if (type === oids/* OID */.Vx.data)
        return (0,asn1/* octets */.tu)((0,asn1/* explicit */.pc)(contentNode, 0, 'data'), 'data');
    if (type === oids/* OID */.Vx.encryptedData) {
        const [, encryptedContentInfo] = (0,asn1/* sequence */.K2)((0,asn1/* explicit */.pc)(contentNode, 0, 'encryptedData'), 'EncryptedData');
        const [, algorithmNode, contentBytes] = (0,asn1/* sequence */.K2)(encryptedContentInfo, 'EncryptedContentInfo');
        const algorithm = (0,asn1/* algorithmIdentifier */.Hh)(algorithmNode, 'content encryption');
        return decrypt(() => pbeDecrypt(algorithm, (0,asn1/* implicitOctets */.KB)(contentBytes, 0, 'encryptedContent'), password));
    }
    if (type === oids/* OID */.Vx.envelopedData) {
        throw new PbeError('unsupported', 'public-key privacy mode (envelopedData)');
    }
    throw new asn1/* Asn1Error */.mn('unknown ContentInfo type');
}
function readSafeContents(bytes, password, collected, context, depth) {
    const bags = structure(() => (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(bytes, 'SafeContents'), 'SafeContents'), context);
    for (const bag of bags) {
        const { type, value } = structure(() => {
            const [idNode, valueNode] = (0,asn1/* sequence */.K2)(bag, 'SafeBag');
            return { type: (0,asn1/* oid */.jq)(idNode, 'bag type'), value: (0,asn1/* explicit */.pc)(valueNode, 0, 'bag value') };
        }, context);
        switch (type) {
            case oids/* OID */.Vx.keyBag:
                collected.keys.push(toKey((0,asn1/* encoded */.dS)(value), false, context));
                break;
            case oids/* OID */.Vx.pkcs8ShroudedKeyBag: {
                const plain = structure(() => {
                    const [algorithmNode, dataNode] = (0,asn1/* sequence */.K2)(value, 'EncryptedPrivateKeyInfo');
                    const algorithm = (0,asn1/* algorithmIdentifier */.Hh)(algorithmNode, 'key encryption');
                    return decrypt(() => pbeDecrypt(algorithm, (0,asn1/* octets */.tu)(dataNode, 'encrypted key'), password));
                }, context);
                collected.keys.push(toKey(plain, true, context));
                break;
            }
            case oids/* OID */.Vx.certBag: {
                const certificate = structure(() => {
                    const [certTypeNode, certValueNode] = (0,asn1/* sequence */.K2)(value, 'CertBag');
                    if ((0,asn1/* oid */.jq)(certTypeNode, 'certificate type') !== oids/* OID */.Vx.x509Certificate)
                        return undefined;
                    return (0,asn1/* octets */.tu)((0,asn1/* explicit */.pc)(certValueNode, 0, 'certificate'), 'certificate');
                }, context);
                if (certificate !== undefined)
                    collected.certificates.push(certificate);
                break;
            }
            case oids/* OID */.Vx.safeContentsBag:
                if (depth > 4)
                    throw invalid(context, 'bags are nested too deeply');
                readSafeContents((0,asn1/* encoded */.dS)(value), password, collected, context, depth + 1);
                break;
            default:
                // CRL, secret and unknown bags carry nothing Roles Anywhere needs.
                break;
        }
    }
}
function toKey(der, encrypted, context) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    }
    catch (error) {
        (0,mlDsa/* assertMlDsaLoadable */.AQ)(der, context.input);
        // Garbage that survived the padding check is the mark of a wrong password.
        if (encrypted)
            throw new WrongPassword('decrypted key is not a private key');
        throw invalid(context, 'its key bag is not a valid private key', error);
    }
}
function decrypt(run) {
    try {
        return run();
    }
    catch (error) {
        if (error instanceof PbeError && error.reason === 'bad-decrypt') {
            throw new WrongPassword(error.message);
        }
        throw error;
    }
}
/** Runs a structural step, mapping parse and scheme errors to ERR_PKCS12_INVALID. */
function structure(run, context) {
    try {
        return run();
    }
    catch (error) {
        if (error instanceof WrongPassword) {
            // Decrypted bytes that do not parse: the password opened the MAC but not this content,
            // or there is no MAC and the password is wrong.
            throw error;
        }
        if (error instanceof PbeError && error.reason === 'too-costly') {
            throw (0,materialError/* materialError */.sO)('ERR_INPUT_TOO_LARGE', context.input, `${context.input} is a PKCS#12 bundle that asks for too much key-derivation work: ${error.message} per bundle. ` +
                `Export it again with openssl pkcs12 -export (2,048 iterations by default).`);
        }
        if (error instanceof PbeError && error.reason === 'unsupported') {
            throw (0,materialError/* materialError */.sO)('ERR_PKCS12_INVALID', context.input, `${context.input} is a PKCS#12 bundle that uses ${error.message}, which is not supported; ` +
                `export it again with openssl pkcs12 -export (AES-256-CBC with PBKDF2 by default).`);
        }
        if (error instanceof PbeError || error instanceof asn1/* Asn1Error */.mn) {
            throw invalid(context, error.message);
        }
        throw error;
    }
}
function invalid(context, reason, cause) {
    return (0,materialError/* materialError */.sO)('ERR_PKCS12_INVALID', context.input, `${context.input} looks like a PKCS#12 bundle but cannot be read (${reason}); ` +
        `export it again, e.g. openssl pkcs12 -export -inkey key.pem -in cert.pem -out bundle.p12.`, cause);
}
function passwordError(given, context, symptom, cause) {
    if (!given) {
        return (0,materialError/* materialError */.sO)('ERR_PASSPHRASE_REQUIRED', context.passphraseInput, `${context.input} is a password-protected PKCS#12 bundle but ${context.passphraseInput} ` +
            `is not set; set ${context.passphraseInput} to the bundle's export password.`);
    }
    return (0,materialError/* materialError */.sO)('ERR_PASSPHRASE_WRONG', context.passphraseInput, `${context.passphraseInput} does not open the PKCS#12 bundle in ${context.input} ` +
        `(${symptom}); check the password, including any trailing space or newline.`, cause);
}
/**
 * readPkcs12 for a bundle given as `input`, noting in `notes` when the passphrase given under
 * `passphraseInput` was not needed (a bundle without a password).
 */
function readPkcs12Noting(der, passphrase, names, notes) {
    const contents = readPkcs12(der, passphrase, names);
    if (contents.passphraseUnused) {
        notes.push(`${names.input} is a PKCS#12 bundle without a password; ${names.passphraseInput} was not used.`);
    }
    return contents;
}

;// CONCATENATED MODULE: ./src/core/material/certificateInput.ts





function readCertificateInput(value, passphrase, names, notes) {
    const input = names.certificate;
    const decoded = decodeInput(value, { input, expected: 'certificate', role: 'certificate' });
    const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
    if (bundle !== undefined) {
        const contents = readPkcs12Noting(bundle.der, passphrase, { input, passphraseInput: names.passphrase }, notes);
        if (contents.certificates.length === 0) {
            throw (0,materialError/* materialError */.sO)('ERR_PKCS12_INVALID', input, `${input} is a PKCS#12 bundle without any certificate; export it again with the ` +
                `certificate included (openssl pkcs12 -export -in cert.pem -inkey key.pem).`);
        }
        return {
            certificates: contents.certificates.map((der) => parseCertificate(der, input)),
            bundledKeys: contents.keys,
            embeddedKey: undefined,
            fromBundle: true,
        };
    }
    const certificates = decoded.items.flatMap((item) => item.kind === 'certificate' ? [parseCertificate(item.der, input)] : []);
    const keys = decoded.items.filter(isKeyItem);
    if (certificates.length === 0) {
        if (keys.length > 0) {
            throw (0,materialError/* materialError */.sO)('ERR_CERT_EXPECTED_GOT_KEY', input, `${input} holds a private key, not a certificate; put the certificate (-----BEGIN ` +
                `CERTIFICATE-----) in ${input} and the key in ${names.privateKey}.`);
        }
        throw notACertificate(decoded, input);
    }
    noteIgnored(decoded, input, notes);
    return {
        certificates,
        bundledKeys: [],
        embeddedKey: keys.length === 1 ? keys[0] : undefined,
        fromBundle: false,
    };
}
function readIntermediates(value, names) {
    if (value === undefined || isBlank(value))
        return [];
    const input = names.intermediates;
    const decoded = decodeInput(value, {
        input,
        expected: 'intermediate certificates',
        role: 'certificate',
    });
    const certificates = [];
    for (const item of decoded.items) {
        if (item.kind === 'certificate') {
            certificates.push(parseCertificate(item.der, input));
        }
        else if (isKeyItem(item)) {
            throw (0,materialError/* materialError */.sO)('ERR_CERT_EXPECTED_GOT_KEY', input, `${input} holds a private key, not certificates; it takes only the intermediate CA ` +
                `certificates, and the key belongs in ${names.privateKey}.`);
        }
        else if (item.kind === 'pkcs12') {
            throw (0,materialError/* materialError */.sO)('ERR_CERT_INVALID', input, `${input} holds a PKCS#12 bundle; give the intermediate certificates as PEM, ` +
                `or put the bundle in ${names.certificate}.`);
        }
        else {
            throw (0,materialError/* materialError */.sO)('ERR_CERT_INVALID', input, `${input} holds ${item.description}, not certificates; give the intermediate CA ` +
                `certificates as PEM (leaf side first).`);
        }
    }
    if (certificates.length === 0)
        throw notACertificate(decoded, input);
    return certificates;
}
function notACertificate(decoded, input) {
    const other = decoded.items.find((item) => item.kind === 'other');
    const found = other?.kind === 'other' ? other.description : 'no certificate';
    return (0,materialError/* materialError */.sO)('ERR_CERT_INVALID', input, `${input} holds ${found}, not an X.509 certificate; give the certificate itself ` +
        `(-----BEGIN CERTIFICATE-----, DER or their base64).`);
}
function noteIgnored(decoded, input, notes) {
    for (const item of decoded.items) {
        if (item.kind === 'other')
            notes.push(`${input} also holds ${item.description}; ignored it.`);
    }
}

// EXTERNAL MODULE: ./src/core/material/checks.ts
var checks = __webpack_require__(8580);
;// CONCATENATED MODULE: ./src/core/material/chain.ts



function orderChain(leaf, candidates) {
    const notes = [];
    const seen = new Set([leaf.fingerprint256]);
    const kept = [];
    for (const candidate of candidates) {
        const { cert, source } = candidate;
        if (seen.has(cert.fingerprint256)) {
            notes.push(`${source} repeats a certificate (${describe(cert)}); ignored the copy.`);
            continue;
        }
        seen.add(cert.fingerprint256);
        if ((0,certificateFacts/* certificateFacts */.l)(cert).selfSigned) {
            notes.push(`${source} includes the self-signed root (${describe(cert)}); dropped it, because ` +
                `Roles Anywhere takes the root from the trust anchor.`);
            continue;
        }
        kept.push(candidate);
    }
    const ordered = [];
    const remaining = [...kept];
    let current = leaf;
    for (;;) {
        const index = remaining.findIndex((candidate) => issues(candidate.cert, current));
        const next = remaining[index];
        if (next === undefined)
            break;
        ordered.push(next);
        remaining.splice(index, 1);
        current = next.cert;
    }
    const [stray] = remaining;
    if (stray !== undefined) {
        const last = ordered[ordered.length - 1]?.cert ?? leaf;
        throw (0,materialError/* materialError */.sO)('ERR_CHAIN_ORDER', stray.source, `${stray.source} holds a certificate (${describe(stray.cert)}) that does not connect to ` +
            `the leaf: it did not issue ${last === leaf ? 'the leaf' : 'the last connected intermediate'} ` +
            `(${describe(last)}) or any other given certificate; remove it, or add the missing ` +
            `intermediates between it and the leaf.`);
    }
    if (ordered.some((candidate, index) => candidate !== kept[index])) {
        const sources = [...new Set(kept.map((candidate) => candidate.source))];
        const verb = sources.length > 1 ? 'were' : 'was';
        const reversed = ordered.every((candidate, index) => candidate === kept[kept.length - 1 - index]);
        notes.push(`${sources.join(' and ')} ${verb} given ${reversed ? 'root-first' : 'out of order'}; ` +
            `reordered leaf-first.`);
    }
    return { intermediates: ordered.map((candidate) => candidate.cert), notes };
}
function issues(issuer, child) {
    try {
        return child.checkIssued(issuer) && (0,certificateFacts/* verifiesWith */.g)(child, issuer);
    }
    catch {
        return false;
    }
}
function describe(cert) {
    return (0,checks/* identify */.ls)((0,certificateFacts/* certificateFacts */.l)(cert));
}

;// CONCATENATED MODULE: ./src/core/material/privateKey.ts








const FORMAT_NAMES = { pkcs1: 'PKCS#1 RSA', sec1: 'SEC1 EC', pkcs8: 'PKCS#8' };
function loadPrivateKey(item, passphrase, context) {
    switch (item.kind) {
        case 'private-key':
            return { key: plainKey(item.der, item.format, context), passphrase: 'none' };
        case 'unsupported-key':
            throw unsupportedFormat(item.description, context);
        case 'encrypted-private-key':
            return withPassphrase(passphrase, 'encrypted PKCS#8', context, (candidate) => encryptedPkcs8(item.der, candidate, context));
        case 'legacy-encrypted-key':
            return withPassphrase(passphrase, `encrypted PEM (${item.cipher})`, context, (candidate) => legacyPem(item.pem, item.cipher, candidate, context));
    }
}
function plainKey(der, format, context) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: format });
    }
    catch (error) {
        if (format === 'pkcs8')
            (0,mlDsa/* assertMlDsaLoadable */.AQ)(der, context.input);
        throw (0,materialError/* materialError */.sO)('ERR_KEY_INVALID', context.input, `${context.input} holds a ${FORMAT_NAMES[format]} private key that cannot be read ` +
            `(${(0,materialError/* summarizeCause */.de)(error)}); export the key again as PEM.`, error);
    }
}
/** Thrown by a decryption attempt when the passphrase, not the key, is the problem. */
class WrongPassphrase extends Error {
    name = 'WrongPassphrase';
}
/**
 * Tries the passphrase as given, then without trailing line breaks: secrets pasted from a file
 * often carry its final newline, and the user cannot see it.
 */
function withPassphrase(passphrase, what, context, open) {
    if (passphrase === undefined || passphrase === '') {
        throw (0,materialError/* materialError */.sO)('ERR_PASSPHRASE_REQUIRED', context.passphraseInput, `${context.input} is an ${what} key but ${context.passphraseInput} is not set; ` +
            `set ${context.passphraseInput} to the key's passphrase.`);
    }
    const trimmed = passphrase.replace(/[\r\n]+$/, '');
    const attempts = [[passphrase, 'given']];
    if (trimmed !== passphrase && trimmed !== '')
        attempts.push([trimmed, 'trimmed']);
    for (const [candidate, used] of attempts) {
        try {
            return { key: open(candidate), passphrase: used };
        }
        catch (error) {
            if (!(error instanceof WrongPassphrase))
                throw error;
        }
    }
    throw (0,materialError/* materialError */.sO)('ERR_PASSPHRASE_WRONG', context.passphraseInput, `${context.passphraseInput} does not decrypt ${context.input} (${what}); ` +
        `check the passphrase, including any trailing space.`);
}
function encryptedPkcs8(der, passphrase, context) {
    let algorithm;
    try {
        const [algorithmNode, dataNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'EncryptedPrivateKeyInfo'), 'key');
        algorithm = (0,asn1/* algorithmIdentifier */.Hh)(algorithmNode, 'key encryption');
        (0,asn1/* octets */.tu)(dataNode, 'encrypted key');
    }
    catch (error) {
        if (!(error instanceof asn1/* Asn1Error */.mn))
            throw error;
        throw invalidEncryptedKey(context, error.message);
    }
    if (algorithm.oid === oids/* OID */.Vx.pbes2) {
        try {
            // OpenSSL runs the derivation itself: the budget is charged from the parameters first.
            chargePbes2(parsePbes2(algorithm.parameters), new DerivationBudget());
        }
        catch (error) {
            throw pbeProblem(error, describeEncryption(algorithm), context);
        }
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8', passphrase });
        }
        catch {
            (0,mlDsa/* assertMlDsaLoadable */.AQ)(decryptQuietly(der, algorithm, passphrase), context.input);
            // The scheme is one OpenSSL runs, so a failure here is a wrong passphrase.
            throw new WrongPassphrase();
        }
    }
    if (oids/* PKCS12_PBE_OIDS */.V8[algorithm.oid] !== undefined) {
        let plain;
        try {
            const [, dataNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'EncryptedPrivateKeyInfo'), 'key');
            plain = pbeDecrypt(algorithm, (0,asn1/* octets */.tu)(dataNode, 'encrypted key'), {
                bmp: bmpPassword(passphrase),
                utf8: Buffer.from(passphrase, 'utf8'),
                budget: new DerivationBudget(),
            });
        }
        catch (error) {
            if (error instanceof PbeError && error.reason === 'bad-decrypt')
                throw new WrongPassphrase();
            throw pbeProblem(error, describeEncryption(algorithm), context);
        }
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: plain, format: 'der', type: 'pkcs8' });
        }
        catch {
            (0,mlDsa/* assertMlDsaLoadable */.AQ)(plain, context.input);
            throw new WrongPassphrase();
        }
    }
    throw unsupportedEncryption(describeEncryption(algorithm), context);
}
/**
 * Decrypts a PBES2 key with this module's own code, only to learn what OpenSSL refused: a key
 * type this Node lacks (ML-DSA before Node 24) rather than a wrong passphrase. Empty on failure.
 */
function decryptQuietly(der, algorithm, passphrase) {
    try {
        const [, dataNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'EncryptedPrivateKeyInfo'), 'key');
        return pbeDecrypt(algorithm, (0,asn1/* octets */.tu)(dataNode, 'encrypted key'), {
            bmp: bmpPassword(passphrase),
            utf8: Buffer.from(passphrase, 'utf8'),
            budget: new DerivationBudget(),
        });
    }
    catch {
        return new Uint8Array(0);
    }
}
function legacyPem(pem, cipher, passphrase, context) {
    if (!(0,external_node_crypto_.getCiphers)().includes(cipher.toLowerCase())) {
        throw unsupportedEncryption(`traditional PEM encryption with ${cipher || 'an unnamed cipher'}`, context);
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase });
    }
    catch {
        throw new WrongPassphrase();
    }
}
function pbeProblem(error, description, context) {
    if (error instanceof PbeError && error.reason === 'too-costly') {
        return (0,materialError/* materialError */.sO)('ERR_INPUT_TOO_LARGE', context.input, `${context.input} is an encrypted key that asks for too much key-derivation work: ${error.message} per key. ` +
            `Encrypt it again, e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc (2,048 iterations by default).`);
    }
    if (error instanceof PbeError && error.reason === 'unsupported') {
        return unsupportedEncryption(`${description}: ${error.message}`, context);
    }
    if (error instanceof PbeError || error instanceof asn1/* Asn1Error */.mn) {
        return invalidEncryptedKey(context, error.message);
    }
    return error instanceof Error ? error : new Error(String(error));
}
function invalidEncryptedKey(context, reason) {
    return (0,materialError/* materialError */.sO)('ERR_KEY_INVALID', context.input, `${context.input} is an encrypted PKCS#8 key that cannot be read (${reason}); ` +
        `export the key again as PEM.`);
}
function unsupportedEncryption(description, context) {
    return (0,materialError/* materialError */.sO)('ERR_KEY_UNSUPPORTED', context.input, `${context.input} is encrypted with ${description}, which is not supported; re-encrypt it ` +
        `with openssl pkcs8 -topk8 -v2 aes-256-cbc -in key.pem -out key-encrypted.pem.`);
}
function unsupportedFormat(description, context) {
    const advice = description.includes('OpenSSH')
        ? 'convert it with ssh-keygen -p -m PKCS8 -f <key file> (rewrites the file in place)'
        : 'Roles Anywhere signs with RSA (2048 bits or more) or EC P-256/P-384 keys';
    return (0,materialError/* materialError */.sO)('ERR_KEY_UNSUPPORTED', context.input, `${context.input} holds ${description}, which is not supported; ${advice}.`);
}

;// CONCATENATED MODULE: ./src/core/material/keyInput.ts





/**
 * The private-key side of the inputs: the key input in any of its forms, or, when it is empty,
 * the key that came with the certificate (a PKCS#12 bundle or a combined PEM).
 */
function readKeyInput(sources, passphrase, leafSource, names, notes, secrets) {
    const reading = { passphrase, names, notes, secrets };
    if (sources.privateKey === undefined || isBlank(sources.privateKey))
        return keyBesideCertificate(leafSource, reading);
    const decoded = decodeInput(sources.privateKey, {
        input: names.privateKey,
        expected: 'private key',
        role: 'private-key',
    });
    const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
    if (bundle !== undefined)
        return keysFromBundle(bundle.der, reading);
    return singleKey(decoded, leafSource, reading);
}
/** No key input: the key the certificate input brought, in its bundle or beside it in the PEM. */
function keyBesideCertificate(leafSource, reading) {
    const { passphrase, names, notes, secrets } = reading;
    const input = names.privateKey;
    if (leafSource.bundledKeys.length > 0)
        return leafSource.bundledKeys;
    if (leafSource.embeddedKey !== undefined) {
        const item = leafSource.embeddedKey;
        const loaded = loadPrivateKey(item, passphrase, {
            input: names.certificate,
            passphraseInput: names.passphrase,
        });
        // The certificate input is not treated as secret, so all of the key's lines need masking.
        secrets.addLines(item.lines, new Set());
        notes.push(`${names.certificate} also holds the private key; used it.`);
        notePassphrase(loaded.passphrase, passphrase, names.certificate, names, notes, secrets);
        return [loaded.key];
    }
    throw (0,materialError/* materialError */.sO)('ERR_KEY_MISSING', input, `${input} is not set and ${names.certificate} holds no private key; set ${input} to the ` +
        `key that pairs with the certificate, or give a PKCS#12 bundle as ${names.certificate}.`);
}
/** A PKCS#12 bundle given as the key input: its keys. */
function keysFromBundle(der, reading) {
    const { names, notes } = reading;
    const input = names.privateKey;
    const contents = readPkcs12Noting(der, reading.passphrase, { input, passphraseInput: names.passphrase }, notes);
    if (contents.keys.length === 0) {
        throw (0,materialError/* materialError */.sO)('ERR_KEY_MISSING', input, `${input} is a PKCS#12 bundle without a private key; export it again with the key ` +
            `included (openssl pkcs12 -export -inkey key.pem -in cert.pem).`);
    }
    return contents.keys;
}
/** PEM, DER or base64 key input: exactly one key, perhaps beside certificates it ignores. */
function singleKey(decoded, leafSource, reading) {
    const { passphrase, names, notes, secrets } = reading;
    const input = names.privateKey;
    const keys = decoded.items.filter(isKeyItem);
    const [item] = keys;
    if (item === undefined)
        throw notAKey(decoded, input, names);
    if (keys.length > 1) {
        throw (0,materialError/* materialError */.sO)('ERR_KEY_INVALID', input, `${input} holds ${keys.length} private keys; give exactly the one that pairs with the certificate.`);
    }
    const loaded = loadPrivateKey(item, passphrase, { input, passphraseInput: names.passphrase });
    secrets.addLines(item.lines, decoded.verbatimLines);
    const unused = leafSource.fromBundle ? undefined : passphrase;
    notePassphrase(loaded.passphrase, unused, input, names, notes, secrets);
    if (decoded.items.some((entry) => entry.kind === 'certificate')) {
        notes.push(`${input} also holds certificates; ignored them (certificates belong in ${names.certificate}).`);
    }
    return [loaded.key];
}
function notePassphrase(used, passphrase, keyInput, names, notes, secrets) {
    if (used === 'trimmed' && passphrase !== undefined) {
        const trimmed = passphrase.replace(/[\r\n]+$/, '');
        secrets.add(trimmed);
        notes.push(`${names.passphrase} ends with a line break; the key opened without it.`);
    }
    if (used === 'none' && passphrase !== undefined) {
        notes.push(`${names.passphrase} is set but the key in ${keyInput} is not encrypted; it was not needed.`);
    }
}
function notAKey(decoded, input, names) {
    if (decoded.items.some((item) => item.kind === 'certificate')) {
        return (0,materialError/* materialError */.sO)('ERR_KEY_EXPECTED_GOT_CERT', input, `${input} holds a certificate, not a private key; put the private key in ${input} ` +
            `and the certificate in ${names.certificate}.`);
    }
    const other = decoded.items.find((item) => item.kind === 'other');
    const found = other?.kind === 'other' ? other.description : 'no private key';
    return (0,materialError/* materialError */.sO)('ERR_KEY_INVALID', input, `${input} holds ${found}, not a private key; give the private key that pairs with the ` +
        `certificate (PEM, DER or their base64).`);
}

// EXTERNAL MODULE: ./src/core/material/matchExternalKey.ts
var matchExternalKey = __webpack_require__(1760);
;// CONCATENATED MODULE: ./src/core/material/matchLeaf.ts



/**
 * Picks the leaf: the certificate whose public key pairs with the private key. Matching by key,
 * not by position, finds the leaf in a bundle and in a chain pasted in the wrong order.
 */
function matchLeaf(leafSource, keys, keySource, names, notes) {
    // With one key, an unsupported type is the clearer message than a mismatch.
    const [onlyKey] = keys;
    if (keys.length === 1 && onlyKey !== undefined)
        (0,checks/* assertSupportedKey */.Ec)(onlyKey, keySource);
    for (const key of keys) {
        const index = leafSource.certificates.findIndex((cert) => belongsTo(cert, key));
        const leaf = leafSource.certificates[index];
        if (leaf === undefined)
            continue;
        if (index > 0 && !leafSource.fromBundle) {
            notes.push(`${names.certificate} lists the certificate for the private key in position ${index + 1}; ` +
                `used it as the leaf.`);
        }
        const supported = (0,checks/* assertSupportedKey */.Ec)(key, keySource);
        notes.push(...supported.notes);
        return { leaf, key, keyType: supported.keyType };
    }
    const [first] = leafSource.certificates;
    const which = first === undefined ? '' : ` (${(0,checks/* identify */.ls)((0,certificateFacts/* certificateFacts */.l)(first))})`;
    throw (0,materialError/* materialError */.sO)('ERR_KEY_MISMATCH', keySource, `The private key does not belong to the certificate${which}. Check that ` +
        `${names.privateKey} and ${names.certificate} come from the same issuance.`);
}
function belongsTo(cert, key) {
    try {
        return cert.checkPrivateKey(key);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/material/secretFragments.ts
var secretFragments = __webpack_require__(8968);
// EXTERNAL MODULE: ./src/core/material/sizeLimit.ts
var sizeLimit = __webpack_require__(6845);
;// CONCATENATED MODULE: ./src/core/material/types.ts
/** The GitHub Action's input names; the CLI passes its flags instead. */
const DEFAULT_INPUT_NAMES = {
    certificate: 'certificate',
    privateKey: 'private-key',
    passphrase: 'private-key-passphrase',
    intermediates: 'certificate-chain',
};

;// CONCATENATED MODULE: ./src/core/material/load.ts













/**
 * Reads the certificate, key and chain the user brought, in whatever form, and checks them the
 * way Roles Anywhere will, so that a bad input fails here with a message naming it rather than
 * later as an opaque AccessDenied. Pure: the clock comes in through `options.now`.
 */
function loadMaterial(sources, options) {
    // The work is synchronous, but a caller awaiting it expects a bad input as a rejection, not
    // as a throw in its own frame; the executor turns one into the other.
    return new Promise((resolve) => {
        resolve(loadMaterialNow(sources, options));
    });
}
function loadMaterialNow(sources, options) {
    const names = resolveNames(options.names);
    if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) {
        throw new errors/* RolesAnywhereError */.rK('ERR_INTERNAL', 'loadMaterial needs options.now as a valid Date.');
    }
    (0,sizeLimit/* checkMaterialSize */.P_)(sources.certificate, names.certificate);
    (0,sizeLimit/* checkMaterialSize */.P_)(sources.privateKey, names.privateKey);
    (0,sizeLimit/* checkMaterialSize */.P_)(sources.intermediates, names.intermediates);
    (0,sizeLimit/* checkMaterialSize */.P_)(sources.passphrase, names.passphrase);
    const progress = { input: names.certificate };
    try {
        return load(sources, options.now, names, progress);
    }
    catch (error) {
        if ((0,errors/* isRolesAnywhereError */.db)(error))
            throw error;
        // A bug, not bad input. Only the error's class is kept: its message might quote data.
        const kind = error instanceof Error ? error.name : typeof error;
        throw (0,materialError/* materialError */.sO)('ERR_INTERNAL', progress.input, `Reading ${progress.input} failed unexpectedly (${kind}); this is a bug, please report it.`);
    }
}
function resolveNames(given) {
    const names = { ...DEFAULT_INPUT_NAMES };
    const keys = [
        'certificate',
        'privateKey',
        'passphrase',
        'intermediates',
    ];
    for (const key of keys) {
        const value = given?.[key];
        if (typeof value === 'string' && value !== '')
            names[key] = value;
    }
    return names;
}
function load(sources, now, names, progress) {
    const notes = [];
    const secrets = new secretFragments/* SecretFragments */.Wx();
    const passphrase = sources.passphrase === '' ? undefined : sources.passphrase;
    progress.input = names.certificate;
    const leafSource = readCertificateInput(sources.certificate, passphrase, names, notes);
    progress.input = names.privateKey;
    const external = sources.externalKey;
    const keyCandidates = external === undefined
        ? readKeyInput(sources, passphrase, leafSource, names, notes, secrets)
        : [];
    const keySource = isBlank(sources.privateKey) ? names.certificate : names.privateKey;
    progress.input = names.intermediates;
    const chainCertificates = readIntermediates(sources.intermediates, names);
    progress.input = external === undefined ? keySource : names.privateKey;
    const { leaf, key, keyType } = external === undefined
        ? matchLeaf(leafSource, keyCandidates, keySource, names, notes)
        : {
            leaf: (0,matchExternalKey/* matchExternalKey */.q)(leafSource, external, names),
            key: external,
            keyType: external.keyType,
        };
    progress.input = names.certificate;
    const facts = (0,certificateFacts/* certificateFacts */.l)(leaf);
    (0,checks/* checkValidity */.VG)(facts, now, names.certificate);
    const warnings = (0,checks/* checkEndEntity */.jg)(facts, names.certificate, names.intermediates);
    progress.input = names.intermediates;
    const candidates = [
        ...leafSource.certificates
            .filter((cert) => cert !== leaf)
            .map((cert) => ({ cert, source: names.certificate })),
        ...chainCertificates.map((cert) => ({ cert, source: names.intermediates })),
    ];
    const chain = orderChain(leaf, candidates);
    notes.push(...chain.notes);
    return {
        leaf,
        leafDer: Buffer.from(leaf.raw),
        intermediates: chain.intermediates,
        privateKey: key,
        keyType,
        serialDecimal: facts.serialDecimal,
        subject: facts.subject,
        issuer: facts.issuer,
        notBefore: facts.notBefore,
        notAfter: facts.notAfter,
        fingerprint256: leaf.fingerprint256,
        notes,
        warnings,
        secretFragments: secrets.toArray(),
    };
}

// EXTERNAL MODULE: ./src/core/material/keyDescription.ts
var keyDescription = __webpack_require__(3358);
// EXTERNAL MODULE: ./src/core/material/endEntityRules.ts
var endEntityRules = __webpack_require__(24);
;// CONCATENATED MODULE: ./src/core/material/index.ts
// The material module: loadMaterial for the credential flow, certificateFacts for the doctor.




// Building blocks below loadMaterial, for commands that need less than a checked identity
// (reading a certificate without its key, signing with a key alone, reporting every problem).









/***/ }),

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ describeKey)
/* harmony export */ });
const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
    secp224r1: 'P-224',
    prime192v1: 'P-192',
};
const KNOWN = [
    'rsa',
    'rsa-pss',
    'ec',
    'ml-dsa-44',
    'ml-dsa-65',
    'ml-dsa-87',
    'ed25519',
    'ed448',
    'dsa',
    'x25519',
    'x448',
    'dh',
];
function asKeyType(raw) {
    return KNOWN.find((type) => type === raw) ?? 'unknown';
}
/** Describes a public or private key for messages and for the support check. */
function describeKey(key) {
    const raw = key.asymmetricKeyType ?? 'unknown';
    const type = asKeyType(raw);
    const details = key.asymmetricKeyDetails ?? {};
    const bits = details.modulusLength;
    const curve = details.namedCurve === undefined
        ? undefined
        : (CURVE_NAMES[details.namedCurve] ?? details.namedCurve);
    const description = (() => {
        switch (type) {
            case 'rsa':
                return `RSA ${bits ?? '?'}`;
            case 'rsa-pss':
                return `RSA-PSS ${bits ?? '?'}`;
            case 'dsa':
                return `DSA ${bits ?? '?'}`;
            case 'ec':
                return `EC ${curve ?? 'with explicit parameters'}`;
            case 'ml-dsa-44':
            case 'ml-dsa-65':
            case 'ml-dsa-87':
                return type.toUpperCase();
            case 'ed25519':
                return 'Ed25519';
            case 'ed448':
                return 'Ed448';
            case 'x25519':
                return 'X25519';
            case 'x448':
                return 'X448';
            case 'dh':
                return `DH ${bits ?? '?'}`;
            case 'unknown':
                return `${raw} key`;
        }
    })();
    return { type, description, bits, curve };
}


/***/ }),

/***/ 1760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ externalKeyBelongsTo),
/* harmony export */   q: () => (/* binding */ matchExternalKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificateFacts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8580);
/* harmony import */ var _materialError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1552);




// Not secret and not a request: only proves that the device's key pairs with a certificate.
const PROBE = Buffer.from('rolesanywhere-credentials: does this key belong to the certificate?');
/**
 * Picks the leaf for a key that cannot be read: the certificate whose public key verifies one
 * signature made by the device. One extra signature per load, and a mismatch is caught here
 * rather than as an opaque "Invalid signature" from the service.
 */
function matchExternalKey(leafSource, key, names) {
    const signature = key.sign(PROBE);
    const leaf = leafSource.certificates.find((cert) => verifies(cert, key, signature));
    if (leaf !== undefined)
        return leaf;
    const [first] = leafSource.certificates;
    const which = first === undefined ? '' : ` (${(0,_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .identify */ .ls)((0,_certificateFacts_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFacts */ .l)(first))})`;
    throw (0,_materialError_js__WEBPACK_IMPORTED_MODULE_3__/* .materialError */ .sO)('ERR_KEY_MISMATCH', names.privateKey, `The ${key.description} does not belong to the certificate${which}. Check that ` +
        `${names.privateKey} names the key issued with ${names.certificate} (the same id= on the token).`);
}
/** Whether the device's key pairs with `cert`: one probe signature, verified here. */
function externalKeyBelongsTo(cert, key) {
    return verifies(cert, key, key.sign(PROBE));
}
function verifies(cert, key, signature) {
    try {
        if (key.keyType === 'ml-dsa')
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, PROBE, cert.publicKey, signature);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', PROBE, { key: cert.publicKey, dsaEncoding: 'der' }, signature);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ assertMlDsaLoadable),
/* harmony export */   Oy: () => (/* binding */ mlDsaParameterSetOf),
/* harmony export */   tv: () => (/* binding */ mlDsaAvailable)
/* harmony export */ });
/* unused harmony exports ML_DSA_OIDS, mlDsaNeedsNode24 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8196);
/* harmony import */ var _materialError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1552);



/** RFC 9881 / NIST CSOR: one OID per parameter set, for keys and signatures alike. */
const ML_DSA_OIDS = {
    '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
    '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
    '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
};
let available;
/** Whether this Node's crypto can make and use ML-DSA keys (feature test, not a version test). */
function mlDsaAvailable() {
    if (available === undefined) {
        try {
            // The type names follow the Node 20 baseline, which lacks 'ml-dsa-44'.
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ml-dsa-44');
            available = true;
        }
        catch {
            available = false;
        }
    }
    return available;
}
/** The ML-DSA parameter set of a PKCS#8 PrivateKeyInfo or a SubjectPublicKeyInfo, if it is one. */
function mlDsaParameterSetOf(der) {
    try {
        const parts = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)((0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDer */ .zE)(der, 'key'), 'key');
        // PrivateKeyInfo starts with a version INTEGER; SubjectPublicKeyInfo with the algorithm.
        const node = parts.find((part) => (0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .isUniversal */ .Aw)(part, _asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .Tag */ .vw.sequence));
        return ML_DSA_OIDS[(0,_asn1_js__WEBPACK_IMPORTED_MODULE_1__/* .algorithmIdentifier */ .Hh)(node, 'key algorithm').oid];
    }
    catch {
        return undefined;
    }
}
/** One line: ML-DSA needs a newer Node. */
function mlDsaNeedsNode24(parameterSet, input) {
    return (0,_materialError_js__WEBPACK_IMPORTED_MODULE_2__/* .materialError */ .sO)('ERR_KEY_UNSUPPORTED', input, `${input} holds an ${parameterSet} key, which needs Node.js 24 or later (the GitHub ` +
        `Action's runtime, with OpenSSL 3.5); this Node.js cannot sign with ML-DSA. Run this ` +
        `tool with Node.js 24 or later.`);
}
/** Throws the Node 24 message when `pkcs8Der` is an ML-DSA key this Node cannot load. */
function assertMlDsaLoadable(pkcs8Der, input) {
    const parameterSet = mlDsaParameterSetOf(pkcs8Der);
    if (parameterSet !== undefined && !mlDsaAvailable())
        throw mlDsaNeedsNode24(parameterSet, input);
}


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ NAME_ATTRIBUTE_OIDS),
/* harmony export */   Dy: () => (/* binding */ DIGEST_OIDS),
/* harmony export */   FV: () => (/* binding */ HMAC_PRF_OIDS),
/* harmony export */   HN: () => (/* binding */ PBES2_CIPHER_OIDS),
/* harmony export */   Mu: () => (/* binding */ SIGNATURE_HASH_OIDS),
/* harmony export */   V8: () => (/* binding */ PKCS12_PBE_OIDS),
/* harmony export */   Vx: () => (/* binding */ OID),
/* harmony export */   WT: () => (/* binding */ PBES1_OIDS)
/* harmony export */ });
/**
 * Object identifiers the material parsers recognise, in one place. Names follow the defining
 * documents: RFC 5280 (X.509), RFC 7292 (PKCS#12), RFC 8018 (PKCS#5), RFC 7914 (scrypt).
 */
const OID = {
    // RFC 5652 / RFC 7292 content types
    data: '1.2.840.113549.1.7.1',
    signedData: '1.2.840.113549.1.7.2',
    envelopedData: '1.2.840.113549.1.7.3',
    encryptedData: '1.2.840.113549.1.7.6',
    // RFC 7292 section 4.2 bag types
    keyBag: '1.2.840.113549.1.12.10.1.1',
    pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
    certBag: '1.2.840.113549.1.12.10.1.3',
    safeContentsBag: '1.2.840.113549.1.12.10.1.6',
    x509Certificate: '1.2.840.113549.1.9.22.1',
    // RFC 8018
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    pbmac1: '1.2.840.113549.1.5.14',
    scrypt: '1.3.6.1.4.1.11591.4.11',
    // RFC 5280 extensions
    keyUsage: '2.5.29.15',
    basicConstraints: '2.5.29.19',
    // Signature algorithms whose hash lives in the parameters (RFC 4055)
    rsassaPss: '1.2.840.113549.1.1.10',
};
/** RFC 8018 PBES1 identifiers: DES and RC2 with MD2/MD5/SHA-1, all obsolete. */
const PBES1_OIDS = new Set([
    '1.2.840.113549.1.5.1',
    '1.2.840.113549.1.5.3',
    '1.2.840.113549.1.5.4',
    '1.2.840.113549.1.5.6',
    '1.2.840.113549.1.5.10',
    '1.2.840.113549.1.5.11',
]);
/** Digest algorithms as used by PKCS#12 MACs (RFC 7292 section 4) and RSASSA-PSS. */
const DIGEST_OIDS = {
    '1.2.840.113549.2.5': 'md5',
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.4': 'sha224',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** PBKDF2 pseudo-random functions (RFC 8018 appendix B.1). */
const HMAC_PRF_OIDS = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
};
/** PBES2 encryption schemes this module decrypts, with node's cipher name and key size. */
const PBES2_CIPHER_OIDS = {
    '2.16.840.1.101.3.4.1.2': { cipher: 'aes-128-cbc', keyLength: 16 },
    '2.16.840.1.101.3.4.1.22': { cipher: 'aes-192-cbc', keyLength: 24 },
    '2.16.840.1.101.3.4.1.42': { cipher: 'aes-256-cbc', keyLength: 32 },
    '1.2.840.113549.3.7': { cipher: 'des-ede3-cbc', keyLength: 24 },
};
/** RFC 7292 appendix C: password-based encryption with the PKCS#12 key derivation. */
const PKCS12_PBE_OIDS = {
    '1.2.840.113549.1.12.1.1': { kind: 'unsupported', name: 'pbeWithSHAAnd128BitRC4' },
    '1.2.840.113549.1.12.1.2': { kind: 'unsupported', name: 'pbeWithSHAAnd40BitRC4' },
    '1.2.840.113549.1.12.1.3': { kind: 'node', cipher: 'des-ede3-cbc', keyLength: 24 },
    '1.2.840.113549.1.12.1.4': { kind: 'node', cipher: 'des-ede-cbc', keyLength: 16 },
    '1.2.840.113549.1.12.1.5': { kind: 'rc2', keyLength: 16 },
    '1.2.840.113549.1.12.1.6': { kind: 'rc2', keyLength: 5 },
};
/**
 * Certificate signature algorithms by the hash they sign with (RFC 3279, 4055, 5758); ML-DSA
 * (RFC 9881) hashes internally with SHAKE256, so it stands for itself.
 */
const SIGNATURE_HASH_OIDS = {
    '1.2.840.113549.1.1.4': 'MD5',
    '1.2.840.113549.1.1.5': 'SHA-1',
    '1.3.14.3.2.29': 'SHA-1',
    '1.2.840.113549.1.1.14': 'SHA-224',
    '1.2.840.113549.1.1.11': 'SHA-256',
    '1.2.840.113549.1.1.12': 'SHA-384',
    '1.2.840.113549.1.1.13': 'SHA-512',
    '1.2.840.10045.4.1': 'SHA-1',
    '1.2.840.10045.4.3.1': 'SHA-224',
    '1.2.840.10045.4.3.2': 'SHA-256',
    '1.2.840.10045.4.3.3': 'SHA-384',
    '1.2.840.10045.4.3.4': 'SHA-512',
    '1.2.840.10040.4.3': 'SHA-1',
    '2.16.840.1.101.3.4.3.1': 'SHA-224',
    '2.16.840.1.101.3.4.3.2': 'SHA-256',
    '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
    '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
    '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
};
/** Short names for distinguished-name attributes, as OpenSSL prints them. */
const NAME_ATTRIBUTE_OIDS = {
    '2.5.4.3': 'CN',
    '2.5.4.4': 'SN',
    '2.5.4.5': 'serialNumber',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'street',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.12': 'title',
    '2.5.4.42': 'GN',
    '2.5.4.46': 'dnQualifier',
    '2.5.4.65': 'pseudonym',
    '0.9.2342.19200300.100.1.1': 'UID',
    '0.9.2342.19200300.100.1.25': 'DC',
    '1.2.840.113549.1.9.1': 'emailAddress',
};


/***/ })

};
;