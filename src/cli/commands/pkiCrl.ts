import { RolesAnywhereError } from '../../core/errors.js';
import { writeNewPrivateFiles } from '../../files/newPrivateFiles.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { listFlag, parseDays, parseSerial, readCa, serialHex } from '../pki/pkiInputs.js';
import { DAY_MS, outputPath } from '../pki/pkiOutput.js';

export const pkiCrlCommand = defineCommand({
  name: 'pki crl',
  summary:
    'Write a CRL that revokes the given serials, signed by the CA, for `aws rolesanywhere import-crl`.',
  description: [
    'A v2 CRL (RFC 5280) with an authority key identifier and a cRLNumber that grows with time, so each new CRL supersedes the last. It lists every serial to revoke, so give all of them each time. Written as PEM, 0600, never over an existing file.',
  ],
  options: {
    'ca-cert': { type: 'string', value: '<file|env:NAME|->', description: 'The CA certificate.' },
    'ca-key': { type: 'string', value: '<file|env:NAME|->', description: 'The CA key.' },
    'ca-passphrase': {
      type: 'string',
      value: '<env:NAME|->',
      description: 'Passphrase of an encrypted CA key.',
    },
    serial: {
      type: 'string',
      value: '<serial,...>',
      description:
        'Serials to revoke: 0x-prefixed hex (as `pki issue` prints them), colon-separated hex, or decimal.',
    },
    days: { type: 'string', value: '<days>', description: 'Days until nextUpdate (default 30).' },
    out: {
      type: 'string',
      value: '<file>',
      description: 'The CRL file to create (default crl.pem).',
    },
  },
  examples: [
    `${PRODUCT} pki crl --ca-cert ca.pem --ca-key ca.key --ca-passphrase env:CA_PASSPHRASE --serial 0x1f3a9c0d2e4b5a6978d0c1e2f3a4b5c6`,
  ],
  run: async (options, io) => {
    const written = listFlag(options.serial);
    const serials = written.map((text) => {
      const serial = parseSerial(text);
      if (serial === undefined || serial >= 1n << 160n) {
        throw new RolesAnywhereError(
          'ERR_INPUT_INVALID',
          `--serial "${text.slice(0, 100)}" is not a certificate serial; give 0x-prefixed hex as \`pki issue\` prints it, colon-separated hex, or decimal.`,
          { input: '--serial' },
        );
      }
      return serial;
    });
    const days = parseDays(options.days, 30, 3650);
    const path = options.out ?? outputPath(undefined, 'crl.pem');
    const ca = await readCa(options, io);
    const { createCrl } = await import('../../emulator/crl.js');
    const now = io.now();
    const crl = createCrl({
      issuer: ca,
      serials,
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + days * DAY_MS),
      number: BigInt(Math.floor(now.getTime() / 1000)),
    });
    writeNewPrivateFiles('pki crl', [{ path, data: crl.pem }]);
    io.stdout(
      [
        `Wrote ${path}: a CRL from ${ca.subject} revoking ${serials.length === 0 ? 'no serials' : serials.map(serialHex).join(', ')}, next update in ${days} days.`,
        '',
        'Next: import it into the trust anchor (Roles Anywhere then refuses those certificates):',
        `  aws rolesanywhere import-crl --name ci-crl --enabled --trust-anchor-arn <trust anchor ARN> --crl-data fileb://${path}`,
        '',
      ].join('\n'),
    );
    return 0;
  },
});
