/**
 * An ML-DSA test PKI, built apart from the emulator's own PKI code so that tests do not check the
 * emulator against itself: pkijs assembles the certificates, node:crypto signs them. Needs Node 24
 * (OpenSSL 3.5): Debian's openssl 3.0 cannot make ML-DSA keys, and the tests run on Node 20, so
 * the tests run this file with the Node 24 dev dependency.
 *
 *   node24 __tests__/helpers/mlDsaPki.mjs <dir> <ml-dsa-44|ml-dsa-65|ml-dsa-87> <passphrase>
 *
 * writes into <dir> (0600): root.pem, intermediate.pem, leaf.pem, leaf.key (PKCS#8),
 * leaf-encrypted.key (PBES2 PKCS#8), leaf.p12 (leaf, intermediate and key, PBES2 and an
 * HMAC-SHA-256 MAC) and other.key (a key of another parameter set), and prints the leaf's serial.
 */
import { generateKeyPairSync, randomBytes, sign, webcrypto } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const SIGNATURE_OIDS = {
  'ml-dsa-44': '2.16.840.1.101.3.4.3.17',
  'ml-dsa-65': '2.16.840.1.101.3.4.3.18',
  'ml-dsa-87': '2.16.840.1.101.3.4.3.19',
};
const DAY_MS = 86_400_000;

const [dir, parameterSet, passphrase] = process.argv.slice(2);
if (dir === undefined || SIGNATURE_OIDS[parameterSet] === undefined || !passphrase) {
  console.error('usage: mlDsaPki.mjs <dir> <ml-dsa-44|ml-dsa-65|ml-dsa-87> <passphrase>');
  process.exit(2);
}
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto }));

function name(commonName) {
  const attribute = new pkijs.AttributeTypeAndValue({
    type: '2.5.4.3',
    value: new asn1js.Utf8String({ value: commonName }),
  });
  return new pkijs.RelativeDistinguishedNames({ typesAndValues: [attribute] });
}

function extension(extnID, critical, value) {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** keyUsage as a BIT STRING: digitalSignature (bit 0) for a leaf, keyCertSign (bit 5) for a CA. */
function keyUsage(isCA) {
  return new asn1js.BitString({
    valueHex: new Uint8Array([isCA ? 0x04 : 0x80]),
    unusedBits: isCA ? 2 : 7,
  });
}

function certificate({ subject, issuer, publicKey, signingKey, isCA }) {
  const cert = new pkijs.Certificate();
  const serial = randomBytes(16);
  // Positive, and never a leading zero octet: OpenSSL refuses an INTEGER with needless padding,
  // which 1 serial in 256 would otherwise have.
  serial[0] = (serial[0] & 0x7f) | 0x10;
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: serial });
  cert.subject = name(subject);
  cert.issuer = name(issuer);
  const now = Date.now();
  cert.notBefore.value = new Date(now - DAY_MS);
  cert.notAfter.value = new Date(now + 30 * DAY_MS);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  cert.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({ schema: asn1js.fromBER(spki).result });
  cert.extensions = [
    extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: isCA }).toSchema()),
    extension('2.5.29.15', true, keyUsage(isCA)),
  ];
  // RFC 9881: the algorithm is the signer's parameter set, with no parameters.
  const algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: SIGNATURE_OIDS[parameterSet] });
  cert.signature = algorithm;
  cert.signatureAlgorithm = algorithm;
  cert.tbsView = new Uint8Array(cert.encodeTBS().toBER());
  cert.signatureValue = new asn1js.BitString({ valueHex: sign(null, cert.tbsView, signingKey) });
  const der = Buffer.from(cert.toSchema().toBER());
  return { der, serial: BigInt(`0x${serial.toString('hex')}`), parsed: cert };
}

function pem(label, der) {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

async function pkcs12(leaf, intermediate, encryptedKeyDer) {
  const keyBag = new pkijs.SafeBag({
    bagId: '1.2.840.113549.1.12.10.1.2',
    bagValue: new pkijs.PKCS8ShroudedKeyBag({ schema: asn1js.fromBER(encryptedKeyDer).result }),
  });
  const certBags = [leaf, intermediate].map(
    (cert) =>
      new pkijs.SafeBag({
        bagId: '1.2.840.113549.1.12.10.1.3',
        bagValue: new pkijs.CertBag({ parsedValue: cert.parsed }),
      }),
  );
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0,
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: {
          safeContents: [
            { privacyMode: 0, value: new pkijs.SafeContents({ safeBags: [keyBag, ...certBags] }) },
          ],
        },
      }),
    },
  });
  await pfx.parsedValue.authenticatedSafe.makeInternalValues({ safeContents: [{}] });
  await pfx.makeInternalValues({
    password: Buffer.from(passphrase, 'utf8'),
    iterations: 2048,
    pbkdf2HashAlgorithm: 'SHA-256',
    hmacHashAlgorithm: 'SHA-256',
  });
  return Buffer.from(pfx.toSchema().toBER());
}

const root = generateKeyPairSync(parameterSet);
const issuing = generateKeyPairSync(parameterSet);
const own = generateKeyPairSync(parameterSet);
const other = generateKeyPairSync(parameterSet === 'ml-dsa-44' ? 'ml-dsa-65' : 'ml-dsa-44');

const rootCert = certificate({
  subject: `Test ${parameterSet} Root CA`,
  issuer: `Test ${parameterSet} Root CA`,
  publicKey: root.publicKey,
  signingKey: root.privateKey,
  isCA: true,
});
const intermediateCert = certificate({
  subject: `Test ${parameterSet} Issuing CA`,
  issuer: `Test ${parameterSet} Root CA`,
  publicKey: issuing.publicKey,
  signingKey: root.privateKey,
  isCA: true,
});
const leafCert = certificate({
  subject: `ci-runner-${parameterSet}`,
  issuer: `Test ${parameterSet} Issuing CA`,
  publicKey: own.publicKey,
  signingKey: issuing.privateKey,
  isCA: false,
});
const encryptedKeyDer = own.privateKey.export({
  type: 'pkcs8',
  format: 'der',
  cipher: 'aes-256-cbc',
  passphrase,
});

const files = {
  'root.pem': pem('CERTIFICATE', rootCert.der),
  'intermediate.pem': pem('CERTIFICATE', intermediateCert.der),
  'leaf.pem': pem('CERTIFICATE', leafCert.der),
  'leaf.key': own.privateKey.export({ type: 'pkcs8', format: 'pem' }),
  'leaf-encrypted.key': pem('ENCRYPTED PRIVATE KEY', encryptedKeyDer),
  'leaf.p12': await pkcs12(leafCert, intermediateCert, encryptedKeyDer),
  'other.key': other.privateKey.export({ type: 'pkcs8', format: 'pem' }),
};
for (const [file, content] of Object.entries(files)) {
  writeFileSync(join(dir, file), content, { mode: 0o600 });
}
process.stdout.write(`${leafCert.serial}\n`);
