import { mlDsaAvailable } from '../../core/material/mlDsa.js';
import { rfc3339 } from '../../core/rfc3339.js';
import { judgeEndEntity, type RuleName } from '../../core/material/index.js';
import type { CertificateFacts } from '../inputs/materialInspect.js';
import { DAY_MS, who } from './describe.js';
import { finding, type Finding } from './findings.js';

/** Under this many days left, the validity check warns. */
const WARN_DAYS = 14;

/** What Roles Anywhere checks on the leaf itself: validity, the end-entity rules, key type. */
export function checkLeaf(facts: CertificateFacts, now: Date): Finding[] {
  return [
    validityFinding(facts, now),
    ...endEntityFindings(facts),
    ...signatureHashFindings(facts),
    ...keyTypeFindings(facts),
  ];
}

function validityFinding(facts: CertificateFacts, now: Date): Finding {
  const left = facts.notAfter.getTime() - now.getTime();
  const window = `valid ${rfc3339(facts.notBefore)} to ${rfc3339(facts.notAfter)}`;
  if (now.getTime() < facts.notBefore.getTime()) {
    return finding(
      'fail',
      'validity',
      `not valid yet: ${window}`,
      "Roles Anywhere refuses it until then. If the certificate was just issued, this machine's clock is probably behind: check NTP.",
    );
  }
  if (left <= 0) {
    const days = Math.floor(-left / DAY_MS);
    return finding(
      'fail',
      'validity',
      `expired ${days === 0 ? 'less than a day' : `${days} day(s)`} ago: ${window}`,
      'Roles Anywhere refuses expired certificates; issue a new one.',
    );
  }
  if (left < WARN_DAYS * DAY_MS) {
    return finding(
      'warn',
      'validity',
      `${Math.floor(left / DAY_MS)} day(s) left: ${window}`,
      `Renew it soon: sessions stop the moment it expires (warning under ${WARN_DAYS} days).`,
    );
  }
  return finding(
    'pass',
    'validity',
    `${Math.floor(left / DAY_MS)} days left: ${window}`,
    'Roles Anywhere refuses a certificate outside this window.',
  );
}

function signatureHashFindings(facts: CertificateFacts): Finding[] {
  if (facts.signatureHash !== 'unknown') return [];
  return [
    finding(
      'warn',
      'signature hash',
      "the certificate's signature algorithm is not one this tool knows",
      'Roles Anywhere accepts SHA-256, SHA-384 and SHA-512 signatures.',
    ),
  ];
}

function keyTypeFindings(facts: CertificateFacts): Finding[] {
  if (
    facts.keyType === 'ml-dsa-44' ||
    facts.keyType === 'ml-dsa-65' ||
    facts.keyType === 'ml-dsa-87'
  ) {
    if (mlDsaAvailable()) return [];
    return [
      finding(
        'fail',
        'key type',
        `${facts.keyDescription} needs Node.js 24 or later; this is Node.js ${process.versions.node}`,
        "Run this tool with Node.js 24 or later (the GitHub Action's runtime), whose OpenSSL 3.5 signs ML-DSA.",
      ),
    ];
  }
  if (facts.keyType === 'rsa' || facts.keyType === 'ec') return [];
  return [
    finding(
      'fail',
      'key type',
      `${facts.keyDescription} cannot sign Roles Anywhere requests`,
      'Use an RSA (2048 to 4096 bits), EC P-256/P-384 or ML-DSA-44/65/87 key.',
    ),
  ];
}

const WHY: Readonly<Record<RuleName, string>> = {
  'X.509 version': 'Roles Anywhere needs an X.509 v3 end-entity certificate.',
  'basic constraints': "Roles Anywhere signs with the workload's own certificate, never a CA.",
  'key usage': 'Roles Anywhere needs keyUsage with digitalSignature on the end-entity certificate.',
  'signature hash': 'Requests are signed with SHA-256 whatever hash signed the certificate.',
};

/** The same rule set as the pre-call checks: a row per rule, showing only what the certificate holds. */
function endEntityFindings(facts: CertificateFacts): Finding[] {
  const outcomes = judgeEndEntity(facts, {
    certificate: 'the certificate',
    intermediates: '--intermediates',
    identity: who(facts),
  });
  return outcomes.map(({ rule, passed, verdict }) => {
    if (verdict === undefined) return finding('pass', rule, passed ?? '', WHY[rule]);
    return finding(
      verdict.level === 'error' ? 'fail' : 'warn',
      rule,
      verdict.cause,
      verdict.message,
    );
  });
}
