import { mlDsaAvailable } from '../../core/material/mlDsa.js';
import { rfc3339 } from '../../core/rfc3339.js';
import type { CertificateFacts } from '../inputs/materialInspect.js';
import { DAY_MS } from './describe.js';
import { finding, type Finding } from './findings.js';

/** Under this many days left, the validity check warns. */
const WARN_DAYS = 14;

/** What Roles Anywhere checks on the leaf itself: validity, CA flag, key usage, hash, key type. */
export function checkLeaf(facts: CertificateFacts, now: Date): Finding[] {
  const out: Finding[] = [];
  const left = facts.notAfter.getTime() - now.getTime();
  const window = `valid ${rfc3339(facts.notBefore)} to ${rfc3339(facts.notAfter)}`;
  if (now.getTime() < facts.notBefore.getTime()) {
    out.push(
      finding(
        'fail',
        'validity',
        `not valid yet: ${window}`,
        "Roles Anywhere refuses it until then. If the certificate was just issued, this machine's clock is probably behind: check NTP.",
      ),
    );
  } else if (left <= 0) {
    const days = Math.floor(-left / DAY_MS);
    out.push(
      finding(
        'fail',
        'validity',
        `expired ${days === 0 ? 'less than a day' : `${days} day(s)`} ago: ${window}`,
        'Roles Anywhere refuses expired certificates; issue a new one.',
      ),
    );
  } else if (left < WARN_DAYS * DAY_MS) {
    out.push(
      finding(
        'warn',
        'validity',
        `${Math.floor(left / DAY_MS)} day(s) left: ${window}`,
        `Renew it soon: sessions stop the moment it expires (warning under ${WARN_DAYS} days).`,
      ),
    );
  } else {
    out.push(
      finding(
        'pass',
        'validity',
        `${Math.floor(left / DAY_MS)} days left: ${window}`,
        'Roles Anywhere refuses a certificate outside this window.',
      ),
    );
  }
  out.push(
    facts.isCA
      ? finding(
          'fail',
          'CA flag',
          'the leaf is a CA certificate (basicConstraints CA:TRUE)',
          'Roles Anywhere needs the end-entity certificate; CA certificates go in --intermediates or the trust anchor.',
        )
      : finding(
          'pass',
          'CA flag',
          'end-entity certificate (CA:FALSE)',
          "Roles Anywhere signs with the workload's own certificate, never a CA.",
        ),
  );
  if (facts.digitalSignature === false) {
    out.push(
      finding(
        'fail',
        'key usage',
        `keyUsage lacks digitalSignature (has ${facts.keyUsage?.join(', ') || 'no bits'})`,
        'Roles Anywhere refuses it; reissue the certificate with keyUsage digitalSignature.',
      ),
    );
  } else {
    out.push(
      finding(
        'pass',
        'key usage',
        facts.digitalSignature === true
          ? 'keyUsage includes digitalSignature'
          : 'no keyUsage extension (every use allowed)',
        'Roles Anywhere needs digitalSignature whenever keyUsage is present.',
      ),
    );
  }
  if (facts.signatureHash === 'SHA-1' || facts.signatureHash === 'MD5') {
    out.push(
      finding(
        'fail',
        'signature hash',
        `the certificate is signed with ${facts.signatureHash}`,
        'Roles Anywhere needs SHA-256 or stronger; reissue the certificate.',
      ),
    );
  } else if (facts.signatureHash === 'unknown') {
    out.push(
      finding(
        'warn',
        'signature hash',
        "the certificate's signature algorithm is not one this tool knows",
        'Roles Anywhere accepts SHA-256, SHA-384 and SHA-512 signatures.',
      ),
    );
  } else {
    out.push(
      finding(
        'pass',
        'signature hash',
        `signed with ${facts.signatureHash}`,
        facts.keyType.startsWith('ml-dsa')
          ? 'Requests are signed with AWS4-X509-MLDSA (pure ML-DSA over the string to sign).'
          : 'Requests are signed with SHA-256 whatever hash signed the certificate.',
      ),
    );
  }
  if (
    facts.keyType === 'ml-dsa-44' ||
    facts.keyType === 'ml-dsa-65' ||
    facts.keyType === 'ml-dsa-87'
  ) {
    if (!mlDsaAvailable()) {
      out.push(
        finding(
          'fail',
          'key type',
          `${facts.keyDescription} needs Node.js 24 or later; this is Node.js ${process.versions.node}`,
          "Run this tool with Node.js 24 or later (the GitHub Action's runtime), whose OpenSSL 3.5 signs ML-DSA.",
        ),
      );
    }
  } else if (facts.keyType !== 'rsa' && facts.keyType !== 'ec') {
    out.push(
      finding(
        'fail',
        'key type',
        `${facts.keyDescription} cannot sign Roles Anywhere requests`,
        'Use an RSA (2048 to 4096 bits), EC P-256/P-384 or ML-DSA-44/65/87 key.',
      ),
    );
  }
  return out;
}
