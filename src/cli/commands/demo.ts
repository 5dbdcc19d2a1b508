import { resolveSessionSettings } from '../../core/settings.js';
import { CLI_NAMES } from '../names.js';
import { defineCommand } from '../command.js';
import type { CliIo } from '../io.js';
import { rfc3339 } from '../../core/rfc3339.js';
import { describeSession, obtainSession } from '../session/obtainSession.js';
import { DEMO_ARNS } from './emulate.js';

function maskKeyId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}

async function runDemo(io: CliIo): Promise<number> {
  const started = Date.now();
  const { startEmulator, createCertificateAuthority, issueCertificate } =
    await import('../../emulator/index.js');
  const say = (line: string): void => {
    io.stdout(`${line}\n`);
  };
  const ca = await createCertificateAuthority({
    subject: 'CN=Demo Root CA, O=rolesanywhere-credentials demo',
    keyType: 'ec-p256',
  });
  const leaf = await issueCertificate(ca, { subject: 'CN=demo-ci-runner', keyType: 'ec-p256' });
  say(
    `1. Made a throw-away CA and a leaf certificate (CN=demo-ci-runner, serial ${leaf.serial.toString(10)}), in memory.`,
  );
  const verdicts: string[] = [];
  const emulator = await startEmulator({
    trustAnchors: [ca.certificatePem],
    ...DEMO_ARNS,
    log: (line) => verdicts.push(line),
  });
  try {
    say(`2. Started the local Roles Anywhere emulator at ${emulator.url}, trusting that CA.`);
    const settings = resolveSessionSettings(
      {
        material: { certificate: leaf.certificatePem, privateKey: leaf.privateKeyPem },
        ...DEMO_ARNS,
        endpoint: { url: emulator.url, source: '--endpoint' },
      },
      CLI_NAMES,
    );
    const session = await obtainSession(settings, { insecure: false, debug: false }, io);
    const c = session.credentials;
    say(
      "3. Signed CreateSession with the certificate's key (SigV4-X509) and the emulator verified it:",
    );
    for (const verdict of verdicts) say(`     ${verdict}`);
    say(`4. ${describeSession(session)}`);
    say('');
    say(`   Role:        ${c.assumedRoleArn}`);
    say(`   Account:     ${c.accountId ?? 'unknown'}`);
    say(`   Access key:  ${maskKeyId(c.accessKeyId)}`);
    say(`   Expires:     ${rfc3339(c.expiration)}`);
    say('');
    say('   What a later CI step would get (secrets masked here, as the runner masks them):');
    say(`   export AWS_ACCESS_KEY_ID='${maskKeyId(c.accessKeyId)}'`);
    say("   export AWS_SECRET_ACCESS_KEY='***'");
    say("   export AWS_SESSION_TOKEN='***'");
    say(`   export AWS_CREDENTIAL_EXPIRATION='${rfc3339(c.expiration)}'`);
    say(`   export AWS_REGION='${settings.region}'`);
    say('');
    say(
      `Done in ${Date.now() - started} ms, with no AWS account. Next: the README's GitHub Action, GitLab and CLI sections.`,
    );
    return 0;
  } finally {
    await emulator.close();
  }
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary:
    'Obtain credentials end to end from a throw-away CA and the local emulator: no AWS account needed.',
  description: [
    'Makes an ephemeral CA and leaf certificate in memory, starts the emulator on 127.0.0.1 on a free port, obtains credentials through the same code path the Action and the CLI use, prints what a user would see with the secrets masked, cleans up and exits 0.',
  ],
  options: {},
  examples: ['rolesanywhere-credentials demo', 'node dist/cli/index.js demo'],
  run: async (_options, io) => runDemo(io),
});
