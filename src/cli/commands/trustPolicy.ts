import { parseArn } from '../../core/arn.js';
import { RolesAnywhereError } from '../../core/errors.js';
import {
  certificateSession,
  leastPrivilegePolicy,
  type CertificateSession,
} from '../../core/trustPolicy/index.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import type { CliIo } from '../io.js';
import { certificateFacts, inspectCertificateInput } from '../inputs/materialInspect.js';
import { createStdinReader, readSource } from '../inputs/readSource.js';
import { readPassphrase } from '../inputs/sessionInputs.js';

const DEFAULT_TAG = 'x509Subject/CN';

function describeSession(session: CertificateSession, io: CliIo): void {
  io.stderr('Session tags under the default attribute mapping (aws:PrincipalTag/<key>):');
  for (const tag of session.tags) io.stderr(`  ${tag.key} = ${tag.value}`);
  io.stderr(
    `Source identity (sts:SourceIdentity): ${session.sourceIdentity ?? '(none: the subject has no CN)'}`,
  );
  for (const problem of session.problems) {
    io.stderr(
      `${PRODUCT}: warning: ${problem} Roles Anywhere refuses such a certificate with "Some attributes failed to be mapped into session tags"; reissue it, or map only other attributes in the profile (put-attribute-mapping).`,
    );
  }
}

export const trustPolicyCommand = defineCommand({
  name: 'trust-policy',
  summary:
    "Print a certificate's session tags and a least-privilege role trust policy for it (JSON).",
  description: [
    "On stderr: the session tags the certificate carries under the profile's default attribute mapping (x509Subject/<RDN>, x509Issuer/<RDN>, the first x509SAN/DNS, x509SAN/URI and x509SAN/Name/<RDN>), the source identity, and a warning for each value that cannot become a session tag.",
    "On stdout: a role trust policy that lets rolesanywhere.amazonaws.com call sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity only through this trust anchor (aws:SourceArn) and only for this certificate's subject CN (or the tag chosen with --tag). Save it and give it to `aws iam create-role --assume-role-policy-document file://...`, `doctor --trust-policy` or `emulate --trust-policy`.",
  ],
  options: {
    certificate: {
      type: 'string',
      value: '<file|env:NAME|->',
      description: 'The leaf certificate (PEM, DER, base64 or PKCS#12).',
    },
    'pkcs8-password': {
      type: 'string',
      value: '<env:NAME|password>',
      description: 'Passphrase of a PKCS#12 --certificate.',
    },
    'trust-anchor-arn': {
      type: 'string',
      value: '<arn>',
      description: 'The trust anchor the certificate authenticates through.',
    },
    tag: {
      type: 'string',
      value: '<key>',
      description: `The session tag the policy conditions on (default ${DEFAULT_TAG}), e.g. x509SAN/URI.`,
    },
  },
  examples: [
    `${PRODUCT} trust-policy --certificate ci.pem --trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01 > trust-policy.json`,
  ],
  run: async (options, io) => {
    if (options.certificate === undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        '--certificate is required: the leaf certificate the role should trust.',
        { input: '--certificate' },
      );
    }
    if (options['trust-anchor-arn'] === undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        '--trust-anchor-arn is required: the policy admits sessions only through that trust anchor (aws:SourceArn).',
        { input: '--trust-anchor-arn' },
      );
    }
    const anchor = parseArn(options['trust-anchor-arn'], 'trust-anchor', '--trust-anchor-arn');
    const source = await readSource(
      options.certificate,
      '--certificate',
      io,
      createStdinReader(io),
    );
    const { leaf } = inspectCertificateInput(
      source.content,
      readPassphrase(options['pkcs8-password'], io),
    );
    const facts = certificateFacts(leaf);
    if (facts.isCA) {
      throw new RolesAnywhereError(
        'ERR_CERT_IS_CA',
        `--certificate ${source.where} (subject ${facts.subject}) is a CA certificate (basicConstraints CA:TRUE); give the leaf certificate of the CI identity (from \`pki issue\`), not the CA.`,
        { input: '--certificate' },
      );
    }
    const session = certificateSession(leaf.raw);
    const tagKey = options.tag ?? DEFAULT_TAG;
    const tag = session.tags.find((t) => t.key.toLowerCase() === tagKey.toLowerCase());
    if (tag === undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `--tag ${tagKey}: ${source.where} carries no such session tag; it carries ${session.tags.map((t) => t.key).join(', ') || 'none'}.`,
        { input: '--tag' },
      );
    }
    describeSession(session, io);
    const policy = leastPrivilegePolicy({
      trustAnchorArn: anchor.arn,
      tagKey: tag.key,
      tagValue: tag.value,
    });
    io.stdout(`${JSON.stringify(policy, null, 2)}\n`);
    return 0;
  },
});
