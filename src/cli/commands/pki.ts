import { RolesAnywhereError } from '../../core/errors.js';
import { PRODUCT } from '../../version.js';
import type { CliCommand } from '../command.js';

const SUBCOMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  ca: async () => (await import('./pkiCa.js')).pkiCaCommand,
  issue: async () => (await import('./pkiIssue.js')).pkiIssueCommand,
  crl: async () => (await import('./pkiCrl.js')).pkiCrlCommand,
};

const SUMMARY =
  'Make the certificates Roles Anywhere needs: `pki ca` (trust anchor CA), `pki issue` (a CI identity), `pki crl` (revocations).';

function help(): string {
  return [
    `Usage: ${PRODUCT} pki <ca|issue|crl> [flags]`,
    '',
    SUMMARY,
    '',
    '  ca      A CA key (encrypted PKCS#8) and a self-signed CA certificate for a trust anchor.',
    '  issue   A leaf certificate and key for one CI identity, signed by that CA.',
    '  crl     A CRL revoking given serials, for `aws rolesanywhere import-crl`.',
    '',
    `Run \`${PRODUCT} pki <subcommand> --help\` for its flags and examples.`,
    '',
  ].join('\n');
}

export const pkiCommand: CliCommand = {
  name: 'pki',
  summary: SUMMARY,
  help,
  execute: async (argv, io) => {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      io.stdout(help());
      return 0;
    }
    const load = SUBCOMMANDS[name];
    if (load === undefined) {
      throw new RolesAnywhereError(
        'ERR_USAGE',
        `pki: unknown subcommand "${name.slice(0, 40)}": expected ca, issue or crl; run \`${PRODUCT} pki --help\`.`,
      );
    }
    return (await load()).execute(rest, io);
  },
};
