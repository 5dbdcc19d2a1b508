"use strict";
exports.id = 339;
exports.ids = [339];
exports.modules = {

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


/***/ })

};
;