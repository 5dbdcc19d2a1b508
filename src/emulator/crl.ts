/**
 * A certificate revocation list (RFC 5280 section 5) signed by a CA, built with pkijs and signed
 * with node:crypto like the certificates in pki.ts: what `aws rolesanywhere import-crl` takes.
 */
import type { KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { signatureAlgorithm, signBytes } from './pki.js';
import {
  certificateTime,
  keyIdentifier,
  parseCertificate,
  serialBytes,
  toPem,
} from './pkiEncoding.js';

export interface CrlOptions {
  readonly issuer: { readonly certificateDer: Uint8Array; readonly privateKey: KeyObject };
  readonly serials: readonly bigint[];
  readonly thisUpdate: Date;
  readonly nextUpdate: Date;
  /** The CRL's sequence number (cRLNumber), which must grow with each CRL the CA issues. */
  readonly number: bigint;
}

const OID_AUTHORITY_KEY_IDENTIFIER = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';

export function createCrl(options: CrlOptions): { readonly der: Buffer; readonly pem: string } {
  const issuer = parseCertificate(options.issuer.certificateDer);
  const revocationDate = certificateTime(options.thisUpdate);
  const aki = new pkijs.AuthorityKeyIdentifier({
    keyIdentifier: new asn1js.OctetString({ valueHex: keyIdentifier(issuer) }),
  });
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: issuer.subject,
    thisUpdate: certificateTime(options.thisUpdate),
    nextUpdate: certificateTime(options.nextUpdate),
    ...(options.serials.length === 0
      ? {}
      : {
          revokedCertificates: options.serials.map(
            (serial) =>
              new pkijs.RevokedCertificate({
                userCertificate: new asn1js.Integer({ valueHex: serialBytes(serial) }),
                revocationDate,
              }),
          ),
        }),
    crlExtensions: new pkijs.Extensions({
      extensions: [
        new pkijs.Extension({
          extnID: OID_AUTHORITY_KEY_IDENTIFIER,
          critical: false,
          extnValue: aki.toSchema().toBER(false),
        }),
        new pkijs.Extension({
          extnID: OID_CRL_NUMBER,
          critical: false,
          extnValue: new asn1js.Integer({ valueHex: serialBytes(options.number) }).toBER(false),
        }),
      ],
    }),
  });
  const algorithm = signatureAlgorithm(options.issuer.privateKey, 'SHA-256');
  crl.signature = algorithm;
  crl.signatureAlgorithm = algorithm;
  // encodeTBS is protected; the first element of a freshly encoded CRL is the TBSCertList.
  const [tbs] = asSequence(crl.toSchema(true)).valueBlock.value;
  if (tbs === undefined) throw new Error('pkijs produced an empty CRL');
  crl.tbsView = new Uint8Array(tbs.toBER());
  crl.signatureValue = new asn1js.BitString({
    valueHex: signBytes(crl.tbsView, options.issuer.privateKey, 'SHA-256'),
  });
  const der = Buffer.from(asSequence(crl.toSchema()).toBER());
  return { der, pem: toPem('X509 CRL', der) };
}

// pkijs types the CRL's schema as `any`; it is the CertificateList SEQUENCE.
function asSequence(schema: unknown): asn1js.Sequence {
  if (!(schema instanceof asn1js.Sequence)) {
    throw new Error('pkijs encoded a CRL that is not a SEQUENCE');
  }
  return schema;
}
