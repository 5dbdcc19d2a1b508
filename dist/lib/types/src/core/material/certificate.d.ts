import { X509Certificate } from 'node:crypto';
/** Parses one DER certificate with OpenSSL, attributing failure to the input it came from. */
export declare function parseCertificate(der: Uint8Array, input: string): X509Certificate;
