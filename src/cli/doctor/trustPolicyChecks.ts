import { isRolesAnywhereError } from '../../core/errors.js';
import {
  explainEvaluation,
  judgeCertificate,
  parsePolicyDocument,
  type TrustDecision,
} from '../../core/trustPolicy/index.js';
import { inspectCertificateInput } from '../inputs/materialInspect.js';
import type { CliIo } from '../io.js';
import { createStdinReader, readSource, type SourceValue } from '../inputs/readSource.js';
import { message } from './describe.js';
import { finding, type Finding, type Level } from './findings.js';

const CHECK = 'trust policy';

const VERDICTS: Readonly<Record<TrustDecision, { level: Level; summary: string; why: string }>> = {
  allow: {
    level: 'pass',
    summary: 'the role trust policy lets this certificate in',
    why: 'It allows sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity for rolesanywhere.amazonaws.com with these session tags.',
  },
  deny: {
    level: 'fail',
    summary: 'a Deny statement of the role trust policy refuses this certificate',
    why: 'CreateSession would answer 403 AccessDeniedException.',
  },
  'implicit-deny': {
    level: 'fail',
    summary: 'the role trust policy does not let this certificate in',
    why: 'CreateSession would answer 403 AccessDeniedException; the lines below say which condition fails and with what value.',
  },
  'not-checked': {
    level: 'warn',
    summary: 'the role trust policy could not be judged completely',
    why: 'Some conditions use keys or operators this tool does not evaluate; they are listed below.',
  },
};

/** The role's trust policy judged against this certificate's session tags and trust anchor. */
export function checkTrustPolicy(
  certificate: SourceValue,
  policySource: SourceValue,
  trustAnchorArn: string | undefined,
  passphrase: string | undefined,
): Finding[] {
  let judged;
  try {
    const policyText =
      typeof policySource.content === 'string'
        ? policySource.content
        : Buffer.from(policySource.content).toString('utf8');
    const policy = parsePolicyDocument(policyText, `--trust-policy ${policySource.where}`);
    const { leaf } = inspectCertificateInput(certificate.content, passphrase);
    judged = judgeCertificate(policy, leaf.raw, trustAnchorArn);
  } catch (error) {
    return [
      finding(
        'fail',
        CHECK,
        isRolesAnywhereError(error) ? error.message : `cannot be judged: ${message(error)}`,
        'Fix the input above; the policy is judged only once it and the certificate read.',
      ),
    ];
  }
  const { session, evaluation } = judged;
  const verdict = VERDICTS[evaluation.decision];
  const out: Finding[] = [finding(verdict.level, CHECK, verdict.summary, verdict.why)];
  for (const problem of session.problems) {
    out.push(
      finding(
        'fail',
        'session tags',
        problem,
        'Roles Anywhere refuses the session with "Some attributes failed to be mapped into session tags"; reissue the certificate or narrow the profile\'s attribute mapping.',
      ),
    );
  }
  for (const line of explainEvaluation(evaluation)) {
    if (line.level === 'pass' && evaluation.decision === 'allow') continue;
    out.push(finding(line.level === 'not-checked' ? 'warn' : line.level, CHECK, line.text, ''));
  }
  if (trustAnchorArn === undefined) {
    out.push(
      finding(
        'info',
        CHECK,
        'aws:SourceArn is not judged without --trust-anchor-arn',
        'Give --trust-anchor-arn to check the trust anchor condition too.',
      ),
    );
  }
  return out;
}

/** `--trust-policy`, when given, read and judged; nothing when it is not. */
export async function trustPolicyFindings(
  flags: {
    readonly 'trust-policy'?: string | undefined;
    readonly 'trust-anchor-arn'?: string | undefined;
  },
  certificate: SourceValue,
  passphrase: string | undefined,
  io: CliIo,
): Promise<Finding[]> {
  const flag = flags['trust-policy'];
  if (flag === undefined) return [];
  const policy = await readSource(flag, '--trust-policy', io, createStdinReader(io));
  return checkTrustPolicy(certificate, policy, flags['trust-anchor-arn'], passphrase);
}
