import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { RolesAnywhereError } from '../../core/errors.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { resolveCliSession } from '../inputs/sessionInputs.js';
import {
  ENV_FORMATS,
  envVariables,
  githubEnvFile,
  githubMasks,
  renderEnv,
  type EnvFormat,
} from '../output/envFormats.js';
import { maskingAdvice } from '../output/maskingAdvice.js';
import { describeSession, obtainSession } from '../session/obtainSession.js';

function parseFormat(value: string | undefined): EnvFormat {
  const format = value ?? 'sh';
  const known: readonly string[] = ENV_FORMATS;
  if (!known.includes(format)) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `env: --format must be one of ${ENV_FORMATS.join(', ')}, got "${format}".`,
      { input: '--format' },
    );
  }
  return format as EnvFormat;
}

const ARNS = '--trust-anchor-arn "$TA_ARN" --profile-arn "$PROFILE_ARN" --role-arn "$ROLE_ARN"';

export const envCommand = defineCommand({
  name: 'env',
  summary: 'Obtain credentials and print them as environment variables for a shell or a CI system.',
  description: [
    'Prints AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, AWS_REGION and AWS_DEFAULT_REGION. Formats: sh (export lines, single-quoted), fish, powershell, dotenv, json, github (::add-mask:: on stdout, then the variables appended to $GITHUB_ENV) and azure (##vso[task.setvariable ...;issecret=true] lines, which Azure Pipelines masks).',
    'Always calls CreateSession (no cache). Where the target cannot mask the values, a warning on stderr says so; --quiet silences it.',
  ],
  options: {
    ...SESSION_OPTIONS,
    format: {
      type: 'string',
      value: `<${ENV_FORMATS.join('|')}>`,
      description: 'Output format (default sh).',
    },
    quiet: { type: 'boolean', description: 'No progress line and no masking warning on stderr.' },
  },
  examples: [
    `eval "$(${PRODUCT} env --certificate env:RA_CERT --private-key env:RA_KEY ${ARNS})"`,
    `${PRODUCT} env --format powershell --certificate cert.pem --private-key key.pem ${ARNS} | Invoke-Expression`,
    `${PRODUCT} env --format azure --certificate $(cert.secureFilePath) --private-key $(key.secureFilePath) ${ARNS}`,
    `${PRODUCT} env --format dotenv ... > .aws.env && chmod 600 .aws.env`,
  ],
  run: async (options, io) => {
    const format = parseFormat(options.format);
    if (format === 'github' && (io.env['GITHUB_ENV'] ?? '') === '') {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        'env --format github needs GITHUB_ENV, which GitHub Actions sets for each step; outside Actions use --format sh.',
        { input: '--format' },
      );
    }
    const { settings } = await resolveCliSession(options, io);
    const session = await obtainSession(
      settings,
      { insecure: options['no-verify-ssl'], debug: options.debug },
      io,
    );
    const variables = envVariables(session.credentials, settings.region);
    if (!options.quiet) {
      io.stderr(`rolesanywhere-credentials: ${describeSession(session)}`);
      const advice = maskingAdvice(format, io.env, io.stdoutIsTty);
      if (advice !== undefined) io.stderr(`rolesanywhere-credentials: warning: ${advice}`);
    }
    if (format === 'github') {
      // Masks first: once a value is in GITHUB_ENV a later step may print it.
      io.stdout(githubMasks(variables));
      appendFileSync(
        io.env['GITHUB_ENV'] ?? '',
        githubEnvFile(variables, `ghadelimiter_${randomUUID()}`),
        { encoding: 'utf8' },
      );
      return 0;
    }
    io.stdout(renderEnv(format, variables));
    return 0;
  },
});
