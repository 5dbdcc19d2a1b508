import type { ErrorCode } from '../errors.js';
import type { CertificateFacts } from './certificateFacts.js';

/**
 * What Roles Anywhere documents for the end-entity certificate, as one rule set that the pre-call
 * checks and `doctor` both read: X.509 v3, basicConstraints CA:FALSE, keyUsage digitalSignature,
 * signed with SHA-256 or stronger.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html#signature-verification
 *
 * A rule the certificate plainly breaks is an error. A v3 certificate that leaves out one of the
 * two extensions is a warning: AWS documents both as required, yet certificates made with
 * openssl's bare recipes lack them, so the tool says so once and still tries.
 */

export type WarningCode = 'WARN_CERT_NO_BASIC_CONSTRAINTS' | 'WARN_CERT_NO_KEY_USAGE';

interface VerdictBase {
  readonly rule: RuleName;
  readonly message: string;
  /** One clause for a list of likely causes after the service refused the certificate. */
  readonly cause: string;
}

export type EndEntityVerdict =
  | (VerdictBase & { readonly level: 'error'; readonly code: ErrorCode })
  | (VerdictBase & { readonly level: 'warning'; readonly code: WarningCode });

/** The rule's name, which is also the doctor's row. */
export type RuleName = 'X.509 version' | 'basic constraints' | 'key usage' | 'signature hash';

export interface RuleOutcome {
  readonly rule: RuleName;
  /** What the certificate holds when the rule is met, in the doctor's words. */
  readonly passed?: string;
  readonly verdict?: EndEntityVerdict;
}

/** How the front end names the certificate and chain inputs, and which certificate this is. */
export interface RuleContext {
  readonly certificate: string;
  readonly intermediates: string;
  /** "subject CN=ci-runner, serial 99058066522113". */
  readonly identity: string;
}

const ADD_BASIC_CONSTRAINTS = '-addext basicConstraints=critical,CA:FALSE';
const ADD_KEY_USAGE = '-addext keyUsage=critical,digitalSignature';

type Rule = (facts: CertificateFacts, context: RuleContext) => RuleOutcome | undefined;

const version: Rule = (facts, { certificate, identity }) => {
  if (facts.version === undefined) return undefined;
  if (facts.version === 3) return { rule: 'X.509 version', passed: 'X.509 v3' };
  return {
    rule: 'X.509 version',
    verdict: {
      level: 'error',
      code: 'ERR_CERT_VERSION',
      rule: 'X.509 version',
      message:
        `${certificate} (${identity}) is an X.509 v${facts.version} certificate, which carries no ` +
        `extensions; Roles Anywhere needs a v3 certificate with basicConstraints CA:FALSE and ` +
        `keyUsage digitalSignature. Reissue it as v3, with openssl: ${ADD_BASIC_CONSTRAINTS} ${ADD_KEY_USAGE}.`,
      cause: `the certificate is X.509 v${facts.version}, and Roles Anywhere needs v3: reissue it`,
    },
  };
};

/** Only meaningful on a v3 certificate: a v1 one has no extensions and fails `version`. */
const isV3 = (facts: CertificateFacts): boolean =>
  facts.version === undefined || facts.version === 3;

const basicConstraints: Rule = (facts, { certificate, intermediates, identity }) => {
  if (facts.isCA) {
    return {
      rule: 'basic constraints',
      verdict: {
        level: 'error',
        code: 'ERR_CERT_IS_CA',
        rule: 'basic constraints',
        message:
          `${certificate} (${identity}) is a CA certificate (basicConstraints CA:TRUE), but Roles ` +
          `Anywhere needs the end-entity certificate; give the workload's own certificate in ` +
          `${certificate} and CA certificates in ${intermediates}.`,
        cause: 'the certificate is a CA certificate (CA:TRUE), not an end-entity one',
      },
    };
  }
  if (!isV3(facts) || facts.hasBasicConstraints === undefined) return undefined;
  if (facts.hasBasicConstraints) return { rule: 'basic constraints', passed: 'CA:FALSE' };
  return {
    rule: 'basic constraints',
    verdict: {
      level: 'warning',
      code: 'WARN_CERT_NO_BASIC_CONSTRAINTS',
      rule: 'basic constraints',
      message:
        `${certificate} (${identity}) has no basicConstraints extension; AWS documents that the ` +
        `end-entity certificate must have basic constraints with CA:FALSE, so Roles Anywhere may ` +
        `refuse it. Reissue it with openssl's ${ADD_BASIC_CONSTRAINTS}.`,
      cause: `the certificate has no basicConstraints extension, which AWS documents as required (reissue with ${ADD_BASIC_CONSTRAINTS})`,
    },
  };
};

const keyUsage: Rule = (facts, { certificate, identity }) => {
  if (facts.digitalSignature === false) {
    const found = facts.keyUsage?.length ? facts.keyUsage.join(', ') : 'no bits';
    return {
      rule: 'key usage',
      verdict: {
        level: 'error',
        code: 'ERR_CERT_KEY_USAGE',
        rule: 'key usage',
        message:
          `${certificate} (${identity}) has a keyUsage extension without digitalSignature ` +
          `(found: ${found}); reissue the certificate with keyUsage digitalSignature ` +
          `(openssl: ${ADD_KEY_USAGE}).`,
        cause: `the certificate's keyUsage lacks digitalSignature (found: ${found})`,
      },
    };
  }
  if (!isV3(facts)) return undefined;
  if (facts.digitalSignature === true)
    return { rule: 'key usage', passed: `keyUsage ${(facts.keyUsage ?? []).join(', ')}` };
  if (facts.version === undefined) return undefined;
  return {
    rule: 'key usage',
    verdict: {
      level: 'warning',
      code: 'WARN_CERT_NO_KEY_USAGE',
      rule: 'key usage',
      message:
        `${certificate} (${identity}) has no keyUsage extension; AWS documents that the ` +
        `end-entity certificate must have key usage with digitalSignature, so Roles Anywhere may ` +
        `refuse it. Reissue it with openssl's ${ADD_KEY_USAGE}.`,
      cause: `the certificate has no keyUsage extension, which AWS documents as required (reissue with ${ADD_KEY_USAGE})`,
    },
  };
};

const signatureHash: Rule = (facts, { certificate, identity }) => {
  const hash = facts.signatureHash;
  if (hash === 'unknown') return undefined;
  if (hash !== 'SHA-1' && hash !== 'MD5')
    return { rule: 'signature hash', passed: `signed with ${hash}` };
  return {
    rule: 'signature hash',
    verdict: {
      level: 'error',
      code: 'ERR_CERT_WEAK_SIGNATURE',
      rule: 'signature hash',
      message:
        `${certificate} (${identity}) is signed with ${hash}, but Roles Anywhere needs SHA-256 ` +
        `or stronger; reissue the certificate with a SHA-256 signature.`,
      cause: `the certificate is signed with ${hash}; Roles Anywhere needs SHA-256 or stronger`,
    },
  };
};

/** In the order a user should fix them: a v1 certificate makes the extension rules moot. */
const END_ENTITY_RULES: readonly Rule[] = [version, basicConstraints, keyUsage, signatureHash];

/** Every rule's outcome for this certificate; rules it cannot judge are left out. */
export function judgeEndEntity(facts: CertificateFacts, context: RuleContext): RuleOutcome[] {
  return END_ENTITY_RULES.flatMap((rule) => rule(facts, context) ?? []);
}

/** Just the verdicts, errors and warnings, in rule order. */
export function endEntityVerdicts(
  facts: CertificateFacts,
  context: RuleContext,
): EndEntityVerdict[] {
  return judgeEndEntity(facts, context).flatMap((outcome) => outcome.verdict ?? []);
}
