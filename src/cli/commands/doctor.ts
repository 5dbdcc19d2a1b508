import { resolveSessionSettings } from '../../core/settings.js';
import { CLI_NAMES } from '../names.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { doctorExitCode, finding, renderFindings, type Finding } from '../doctor/findings.js';
import { checkMaterial } from '../doctor/materialChecks.js';
import { checkOnline } from '../doctor/onlineCheck.js';
import { trustPolicyFindings } from '../doctor/trustPolicyChecks.js';
import { checkClock, checkSettings } from '../doctor/settingsChecks.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { createStdinReader, readSource } from '../inputs/readSource.js';
import { readMaterialInputs, sessionInputsFrom } from '../inputs/sessionInputs.js';

export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: 'Check a setup and explain each finding; --online also makes one CreateSession call.',
  description: [
    'Offline checks: the forms of certificate and key, that they pair, the validity window and days left, the CA flag, key usage, the signature hash, chain order and (with --ca) that the chain reaches the trust anchor CA, ARN syntax and region agreement, the endpoint it would call, and the clock.',
    'Exit status: 0 all passed, 2 warnings only, 1 at least one failure.',
  ],
  options: {
    ...SESSION_OPTIONS,
    ca: {
      type: 'string',
      value: '<file|env:NAME|->',
      description: "The trust anchor's CA certificate(s), to check that the chain reaches it.",
    },
    online: {
      type: 'boolean',
      description: 'Also call CreateSession once (no retries) and explain the answer.',
    },
    'trust-policy': {
      type: 'string',
      value: '<file|env:NAME|->',
      description:
        "The role's trust policy (JSON): judge it against this certificate's session tags and --trust-anchor-arn, and explain each condition that fails.",
    },
  },
  examples: [
    `${PRODUCT} doctor --certificate cert.pem --private-key key.pem --intermediates chain.pem --ca root.pem`,
    `${PRODUCT} doctor --online --certificate cert.pem --private-key key.pem --trust-anchor-arn ... --profile-arn ... --role-arn ...`,
  ],
  run: async (options, io) => {
    const material = await readMaterialInputs(options, io);
    const ca =
      options.ca === undefined
        ? undefined
        : await readSource(options.ca, '--ca', io, createStdinReader(io));
    const sources = material.sources;
    const now = io.now();
    const findings: Finding[] = [
      ...checkMaterial(
        {
          certificate: material.certificate,
          privateKey: material.privateKey,
          intermediates: material.intermediates,
          ca,
          passphrase: sources.passphrase,
          ...(material.token === undefined ? {} : { token: material.token }),
        },
        now,
      ),
      ...checkSettings(options, io.env),
      checkClock(now),
      ...(await trustPolicyFindings(options, material.certificate, sources.passphrase, io)),
    ];
    if (options.online) {
      const missing = (['trust-anchor-arn', 'profile-arn', 'role-arn'] as const).filter(
        (flag) => options[flag] === undefined,
      );
      if (missing.length > 0) {
        findings.push(
          finding(
            'fail',
            'online',
            `--online needs ${missing.map((f) => `--${f}`).join(', ')}`,
            'CreateSession names the trust anchor, profile and role.',
          ),
        );
      } else if (doctorExitCode(findings) === 1) {
        findings.push(
          finding(
            'info',
            'online',
            'skipped: fix the failures above first',
            'The call would fail for the same reasons.',
          ),
        );
      } else {
        const settings = resolveSessionSettings(
          { ...sessionInputsFrom(options, io.env), material: sources },
          CLI_NAMES,
        );
        findings.push(...(await checkOnline(settings, options['no-verify-ssl'], io)));
      }
    }
    io.stdout(renderFindings(findings));
    return doctorExitCode(findings);
  },
});
