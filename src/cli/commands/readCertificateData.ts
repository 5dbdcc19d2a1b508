import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { MATERIAL_OPTIONS } from '../inputs/credentialOptions.js';
import { inspectCertificateInput } from '../inputs/materialInspect.js';
import { readPassphrase } from '../inputs/sessionInputs.js';
import { createStdinReader, readSource } from '../inputs/readSource.js';
import { RolesAnywhereError } from '../../core/errors.js';

const KEY_TYPES: Readonly<Record<string, string>> = { rsa: 'RSA', ec: 'EC' };

export const readCertificateDataCommand = defineCommand({
  name: 'read-certificate-data',
  summary:
    "Print the leaf certificate's key type, DER (base64) and decimal serial as aws_signing_helper does.",
  description: [
    'Output, with no trailing newline: {"keyType":"EC","certificateData":"<base64 DER>","serialNumber":"<decimal>","supportedAlgorithms":["ECSHA256","ECSHA384","ECSHA512"]}. The certificate may be PEM, DER, base64 of either or a PKCS#12 bundle (with --pkcs8-password).',
  ],
  options: {
    certificate: MATERIAL_OPTIONS.certificate,
    'pkcs8-password': MATERIAL_OPTIONS['pkcs8-password'],
    debug: { type: 'boolean', description: 'Error detail on stderr.' },
  },
  examples: [
    `${PRODUCT} read-certificate-data --certificate cert.pem`,
    `${PRODUCT} read-certificate-data --certificate bundle.p12 --pkcs8-password env:P12_PASS`,
  ],
  run: async (options, io) => {
    if (options.certificate === undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        '--certificate is required: a file path, env:NAME or - (stdin).',
        { input: '--certificate' },
      );
    }
    const source = await readSource(
      options.certificate,
      '--certificate',
      io,
      createStdinReader(io),
    );
    const passphrase = readPassphrase(options['pkcs8-password'], io);
    const { leaf, serialDecimal } = inspectCertificateInput(source.content, passphrase);
    const keyType = KEY_TYPES[leaf.publicKey.asymmetricKeyType ?? ''] ?? '';
    io.stdout(
      JSON.stringify({
        keyType,
        certificateData: leaf.raw.toString('base64'),
        serialNumber: serialDecimal,
        supportedAlgorithms: ['SHA256', 'SHA384', 'SHA512'].map((hash) => `${keyType}${hash}`),
      }),
    );
    return 0;
  },
});
