import { RolesAnywhereError } from '../../core/errors.js';
import { rfc3339 } from '../../core/rfc3339.js';
import type { ProcessCredentials } from './credentialProcessJson.js';

export const ENV_FORMATS = [
  'sh',
  'fish',
  'powershell',
  'dotenv',
  'json',
  'github',
  'azure',
] as const;
export type EnvFormat = (typeof ENV_FORMATS)[number];

export interface EnvVariable {
  readonly name: string;
  readonly value: string;
  readonly secret: boolean;
}

/** The variables the SDKs read, the region pair, and the expiry (AWS_CREDENTIAL_EXPIRATION). */
export function envVariables(credentials: ProcessCredentials, region: string): EnvVariable[] {
  return [
    { name: 'AWS_ACCESS_KEY_ID', value: credentials.accessKeyId, secret: true },
    { name: 'AWS_SECRET_ACCESS_KEY', value: credentials.secretAccessKey, secret: true },
    { name: 'AWS_SESSION_TOKEN', value: credentials.sessionToken, secret: true },
    { name: 'AWS_CREDENTIAL_EXPIRATION', value: rfc3339(credentials.expiration), secret: false },
    { name: 'AWS_REGION', value: region, secret: false },
    { name: 'AWS_DEFAULT_REGION', value: region, secret: false },
  ];
}

/** POSIX sh: single quotes take everything literally; a ' becomes '\''. */
export function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** fish: inside single quotes only \ and ' are special. */
export function fishQuote(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * PowerShell verbatim string: a quote is doubled. PowerShell takes the typographic single quotes
 * (U+2018-U+201B) as ' too, so each of them would end the string just as ' does.
 */
export function powershellQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/**
 * dotenv: bare when the value is plain (docker --env-file takes quotes literally, and AWS values
 * are plain), else single-quoted (literal in dotenv, python-dotenv and Compose), else
 * double-quoted with backslash escapes.
 */
export function dotenvValue(value: string): string {
  if (/^[A-Za-z0-9_./+=:@,-]*$/.test(value)) return value;
  if (!/['\r\n]/.test(value)) return `'${value}'`;
  return `"${value
    .replace(/[\\"$`]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')}"`;
}

/** Azure Pipelines logging-command escaping of a message (the value after `]`). */
export function azureEscapeData(value: string): string {
  return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub workflow-command escaping of a message (the value after `::`). */
export function githubEscapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function noNewline(variable: EnvVariable, format: EnvFormat): void {
  if (/[\r\n]/.test(variable.value)) {
    throw new RolesAnywhereError(
      'ERR_RESPONSE_INVALID',
      `${variable.name} holds a line break, which the ${format} format cannot carry safely.`,
    );
  }
}

/** The text for stdout in every format but github, which also writes a file. */
export function renderEnv(
  format: Exclude<EnvFormat, 'github'>,
  variables: readonly EnvVariable[],
): string {
  switch (format) {
    case 'sh':
      return variables.map((v) => `export ${v.name}=${shQuote(v.value)}\n`).join('');
    case 'fish':
      return variables.map((v) => `set -gx ${v.name} ${fishQuote(v.value)};\n`).join('');
    case 'powershell':
      return variables.map((v) => `$env:${v.name} = ${powershellQuote(v.value)}\n`).join('');
    case 'dotenv':
      return variables.map((v) => `${v.name}=${dotenvValue(v.value)}\n`).join('');
    case 'json':
      return `${JSON.stringify(Object.fromEntries(variables.map((v) => [v.name, v.value])), null, 2)}\n`;
    case 'azure':
      // https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands#setvariable-initialize-or-modify-the-value-of-a-variable
      return variables
        .map((v) => {
          noNewline(v, format);
          return `##vso[task.setvariable variable=${v.name}${v.secret ? ';issecret=true' : ''}]${azureEscapeData(v.value)}\n`;
        })
        .join('');
  }
}

/** `::add-mask::` lines for stdout, before anything is written to GITHUB_ENV. */
export function githubMasks(variables: readonly EnvVariable[]): string {
  return variables
    .filter((v) => v.secret)
    .map((v) => `::add-mask::${githubEscapeData(v.value)}\n`)
    .join('');
}

/**
 * GITHUB_ENV lines: `NAME=value`, or the heredoc form with a random delimiter when a value spans
 * lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#multiline-strings).
 */
export function githubEnvFile(variables: readonly EnvVariable[], delimiter: string): string {
  return variables
    .map((v) => {
      if (!/[\r\n]/.test(v.value)) return `${v.name}=${v.value}\n`;
      if (v.value.includes(delimiter)) {
        throw new RolesAnywhereError(
          'ERR_INTERNAL',
          `${v.name} contains the heredoc delimiter; retry.`,
        );
      }
      return `${v.name}<<${delimiter}\n${v.value}\n${delimiter}\n`;
    })
    .join('');
}
