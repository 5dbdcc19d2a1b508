import { PRODUCT } from '../../version.js';
import { RolesAnywhereError } from '../../core/errors.js';
import { writeNewPrivateFiles } from '../../files/newPrivateFiles.js';
import { defineCommand } from '../command.js';
import {
  checkSubject,
  KEY_TYPES,
  parseDays,
  parseKeyType,
  readPassphraseSource,
  serialHex,
} from '../pki/pkiInputs.js';
import { BACKDATE_MS, DAY_MS, exportKey, fileBase, outputPath } from '../pki/pkiOutput.js';

export const pkiCaCommand = defineCommand({
  name: 'pki ca',
  summary: 'Make a CA key and a self-signed CA certificate for a Roles Anywhere trust anchor.',
  description: [
    'The certificate is X.509 v3 with basicConstraints CA:TRUE (critical), keyUsage keyCertSign and cRLSign (critical), a subject key identifier and a SHA-256 signature. The key is encrypted PKCS#8 (PBES2: PBKDF2-SHA256, AES-256-CBC) under the passphrase from --passphrase; --unencrypted-key writes it in the clear instead.',
    'Files are created 0600, never over an existing file or through a symlink. The key is never printed.',
  ],
  options: {
    subject: {
      type: 'string',
      value: '<dn>',
      description: 'The CA\'s distinguished name, e.g. "CN=Example CI CA, O=Example".',
    },
    'key-type': {
      type: 'string',
      value: `<${KEY_TYPES.join('|')}>`,
      description: 'Key type (default ec-p256).',
    },
    days: { type: 'string', value: '<days>', description: 'Validity in days (default 3650).' },
    passphrase: {
      type: 'string',
      value: '<env:NAME|->',
      description: 'Passphrase that encrypts the CA key (8 characters or more).',
    },
    'unencrypted-key': {
      type: 'boolean',
      description: 'Write the CA key unencrypted (only for throw-away CAs).',
    },
    'out-dir': {
      type: 'string',
      value: '<dir>',
      description: 'Where to write the files (default: the current directory).',
    },
    name: {
      type: 'string',
      value: '<name>',
      description: 'File name stem: <name>.pem and <name>.key (default ca).',
    },
  },
  examples: [
    `CA_PASSPHRASE=... ${PRODUCT} pki ca --subject "CN=Example CI CA, O=Example" --passphrase env:CA_PASSPHRASE`,
    `${PRODUCT} pki ca --subject "CN=Throw-away CA" --key-type ec-p384 --days 30 --unencrypted-key --out-dir ./pki`,
  ],
  run: async (options, io) => {
    const subject = checkSubject(options.subject);
    const key = parseKeyType(options['key-type']);
    const days = parseDays(options.days, 3650, 36_500);
    const stem = fileBase(options.name ?? 'ca', '--name');
    if (options.passphrase === undefined && !options['unencrypted-key']) {
      throw new RolesAnywhereError(
        'ERR_PASSPHRASE_REQUIRED',
        'pki ca needs --passphrase env:NAME (or -) to encrypt the CA key; pass --unencrypted-key to write it in the clear (only for a throw-away CA).',
        { input: '--passphrase' },
      );
    }
    if (options.passphrase !== undefined && options['unencrypted-key']) {
      throw new RolesAnywhereError(
        'ERR_USAGE',
        '--passphrase and --unencrypted-key contradict each other; give one.',
        { input: '--unencrypted-key' },
      );
    }
    const passphrase = await readPassphraseSource(options.passphrase, '--passphrase', io, true);
    const { createCertificateAuthority } = await import('../../emulator/pki.js');
    const now = io.now().getTime();
    const ca = await createCertificateAuthority({
      subject,
      keyType: key.keyType,
      ...(key.rsaBits === undefined ? {} : { rsaBits: key.rsaBits }),
      notBefore: new Date(now - BACKDATE_MS),
      notAfter: new Date(now + days * DAY_MS),
    });
    const certPath = outputPath(options['out-dir'], `${stem}.pem`);
    const keyPath = outputPath(options['out-dir'], `${stem}.key`);
    writeNewPrivateFiles('pki ca', [
      { path: certPath, data: ca.certificatePem },
      { path: keyPath, data: exportKey(ca.privateKey, passphrase) },
    ]);
    const passFlag =
      options.passphrase === undefined
        ? ''
        : ` --ca-passphrase ${options.passphrase === '-' ? '-' : options.passphrase}`;
    io.stdout(
      [
        `Wrote ${certPath} (CA certificate, ${key.name}, serial ${serialHex(ca.serial)}, valid ${days} days) and ${keyPath} (${passphrase === undefined ? 'UNENCRYPTED' : 'encrypted'} PKCS#8), both 0600.`,
        '',
        'Next:',
        `  1. Create the trust anchor from ${certPath} (or use examples/terraform or examples/cloudformation):`,
        `     aws rolesanywhere create-trust-anchor --name ci --enabled --source "sourceType=CERTIFICATE_BUNDLE,sourceData={x509CertificateData=$(cat ${certPath})}"`,
        '  2. Issue a certificate for each CI identity:',
        `     ${PRODUCT} pki issue --ca-cert ${certPath} --ca-key ${keyPath}${passFlag} --subject "CN=ci-deployer"`,
        `  Keep ${keyPath} off CI runners: only the leaf certificate and its key are CI secrets.`,
        '',
      ].join('\n'),
    );
    return 0;
  },
});
