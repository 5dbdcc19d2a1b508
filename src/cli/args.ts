import { parseArgs } from 'node:util';
import { RolesAnywhereError } from '../core/errors.js';
import type { OptionSpecs, ParsedOptions } from './commandDefinition.js';

/** aws_signing_helper flags for key stores this tool does not reach. */
const HELPER_ONLY = new Set([
  'cert-selector',
  'system-store-name',
  'use-latest-expiring-certificate',
  'pkcs11-lib',
  'reuse-pin',
  'tpm-key-password',
  'no-tpm-key-password',
]);

function usage(command: string, problem: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_USAGE',
    `${command}: ${problem}; run \`rolesanywhere-credentials ${command} --help\` for the flags it takes.`,
  );
}

/**
 * node:util parseArgs in its lenient mode, then our own checks, so each mistake gets one line
 * naming the flag: parseArgs' strict messages are long and would swallow `--certificate --debug`
 * as a file called "--debug".
 */
export function parseCommandArgs<O extends OptionSpecs>(
  command: string,
  specs: O,
  argv: readonly string[],
): ParsedOptions<O> | 'help' {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]),
  );
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') {
      throw usage(
        command,
        `unexpected argument "${token.value}" (flags take the form --name value)`,
      );
    }
    if (token.kind === 'option-terminator') continue;
    if (token.name === 'help') return 'help';
    const spec = specs[token.name];
    if (spec === undefined && HELPER_ONLY.has(token.name)) {
      throw new RolesAnywhereError(
        'ERR_USAGE',
        `${command}: ${token.rawName} (OS certificate stores, PKCS#11, TPM) is not supported; give the certificate and key as files, env:NAME or -, or keep aws_signing_helper for hardware-held keys.`,
      );
    }
    if (spec === undefined) throw usage(command, `unknown flag ${token.rawName}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        throw usage(
          command,
          `${token.rawName} is a switch and takes no value (got "${token.value}")`,
        );
      }
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    // A PEM block (`--private-key "$(cat key.pem)"`) starts with dashes but is a value, not a flag:
    // it goes on like the `=` form so the flag's reader refuses it without echoing it.
    const flagLike = value?.startsWith('--') === true && !value.startsWith('-----BEGIN');
    if (value === undefined || (!token.inlineValue && flagLike)) {
      throw usage(command, `${token.rawName} needs a value: ${spec.value}`);
    }
    values[token.name] = value;
  }
  const parsed: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    parsed[name] = values[name] ?? (spec.type === 'boolean' ? false : undefined);
  }
  return parsed as ParsedOptions<O>;
}
