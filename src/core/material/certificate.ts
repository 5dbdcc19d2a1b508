import { X509Certificate } from 'node:crypto';

import { materialError, summarizeCause } from './materialError.js';

/** Parses one DER certificate with OpenSSL, attributing failure to the input it came from. */
export function parseCertificate(der: Uint8Array, input: string): X509Certificate {
  try {
    return new X509Certificate(Buffer.from(der));
  } catch (error) {
    // Node tries PEM before DER, so its message is often the irrelevant "no start line".
    const reason = summarizeCause(error);
    throw materialError(
      'ERR_CERT_INVALID',
      input,
      `${input} holds a certificate that OpenSSL cannot parse` +
        `${reason.includes('no start line') ? '' : ` (${reason})`}; export it again as PEM.`,
      error,
    );
  }
}
